<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ReleaseDeck::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="42"/>
        <location filename="../app/mainwindow.cpp" line="211"/>
        <source>ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="47"/>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="50"/>
        <source>Cancel the scan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="77"/>
        <source>Scanned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="78"/>
        <source>Scanned %1: %n problem(s), see the Problems tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="89"/>
        <source>Scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="101"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="105"/>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="106"/>
        <source>The generated demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="107"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>&amp;About ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>About ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>&lt;b&gt;ReleaseDeck %1&lt;/b&gt;&lt;p&gt;The OSS, SaaS and Enterprise release train, across repositories and registries.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>Writing the demo workspace to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>Cannot write the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="173"/>
        <source>%1 — ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>ReleaseDeck workspaces (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ScanView</name>
    <message>
        <location filename="../widgets/scanview.cpp" line="21"/>
        <source>Scan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="23"/>
        <source>Filter rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="24"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="32"/>
        <source>Release tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="33"/>
        <source>Release tags table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="34"/>
        <source>Chart releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="35"/>
        <source>Chart releases table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="36"/>
        <source>Image references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="37"/>
        <source>Image references table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="38"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="39"/>
        <source>Problems table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="46"/>
        <source>No workspace scanned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="76"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="93"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 repositories, %3 release tags, %4 chart releases, %5 image references, %6 problems. Scanned %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SnapshotTableModel</name>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="73"/>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="73"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="73"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="74"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="74"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="74"/>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>Chart tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>YAML path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Earliest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="81"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="140"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="140"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

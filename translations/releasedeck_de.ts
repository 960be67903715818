<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ReleaseDeck::ArtifactPlan</name>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="203"/>
        <source>no registry in the workspace serves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="211"/>
        <source>%1 is not in registry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="243"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="251"/>
        <source>No registry in the workspace serves %1: add a registries entry with host: %1 to check its images and charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="259"/>
        <source>not checked: the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="15"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="17"/>
        <source>mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="19"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="21"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="23"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="25"/>
        <source>no registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="109"/>
        <source>shipped to SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="109"/>
        <source>released as OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="110"/>
        <source>not released yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="139"/>
        <source>published to Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="139"/>
        <source>staged; published after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="154"/>
        <source>component &apos;%1&apos; has no &apos;oci&apos; location in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="159"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="168"/>
        <source>built from %1, but %2 is at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="172"/>
        <source>no revision label: which commit it was built from is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="174"/>
        <source>built from %1; no release tag of %2 to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="176"/>
        <source>built from %1, as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="181"/>
        <source> (built as %1 and tagged again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="185"/>
        <source>chart version %1, but %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="187"/>
        <source>appVersion %1, but %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="190"/>
        <source>Chart.yaml agrees with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="191"/>
        <source>in the registry before it was published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::CommitListModel</name>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="216"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="218"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="220"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="222"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::DetailsPane</name>
    <message>
        <location filename="../widgets/detailspane.cpp" line="27"/>
        <location filename="../widgets/detailspane.cpp" line="62"/>
        <source>No release selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="28"/>
        <source>Selected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="31"/>
        <location filename="../widgets/detailspane.cpp" line="43"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="32"/>
        <source>Copy the details as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="33"/>
        <source>Copy the release details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="37"/>
        <source>Release details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::DiffView</name>
    <message>
        <location filename="../widgets/diffview.cpp" line="48"/>
        <source>Left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="49"/>
        <source>Right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="52"/>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="53"/>
        <source>Swap the left and right versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="54"/>
        <source>C&amp;opy commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="55"/>
        <source>Copy the commits of the selected row as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="56"/>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="58"/>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="62"/>
        <source>Mapping differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="65"/>
        <source>Commits between the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="68"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="189"/>
        <source>Reading commits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="203"/>
        <source>%n row(s) flagged: a commit id that is not the release it claims.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="204"/>
        <source>%n component(s) compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="206"/>
        <source>One version: each image&apos;s release tag (left) against what the charts deploy (right). </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::FilterBar</name>
    <message>
        <location filename="../widgets/filterbar.cpp" line="21"/>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="22"/>
        <source>&amp;Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="32"/>
        <source>Copy the selected cells, tab-separated, with their column titles (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="33"/>
        <source>Copy selection as tab-separated values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Keychain</name>
    <message>
        <location filename="../models/platform/keychain.cpp" line="73"/>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/platform/keychain.cpp" line="92"/>
        <source>The login for %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/platform/keychain.cpp" line="105"/>
        <source>The login for %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="57"/>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="227"/>
        <source>Scanned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="52"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="228"/>
        <source>Scanned %1: %n problem(s), see Scan Data › Problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="54"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="71"/>
        <source>Staging panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>View switcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="146"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="146"/>
        <source>The OSS, SaaS and Enterprise releases on a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Every version against its tags, images and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>&amp;Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>What the registries hold of each release, and whether it agrees with git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>&amp;Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>What changed between two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>&amp;Scan Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>The raw scan: tags, charts, image references and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>D&amp;etails Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="170"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Fit to Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Show &amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="308"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="309"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="311"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="312"/>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="313"/>
        <source>The generated demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="314"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>Registry &amp;Logins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="318"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="323"/>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="327"/>
        <source>&amp;Staging Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>&amp;About ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="332"/>
        <source>About ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="333"/>
        <source>&lt;b&gt;ReleaseDeck %1&lt;/b&gt;&lt;p&gt;The OSS, SaaS and Enterprise release train, across repositories and registries.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="87"/>
        <source>%1 — ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="365"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="366"/>
        <source>ReleaseDeck workspaces (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::MappingDiff</name>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="110"/>
        <source>HEAD (staged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="116"/>
        <source>chart %1 is not in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="118"/>
        <source>Chart.yaml says %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="158"/>
        <source>%1 is not a commit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="161"/>
        <source>%1 is in no release of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="162"/>
        <source>%1 belongs to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="179"/>
        <source>%1 is the image of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="181"/>
        <source>%1 is no release of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="208"/>
        <source>Compared %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::MappingDiffModel</name>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="36"/>
        <source>left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="38"/>
        <source>right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="42"/>
        <source>lists the newest %1 of %2 commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="44"/>
        <source>not in the left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="46"/>
        <source>not in the right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="65"/>
        <source>%1 (repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="67"/>
        <source>%1 (chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="69"/>
        <source>%1 (image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="138"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="140"/>
        <source>Left tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="142"/>
        <source>Left commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="144"/>
        <source>Left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="146"/>
        <source>Left image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="148"/>
        <source>Right tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="150"/>
        <source>Right commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="152"/>
        <source>Right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="154"/>
        <source>Right image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="156"/>
        <source>Ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="158"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="160"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineChrome</name>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="31"/>
        <location filename="../widgets/pipelinechrome.cpp" line="51"/>
        <source>W%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="69"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="77"/>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="77"/>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="77"/>
        <location filename="../widgets/pipelinechrome.cpp" line="135"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="78"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="78"/>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelinechrome.cpp" line="78"/>
        <source>+%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="133"/>
        <source>OSS tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="134"/>
        <source>SaaS release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="136"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="137"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="143"/>
        <source>registry: complete, differs, missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="138"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineItem</name>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="123"/>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="293"/>
        <source>staged chart fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="293"/>
        <source>due a stagger after SaaS ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="295"/>
        <source>due %1 · in %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="297"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="297"/>
        <source>%1 d overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="362"/>
        <source>Chart fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="364"/>
        <source>OSS: tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="366"/>
        <source>SaaS: shipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="369"/>
        <source>Enterprise: published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="372"/>
        <source>Enterprise: pending, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="373"/>
        <source>Enterprise: pending, due a stagger after SaaS ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="376"/>
        <source>Enterprise: superseded, never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="379"/>
        <source>Enterprise: not staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="385"/>
        <source>Registry: %1 of %2 artifacts present; %3 missing or disagreeing with git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="388"/>
        <source>Registry: %1 of %2 artifacts present; %3 not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="390"/>
        <source>Registry: all %1 artifacts present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineView</name>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="45"/>
        <source>Pipeline timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="46"/>
        <source>Releases on the OSS, SaaS and Enterprise lanes over time. Left and Right select the previous or next release; plus and minus zoom; 0 fits; T shows today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PlanDialog</name>
    <message>
        <location filename="../widgets/plandialog.cpp" line="27"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="28"/>
        <source>Stage for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="29"/>
        <source>Re-stage the pending release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="30"/>
        <source>Approve the staged release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="31"/>
        <source>Publish to Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="32"/>
        <source>Chart fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="41"/>
        <source>Tags OSS at the commit, gives the images built from it the version&apos;s tag, and records the SaaS release date in the release manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="44"/>
        <source>Bumps every Enterprise chart to the version in one commit and records it as staged, due a stagger after its SaaS release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="47"/>
        <source>Moves the pending Enterprise release to a newer version. The old one is superseded and never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="50"/>
        <source>Records that the staged release was validated on SaaS. Someone other than the one who staged it approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="53"/>
        <source>Packages and pushes every chart of the approved release, records it as published and tags the charts repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="56"/>
        <source>Stages a chart-only fix of the published release as VERSION-fixN, due at once. Commit the chart change to the charts repository first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="114"/>
        <source>&amp;Fix of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="114"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="114"/>
        <source>0.76.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="116"/>
        <source>&amp;Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="116"/>
        <source>a branch, tag or commit id of OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="117"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="118"/>
        <source>what was validated on SaaS (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="118"/>
        <source>why, for the audit trail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="120"/>
        <source>Freeze &amp;override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="120"/>
        <source>&amp;Early because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="121"/>
        <source>required: it is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="122"/>
        <source>Publishing is frozen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="123"/>
        <source>The release is not due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="149"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="153"/>
        <source>Nothing has changed yet. Run makes these changes, step by step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="159"/>
        <source>Finished steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="178"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="179"/>
        <source>Roll &amp;back local steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="180"/>
        <source>Undo what this run did only in ReleaseDeck&apos;s clone (a tag not yet pushed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="181"/>
        <location filename="../widgets/plandialog.cpp" line="192"/>
        <source>Show &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="231"/>
        <source>Give the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="233"/>
        <source>Give the commit to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="235"/>
        <source>Say what was validated: the note goes to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="237"/>
        <source>Give the reason: it goes to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="251"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="272"/>
        <source>&apos;%1&apos; is not a version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="288"/>
        <source>Fetching and planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="319"/>
        <source>An earlier run was interrupted: it resumes after %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="326"/>
        <source>&amp;Run 1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="326"/>
        <source>&amp;Run %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="341"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="351"/>
        <source>Step %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="382"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Every step is recorded in the journal:&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="387"/>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; between two steps. Nothing is half done: run the same operation again to resume it, or roll back what stayed in ReleaseDeck&apos;s clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="391"/>
        <source>&lt;b&gt;Step &apos;%1&apos; failed.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;The journal says how far it got (%3). Run the same operation again to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="397"/>
        <location filename="../widgets/plandialog.cpp" line="428"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="424"/>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; The local steps are undone; nothing had left the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="425"/>
        <source>&lt;b&gt;Not rolled back:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="440"/>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryLoginDialog</name>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="21"/>
        <source>&amp;Save to Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="22"/>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="25"/>
        <source>Registry Logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="29"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="43"/>
        <source>git remote %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="45"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="46"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="47"/>
        <source>Password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="49"/>
        <source>password or access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="57"/>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="58"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="59"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="64"/>
        <source>Logins are kept in the system keychain, one per registry host, and never in a file. A login in the environment variables comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="82"/>
        <source>Enter a user name and a password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="85"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="89"/>
        <source>Forgetting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="94"/>
        <source>Saved the login for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="101"/>
        <source>Forgot the login for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="111"/>
        <source>No login for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="112"/>
        <source>The keychain has a login for %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="115"/>
        <source>Signed in from the environment (%1), which comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="123"/>
        <source>This workspace reaches no registry or git remote over HTTP: layout folders need no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="144"/>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryModel</name>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="126"/>
        <source>%1 (chart fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="146"/>
        <location filename="../models/itemmodels/registrymodel.cpp" line="183"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="153"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="153"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="157"/>
        <source>Nothing is due in a registry for this release yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="158"/>
        <source>%1 of %2 artifacts present and agreeing with git.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="160"/>
        <source>%n missing or disagreeing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="162"/>
        <source>%n could not be checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="202"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="206"/>
        <source>Found under its former name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="208"/>
        <source>Digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="210"/>
        <source>Revision label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="212"/>
        <source>Git: %1 is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="214"/>
        <source>Chart version %1, appVersion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="245"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="247"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="255"/>
        <source>Image %1, tag %2: the commit its revision label names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="256"/>
        <source>Chart %1: no &apos;oci&apos; location in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="257"/>
        <source>Chart %1 at oci://%2: its manifest digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryView</name>
    <message>
        <location filename="../widgets/registryview.cpp" line="26"/>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="22"/>
        <source>Filter versions, commits, digests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="22"/>
        <source>Filter the registry table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="23"/>
        <source>Show only releases with a missing artifact or one that disagrees with git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="24"/>
        <source>Show only releases with missing or disagreeing artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="31"/>
        <source>Ask the registries again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="35"/>
        <source>Registry check summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="43"/>
        <source>Registry contents by release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="73"/>
        <source>Checking the registries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="94"/>
        <source>Checking the registries… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="102"/>
        <source>The registry check was cancelled. Check again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="138"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="139"/>
        <source>%1 of %2 artifacts due are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="141"/>
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="143"/>
        <source>%n disagree with git</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="145"/>
        <source>%n not checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="147"/>
        <source>%1 of %n releases shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="149"/>
        <source>%n release(s) with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseDetailsModel</name>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="64"/>
        <source>Chart fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="64"/>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="66"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="68"/>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="69"/>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="69"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="70"/>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="70"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="106"/>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="73"/>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="74"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="81"/>
        <source>%1, in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="83"/>
        <source>%1, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="85"/>
        <source>%1, %n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="86"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="90"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="90"/>
        <source>when approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="90"/>
        <source>a stagger after SaaS ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="92"/>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="95"/>
        <source>Chart fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="101"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="102"/>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="104"/>
        <source>OSS commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="113"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="113"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="114"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="118"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="119"/>
        <source>Commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="135"/>
        <source>%1 (HEAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="144"/>
        <source>Image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="156"/>
        <source>%1 (commit of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="162"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="164"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="165"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="166"/>
        <source>appVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="168"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="172"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="188"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="207"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="208"/>
        <source>nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="208"/>
        <source>%1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="304"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="304"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseTrain</name>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="111"/>
        <source>The charts at HEAD name different versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="122"/>
        <source>The charts at HEAD name %1, older than the published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="192"/>
        <source>not staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="194"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="196"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="198"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReportTable</name>
    <message>
        <location filename="../widgets/reporttable.cpp" line="33"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ScanStatus</name>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="20"/>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="21"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="22"/>
        <source>Cancel the scan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="31"/>
        <source>Writing the demo workspace to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="36"/>
        <source>Cannot write the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="41"/>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="55"/>
        <source>Not rescanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="63"/>
        <source>Scan cancelled.</source>
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
        <location filename="../widgets/scanview.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="97"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 repositories, %3 release tags, %4 chart releases, %5 image references, %6 problems. Scanned %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Scanner</name>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="139"/>
        <source>Read tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="239"/>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="296"/>
        <source>Resolved commits in %1</source>
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
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
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
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
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
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>YAML path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
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
<context>
    <name>ReleaseDeck::StagingPanel</name>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="44"/>
        <source>Interrupted operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="45"/>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="46"/>
        <source>Plan it again: the steps that finished are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="55"/>
        <source>Pending Enterprise release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="59"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="59"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="59"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="62"/>
        <location filename="../widgets/stagingpanel.cpp" line="97"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="66"/>
        <source>Why a button is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="72"/>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="72"/>
        <source>&amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="73"/>
        <source>Re-s&amp;tage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="73"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="74"/>
        <location filename="../widgets/stagingpanel.cpp" line="180"/>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="74"/>
        <source>Chart &amp;fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="111"/>
        <source>&lt;b&gt;Interrupted:&lt;/b&gt; %1 (%2 done)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="113"/>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="113"/>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="114"/>
        <source>, and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="147"/>
        <source>%1 — %2 for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="150"/>
        <source>Due %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="152"/>
        <source>On SaaS for 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="152"/>
        <source>On SaaS for %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="154"/>
        <location filename="../widgets/stagingpanel.cpp" line="161"/>
        <source>Enterprise has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="156"/>
        <source>Publishing is frozen now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="159"/>
        <source>Nothing pending for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="160"/>
        <source>No release is published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="178"/>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="180"/>
        <source>&amp;Publish early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="182"/>
        <source>Not due yet: publishing now asks for a reason, which is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="190"/>
        <source>Publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::StagingState</name>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="10"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="10"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="12"/>
        <source>%1 %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="14"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="15"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="56"/>
        <source>The workspace names no release manifest (manifest: {repo, path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="65"/>
        <source>%1 is %2 and not yet published: publish it, or re-stage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="69"/>
        <source>OSS has tagged nothing newer than %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="73"/>
        <source>%1 is staged: another release manager approves it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="75"/>
        <source>%1 is approved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="78"/>
        <source>%1 is pending: chart fixes wait until it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="81"/>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="81"/>
        <source>due %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="87"/>
        <source>Nothing is pending for Enterprise: stage a release instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="88"/>
        <source>Nothing is staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="89"/>
        <source>Nothing is approved for Enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="93"/>
        <source>OSS has tagged nothing newer than %1: release a version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="97"/>
        <source>Nothing is published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="100"/>
        <source>%1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionMatrix</name>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="48"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="49"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="50"/>
        <source>OSS commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="53"/>
        <source>%1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="58"/>
        <source>%1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="59"/>
        <source>%1 appVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="60"/>
        <source>%1 image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="69"/>
        <source>Carries the version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="71"/>
        <source> It is a commit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="72"/>
        <location filename="../models/domain/versionmatrix.cpp" line="182"/>
        <source>A commit id where the version %1 belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="74"/>
        <source>Says %1 where %2 belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="102"/>
        <source>A chart-only fix of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="108"/>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="110"/>
        <source>pending, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="116"/>
        <source>Tag %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="118"/>
        <source>A chart-only fix has no OSS tag of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="120"/>
        <location filename="../models/domain/versionmatrix.cpp" line="141"/>
        <location filename="../models/domain/versionmatrix.cpp" line="157"/>
        <location filename="../models/domain/versionmatrix.cpp" line="159"/>
        <location filename="../models/domain/versionmatrix.cpp" line="166"/>
        <location filename="../models/domain/versionmatrix.cpp" line="180"/>
        <location filename="../models/domain/versionmatrix.cpp" line="225"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="120"/>
        <source>No OSS release tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="136"/>
        <source>tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="137"/>
        <source>No chart deploys it; %1 has a release tag %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="142"/>
        <source>No chart of %1 deploys it and %2 has no release tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="157"/>
        <source>No chart tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="159"/>
        <source>Chart %1 is not at HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="164"/>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="166"/>
        <source>Chart %1 is not in the tree at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="171"/>
        <source>Chart.yaml at %1 says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="174"/>
        <source>Chart.yaml at %1 says version %2; the release is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="180"/>
        <source>Chart.yaml at %1 has no appVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="184"/>
        <source>appVersion %1 is not the image tag %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="186"/>
        <source>appVersion %1 where %2 belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="188"/>
        <source>appVersion is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="190"/>
        <source>The chart&apos;s values set no tag for its image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="221"/>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="223"/>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="49"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="51"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionsView</name>
    <message>
        <location filename="../widgets/versionsview.cpp" line="20"/>
        <source>Filter versions, tags, commits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="20"/>
        <source>Filter the version matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="22"/>
        <source>Show only versions with drift or missing parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="21"/>
        <source>Show only versions where something drifts or is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="28"/>
        <source>Version matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/versionsview.cpp" line="74"/>
        <source>%1 of %n version(s) shown; %2 with drift or missing parts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

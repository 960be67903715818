<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="56"/>
        <source>%1: chart releases by content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Agenda</name>
    <message>
        <location filename="../models/review/agenda.cpp" line="16"/>
        <source>approval: another release manager approves it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="25"/>
        <source>%1 needs an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="26"/>
        <source>%1 needs an approval by someone other than %2, who staged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="33"/>
        <source>approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="34"/>
        <source>%1 needs an approval its trail backs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="39"/>
        <source>the due date: publishing before it needs a reason (--early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="40"/>
        <source>no due date, SaaS has not shipped it: publishing needs a reason (--early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="42"/>
        <source>a freeze (%1): publishing needs a reason (--override-freeze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="49"/>
        <source>registry: could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="50"/>
        <source>registry: not checked (--no-registry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ArtifactPlan</name>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="207"/>
        <source>no registry in the workspace serves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="215"/>
        <source>%1 is not in registry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="247"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="255"/>
        <source>No registry in the workspace serves %1: add a registries entry with host: %1 to check its images and charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="263"/>
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
        <location filename="../models/domain/artifactcheck.cpp" line="146"/>
        <source>deployed by a published chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="146"/>
        <source>deployed by the staged charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="160"/>
        <source>shipped to SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="160"/>
        <source>released as OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="161"/>
        <source>not released yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="187"/>
        <source>published to Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="187"/>
        <source>staged; published after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="239"/>
        <source>deployed by %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="246"/>
        <source>the manifest&apos;s %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="274"/>
        <source>the charts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="279"/>
        <source>not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="292"/>
        <source>component &apos;%1&apos; has no &apos;oci&apos; location in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="297"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="306"/>
        <source>built from %1, but %2 is at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="310"/>
        <source>no revision label: which commit it was built from is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="312"/>
        <source>built from %1; no release tag of %2 to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="314"/>
        <source>built from %1, as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="319"/>
        <source> (built as %1 and tagged again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="323"/>
        <source>chart version %1, but %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="325"/>
        <source>appVersion %1, but %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="328"/>
        <source>Chart.yaml agrees with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="329"/>
        <source>in the registry before it was published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::CommitListModel</name>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="218"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="220"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="222"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="224"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Countdown</name>
    <message>
        <location filename="../models/domain/countdown.h" line="39"/>
        <source>ddd d MMM HH:mm &apos;UTC&apos;</source>
        <extracomment>QDateTime formats: ddd the weekday&apos;s short name, d the day, MMM the month&apos;s short name, yyyy the year, HH:mm the time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="39"/>
        <source>ddd d MMM yyyy HH:mm &apos;UTC&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="47"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="47"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="49"/>
        <source>%1 %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="51"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="52"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="59"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="60"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="60"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="66"/>
        <source>not due: SaaS has not shipped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="67"/>
        <source>due %1, %2</source>
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
        <location filename="../widgets/diffview.cpp" line="57"/>
        <source>Left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="58"/>
        <source>Right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="61"/>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="62"/>
        <source>Swap the left and right versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="63"/>
        <source>C&amp;opy commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="64"/>
        <source>Copy the commits of the selected row as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="65"/>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="67"/>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="71"/>
        <source>Mapping differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="74"/>
        <source>Commits between the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="77"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="102"/>
        <source>Release notes between the two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="104"/>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="105"/>
        <source>Copy the release notes as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="112"/>
        <source>&amp;Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="113"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="222"/>
        <source>Reading commits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="236"/>
        <source>%n row(s) flagged: a commit id that is not the release it claims.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="237"/>
        <source>%n component(s) compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="239"/>
        <source>One version: each image&apos;s release tag (left) against what the charts deploy (right). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="291"/>
        <source>Reading the commits from %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::DisplayDates</name>
    <message>
        <location filename="../models/itemmodels/displaydates.cpp" line="21"/>
        <source>%1 %2 UTC</source>
        <extracomment>A date and a time of day in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaydates.cpp" line="37"/>
        <source>d MMM</source>
        <extracomment>A QDate format for a day and its month&apos;s short name, on axes with little room (&quot;3 Feb&quot;): d is the day, MMM the month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaydates.cpp" line="43"/>
        <source>%1 %2</source>
        <extracomment>A month and its year, as a heading on the timeline: %1 is the month&apos;s name, %2 the year</extracomment>
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
        <location filename="../app/mainwindow.cpp" line="65"/>
        <location filename="../app/mainwindow.cpp" line="109"/>
        <source>ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>Scanned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="76"/>
        <source>Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source>Scanned %1: %n problem(s), see Scan Data › Problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="62"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>Staging panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="146"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>View switcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="154"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="154"/>
        <source>The OSS, SaaS and Enterprise releases on a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="155"/>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="155"/>
        <source>Every version against its tags, images and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>&amp;Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>What the registries hold of each release, and whether it agrees with git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>&amp;Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>What changed between two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>&amp;Scan Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>The raw scan: tags, charts, image references and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>S&amp;upport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>Which release lines get fixes, and each customer&apos;s status, target and upgrade path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>The weekly release review: the agenda, cadence, stagger, lead time, failures, customers, and the cadence what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174"/>
        <source>D&amp;etails Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="178"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181"/>
        <source>&amp;Fit to Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182"/>
        <source>Show &amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="397"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="398"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="400"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="401"/>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="402"/>
        <source>The generated demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="405"/>
        <source>Registry &amp;Logins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="406"/>
        <source>&amp;Export Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="407"/>
        <source>Chart releases and the OSS/SaaS releases they deploy, by content, as CSV or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <source>Export Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="409"/>
        <source>The review pack of the weeks the Review view shows, as PDF, HTML or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="410"/>
        <source>&amp;Print Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="411"/>
        <source>Export &amp;Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="412"/>
        <source>The timeline as it is shown, as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="414"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="419"/>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="422"/>
        <source>&amp;Adopt One Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="423"/>
        <source>Write the first release manifest from history and switch the charts to one version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="427"/>
        <source>&amp;Staging Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="430"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="431"/>
        <source>&amp;About ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>About ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="433"/>
        <source>&lt;b&gt;ReleaseDeck %1&lt;/b&gt;&lt;p&gt;The OSS, SaaS and Enterprise release train, across repositories and registries.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>%1 — ReleaseDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="465"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="466"/>
        <source>ReleaseDeck workspaces (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="33"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="34"/>
        <location filename="../app/mainwindowexport.cpp" line="71"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="36"/>
        <location filename="../app/mainwindowexport.cpp" line="51"/>
        <source>Export Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="43"/>
        <source>Exporting the mapping to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="49"/>
        <source>Mapping exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="51"/>
        <source>The mapping was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="68"/>
        <source>The review is being read; export it once it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="71"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="71"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="75"/>
        <location filename="../app/mainwindowexport.cpp" line="89"/>
        <source>Export Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="85"/>
        <source>the file name must end in .pdf, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="87"/>
        <source>Review exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="89"/>
        <source>The review was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="112"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="112"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="114"/>
        <location filename="../app/mainwindowexport.cpp" line="125"/>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="123"/>
        <source>Timeline exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="125"/>
        <source>The timeline was not written: %1</source>
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
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="38"/>
        <source>left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="40"/>
        <source>right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="44"/>
        <source>lists the newest %1 of %2 commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="46"/>
        <source>not in the left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="48"/>
        <source>not in the right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="67"/>
        <source>%1 (repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="69"/>
        <source>%1 (chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="71"/>
        <source>%1 (image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="140"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="142"/>
        <source>Left tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="144"/>
        <source>Left commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="146"/>
        <source>Left version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="148"/>
        <source>Left image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="150"/>
        <source>Right tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="152"/>
        <source>Right commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="154"/>
        <source>Right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="156"/>
        <source>Right image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="158"/>
        <source>Ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="160"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="162"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineAggregate</name>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="428"/>
        <source>+%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="491"/>
        <source>Week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="497"/>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="504"/>
        <source>OSS: %n release(s) tagged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="507"/>
        <source>SaaS: %n release(s) shipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="510"/>
        <source>Enterprise: %n release(s) published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="512"/>
        <source>of which %n chart fix(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="514"/>
        <source>%n superseded, never published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="523"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="526"/>
        <source>⚠ %n with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="527"/>
        <source>, %n with missing artifacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="528"/>
        <source>Click to zoom in on these days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineChip</name>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="107"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="108"/>
        <source>&lt;b&gt;%n release(s) without room for their labels&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Click to zoom in on them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineChrome</name>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="58"/>
        <location filename="../widgets/pipelinechrome.cpp" line="99"/>
        <source>W%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="117"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="125"/>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="125"/>
        <location filename="../widgets/pipelinechrome.cpp" line="197"/>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="125"/>
        <location filename="../widgets/pipelinechrome.cpp" line="198"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="126"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="126"/>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelinechrome.cpp" line="126"/>
        <source>+%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="196"/>
        <source>OSS tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="202"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="202"/>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="203"/>
        <source>LTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="204"/>
        <source>support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="215"/>
        <source>ok, problem, missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="199"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="200"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="210"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineItem</name>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="235"/>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="238"/>
        <source>%1 (backport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="470"/>
        <source>Chart fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="472"/>
        <source>OSS: tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="474"/>
        <source>SaaS: shipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="476"/>
        <source>A patch of an older line, on the charts branch %1; SaaS runs the newest release, not this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="479"/>
        <source>Enterprise: published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="482"/>
        <source>Enterprise: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="482"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="496"/>
        <source>Registry: %1 of %n artifact(s) present; %2 missing or disagreeing with git</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="500"/>
        <source>Registry: %1 of %n artifact(s) present; %2 not checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="502"/>
        <source>Registry: all %n artifact(s) present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="508"/>
        <source>… and %1 more: see the details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="487"/>
        <source>Enterprise: superseded, never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="490"/>
        <source>Enterprise: not staged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineView</name>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="51"/>
        <source>Pipeline timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="52"/>
        <source>Releases on the OSS, SaaS and Enterprise lanes over time. Left and Right select the previous or next release; plus and minus zoom; 0 fits; T shows today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="554"/>
        <source>%1: the file name must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="559"/>
        <location filename="../widgets/pipelineview.cpp" line="585"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="568"/>
        <source>ReleaseDeck timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="580"/>
        <source>%1: the image could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PlanDialog</name>
    <message>
        <location filename="../widgets/plandialog.cpp" line="31"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="32"/>
        <source>Stage for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="33"/>
        <source>Re-stage the pending release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="34"/>
        <source>Approve the staged release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="35"/>
        <source>Publish to Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="36"/>
        <source>Chart fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="50"/>
        <source>Bumps every Enterprise chart to the version in one commit and records it as staged, due a stagger after its SaaS release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="37"/>
        <source>Adopt one version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="46"/>
        <source>Gives every component the version: tags OSS at the commit and each other repository that builds images at the newest commit CI built, gives their images the version&apos;s tag, and records the SaaS release date in the release manifest. The plan names each commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="53"/>
        <source>Moves the pending Enterprise release to a newer version, in the same weekly slot unless SaaS has run it too briefly. The old one is superseded and never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="56"/>
        <source>Records that the staged release was validated on SaaS. Someone other than the one who staged it approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="59"/>
        <source>Packages and pushes every chart of the approved release, records it as published and tags the charts repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="62"/>
        <source>Stages a chart-only fix of the published release as VERSION-fixN, due at once. Commit the chart change to the charts repository first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="65"/>
        <source>Writes the first release manifest from history, each Enterprise release joined to the OSS release it deploys by content, and switches the charts to one version from the next OSS release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="123"/>
        <source>&amp;Fix of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="123"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="123"/>
        <source>0.76.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="125"/>
        <source>&amp;Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="125"/>
        <source>a branch, tag or commit id of OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="126"/>
        <source>&amp;Other repositories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="127"/>
        <source>runtime-api=REV …; empty: the newest commit CI built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="129"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="130"/>
        <source>what was validated on SaaS (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="130"/>
        <source>why, for the audit trail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="132"/>
        <source>Freeze &amp;override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="132"/>
        <source>&amp;Early because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="133"/>
        <source>required: it is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="134"/>
        <source>Publishing is frozen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="135"/>
        <source>The release is not due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="161"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="165"/>
        <source>Nothing has changed yet. Run makes these changes, step by step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="171"/>
        <source>Finished steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="190"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="191"/>
        <source>Roll &amp;back local steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="192"/>
        <source>Undo what this run did only in ReleaseDeck&apos;s clone (a tag not yet pushed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="193"/>
        <location filename="../widgets/plandialog.cpp" line="204"/>
        <source>Show &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="243"/>
        <source>Give the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="245"/>
        <source>Give the commit to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="247"/>
        <source>Say what was validated: the note goes to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="249"/>
        <source>Give the reason: it goes to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="263"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="284"/>
        <source>&apos;%1&apos; is not a version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="296"/>
        <source>&apos;%1&apos; is not REPO=REV, once per repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="311"/>
        <source>Fetching and planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="342"/>
        <source>An earlier run was interrupted: it resumes after %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plandialog.cpp" line="349"/>
        <source>&amp;Run %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="364"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="374"/>
        <source>Step %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="405"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Every step is recorded in the journal:&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="410"/>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; between two steps. Nothing is half done: run the same operation again to resume it, or roll back what stayed in ReleaseDeck&apos;s clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="414"/>
        <source>&lt;b&gt;Step &apos;%1&apos; failed.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;The journal says how far it got (%3). Run the same operation again to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="420"/>
        <location filename="../widgets/plandialog.cpp" line="451"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="447"/>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; The local steps are undone; nothing had left the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="448"/>
        <source>&lt;b&gt;Not rolled back:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="463"/>
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
        <location filename="../models/itemmodels/registrymodel.cpp" line="137"/>
        <source>%1 (chart fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="160"/>
        <location filename="../models/itemmodels/registrymodel.cpp" line="197"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="167"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="167"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="171"/>
        <source>Nothing is due in a registry for this release yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="172"/>
        <source>%1 of %n artifact(s) present and agreeing with git.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="174"/>
        <source>%n missing or disagreeing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="176"/>
        <source>%n could not be checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="216"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="220"/>
        <source>Found under its former name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="222"/>
        <source>Digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="224"/>
        <source>Revision label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="226"/>
        <source>Git: %1 is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="228"/>
        <source>Chart version %1, appVersion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="259"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="261"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="263"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="271"/>
        <source>Image %1, tag %2: the commit its revision label names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="272"/>
        <source>Chart %1: no &apos;oci&apos; location in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="273"/>
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
        <location filename="../widgets/registryview.cpp" line="100"/>
        <source>Checking the registries… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="108"/>
        <source>The registry check was cancelled. Check again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="144"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="145"/>
        <source>%1 of %Ln artifact(s) due are present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="147"/>
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="149"/>
        <source>%n disagree with git</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="151"/>
        <source>%n not checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="153"/>
        <source>%1 of %n releases shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="155"/>
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
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="83"/>
        <source>Chart fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="83"/>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="86"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="92"/>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="93"/>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="93"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="94"/>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="94"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="121"/>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="97"/>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="98"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="101"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="103"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="107"/>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="110"/>
        <source>Chart fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="116"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="117"/>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="119"/>
        <source>OSS commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="128"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="128"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="129"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="133"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="134"/>
        <source>Commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="150"/>
        <source>%1 (HEAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="159"/>
        <source>Image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="171"/>
        <source>%1 (commit of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="177"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="179"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="180"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="181"/>
        <source>appVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="183"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="188"/>
        <source>by content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="193"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="34"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="201"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="220"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="28"/>
        <source>staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="29"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="30"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="31"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="87"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="87"/>
        <source>judging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="241"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="242"/>
        <source>nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="242"/>
        <source>%1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="338"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="338"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseNotes</name>
    <message>
        <location filename="../app/cli/review.cpp" line="107"/>
        <source>Release notes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="91"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="93"/>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="95"/>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="97"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="99"/>
        <source>Refactoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="101"/>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="103"/>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="105"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="107"/>
        <source>Continuous integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="109"/>
        <source>Chores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="111"/>
        <source>Reverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="112"/>
        <source>Other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="174"/>
        <source>%1 was not published for Enterprise: these notes are since %2, the release Enterprise customers upgrade from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="200"/>
        <source>%1 has no release tag for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="230"/>
        <source>no chart tag of %1 for %2 to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="230"/>
        <source>a release before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="240"/>
        <source>no repository has a release tag for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="256"/>
        <source>the release manifest records no images for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="266"/>
        <source>%1 was not published for Enterprise: the charts are compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="268"/>
        <source>%1 was not published for Enterprise, nor any release before it: no chart to compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseRules</name>
    <message>
        <location filename="../models/domain/verdict.cpp" line="33"/>
        <source>SaaS has not shipped %1: it is not due, and publishing it before it is needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="37"/>
        <source>%1 had no due date: %2&apos;s SaaS date plus the %3-day stagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="39"/>
        <source>%1&apos;s weekly slot, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="40"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="40"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="41"/>
        <source>%1&apos;s slot (%2) is sooner than %3&apos;s SaaS date plus %4 (policy.minSoakDays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="77"/>
        <source>%1: the %2 line&apos;s &apos;by&apos; (&quot;%3&quot;) is not one plain &quot;Name &lt;e-mail&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="80"/>
        <source>%1: the %2 line is dated %3, after this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="90"/>
        <source>%1 was re-staged %2, and SaaS has not shipped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="92"/>
        <source>%1 was re-staged %2, before SaaS shipped it %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="97"/>
        <source>%1 was approved %2, before the %3 it follows (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="100"/>
        <source>%1 was approved %2 by %3 without a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="103"/>
        <source>%1 was approved %2 by %3, who staged it (policy.selfApproval is false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="114"/>
        <source>%1 is due %2, before SaaS has run it long enough (%3): due dates are set by stage and re-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="117"/>
        <source>%1 is %2, and its audit trail has no stage, re-stage or fix line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="121"/>
        <source>%1 was published %2 with no due date (no SaaS date) and no reason in the publish line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="124"/>
        <source>%1 was published %2, before its due date %3, with no reason in the publish line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="132"/>
        <source>%1 was superseded and yet published%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="133"/>
        <source> (its charts carry release tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="171"/>
        <source>%1 is a chart fix, yet %2 differs from %3&apos;s in nothing but Chart.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="172"/>
        <source>%1 is a chart fix, yet %2 differ from %3&apos;s in nothing but Chart.yaml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseTrain</name>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="107"/>
        <source>Chart %1 %2 is joined by its number, yet what it deploys was first released in OSS %3: is unifiedFrom %4 too low?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="117"/>
        <source>Chart %1 %2 maps to no OSS release by what it deploys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="118"/>
        <source>Chart %1: releases %2 map to no OSS release by what they deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="145"/>
        <source>Chart %1 %2 at HEAD maps to no OSS release by what it deploys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="162"/>
        <source>The charts at HEAD name different versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="173"/>
        <source>The charts at HEAD name %1, older than the published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="208"/>
        <source>chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="264"/>
        <source>not staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="266"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="268"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="270"/>
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
    <name>ReleaseDeck::ReviewCharts</name>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="61"/>
        <source>ISO week, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="83"/>
        <source>%Ln release(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="88"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="161"/>
        <source>Releases per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="163"/>
        <location filename="../widgets/reviewcharts.cpp" line="323"/>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="164"/>
        <location filename="../widgets/reviewcharts.cpp" line="323"/>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="165"/>
        <location filename="../widgets/reviewcharts.cpp" line="323"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="173"/>
        <location filename="../widgets/reviewcharts.cpp" line="392"/>
        <source>releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="179"/>
        <source>Patches, fixes, re-stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="181"/>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="182"/>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="183"/>
        <source>Re-stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="184"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="185"/>
        <source>Per week: OSS patches, chart-only fixes published, re-stages and versions superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="194"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="201"/>
        <source>Stagger and slip (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="211"/>
        <source>Stagger kept: no Enterprise release was published in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="213"/>
        <source>Stagger kept: no release published in the period has a SaaS or a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="215"/>
        <source>Stagger and slip (days); %n not drawn (no SaaS or due date)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="224"/>
        <location filename="../widgets/reviewcharts.cpp" line="357"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="227"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="232"/>
        <location filename="../widgets/reviewcharts.cpp" line="271"/>
        <source>Stagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="233"/>
        <location filename="../widgets/reviewcharts.cpp" line="271"/>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="248"/>
        <source>Enterprise release, by publish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="267"/>
        <source>%n Enterprise publishes; hover or click a point for its release</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="318"/>
        <source>Lead time, commit → release (median; dotted: p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="334"/>
        <source>%1, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="370"/>
        <source>Failures %3 % (%1/%2), restore %4 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="376"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="377"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="378"/>
        <source>A release counts as failed when a patch replaced it within the stagger of its OSS release, or a chart fix within the stagger of its publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="399"/>
        <source>Customers by support status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="401"/>
        <source>Customers: the customers file lists no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="402"/>
        <source>Customers: the workspace names no customers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="421"/>
        <source>Customers by support; %n with a warning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="427"/>
        <source>Option %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="430"/>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="433"/>
        <source>Backports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="448"/>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewExport</name>
    <message>
        <location filename="../widgets/reviewexport.cpp" line="81"/>
        <source>%1 is not a regular file: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewexport.cpp" line="86"/>
        <location filename="../widgets/reviewexport.cpp" line="118"/>
        <location filename="../widgets/reviewexport.cpp" line="123"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewexport.cpp" line="116"/>
        <source>it could not be written in full (a full disk or a file size limit); the old file is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewFigures</name>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="57"/>
        <source>early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="58"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="59"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="60"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="161"/>
        <source>%1 %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewText</name>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="115"/>
        <source>Pending: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="118"/>
        <source>Blocked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="120"/>
        <source>Blocked by nothing: it can be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="122"/>
        <source>Approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="124"/>
        <source>Pending: %1 by the charts, with no readable manifest record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="127"/>
        <source>Pending: nothing for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="131"/>
        <source>Last published: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="136"/>
        <source>Problem: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="139"/>
        <source>… and %1 more releases with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="147"/>
        <source>Release review %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="156"/>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="157"/>
        <location filename="../models/review/reviewtext.cpp" line="179"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="157"/>
        <location filename="../models/review/reviewtext.cpp" line="229"/>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="157"/>
        <location filename="../models/review/reviewtext.cpp" line="166"/>
        <location filename="../models/review/reviewtext.cpp" line="229"/>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="157"/>
        <location filename="../models/review/reviewtext.cpp" line="229"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="157"/>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="157"/>
        <source>Chart fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <source>Re-stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="165"/>
        <source>Stagger and slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="166"/>
        <location filename="../models/review/reviewtext.cpp" line="203"/>
        <location filename="../models/review/reviewtext.cpp" line="229"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="166"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="166"/>
        <source>Stagger (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="166"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="166"/>
        <source>Slip (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="169"/>
        <source>No Enterprise release was published in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="175"/>
        <source>The policy&apos;s stagger is %n day(s) from SaaS to Enterprise.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="178"/>
        <source>Lead time for changes (days, median / 90th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="179"/>
        <source>to OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="179"/>
        <source>to SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="179"/>
        <source>to Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="179"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="183"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="185"/>
        <source>From each change&apos;s commit date to the release that first shipped it, on each track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="188"/>
        <source>Change failure and time to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="189"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="189"/>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="189"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="189"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="189"/>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="189"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="191"/>
        <source>No release was replaced within the stagger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="193"/>
        <source>Enterprise (chart fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="193"/>
        <source>OSS (patch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="195"/>
        <source>Change failure rate: %1 of %2 releases (%3 %); time to restore: %4 days (median / 90th percentile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="202"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="203"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="203"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="203"/>
        <source>Supported until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="203"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="203"/>
        <source>Next window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="204"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="207"/>
        <source>The workspace names no customers file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="209"/>
        <source>The customers file lists no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="210"/>
        <source>No customer could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="223"/>
        <source>By support: %1; %n with a support warning.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="224"/>
        <location filename="../models/review/reviewtext.cpp" line="290"/>
        <location filename="../models/review/reviewtext.cpp" line="291"/>
        <location filename="../models/review/reviewtext.cpp" line="309"/>
        <location filename="../models/review/reviewtext.cpp" line="310"/>
        <location filename="../models/review/reviewtext.cpp" line="355"/>
        <location filename="../models/review/reviewtext.cpp" line="356"/>
        <location filename="../models/review/reviewtext.cpp" line="375"/>
        <location filename="../models/review/reviewtext.cpp" line="376"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="228"/>
        <source>Releases of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="229"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="231"/>
        <source>No release in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="236"/>
        <source>later (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="250"/>
        <source>%1: up to %2 (first release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="257"/>
        <location filename="../models/review/reviewtext.cpp" line="321"/>
        <source>Release notes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="258"/>
        <location filename="../models/review/reviewtext.cpp" line="322"/>
        <source>Release notes %1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="264"/>
        <location filename="../models/review/reviewtext.cpp" line="328"/>
        <source>No commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="272"/>
        <source>**Breaking:** </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="285"/>
        <location filename="../models/review/reviewtext.cpp" line="349"/>
        <source>Only the newest %n commits are listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="288"/>
        <location filename="../models/review/reviewtext.cpp" line="352"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="295"/>
        <location filename="../models/review/reviewtext.cpp" line="360"/>
        <source>Chart %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="301"/>
        <location filename="../models/review/reviewtext.cpp" line="366"/>
        <source>No values key or dependency changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="308"/>
        <location filename="../models/review/reviewtext.cpp" line="375"/>
        <source>dependency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="336"/>
        <source>Breaking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="389"/>
        <source>Weeks %1 to %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="398"/>
        <source>%1; the agenda, verdicts and support as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="401"/>
        <source>; the figures as of %1, nothing after it counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="402"/>
        <source>; the customers&apos; support as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="404"/>
        <source> (the end of the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="405"/>
        <source>; the agenda and verdicts as the workspace stands at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="412"/>
        <location filename="../models/review/reviewtext.cpp" line="433"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="418"/>
        <location filename="../models/review/reviewtext.cpp" line="454"/>
        <source>Notes of the week&apos;s releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="420"/>
        <location filename="../models/review/reviewtext.cpp" line="456"/>
        <source>No Enterprise release was published in the week under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="438"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewView</name>
    <message>
        <location filename="../widgets/reviewview.cpp" line="78"/>
        <source>&amp;Week under review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="82"/>
        <location filename="../widgets/reviewview.cpp" line="149"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="83"/>
        <source>Weeks the review looks back over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="84"/>
        <source>Week under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="85"/>
        <source>Weeks the what-if replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="91"/>
        <source>&amp;Looking back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="105"/>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="115"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="119"/>
        <source>Audited reasons of the chosen release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="120"/>
        <source>Click a release in the stagger chart for its audited reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="128"/>
        <source>Releases per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="128"/>
        <source>Patches, fixes, re-stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="128"/>
        <source>Stagger and slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="129"/>
        <source>Lead time for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="129"/>
        <source>Change failure and time to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="129"/>
        <source>Customers by support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="141"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="150"/>
        <source>Re&amp;play the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="160"/>
        <source>What-if, option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="166"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="166"/>
        <source>Enterprise releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="166"/>
        <source>Supported lines, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="167"/>
        <source>Backports of a fix, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="167"/>
        <source>Customers out of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="172"/>
        <source>What-if figures per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="174"/>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="184"/>
        <source>Open a workspace to review its releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="185"/>
        <source>The agenda appears here once a workspace is scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="204"/>
        <source>%1 (the newest release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="249"/>
        <source>Reading the weeks %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="269"/>
        <source>Replaying the last %n week(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="314"/>
        <source>%n Enterprise publish(es); change failure %1 %; lead time to Enterprise %2 days (median)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="328"/>
        <source>%1: published %2, due %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="329"/>
        <location filename="../widgets/reviewview.cpp" line="354"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="334"/>
        <source>No reason was recorded for its approval or publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="351"/>
        <source>%1 (from %2, on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="352"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="362"/>
        <source>%n OSS release(s) from %1 to %2, replayed under each option of the process.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="97"/>
        <source>%Ln repository(-ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="98"/>
        <source>%Ln release tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="99"/>
        <source>%Ln chart release(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="100"/>
        <source>%Ln image reference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="101"/>
        <source>%Ln problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="103"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2. Scanned %3.</source>
        <extracomment>%1 is the workspace&apos;s name, %2 its counts (&quot;3 repositories, 20 release tags, ...&quot;), %3 when it was scanned</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Scanner</name>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="80"/>
        <source>Read tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="291"/>
        <source>Read %1 from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="333"/>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="456"/>
        <source>Resolved commits in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SnapshotTableModel</name>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="81"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Chart tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="82"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="82"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="82"/>
        <source>YAML path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="81"/>
        <source>Earliest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="83"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="142"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="142"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::StagingPanel</name>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="39"/>
        <source>%1 — staged for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="40"/>
        <source>%1 — approved for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="41"/>
        <source>%1 — published for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="42"/>
        <source>%1 — superseded for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="45"/>
        <source>%1 — for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="61"/>
        <source>Interrupted operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="62"/>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="63"/>
        <source>Plan it again: the steps that finished are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="72"/>
        <source>Pending Enterprise release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="78"/>
        <source>Verdict on the pending release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="80"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="80"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="80"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="83"/>
        <location filename="../widgets/stagingpanel.cpp" line="119"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="87"/>
        <source>Why a button is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="93"/>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="93"/>
        <source>&amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="94"/>
        <source>Re-s&amp;tage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="94"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="95"/>
        <location filename="../widgets/stagingpanel.cpp" line="222"/>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="95"/>
        <source>Chart &amp;fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="133"/>
        <source>&lt;b&gt;Interrupted:&lt;/b&gt; %1 (%n step(s) done)%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="182"/>
        <source>On SaaS for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="134"/>
        <source>, and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="184"/>
        <location filename="../widgets/stagingpanel.cpp" line="191"/>
        <source>Enterprise has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="186"/>
        <source>Publishing is frozen now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="189"/>
        <source>Nothing pending for Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="190"/>
        <source>No release is published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="201"/>
        <source>… and %1 more, in the details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="220"/>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="222"/>
        <source>&amp;Publish early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="224"/>
        <source>Not due yet: publishing now asks for a reason, which is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="234"/>
        <source>Approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="236"/>
        <source>Publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::StagingState</name>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="48"/>
        <source>The workspace names no release manifest (manifest: {repo, path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="64"/>
        <source>OSS has tagged nothing newer than %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="68"/>
        <source>%1 is staged: another release manager approves it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="70"/>
        <source>%1 is approved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="73"/>
        <source>%1 is pending: chart fixes wait until it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="59"/>
        <source>%1 is approved and not yet published: publish it, or re-stage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="60"/>
        <source>%1 is staged and not yet published: publish it, or re-stage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="86"/>
        <source>Judging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="91"/>
        <source>The registry is not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="93"/>
        <source>The registry holds nothing %1 needs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="95"/>
        <source>All %1 artifacts of %2 are in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="97"/>
        <source>%1 of %2 artifacts of %3 are in the registry%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="100"/>
        <source>, %1 could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="107"/>
        <source>the registry does not hold what %1 deploys: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="109"/>
        <source>. Publish refuses until it does; check again once CI has pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="113"/>
        <source>Nothing is pending for Enterprise: stage a release instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="114"/>
        <source>Nothing is staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="115"/>
        <source>Nothing is approved for Enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="119"/>
        <source>OSS has tagged nothing newer than %1: release a version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="123"/>
        <source>Nothing is published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="126"/>
        <source>%1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SupportBandItem</name>
    <message>
        <location filename="../widgets/supportband.cpp" line="27"/>
        <source>full support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="28"/>
        <source>security fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="29"/>
        <source>long-term security fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="30"/>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="52"/>
        <source>%1.%2: %3 from %4 to %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="56"/>
        <source> (projected from the cadence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SupportLines</name>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="242"/>
        <source>%1 is not a published Enterprise release: check what they run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="256"/>
        <source>%1 is unsupported since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="258"/>
        <source>support for %1 ends %2%3, before the next change window %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="259"/>
        <source> (projected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SupportView</name>
    <message>
        <location filename="../widgets/supportview.cpp" line="34"/>
        <source>full support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="35"/>
        <source>security fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="36"/>
        <source>LTS security fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="37"/>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="56"/>
        <source>until a newer line is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="57"/>
        <source>%1 (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="70"/>
        <source> (LTS line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="94"/>
        <source>Support summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Supported until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Next window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <location filename="../widgets/supportview.cpp" line="337"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="109"/>
        <source>Release lines and their support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="110"/>
        <source>Customers and their support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="116"/>
        <location filename="../widgets/supportview.cpp" line="293"/>
        <source>Upgrade path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="116"/>
        <location filename="../widgets/supportview.cpp" line="293"/>
        <location filename="../widgets/supportview.cpp" line="305"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="117"/>
        <source>The selected customer&apos;s upgrade path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="126"/>
        <source>&lt;b&gt;Release lines&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="132"/>
        <source>&lt;b&gt;Customers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="170"/>
        <source>Open a workspace to see its support lines and customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="180"/>
        <source>Reading the customers file and the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="235"/>
        <source>%1 and older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="240"/>
        <source>%1 has full support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="242"/>
        <source>%1 security fixes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="244"/>
        <source>%1 long-term support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="248"/>
        <source>No Enterprise release is published yet: no line is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="249"/>
        <source>Support on %1: %2; older lines are unsupported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="251"/>
        <source> The workspace names no customers file (&apos;customers:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="253"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="254"/>
        <source>, %n need(s) attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="254"/>
        <source>, none needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="263"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="265"/>
        <source>, %n stop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="297"/>
        <source>No customers: name a customers file in the workspace (customers: customers.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="298"/>
        <source>No customer could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="299"/>
        <source>see docs/support.md for its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="305"/>
        <source>Upgrade path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="314"/>
        <source>%1 runs %2: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="320"/>
        <location filename="../widgets/supportview.cpp" line="352"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="325"/>
        <source>Required stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="329"/>
        <source>No required stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="329"/>
        <source>the versions in between may be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="331"/>
        <source>Next change window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="333"/>
        <source>%1, %2 UTC</source>
        <extracomment>A change window&apos;s start: %1 the long date, %2 the time of day in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="340"/>
        <source>Chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="342"/>
        <source>nothing changes in values.yaml or dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="343"/>
        <source>%n change(s) for the operator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="345"/>
        <source>added, default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="346"/>
        <location filename="../widgets/supportview.cpp" line="352"/>
        <source>removed (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="347"/>
        <source>default %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="351"/>
        <source>dependency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="352"/>
        <source>added at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Verdicts</name>
    <message>
        <location filename="../models/domain/verdict.cpp" line="197"/>
        <source>%1 (and %2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="202"/>
        <source>registry %1/%2, %3 not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="204"/>
        <source>registry %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="272"/>
        <source>chart %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="291"/>
        <source>registry: %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="294"/>
        <source>registry: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="311"/>
        <source>manifest: its entry is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="315"/>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="321"/>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="324"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="328"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="331"/>
        <source>not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="331"/>
        <source>released</source>
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
        <location filename="../models/domain/versionmatrix.cpp" line="250"/>
        <source>A commit id where the version %1 belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="74"/>
        <source>Says %1 where %2 belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="81"/>
        <source>%1: no commit known for it, so it maps to no release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="90"/>
        <source>%1: built from commit %2, first released in %3 %4, numbers of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="93"/>
        <source>%1: built from commit %2, first released in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="95"/>
        <source>%1: built from commit %2, which no release contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="96"/>
        <source>%1: built from commit %2, first released in %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="115"/>
        <source>Chart.yaml of %1 has no appVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="117"/>
        <source>appVersion %1 of chart %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="118"/>
        <source>appVersion %1 of chart %2 is not its image tag %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="157"/>
        <source>A chart-only fix of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="163"/>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="165"/>
        <source>pending, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="171"/>
        <source>Tag %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="173"/>
        <source>A chart-only fix has no OSS tag of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="175"/>
        <location filename="../models/domain/versionmatrix.cpp" line="203"/>
        <location filename="../models/domain/versionmatrix.cpp" line="221"/>
        <location filename="../models/domain/versionmatrix.cpp" line="223"/>
        <location filename="../models/domain/versionmatrix.cpp" line="230"/>
        <location filename="../models/domain/versionmatrix.cpp" line="248"/>
        <location filename="../models/domain/versionmatrix.cpp" line="293"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="175"/>
        <source>No OSS release tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="192"/>
        <source>Numbers of its own: shown where a chart of this release deploys it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="194"/>
        <source>tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="195"/>
        <source>No chart deploys it; %1 has a release tag %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="201"/>
        <source>No chart of the fix deploys it: %1&apos;s image stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="204"/>
        <source>No chart of %1 deploys it and %2 has no release tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="221"/>
        <source>No chart tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="223"/>
        <source>Chart %1 is not at HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="228"/>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="230"/>
        <source>Chart %1 is not in the tree at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="239"/>
        <source>Chart.yaml at %1 says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="242"/>
        <source>Chart.yaml at %1 says version %2; the release is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="248"/>
        <source>Chart.yaml at %1 has no appVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="252"/>
        <source>appVersion %1 is not the image tag %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="254"/>
        <source>appVersion %1 where %2 belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="256"/>
        <source>appVersion is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="258"/>
        <source>The chart&apos;s values set no tag for its image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="289"/>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="291"/>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="47"/>
        <source>judging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="51"/>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="54"/>
        <source>registry: %1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="56"/>
        <source>registry: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="113"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="115"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="155"/>
        <source>Verdict</source>
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
    <message numerus="yes">
        <location filename="../widgets/versionsview.cpp" line="83"/>
        <source>%1 of %n version(s) shown; %2 with problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>ReleaseDeck::WhatIf</name>
    <message>
        <location filename="../models/review/whatif.cpp" line="128"/>
        <source>weekly, staggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/whatif.cpp" line="129"/>
        <source>Each OSS release goes to Enterprise %n day(s) after SaaS ships it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/whatif.cpp" line="134"/>
        <source>no stagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/whatif.cpp" line="135"/>
        <source>Each OSS release goes to Enterprise the day SaaS ships it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/whatif.cpp" line="139"/>
        <source>monthly + LTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/whatif.cpp" line="146"/>
        <source>On the first of each month the newest OSS release goes to Enterprise; the first line of each quarter is an LTS line with security fixes for %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="56"/>
        <source>%1: chart releases by content</source>
        <translation>%1: Chart-Releases nach Inhalt</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Agenda</name>
    <message>
        <location filename="../models/review/agenda.cpp" line="16"/>
        <source>approval: another release manager approves it first</source>
        <translation>Genehmigung: ein anderer Release-Manager genehmigt es zuerst</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="25"/>
        <source>%1 needs an approval</source>
        <translation>%1 braucht eine Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="26"/>
        <source>%1 needs an approval by someone other than %2, who staged it</source>
        <translation>%1 braucht eine Genehmigung durch jemand anderen als %2, der es gestagt hat</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="33"/>
        <source>approval: %1</source>
        <translation>Genehmigung: %1</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="34"/>
        <source>%1 needs an approval its trail backs: %2</source>
        <translation>%1 braucht eine Genehmigung, die sein Prüfpfad belegt: %2</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="39"/>
        <source>the due date: publishing before it needs a reason (--early)</source>
        <translation>das Fälligkeitsdatum: eine Veröffentlichung davor braucht eine Begründung (--early)</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="40"/>
        <source>no due date, SaaS has not shipped it: publishing needs a reason (--early)</source>
        <translation>kein Fälligkeitsdatum, SaaS hat es nicht ausgeliefert: eine Veröffentlichung braucht eine Begründung (--early)</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="42"/>
        <source>a freeze (%1): publishing needs a reason (--override-freeze)</source>
        <translation>ein Freeze (%1): eine Veröffentlichung braucht eine Begründung (--override-freeze)</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="49"/>
        <source>registry: could not be checked</source>
        <translation>Registry: konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../models/review/agenda.cpp" line="50"/>
        <source>registry: not checked (--no-registry)</source>
        <translation>Registry: nicht geprüft (--no-registry)</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ArtifactPlan</name>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="207"/>
        <source>no registry in the workspace serves %1</source>
        <translation>keine Registry im Arbeitsbereich bedient %1</translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="215"/>
        <source>%1 is not in registry &apos;%2&apos;</source>
        <translation>%1 ist nicht in der Registry &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="247"/>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="255"/>
        <source>No registry in the workspace serves %1: add a registries entry with host: %1 to check its images and charts.</source>
        <translation>Keine Registry im Arbeitsbereich bedient %1: Fügen Sie einen Eintrag unter registries mit host: %1 hinzu, um dessen Images und Charts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../models/registry/registrycheck.cpp" line="263"/>
        <source>not checked: the check was cancelled</source>
        <translation>nicht geprüft: die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="15"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="17"/>
        <source>mismatch</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="19"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="21"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="23"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="25"/>
        <source>no registry</source>
        <translation>keine Registry</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="146"/>
        <source>deployed by a published chart</source>
        <translation>von einem veröffentlichten Chart bereitgestellt</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="146"/>
        <source>deployed by the staged charts</source>
        <translation>von den gestagten Charts bereitgestellt</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="160"/>
        <source>shipped to SaaS</source>
        <translation>an SaaS ausgeliefert</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="160"/>
        <source>released as OSS</source>
        <translation>als OSS released</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="161"/>
        <source>not released yet</source>
        <translation>noch nicht released</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="187"/>
        <source>published to Enterprise</source>
        <translation>für Enterprise veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="187"/>
        <source>staged; published after approval</source>
        <translation>gestagt; wird nach der Genehmigung veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="239"/>
        <source>deployed by %1:%2</source>
        <translation>bereitgestellt von %1:%2</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="246"/>
        <source>the manifest&apos;s %1 for %2</source>
        <translation>%1 des Manifests für %2</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="274"/>
        <source>the charts at %1</source>
        <translation>die Charts bei %1</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="279"/>
        <source>not published yet</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="292"/>
        <source>component &apos;%1&apos; has no &apos;oci&apos; location in the workspace</source>
        <translation>Komponente &apos;%1&apos; hat im Arbeitsbereich keinen &apos;oci&apos;-Ort</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="297"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="306"/>
        <source>built from %1, but %2 is at %3</source>
        <translation>gebaut aus %1, aber %2 steht bei %3</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="310"/>
        <source>no revision label: which commit it was built from is unknown</source>
        <translation>kein Revision-Label: aus welchem Commit es gebaut wurde, ist unbekannt</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="312"/>
        <source>built from %1; no release tag of %2 to compare with</source>
        <translation>gebaut aus %1; kein Release-Tag von %2 zum Vergleich</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="314"/>
        <source>built from %1, as %2</source>
        <translation>gebaut aus %1, als %2</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="319"/>
        <source> (built as %1 and tagged again)</source>
        <translation> (als %1 gebaut und erneut getaggt)</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="323"/>
        <source>chart version %1, but %2 has %3</source>
        <translation>Chart-Version %1, aber %2 hat %3</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="325"/>
        <source>appVersion %1, but %2 has %3</source>
        <translation>appVersion %1, aber %2 hat %3</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="328"/>
        <source>Chart.yaml agrees with %1</source>
        <translation>Chart.yaml stimmt mit %1 überein</translation>
    </message>
    <message>
        <location filename="../models/domain/artifactcheck.cpp" line="329"/>
        <source>in the registry before it was published</source>
        <translation>in der Registry, bevor es veröffentlicht wurde</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::CommitListModel</name>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="218"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="220"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="222"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="224"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Countdown</name>
    <message>
        <location filename="../models/domain/countdown.h" line="39"/>
        <source>ddd d MMM HH:mm &apos;UTC&apos;</source>
        <extracomment>QDateTime formats: ddd the weekday&apos;s short name, d the day, MMM the month&apos;s short name, yyyy the year, HH:mm the time</extracomment>
        <translation>ddd, d. MMM HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="39"/>
        <source>ddd d MMM yyyy HH:mm &apos;UTC&apos;</source>
        <translation>ddd, d. MMM yyyy HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="47"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="47"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="49"/>
        <source>%1 %2 h</source>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="51"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="52"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="59"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="60"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="60"/>
        <source>%1 ago</source>
        <translation>%1 her</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="66"/>
        <source>not due: SaaS has not shipped it</source>
        <translation>nicht fällig: SaaS hat es nicht ausgeliefert</translation>
    </message>
    <message>
        <location filename="../models/domain/countdown.h" line="67"/>
        <source>due %1, %2</source>
        <translation>fällig %1, %2</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::DetailsPane</name>
    <message>
        <location filename="../widgets/detailspane.cpp" line="27"/>
        <location filename="../widgets/detailspane.cpp" line="62"/>
        <source>No release selected</source>
        <translation>Kein Release ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="28"/>
        <source>Selected release</source>
        <translation>Ausgewähltes Release</translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="31"/>
        <location filename="../widgets/detailspane.cpp" line="43"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="32"/>
        <source>Copy the details as text</source>
        <translation>Die Details als Text kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="33"/>
        <source>Copy the release details</source>
        <translation>Die Release-Details kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/detailspane.cpp" line="37"/>
        <source>Release details</source>
        <translation>Release-Details</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::DiffView</name>
    <message>
        <location filename="../widgets/diffview.cpp" line="59"/>
        <source>Left version</source>
        <translation>Linke Version</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="60"/>
        <source>Right version</source>
        <translation>Rechte Version</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="61"/>
        <source>Versions for the left side</source>
        <translation>Versionen für die linke Seite</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="62"/>
        <source>Versions for the right side</source>
        <translation>Versionen für die rechte Seite</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="71"/>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="72"/>
        <source>Swap the left and right versions</source>
        <translation>Linke und rechte Version tauschen</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="73"/>
        <source>C&amp;opy commits</source>
        <translation>Commits k&amp;opieren</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="74"/>
        <source>Copy the commits of the selected row as text</source>
        <translation>Die Commits der ausgewählten Zeile als Text kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="75"/>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="77"/>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="81"/>
        <source>Mapping differences</source>
        <translation>Unterschiede der Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="84"/>
        <source>Commits between the two sides</source>
        <translation>Commits zwischen den beiden Seiten</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="87"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="105"/>
        <source>Notes of the selected component</source>
        <translation>Anmerkungen zur ausgewählten Komponente</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="122"/>
        <source>Release notes between the two versions</source>
        <translation>Release Notes zwischen den beiden Versionen</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="124"/>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="125"/>
        <source>Copy the release notes as Markdown</source>
        <translation>Die Release Notes als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="132"/>
        <source>&amp;Mapping</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="133"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="235"/>
        <source>Reading commits…</source>
        <translation>Lese Commits…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="249"/>
        <source>%n row(s) flagged: a commit id that is not the release it claims.</source>
        <translation>
            <numerusform>%n Zeile markiert: eine Commit-ID, die nicht das Release ist, das sie angibt.</numerusform>
            <numerusform>%n Zeilen markiert: eine Commit-ID, die nicht das Release ist, das sie angibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="250"/>
        <source>%n component(s) compared.</source>
        <translation>
            <numerusform>%n Komponente verglichen.</numerusform>
            <numerusform>%n Komponenten verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="252"/>
        <source>One version: each image&apos;s release tag (left) against what the charts deploy (right). </source>
        <translation>Eine Version: das Release-Tag jedes Images (links) gegen das, was die Charts bereitstellen (rechts). </translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="279"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/diffview.cpp" line="316"/>
        <source>Reading the commits from %1 to %2…</source>
        <translation>Lese die Commits von %1 bis %2…</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::DisplayDates</name>
    <message>
        <location filename="../models/itemmodels/displaydates.cpp" line="21"/>
        <source>%1 %2 UTC</source>
        <extracomment>A date and a time of day in UTC</extracomment>
        <translation>%1 %2 UTC</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaydates.cpp" line="37"/>
        <source>d MMM</source>
        <extracomment>A QDate format for a day and its month&apos;s short name, on axes with little room (&quot;3 Feb&quot;): d is the day, MMM the month</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaydates.cpp" line="43"/>
        <source>%1 %2</source>
        <extracomment>A month and its year, as a heading on the timeline: %1 is the month&apos;s name, %2 the year</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::FilterBar</name>
    <message>
        <location filename="../widgets/filterbar.cpp" line="21"/>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="22"/>
        <source>&amp;Copy as TSV</source>
        <translation>Als TSV &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="32"/>
        <source>Copy the table as filtered, tab-separated, each cell with its state; with several cells selected, those cells. Ctrl+C copies the selected cells.</source>
        <translation>Kopiert die gefilterte Tabelle tabulatorgetrennt, jede Zelle mit ihrem Zustand; sind mehrere Zellen ausgewählt, nur diese. Strg+C kopiert die ausgewählten Zellen.</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="34"/>
        <source>Copy as tab-separated values</source>
        <translation>Als tabulatorgetrennte Werte kopieren</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::FrozenTableView</name>
    <message>
        <location filename="../widgets/frozentableview.cpp" line="19"/>
        <source>Frozen first column</source>
        <translation>Feste erste Spalte</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Keychain</name>
    <message>
        <location filename="../models/platform/keychain.cpp" line="73"/>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/platform/keychain.cpp" line="92"/>
        <source>The login for %1 was not saved: %2</source>
        <translation>Die Anmeldung für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../models/platform/keychain.cpp" line="105"/>
        <source>The login for %1 was not removed: %2</source>
        <translation>Die Anmeldung für %1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="71"/>
        <location filename="../app/mainwindow.cpp" line="152"/>
        <location filename="../app/mainwindow.cpp" line="280"/>
        <source>ReleaseDeck</source>
        <translation>ReleaseDeck</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="354"/>
        <source>Scanned %1.</source>
        <translation>%1 gescannt.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <source>Details pane</source>
        <translation>Detailbereich</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="355"/>
        <source>Scanned %1: %n problem(s), see Scan Data › Problems.</source>
        <translation>
            <numerusform>%1 gescannt: %n Problem, siehe Scan-Daten › Probleme.</numerusform>
            <numerusform>%1 gescannt: %n Probleme, siehe Scan-Daten › Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="68"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source>Staging panel</source>
        <translation>Staging-Panel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Scanning the workspace…</source>
        <translation>Arbeitsbereich wird gescannt…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <source>Writing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="137"/>
        <source>Creating its repositories and registry in %1; it opens when they are written.</source>
        <translation>Seine Repositories und seine Registry werden in %1 angelegt; er öffnet sich, sobald sie geschrieben sind.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="200"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>View switcher</source>
        <translation>Ansichtsumschalter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>The OSS, SaaS and Enterprise releases on a timeline</source>
        <translation>Die OSS-, SaaS- und Enterprise-Releases auf einer Zeitachse</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="209"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="209"/>
        <source>Every version against its tags, images and charts</source>
        <translation>Jede Version gegen ihre Tags, Images und Charts</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>What the registries hold of each release, and whether it agrees with git</source>
        <translation>Was die Registrys von jedem Release enthalten und ob es mit Git übereinstimmt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="211"/>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="211"/>
        <source>What changed between two versions</source>
        <translation>Was sich zwischen zwei Versionen geändert hat</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>&amp;Scan Data</source>
        <translation>&amp;Scan-Daten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>The raw scan: tags, charts, image references and problems</source>
        <translation>Der rohe Scan: Tags, Charts, Image-Referenzen und Probleme</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="213"/>
        <source>S&amp;upport</source>
        <translation>S&amp;upport</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="213"/>
        <source>Which release lines get fixes, and each customer&apos;s status, target and upgrade path</source>
        <translation>Welche Release-Linien Fixes bekommen, und Status, Ziel und Upgrade-Pfad jedes Kunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>Re&amp;view</source>
        <translation>Revi&amp;ew</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>The weekly release review: the agenda, cadence, stagger, lead time, failures, customers, and the cadence what-if</source>
        <translation>Das wöchentliche Release-Review: Agenda, Takt, Versatz, Durchlaufzeit, Fehlschläge, Kunden und das Was-wäre-wenn zum Takt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="228"/>
        <source>D&amp;etails Pane</source>
        <translation>Detail&amp;bereich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="232"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="234"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235"/>
        <source>&amp;Fit to Data</source>
        <translation>&amp;An Daten anpassen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236"/>
        <source>Show &amp;Today</source>
        <translation>&amp;Heute zeigen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>%1 did not open; %2 stays open.</source>
        <translation>%1 ließ sich nicht öffnen; %2 bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="286"/>
        <source>&amp;Choose Another…</source>
        <translation>&amp;Anderen wählen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="488"/>
        <source>&amp;Workspace</source>
        <translation>Arbeits&amp;bereich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="489"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="491"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="492"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="493"/>
        <source>The generated demo workspace</source>
        <translation>Der erzeugte Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="494"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="496"/>
        <source>Registry &amp;Logins…</source>
        <translation>Registry-&amp;Anmeldungen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="497"/>
        <source>&amp;Export Mapping…</source>
        <translation>Zuordnung e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="498"/>
        <source>Chart releases and the OSS/SaaS releases they deploy, by content, as CSV or Markdown</source>
        <translation>Chart-Releases und die OSS-/SaaS-Releases, die sie bereitstellen, nach Inhalt, als CSV oder Markdown</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="499"/>
        <source>Export Re&amp;view…</source>
        <translation>&amp;Review exportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="500"/>
        <source>The review pack of the weeks the Review view shows, as PDF, HTML or Markdown</source>
        <translation>Das Review-Paket der Wochen, die die Review-Ansicht zeigt, als PDF, HTML oder Markdown</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="501"/>
        <source>&amp;Print Review…</source>
        <translation>Review dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="502"/>
        <source>Export &amp;Timeline…</source>
        <translation>Zei&amp;tachse exportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="503"/>
        <source>The timeline as it is shown, as PNG or SVG</source>
        <translation>Die Zeitachse, wie sie angezeigt wird, als PNG oder SVG</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="509"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="514"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="517"/>
        <source>&amp;Adopt One Version…</source>
        <translation>&amp;Eine Version übernehmen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="518"/>
        <source>Write the first release manifest from history and switch the charts to one version</source>
        <translation>Das erste Release-Manifest aus der Historie schreiben und die Charts auf eine Version umstellen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="522"/>
        <source>&amp;Staging Panel</source>
        <translation>Staging-&amp;Panel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="525"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="526"/>
        <source>&amp;About ReleaseDeck</source>
        <translation>Ü&amp;ber ReleaseDeck</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="527"/>
        <source>About ReleaseDeck</source>
        <translation>Über ReleaseDeck</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="528"/>
        <source>&lt;b&gt;ReleaseDeck %1&lt;/b&gt;&lt;p&gt;The OSS, SaaS and Enterprise release train, across repositories and registries.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReleaseDeck %1&lt;/b&gt;&lt;p&gt;Der Release-Zug von OSS, SaaS und Enterprise, über Repositorys und Registrys hinweg.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="299"/>
        <source>%1 — ReleaseDeck</source>
        <translation>%1 — ReleaseDeck</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="562"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="563"/>
        <source>ReleaseDeck workspaces (*.yaml *.yml)</source>
        <translation>ReleaseDeck-Arbeitsbereiche (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="33"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="34"/>
        <location filename="../app/mainwindowexport.cpp" line="71"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="36"/>
        <location filename="../app/mainwindowexport.cpp" line="51"/>
        <source>Export Mapping</source>
        <translation>Zuordnung exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="43"/>
        <source>Exporting the mapping to %1…</source>
        <translation>Exportiere die Zuordnung nach %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="49"/>
        <source>Mapping exported to %1</source>
        <translation>Zuordnung nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="51"/>
        <source>The mapping was not written: %1</source>
        <translation>Die Zuordnung wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="68"/>
        <source>The review is being read; export it once it is shown.</source>
        <translation>Das Review wird gerade gelesen; exportieren Sie es, sobald es angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="71"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="71"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="75"/>
        <location filename="../app/mainwindowexport.cpp" line="89"/>
        <source>Export Review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="85"/>
        <source>the file name must end in .pdf, .html or .md</source>
        <translation>der Dateiname muss auf .pdf, .html oder .md enden</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="87"/>
        <source>Review exported to %1</source>
        <translation>Review nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="89"/>
        <source>The review was not written: %1</source>
        <translation>Das Review wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="112"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="112"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="114"/>
        <location filename="../app/mainwindowexport.cpp" line="125"/>
        <source>Export Timeline</source>
        <translation>Zeitachse exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="123"/>
        <source>Timeline exported to %1</source>
        <translation>Zeitachse nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindowexport.cpp" line="125"/>
        <source>The timeline was not written: %1</source>
        <translation>Die Zeitachse wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::MappingDiff</name>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="110"/>
        <source>HEAD (staged)</source>
        <translation>HEAD (gestagt)</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="116"/>
        <source>chart %1 is not in the tree</source>
        <translation>Chart %1 ist nicht im Baum</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="118"/>
        <source>Chart.yaml says %1, not %2</source>
        <translation>Chart.yaml sagt %1, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="158"/>
        <source>%1 is not a commit of %2</source>
        <translation>%1 ist kein Commit von %2</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="161"/>
        <source>%1 is in no release of %2, not %3</source>
        <translation>%1 ist in keinem Release von %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="162"/>
        <source>%1 belongs to %2, not %3</source>
        <translation>%1 gehört zu %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="179"/>
        <source>%1 is the image of %2, not %3</source>
        <translation>%1 ist das Image von %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="181"/>
        <source>%1 is no release of %2</source>
        <translation>%1 ist kein Release von %2</translation>
    </message>
    <message>
        <location filename="../models/git/mappingdiff.cpp" line="208"/>
        <source>Compared %1</source>
        <translation>%1 verglichen</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::MappingDiffModel</name>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="38"/>
        <source>left: %1</source>
        <translation>links: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="40"/>
        <source>right: %1</source>
        <translation>rechts: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="44"/>
        <source>lists the newest %1 of %2 commits</source>
        <translation>listet die neuesten %1 von %2 Commits</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="46"/>
        <source>not in the left version</source>
        <translation>nicht in der linken Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="48"/>
        <source>not in the right version</source>
        <translation>nicht in der rechten Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="67"/>
        <source>%1 (repository)</source>
        <translation>%1 (Repository)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="69"/>
        <source>%1 (chart)</source>
        <translation>%1 (Chart)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="71"/>
        <source>%1 (image)</source>
        <translation>%1 (Image)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="140"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="142"/>
        <source>Left tag</source>
        <translation>Linkes Tag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="144"/>
        <source>Left commit</source>
        <translation>Linker Commit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="146"/>
        <source>Left version</source>
        <translation>Linke Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="148"/>
        <source>Left image tag</source>
        <translation>Linkes Image-Tag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="150"/>
        <source>Right tag</source>
        <translation>Rechtes Tag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="152"/>
        <source>Right commit</source>
        <translation>Rechter Commit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="154"/>
        <source>Right version</source>
        <translation>Rechte Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="156"/>
        <source>Right image tag</source>
        <translation>Rechtes Image-Tag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="158"/>
        <source>Ahead</source>
        <translation>Voraus</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="160"/>
        <source>Behind</source>
        <translation>Hinterher</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mappingdiffmodel.cpp" line="162"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineAggregate</name>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="428"/>
        <source>+%1 d</source>
        <translation>+%1 Tg.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="491"/>
        <source>Week %1 · %2</source>
        <translation>Woche %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="497"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="504"/>
        <source>OSS: %n release(s) tagged</source>
        <translation>
            <numerusform>OSS: %n Release getaggt</numerusform>
            <numerusform>OSS: %n Releases getaggt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="507"/>
        <source>SaaS: %n release(s) shipped</source>
        <translation>
            <numerusform>SaaS: %n Release ausgeliefert</numerusform>
            <numerusform>SaaS: %n Releases ausgeliefert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="510"/>
        <source>Enterprise: %n release(s) published</source>
        <translation>
            <numerusform>Enterprise: %n Release veröffentlicht</numerusform>
            <numerusform>Enterprise: %n Releases veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="512"/>
        <source>of which %n chart fix(es)</source>
        <translation>
            <numerusform>davon %n Chart-Fix</numerusform>
            <numerusform>davon %n Chart-Fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="514"/>
        <source>%n superseded, never published</source>
        <translation>
            <numerusform>%n abgelöst, nie veröffentlicht</numerusform>
            <numerusform>%n abgelöst, nie veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="523"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="526"/>
        <source>⚠ %n with problems</source>
        <translation>
            <numerusform>⚠ %n mit Problemen</numerusform>
            <numerusform>⚠ %n mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="527"/>
        <source>, %n with missing artifacts</source>
        <translation>
            <numerusform>, %n mit fehlenden Artefakten</numerusform>
            <numerusform>, %n mit fehlenden Artefakten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="528"/>
        <source>Click to zoom in on these days.</source>
        <translation>Klicken, um auf diese Tage zu zoomen.</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineChip</name>
    <message>
        <location filename="../widgets/pipelineclusters.cpp" line="107"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="108"/>
        <source>&lt;b&gt;%n release(s) without room for their labels&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Click to zoom in on them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Release ohne Platz für sein Label&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Klicken, um darauf zu zoomen.</numerusform>
            <numerusform>&lt;b&gt;%n Releases ohne Platz für ihre Labels&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Klicken, um darauf zu zoomen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineChrome</name>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="58"/>
        <location filename="../widgets/pipelinechrome.cpp" line="99"/>
        <source>W%1 · %2</source>
        <translation>KW %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="117"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="125"/>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="125"/>
        <location filename="../widgets/pipelinechrome.cpp" line="213"/>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="125"/>
        <location filename="../widgets/pipelinechrome.cpp" line="214"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="126"/>
        <source>tag</source>
        <translation>Git-Tag</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="126"/>
        <source>same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelinechrome.cpp" line="126"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="212"/>
        <source>OSS tag</source>
        <translation>OSS-Tag</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="218"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="218"/>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="219"/>
        <source>LTS</source>
        <translation>LTS</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="220"/>
        <source>support: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="231"/>
        <source>ok, problem, missing</source>
        <translation>in Ordnung, Problem, fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="215"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="216"/>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinechrome.cpp" line="226"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineItem</name>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="236"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="239"/>
        <source>%1 (backport)</source>
        <translation>%1 (Backport)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="471"/>
        <source>Chart fix %1</source>
        <translation>Chart-Fix %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="473"/>
        <source>OSS: tagged %1</source>
        <translation>OSS: getaggt am %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="475"/>
        <source>SaaS: shipped %1</source>
        <translation>SaaS: ausgeliefert am %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="477"/>
        <source>A patch of an older line, on the charts branch %1; SaaS runs the newest release, not this</source>
        <translation>Ein Patch einer älteren Linie, auf dem Charts-Branch %1; SaaS betreibt das neueste Release, nicht dieses</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="480"/>
        <source>Enterprise: published %1</source>
        <translation>Enterprise: veröffentlicht am %1</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="483"/>
        <source>Enterprise: %1, %2</source>
        <translation>Enterprise: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="483"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="497"/>
        <source>Registry: %1 of %n artifact(s) present; %2 missing or disagreeing with git</source>
        <translation>
            <numerusform>Registry: %1 von %n Artefakt vorhanden; %2 fehlt oder weicht von Git ab</numerusform>
            <numerusform>Registry: %1 von %n Artefakten vorhanden; %2 fehlen oder weichen von Git ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="501"/>
        <source>Registry: %1 of %n artifact(s) present; %2 not checked</source>
        <translation>
            <numerusform>Registry: %1 von %n Artefakt vorhanden; %2 nicht geprüft</numerusform>
            <numerusform>Registry: %1 von %n Artefakten vorhanden; %2 nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="503"/>
        <source>Registry: all %n artifact(s) present</source>
        <translation>
            <numerusform>Registry: %n Artefakt vorhanden</numerusform>
            <numerusform>Registry: alle %n Artefakte vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="509"/>
        <source>… and %1 more: see the details pane</source>
        <translation>… und %1 weitere: siehe Detailbereich</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="488"/>
        <source>Enterprise: superseded, never published</source>
        <translation>Enterprise: abgelöst, nie veröffentlicht</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineitem.cpp" line="491"/>
        <source>Enterprise: not staged</source>
        <translation>Enterprise: nicht gestagt</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineView</name>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="51"/>
        <source>Pipeline timeline</source>
        <translation>Pipeline-Zeitachse</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="52"/>
        <source>Releases on the OSS, SaaS and Enterprise lanes over time. Left and Right select the previous or next release; plus and minus zoom; 0 fits; T shows today.</source>
        <translation>Releases auf den Bahnen OSS, SaaS und Enterprise im Zeitverlauf. Links und Rechts wählen das vorige oder nächste Release; Plus und Minus zoomen; 0 passt an; T zeigt heute.</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="557"/>
        <source>%1: the file name must end in .png or .svg</source>
        <translation>%1: der Dateiname muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="562"/>
        <location filename="../widgets/pipelineview.cpp" line="588"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="571"/>
        <source>ReleaseDeck timeline</source>
        <translation>ReleaseDeck-Zeitachse</translation>
    </message>
    <message>
        <location filename="../widgets/pipelineview.cpp" line="583"/>
        <source>%1: the image could not be written</source>
        <translation>%1: das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PlanDialog</name>
    <message>
        <location filename="../widgets/plandialog.cpp" line="32"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="33"/>
        <source>Stage for Enterprise</source>
        <translation>Für Enterprise stagen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="34"/>
        <source>Re-stage the pending release</source>
        <translation>Das ausstehende Release neu stagen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="35"/>
        <source>Approve the staged release</source>
        <translation>Das gestagte Release genehmigen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="36"/>
        <source>Publish to Enterprise</source>
        <translation>Für Enterprise veröffentlichen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="37"/>
        <source>Chart fix</source>
        <translation>Chart-Fix</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="51"/>
        <source>Bumps every Enterprise chart to the version in one commit and records it as staged, due a stagger after its SaaS release.</source>
        <translation>Hebt jedes Enterprise-Chart in einem Commit auf die Version und verzeichnet es als gestagt, fällig um den Versatz nach seinem SaaS-Release.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="38"/>
        <source>Adopt one version</source>
        <translation>Eine Version übernehmen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="47"/>
        <source>Gives every component the version: tags OSS at the commit and each other repository that builds images at the newest commit CI built, gives their images the version&apos;s tag, and records the SaaS release date in the release manifest. The plan names each commit.</source>
        <translation>Gibt jeder Komponente die Version: taggt OSS am Commit und jedes andere Repository, das Images baut, am neuesten Commit, den die CI gebaut hat, gibt ihren Images das Tag der Version und trägt das SaaS-Releasedatum im Release-Manifest ein. Der Plan nennt jeden Commit.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="54"/>
        <source>Moves the pending Enterprise release to a newer version, in the same weekly slot unless SaaS has run it too briefly. The old one is superseded and never published.</source>
        <translation>Ersetzt das ausstehende Enterprise-Release durch eine neuere Version, im selben Wochentermin, sofern SaaS sie nicht zu kurz betrieben hat. Das alte wird abgelöst und nie veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="57"/>
        <source>Records that the staged release was validated on SaaS. Someone other than the one who staged it approves it.</source>
        <translation>Verzeichnet, dass das gestagte Release auf SaaS validiert wurde. Genehmigen muss es jemand anderes als die Person, die es gestagt hat.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="60"/>
        <source>Packages and pushes every chart of the approved release, records it as published and tags the charts repository.</source>
        <translation>Paketiert und pusht jedes Chart des genehmigten Release, verzeichnet es als veröffentlicht und taggt das Charts-Repository.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="63"/>
        <source>Stages a chart-only fix of the published release as VERSION-fixN, due at once. Commit the chart change to the charts repository first.</source>
        <translation>Stagt einen reinen Chart-Fix des veröffentlichten Release als VERSION-fixN, sofort fällig. Committen Sie die Chart-Änderung zuerst ins Charts-Repository.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="66"/>
        <source>Writes the first release manifest from history, each Enterprise release joined to the OSS release it deploys by content, and switches the charts to one version from the next OSS release.</source>
        <translation>Schreibt das erste Release-Manifest aus der Historie, wobei jedes Enterprise-Release nach Inhalt dem OSS-Release zugeordnet wird, das es bereitstellt, und stellt die Charts ab dem nächsten OSS-Release auf eine Version um.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="124"/>
        <source>&amp;Fix of:</source>
        <translation>&amp;Fix von:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="124"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="124"/>
        <source>0.76.0</source>
        <translation>0.76.0</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="126"/>
        <source>&amp;Commit:</source>
        <translation>&amp;Commit:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="126"/>
        <source>a branch, tag or commit id of OSS</source>
        <translation>ein Branch, Tag oder eine Commit-ID von OSS</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="127"/>
        <source>&amp;Other repositories:</source>
        <translation>&amp;Andere Repositorys:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="128"/>
        <source>runtime-api=REV …; empty: the newest commit CI built</source>
        <translation>runtime-api=REV …; leer: der neueste Commit, den die CI gebaut hat</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="130"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="131"/>
        <source>what was validated on SaaS (required)</source>
        <translation>was auf SaaS validiert wurde (Pflicht)</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="131"/>
        <source>why, for the audit trail (optional)</source>
        <translation>warum, für den Prüfpfad (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="133"/>
        <source>Freeze &amp;override:</source>
        <translation>Freeze-&amp;Ausnahme:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="133"/>
        <source>&amp;Early because:</source>
        <translation>&amp;Früher, weil:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="134"/>
        <source>required: it is audited</source>
        <translation>Pflicht: wird im Prüfpfad festgehalten</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="135"/>
        <source>Publishing is frozen (%1).</source>
        <translation>Veröffentlichungen sind eingefroren (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="136"/>
        <source>The release is not due yet.</source>
        <translation>Das Release ist noch nicht fällig.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="162"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="166"/>
        <source>Nothing has changed yet. Run makes these changes, step by step:</source>
        <translation>Noch hat sich nichts geändert. Ausführen nimmt diese Änderungen Schritt für Schritt vor:</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="172"/>
        <source>Finished steps</source>
        <translation>Abgeschlossene Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="191"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="192"/>
        <source>Roll &amp;back local steps</source>
        <translation>Lokale Schritte zurück&amp;rollen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="193"/>
        <source>Undo what this run did only in ReleaseDeck&apos;s clone (a tag not yet pushed)</source>
        <translation>Rückgängig machen, was dieser Lauf nur im Klon von ReleaseDeck getan hat (ein noch nicht gepushtes Tag)</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="194"/>
        <location filename="../widgets/plandialog.cpp" line="205"/>
        <source>Show &amp;plan</source>
        <translation>&amp;Plan anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="253"/>
        <source>Give the version.</source>
        <translation>Geben Sie die Version an.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="255"/>
        <source>Give the commit to release.</source>
        <translation>Geben Sie den Commit an, der released werden soll.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="257"/>
        <source>Say what was validated: the note goes to the audit trail.</source>
        <translation>Sagen Sie, was validiert wurde: die Notiz kommt in den Prüfpfad.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="259"/>
        <source>Give the reason: it goes to the audit trail.</source>
        <translation>Geben Sie die Begründung an: sie kommt in den Prüfpfad.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="273"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="294"/>
        <source>&apos;%1&apos; is not a version: %2</source>
        <translation>&apos;%1&apos; ist keine Version: %2</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="306"/>
        <source>&apos;%1&apos; is not REPO=REV, once per repository</source>
        <translation>&apos;%1&apos; ist nicht REPO=REV, einmal pro Repository</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="321"/>
        <source>Fetching and planning…</source>
        <translation>Hole und plane…</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="352"/>
        <source>An earlier run was interrupted: it resumes after %1.

</source>
        <translation>Ein früherer Lauf wurde unterbrochen: er wird nach %1 fortgesetzt.

</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plandialog.cpp" line="359"/>
        <source>&amp;Run %n step(s)</source>
        <translation>
            <numerusform>%n Schritt &amp;ausführen</numerusform>
            <numerusform>%n Schritte &amp;ausführen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="374"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="384"/>
        <source>Step %1 of %2 done</source>
        <translation>Schritt %1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="415"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Every step is recorded in the journal:&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Jeder Schritt ist im Journal verzeichnet:&lt;br&gt;%3</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="420"/>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; between two steps. Nothing is half done: run the same operation again to resume it, or roll back what stayed in ReleaseDeck&apos;s clone.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt; zwischen zwei Schritten. Nichts ist halb erledigt: Führen Sie dieselbe Operation erneut aus, um sie fortzusetzen, oder rollen Sie zurück, was im Klon von ReleaseDeck geblieben ist.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="424"/>
        <source>&lt;b&gt;Step &apos;%1&apos; failed.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;The journal says how far it got (%3). Run the same operation again to resume it.</source>
        <translation>&lt;b&gt;Schritt &apos;%1&apos; ist fehlgeschlagen.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Das Journal zeigt, wie weit er kam (%3). Führen Sie dieselbe Operation erneut aus, um sie fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="430"/>
        <location filename="../widgets/plandialog.cpp" line="461"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="457"/>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; The local steps are undone; nothing had left the machine.</source>
        <translation>&lt;b&gt;Zurückgerollt.&lt;/b&gt; Die lokalen Schritte sind rückgängig gemacht; nichts hatte den Rechner verlassen.</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="458"/>
        <source>&lt;b&gt;Not rolled back:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht zurückgerollt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/plandialog.cpp" line="473"/>
        <source>Cancelling after the current step…</source>
        <translation>Breche nach dem laufenden Schritt ab…</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryLoginDialog</name>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="21"/>
        <source>&amp;Save to Keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="22"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="25"/>
        <source>Registry Logins</source>
        <translation>Registry-Anmeldungen</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="43"/>
        <source>git remote %1 — %2</source>
        <translation>Git-Remote %1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="45"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="46"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="47"/>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="49"/>
        <source>password or access token</source>
        <translation>Passwort oder Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="57"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="58"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="64"/>
        <source>Logins are kept in the system keychain, one per registry host, and never in a file. A login in the environment variables comes first.</source>
        <translation>Anmeldungen werden im Schlüsselbund des Systems aufbewahrt, eine pro Registry-Host, und nie in einer Datei. Eine Anmeldung in den Umgebungsvariablen hat Vorrang.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="82"/>
        <source>Enter a user name and a password or token.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort oder Token ein.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="85"/>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="89"/>
        <source>Forgetting…</source>
        <translation>Vergesse…</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="94"/>
        <source>Saved the login for %1 in the keychain.</source>
        <translation>Die Anmeldung für %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="101"/>
        <source>Forgot the login for %1.</source>
        <translation>Die Anmeldung für %1 wurde vergessen.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="111"/>
        <source>No login for %1 in the keychain.</source>
        <translation>Keine Anmeldung für %1 im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="112"/>
        <source>The keychain has a login for %1 as %2.</source>
        <translation>Der Schlüsselbund hat eine Anmeldung für %1 als %2.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="115"/>
        <source>Signed in from the environment (%1), which comes first.</source>
        <translation>Angemeldet über die Umgebung (%1), die Vorrang hat.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="123"/>
        <source>This workspace reaches no registry or git remote over HTTP: layout folders need no login.</source>
        <translation>Dieser Arbeitsbereich erreicht keine Registry und kein Git-Remote über HTTP: Layout-Ordner brauchen keine Anmeldung.</translation>
    </message>
    <message>
        <location filename="../widgets/registrylogindialog.cpp" line="144"/>
        <source>Reading the keychain…</source>
        <translation>Lese den Schlüsselbund…</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryModel</name>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="137"/>
        <source>%1 (chart fix)</source>
        <translation>%1 (Chart-Fix)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="160"/>
        <location filename="../models/itemmodels/registrymodel.cpp" line="197"/>
        <source>checking…</source>
        <translation>prüfe…</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="167"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="167"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="171"/>
        <source>Nothing is due in a registry for this release yet.</source>
        <translation>Für dieses Release ist noch nichts in einer Registry fällig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="172"/>
        <source>%1 of %n artifact(s) present and agreeing with git.</source>
        <translation>
            <numerusform>%1 von %n Artefakt vorhanden und mit Git übereinstimmend.</numerusform>
            <numerusform>%1 von %n Artefakten vorhanden und mit Git übereinstimmend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="174"/>
        <source>%n missing or disagreeing.</source>
        <translation>
            <numerusform>%n fehlt oder weicht ab.</numerusform>
            <numerusform>%n fehlen oder weichen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="176"/>
        <source>%n could not be checked.</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden.</numerusform>
            <numerusform>%n konnten nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="216"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="220"/>
        <source>Found under its former name %1</source>
        <translation>Unter seinem früheren Namen %1 gefunden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="222"/>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="224"/>
        <source>Revision label: %1</source>
        <translation>Revision-Label: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="226"/>
        <source>Git: %1 is at %2</source>
        <translation>Git: %1 steht bei %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="228"/>
        <source>Chart version %1, appVersion %2</source>
        <translation>Chart-Version %1, appVersion %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="259"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="261"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="263"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="271"/>
        <source>Image %1, tag %2: the commit its revision label names</source>
        <translation>Image %1, Tag %2: der Commit, den sein Revision-Label nennt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="272"/>
        <source>Chart %1: no &apos;oci&apos; location in the workspace</source>
        <translation>Chart %1: kein &apos;oci&apos;-Ort im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/registrymodel.cpp" line="273"/>
        <source>Chart %1 at oci://%2: its manifest digest</source>
        <translation>Chart %1 unter oci://%2: sein Manifest-Digest</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryView</name>
    <message>
        <location filename="../widgets/registryview.cpp" line="26"/>
        <source>Check a&amp;gain</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="22"/>
        <source>Filter versions, commits, digests…</source>
        <translation>Versionen, Commits, Digests filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="22"/>
        <source>Filter the registry table</source>
        <translation>Die Registry-Tabelle filtern</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="23"/>
        <source>Show only releases with a missing artifact or one that disagrees with git</source>
        <translation>Nur Releases mit einem fehlenden oder von Git abweichenden Artefakt zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="24"/>
        <source>Show only releases with missing or disagreeing artifacts</source>
        <translation>Nur Releases mit fehlenden oder abweichenden Artefakten zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="31"/>
        <source>Ask the registries again (Ctrl+Shift+R)</source>
        <translation>Die Registrys erneut fragen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="35"/>
        <source>Registry check summary</source>
        <translation>Zusammenfassung der Registry-Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="44"/>
        <source>Registry contents by release</source>
        <translation>Registry-Inhalt nach Release</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="74"/>
        <source>Checking the registries…</source>
        <translation>Prüfe die Registrys…</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="101"/>
        <source>Checking the registries… %1 of %2</source>
        <translation>Prüfe die Registrys… %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="109"/>
        <source>The registry check was cancelled. Check again to finish it.</source>
        <translation>Die Registry-Prüfung wurde abgebrochen. Prüfen Sie erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <location filename="../widgets/registryview.cpp" line="145"/>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="146"/>
        <source>%1 of %Ln artifact(s) due are present</source>
        <translation>
            <numerusform>%1 von %Ln fälligen Artefakt vorhanden</numerusform>
            <numerusform>%1 von %Ln fälligen Artefakten vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="148"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="150"/>
        <source>%n disagree with git</source>
        <translation>
            <numerusform>%n weicht von Git ab</numerusform>
            <numerusform>%n weichen von Git ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="152"/>
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="154"/>
        <source>%1 of %n releases shown</source>
        <translation>
            <numerusform>%1 von %n Release angezeigt</numerusform>
            <numerusform>%1 von %n Releases angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="156"/>
        <source>%n release(s) with problems</source>
        <translation>
            <numerusform>%n Release mit Problemen</numerusform>
            <numerusform>%n Releases mit Problemen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseDetailsModel</name>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="83"/>
        <source>Chart fix %1</source>
        <translation>Chart-Fix %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="83"/>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="86"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="87"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="87"/>
        <source>judging…</source>
        <translation>bewerte…</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="92"/>
        <source>Fixes</source>
        <translation>Fixes</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="93"/>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="93"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="94"/>
        <source>not released</source>
        <translation>nicht released</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="94"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="121"/>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="97"/>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="98"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="101"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="103"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="107"/>
        <source>Staged</source>
        <translation>Gestagt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="110"/>
        <source>Chart fix</source>
        <translation>Chart-Fix</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="116"/>
        <source>%1, due %2</source>
        <translation>%1, fällig %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="117"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="119"/>
        <source>OSS commit</source>
        <translation>OSS-Commit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="128"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="128"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="129"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="133"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="134"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="150"/>
        <source>%1 (HEAD)</source>
        <translation>%1 (HEAD)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="159"/>
        <source>Image tags</source>
        <translation>Image-Tags</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="171"/>
        <source>%1 (commit of %2)</source>
        <translation>%1 (Commit von %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="177"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="179"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="180"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="181"/>
        <source>appVersion</source>
        <translation>appVersion</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="183"/>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="188"/>
        <source>by content</source>
        <translation>nach Inhalt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="193"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="34"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="201"/>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="220"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="28"/>
        <source>staged</source>
        <translation>gestagt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="29"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="30"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="31"/>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="241"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="242"/>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="242"/>
        <source>%1 of %2 present</source>
        <translation>%1 von %2 vorhanden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="338"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/releasedetailsmodel.cpp" line="338"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseNotes</name>
    <message>
        <location filename="../app/cli/review.cpp" line="107"/>
        <source>Release notes %1</source>
        <translation>Release Notes %1</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="91"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="93"/>
        <source>Fixes</source>
        <translation>Fixes</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="95"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="97"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="99"/>
        <source>Refactoring</source>
        <translation>Refactoring</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="101"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="103"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="105"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="107"/>
        <source>Continuous integration</source>
        <translation>Continuous Integration</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="109"/>
        <source>Chores</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="111"/>
        <source>Reverts</source>
        <translation>Reverts</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="112"/>
        <source>Other changes</source>
        <translation>Weitere Änderungen</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="174"/>
        <source>%1 was not published for Enterprise: these notes are since %2, the release Enterprise customers upgrade from</source>
        <translation>%1 wurde nicht für Enterprise veröffentlicht: diese Notes gelten seit %2, dem Release, von dem Enterprise-Kunden upgraden</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="200"/>
        <source>%1 has no release tag for %2</source>
        <translation>%1 hat kein Release-Tag für %2</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="230"/>
        <source>no chart tag of %1 for %2 to compare with</source>
        <translation>kein Chart-Tag von %1 für %2 zum Vergleich</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="230"/>
        <source>a release before</source>
        <translation>ein Release davor</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="240"/>
        <source>no repository has a release tag for %1</source>
        <translation>kein Repository hat ein Release-Tag für %1</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="256"/>
        <source>the release manifest records no images for %1</source>
        <translation>das Release-Manifest verzeichnet keine Images für %1</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="266"/>
        <source>%1 was not published for Enterprise: the charts are compared with %2</source>
        <translation>%1 wurde nicht für Enterprise veröffentlicht: die Charts werden mit %2 verglichen</translation>
    </message>
    <message>
        <location filename="../models/review/releasenotes.cpp" line="268"/>
        <source>%1 was not published for Enterprise, nor any release before it: no chart to compare</source>
        <translation>%1 wurde nicht für Enterprise veröffentlicht, auch kein Release davor: kein Chart zum Vergleich</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseRules</name>
    <message>
        <location filename="../models/domain/verdict.cpp" line="33"/>
        <source>SaaS has not shipped %1: it is not due, and publishing it before it is needs a reason</source>
        <translation>SaaS hat %1 nicht ausgeliefert: es ist nicht fällig, und eine Veröffentlichung vor der Fälligkeit braucht eine Begründung</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="37"/>
        <source>%1 had no due date: %2&apos;s SaaS date plus the %3-day stagger</source>
        <translation>%1 hatte kein Fälligkeitsdatum: das SaaS-Datum von %2 plus %3 Tage Versatz</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="39"/>
        <source>%1&apos;s weekly slot, kept</source>
        <translation>Wochentermin von %1, beibehalten</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="40"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="40"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="41"/>
        <source>%1&apos;s slot (%2) is sooner than %3&apos;s SaaS date plus %4 (policy.minSoakDays)</source>
        <translation>Der Termin von %1 (%2) liegt früher als das SaaS-Datum von %3 plus %4 (policy.minSoakDays)</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="77"/>
        <source>%1: the %2 line&apos;s &apos;by&apos; (&quot;%3&quot;) is not one plain &quot;Name &lt;e-mail&gt;&quot;</source>
        <translation>%1: das &apos;by&apos; der %2-Zeile (&quot;%3&quot;) ist nicht genau ein einfaches &quot;Name &lt;E-Mail&gt;&quot;</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="80"/>
        <source>%1: the %2 line is dated %3, after this scan</source>
        <translation>%1: die %2-Zeile ist auf %3 datiert, nach diesem Scan</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="90"/>
        <source>%1 was re-staged %2, and SaaS has not shipped it</source>
        <translation>%1 wurde am %2 neu gestagt, und SaaS hat es nicht ausgeliefert</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="92"/>
        <source>%1 was re-staged %2, before SaaS shipped it %3</source>
        <translation>%1 wurde am %2 neu gestagt, bevor SaaS es am %3 ausgeliefert hat</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="97"/>
        <source>%1 was approved %2, before the %3 it follows (%4)</source>
        <translation>%1 wurde am %2 genehmigt, vor dem %3-Eintrag, auf den es folgt (%4)</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="100"/>
        <source>%1 was approved %2 by %3 without a note</source>
        <translation>%1 wurde am %2 von %3 ohne Notiz genehmigt</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="103"/>
        <source>%1 was approved %2 by %3, who staged it (policy.selfApproval is false)</source>
        <translation>%1 wurde am %2 von %3 genehmigt, der es gestagt hat (policy.selfApproval ist false)</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="114"/>
        <source>%1 is due %2, before SaaS has run it long enough (%3): due dates are set by stage and re-stage</source>
        <translation>%1 ist am %2 fällig, bevor SaaS es lange genug betrieben hat (%3): Fälligkeitsdaten setzen Stage und Re-Stage</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="117"/>
        <source>%1 is %2, and its audit trail has no stage, re-stage or fix line</source>
        <translation>%1 ist %2, und sein Prüfpfad hat keine Stage-, Re-Stage- oder Fix-Zeile</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="121"/>
        <source>%1 was published %2 with no due date (no SaaS date) and no reason in the publish line</source>
        <translation>%1 wurde am %2 ohne Fälligkeitsdatum (kein SaaS-Datum) und ohne Begründung in der Publish-Zeile veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="124"/>
        <source>%1 was published %2, before its due date %3, with no reason in the publish line</source>
        <translation>%1 wurde am %2 vor seinem Fälligkeitsdatum %3 veröffentlicht, ohne Begründung in der Publish-Zeile</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="132"/>
        <source>%1 was superseded and yet published%2</source>
        <translation>%1 wurde abgelöst und trotzdem veröffentlicht%2</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="133"/>
        <source> (its charts carry release tags)</source>
        <translation> (seine Charts tragen Release-Tags)</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="171"/>
        <source>%1 is a chart fix, yet %2 differs from %3&apos;s in nothing but Chart.yaml</source>
        <translation>%1 ist ein Chart-Fix, doch %2 unterscheidet sich von dem von %3 nur in Chart.yaml</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="172"/>
        <source>%1 is a chart fix, yet %2 differ from %3&apos;s in nothing but Chart.yaml</source>
        <translation>%1 ist ein Chart-Fix, doch %2 unterscheiden sich von denen von %3 nur in Chart.yaml</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReleaseTrain</name>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="107"/>
        <source>Chart %1 %2 is joined by its number, yet what it deploys was first released in OSS %3: is unifiedFrom %4 too low?</source>
        <translation>Chart %1 %2 wird über seine Nummer zugeordnet, doch was es bereitstellt, wurde zuerst in OSS %3 released: ist unifiedFrom %4 zu niedrig?</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="117"/>
        <source>Chart %1 %2 maps to no OSS release by what it deploys</source>
        <translation>Chart %1 %2 lässt sich über das, was es bereitstellt, keinem OSS-Release zuordnen</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="118"/>
        <source>Chart %1: releases %2 map to no OSS release by what they deploy</source>
        <translation>Chart %1: die Releases %2 lassen sich über das, was sie bereitstellen, keinem OSS-Release zuordnen</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="145"/>
        <source>Chart %1 %2 at HEAD maps to no OSS release by what it deploys</source>
        <translation>Chart %1 %2 bei HEAD lässt sich über das, was es bereitstellt, keinem OSS-Release zuordnen</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="162"/>
        <source>The charts at HEAD name different versions: %1</source>
        <translation>Die Charts bei HEAD nennen verschiedene Versionen: %1</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="173"/>
        <source>The charts at HEAD name %1, older than the published %2</source>
        <translation>Die Charts bei HEAD nennen %1, älter als das veröffentlichte %2</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="208"/>
        <source>chart %1</source>
        <translation>Chart %1</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="264"/>
        <source>not staged</source>
        <translation>nicht gestagt</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="266"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="268"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/domain/releasetrain.cpp" line="270"/>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReportTable</name>
    <message>
        <location filename="../widgets/reporttable.cpp" line="33"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewCharts</name>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="62"/>
        <source>ISO week, %1 to %2</source>
        <translation>ISO-Woche, %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="84"/>
        <source>%Ln release(s)</source>
        <translation>
            <numerusform>%Ln Release</numerusform>
            <numerusform>%Ln Releases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="89"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="101"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="102"/>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="103"/>
        <source>lts</source>
        <translation>LTS</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="106"/>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="174"/>
        <source>Releases per week</source>
        <translation>Releases pro Woche</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="176"/>
        <location filename="../widgets/reviewcharts.cpp" line="336"/>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="177"/>
        <location filename="../widgets/reviewcharts.cpp" line="336"/>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="178"/>
        <location filename="../widgets/reviewcharts.cpp" line="336"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="186"/>
        <location filename="../widgets/reviewcharts.cpp" line="405"/>
        <source>releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="192"/>
        <source>Patches, fixes, re-stages</source>
        <translation>Patches, Fixes, Re-Stages</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="194"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="195"/>
        <source>Fixes</source>
        <translation>Fixes</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="196"/>
        <source>Re-stages</source>
        <translation>Re-Stages</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="197"/>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="198"/>
        <source>Per week: OSS patches, chart-only fixes published, re-stages and versions superseded</source>
        <translation>Pro Woche: OSS-Patches, veröffentlichte reine Chart-Fixes, Re-Stages und abgelöste Versionen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="207"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="214"/>
        <source>Stagger and slip (days)</source>
        <translation>Versatz und Verzug (Tage)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="224"/>
        <source>Stagger kept: no Enterprise release was published in the period</source>
        <translation>Versatz eingehalten: im Zeitraum wurde kein Enterprise-Release veröffentlicht</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="226"/>
        <source>Stagger kept: no release published in the period has a SaaS or a due date</source>
        <translation>Versatz eingehalten: kein im Zeitraum veröffentlichtes Release hat ein SaaS- oder Fälligkeitsdatum</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="228"/>
        <source>Stagger and slip (days); %n not drawn (no SaaS or due date)</source>
        <translation>
            <numerusform>Versatz und Verzug (Tage); %n nicht gezeichnet (kein SaaS- oder Fälligkeitsdatum)</numerusform>
            <numerusform>Versatz und Verzug (Tage); %n nicht gezeichnet (kein SaaS- oder Fälligkeitsdatum)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="237"/>
        <location filename="../widgets/reviewcharts.cpp" line="370"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="240"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="245"/>
        <location filename="../widgets/reviewcharts.cpp" line="284"/>
        <source>Stagger</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="246"/>
        <location filename="../widgets/reviewcharts.cpp" line="284"/>
        <source>Slip</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="261"/>
        <source>Enterprise release, by publish date</source>
        <translation>Enterprise-Release, nach Veröffentlichungsdatum</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="280"/>
        <source>%n Enterprise publishes; hover or click a point for its release</source>
        <translation>
            <numerusform>%n Enterprise-Veröffentlichung; für das Release auf einen Punkt zeigen oder klicken</numerusform>
            <numerusform>%n Enterprise-Veröffentlichungen; für das Release auf einen Punkt zeigen oder klicken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="331"/>
        <source>Lead time, commit → release (median; dotted: p90)</source>
        <translation>Durchlaufzeit, Commit → Release (Median; gepunktet: p90)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="347"/>
        <source>%1, 90th percentile</source>
        <translation>%1, 90. Perzentil</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="383"/>
        <source>Failures %3 % (%1/%2), restore %4 d</source>
        <translation>Fehlschläge %3 % (%1/%2), Wiederherstellung %4 Tg.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="389"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="390"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="391"/>
        <source>A release counts as failed when a patch replaced it within the stagger of its OSS release, or a chart fix within the stagger of its publish.</source>
        <translation>Ein Release gilt als fehlgeschlagen, wenn ein Patch es innerhalb des Versatzes seines OSS-Release ersetzt hat oder ein Chart-Fix innerhalb des Versatzes seiner Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="412"/>
        <source>Customers by support status</source>
        <translation>Kunden nach Support-Status</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="414"/>
        <source>Customers: the customers file lists no customer</source>
        <translation>Kunden: die Kundendatei führt keinen Kunden</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="415"/>
        <source>Customers: the workspace names no customers file</source>
        <translation>Kunden: der Arbeitsbereich nennt keine Kundendatei</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="434"/>
        <source>Customers by support; %n with a warning</source>
        <translation>
            <numerusform>Kunden nach Support; %n mit einer Warnung</numerusform>
            <numerusform>Kunden nach Support; %n mit einer Warnung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="440"/>
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="443"/>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="446"/>
        <source>Backports</source>
        <translation>Backports</translation>
    </message>
    <message>
        <location filename="../widgets/reviewcharts.cpp" line="461"/>
        <source>lines</source>
        <translation>Linien</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewExport</name>
    <message>
        <location filename="../widgets/reviewexport.cpp" line="81"/>
        <source>%1 is not a regular file: choose another name</source>
        <translation>%1 ist keine reguläre Datei: wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewexport.cpp" line="86"/>
        <location filename="../widgets/reviewexport.cpp" line="118"/>
        <location filename="../widgets/reviewexport.cpp" line="123"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/reviewexport.cpp" line="116"/>
        <source>it could not be written in full (a full disk or a file size limit); the old file is kept</source>
        <translation>sie konnte nicht vollständig geschrieben werden (volle Festplatte oder Dateigrößenlimit); die alte Datei bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewFigures</name>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="57"/>
        <source>early</source>
        <translation>früh</translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="58"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="59"/>
        <source>late</source>
        <translation>spät</translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="60"/>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../models/review/reviewfigures.cpp" line="161"/>
        <source>%1 %2 by %3: %4</source>
        <translation>%1 %2 von %3: %4</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewText</name>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="116"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="116"/>
        <source>staged</source>
        <translation>gestagt</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="117"/>
        <source>Pending: %1, %2, %3</source>
        <translation>Ausstehend: %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="119"/>
        <source>Blocked by %1</source>
        <translation>Blockiert durch %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="121"/>
        <source>Blocked by nothing: it can be published</source>
        <translation>Durch nichts blockiert: es kann veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="123"/>
        <source>Approval: %1</source>
        <translation>Genehmigung: %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="125"/>
        <source>Pending: %1 by the charts, with no readable manifest record</source>
        <translation>Ausstehend: %1 laut den Charts, ohne lesbaren Eintrag im Manifest</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="128"/>
        <source>Pending: nothing for Enterprise</source>
        <translation>Ausstehend: nichts für Enterprise</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="132"/>
        <source>Last published: %1 on %2</source>
        <translation>Zuletzt veröffentlicht: %1 am %2</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="137"/>
        <source>Problem: %1: %2</source>
        <translation>Problem: %1: %2</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="140"/>
        <source>… and %1 more releases with problems</source>
        <translation>… und %1 weitere Releases mit Problemen</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="148"/>
        <source>Release review %1 — %2</source>
        <translation>Release-Review %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="157"/>
        <source>Cadence</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <location filename="../models/review/reviewtext.cpp" line="180"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <location filename="../models/review/reviewtext.cpp" line="230"/>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <location filename="../models/review/reviewtext.cpp" line="230"/>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <location filename="../models/review/reviewtext.cpp" line="230"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="158"/>
        <source>Chart fixes</source>
        <translation>Chart-Fixes</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="159"/>
        <source>Re-stages</source>
        <translation>Re-Stages</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="159"/>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="166"/>
        <source>Stagger and slip</source>
        <translation>Versatz und Verzug</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <location filename="../models/review/reviewtext.cpp" line="204"/>
        <location filename="../models/review/reviewtext.cpp" line="230"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <source>Stagger (days)</source>
        <translation>Versatz (Tage)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="167"/>
        <source>Slip (days)</source>
        <translation>Verzug (Tage)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="168"/>
        <source>Publish</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="168"/>
        <source>Reasons</source>
        <translation>Begründungen</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="170"/>
        <source>No Enterprise release was published in the period.</source>
        <translation>Im Zeitraum wurde kein Enterprise-Release veröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="176"/>
        <source>The policy&apos;s stagger is %n day(s) from SaaS to Enterprise.</source>
        <translation>
            <numerusform>Der Versatz der Richtlinie beträgt %n Tag von SaaS bis Enterprise.</numerusform>
            <numerusform>Der Versatz der Richtlinie beträgt %n Tage von SaaS bis Enterprise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="179"/>
        <source>Lead time for changes (days, median / 90th percentile)</source>
        <translation>Durchlaufzeit von Änderungen (Tage, Median / 90. Perzentil)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="180"/>
        <source>to OSS</source>
        <translation>bis OSS</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="180"/>
        <source>to SaaS</source>
        <translation>bis SaaS</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="180"/>
        <source>to Enterprise</source>
        <translation>bis Enterprise</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="180"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="184"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="186"/>
        <source>From each change&apos;s commit date to the release that first shipped it, on each track.</source>
        <translation>Vom Commit-Datum jeder Änderung bis zum Release, das sie zuerst ausgeliefert hat, auf jedem Gleis.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="189"/>
        <source>Change failure and time to restore</source>
        <translation>Änderungsfehlerrate und Wiederherstellungszeit</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="190"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="190"/>
        <source>Replaced by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="190"/>
        <source>Track</source>
        <translation>Gleis</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="190"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="190"/>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="190"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="192"/>
        <source>No release was replaced within the stagger.</source>
        <translation>Kein Release wurde innerhalb des Versatzes ersetzt.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="194"/>
        <source>Enterprise (chart fix)</source>
        <translation>Enterprise (Chart-Fix)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="194"/>
        <source>OSS (patch)</source>
        <translation>OSS (Patch)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="196"/>
        <source>Change failure rate: %1 of %2 releases (%3 %); time to restore: %4 days (median / 90th percentile).</source>
        <translation>Änderungsfehlerrate: %1 von %2 Releases (%3 %); Wiederherstellungszeit: %4 Tage (Median / 90. Perzentil).</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="203"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="204"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="204"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="204"/>
        <source>Supported until</source>
        <translation>Unterstützt bis</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="204"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="204"/>
        <source>Next window</source>
        <translation>Nächstes Fenster</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="205"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="208"/>
        <source>The workspace names no customers file.</source>
        <translation>Der Arbeitsbereich nennt keine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="210"/>
        <source>The customers file lists no customer.</source>
        <translation>Die Kundendatei führt keinen Kunden.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="211"/>
        <source>No customer could be read: %1</source>
        <translation>Kein Kunde konnte gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="224"/>
        <source>By support: %1; %n with a support warning.</source>
        <translation>
            <numerusform>Nach Support: %1; %n mit einer Support-Warnung.</numerusform>
            <numerusform>Nach Support: %1; %n mit einer Support-Warnung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="225"/>
        <location filename="../models/review/reviewtext.cpp" line="291"/>
        <location filename="../models/review/reviewtext.cpp" line="292"/>
        <location filename="../models/review/reviewtext.cpp" line="310"/>
        <location filename="../models/review/reviewtext.cpp" line="311"/>
        <location filename="../models/review/reviewtext.cpp" line="356"/>
        <location filename="../models/review/reviewtext.cpp" line="357"/>
        <location filename="../models/review/reviewtext.cpp" line="376"/>
        <location filename="../models/review/reviewtext.cpp" line="377"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="229"/>
        <source>Releases of the period</source>
        <translation>Releases des Zeitraums</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="230"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="232"/>
        <source>No release in the period.</source>
        <translation>Kein Release im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="237"/>
        <source>later (%1)</source>
        <translation>später (%1)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="251"/>
        <source>%1: up to %2 (first release)</source>
        <translation>%1: bis %2 (erstes Release)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="258"/>
        <location filename="../models/review/reviewtext.cpp" line="322"/>
        <source>Release notes %1</source>
        <translation>Release Notes %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="259"/>
        <location filename="../models/review/reviewtext.cpp" line="323"/>
        <source>Release notes %1 (since %2)</source>
        <translation>Release Notes %1 (seit %2)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="265"/>
        <location filename="../models/review/reviewtext.cpp" line="329"/>
        <source>No commits.</source>
        <translation>Keine Commits.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="273"/>
        <source>**Breaking:** </source>
        <translation>**Inkompatibel:** </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="286"/>
        <location filename="../models/review/reviewtext.cpp" line="350"/>
        <source>Only the newest %n commits are listed.</source>
        <translation>
            <numerusform>Nur der neueste Commit ist aufgeführt.</numerusform>
            <numerusform>Nur die neuesten %n Commits sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="289"/>
        <location filename="../models/review/reviewtext.cpp" line="353"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="296"/>
        <location filename="../models/review/reviewtext.cpp" line="361"/>
        <source>Chart %1: %2 → %3</source>
        <translation>Chart %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="302"/>
        <location filename="../models/review/reviewtext.cpp" line="367"/>
        <source>No values key or dependency changes.</source>
        <translation>Keine Änderungen an Values-Schlüsseln oder Abhängigkeiten.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="309"/>
        <location filename="../models/review/reviewtext.cpp" line="376"/>
        <source>dependency %1</source>
        <translation>Abhängigkeit %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="337"/>
        <source>Breaking:</source>
        <translation>Inkompatibel:</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="390"/>
        <source>Weeks %1 to %2 (%3 to %4)</source>
        <translation>Wochen %1 bis %2 (%3 bis %4)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="399"/>
        <source>%1; the agenda, verdicts and support as of %2.</source>
        <translation>%1; Agenda, Bewertungen und Support mit Stand %2.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="402"/>
        <source>; the figures as of %1, nothing after it counted</source>
        <translation>; die Kennzahlen mit Stand %1, nichts danach gezählt</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="403"/>
        <source>; the customers&apos; support as of %1</source>
        <translation>; der Support der Kunden mit Stand %1</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="405"/>
        <source> (the end of the period)</source>
        <translation> (das Ende des Zeitraums)</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="406"/>
        <source>; the agenda and verdicts as the workspace stands at %1.</source>
        <translation>; Agenda und Bewertungen, wie der Arbeitsbereich am %1 steht.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="413"/>
        <location filename="../models/review/reviewtext.cpp" line="434"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="419"/>
        <location filename="../models/review/reviewtext.cpp" line="455"/>
        <source>Notes of the week&apos;s releases</source>
        <translation>Notes der Releases der Woche</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="421"/>
        <location filename="../models/review/reviewtext.cpp" line="457"/>
        <source>No Enterprise release was published in the week under review.</source>
        <translation>In der betrachteten Woche wurde kein Enterprise-Release veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../models/review/reviewtext.cpp" line="439"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewView</name>
    <message>
        <location filename="../widgets/reviewview.cpp" line="78"/>
        <source>&amp;Week under review:</source>
        <translation>Betrachtete &amp;Woche:</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="82"/>
        <location filename="../widgets/reviewview.cpp" line="149"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="83"/>
        <source>Weeks the review looks back over</source>
        <translation>Wochen, auf die das Review zurückblickt</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="84"/>
        <source>Week under review</source>
        <translation>Betrachtete Woche</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="85"/>
        <source>Weeks the what-if replays</source>
        <translation>Wochen, die das Was-wäre-wenn nachspielt</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="91"/>
        <source>&amp;Looking back:</source>
        <translation>Rück&amp;blick:</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="105"/>
        <source>%1 (from %2)</source>
        <translation>%1 (ab %2)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="115"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="119"/>
        <source>Audited reasons of the chosen release</source>
        <translation>Festgehaltene Begründungen des gewählten Release</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="120"/>
        <source>Click a release in the stagger chart for its audited reasons.</source>
        <translation>Klicken Sie im Versatz-Diagramm auf ein Release, um seine festgehaltenen Begründungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="128"/>
        <source>Releases per week</source>
        <translation>Releases pro Woche</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="128"/>
        <source>Patches, fixes, re-stages</source>
        <translation>Patches, Fixes, Re-Stages</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="128"/>
        <source>Stagger and slip</source>
        <translation>Versatz und Verzug</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="129"/>
        <source>Lead time for changes</source>
        <translation>Durchlaufzeit von Änderungen</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="129"/>
        <source>Change failure and time to restore</source>
        <translation>Änderungsfehlerrate und Wiederherstellungszeit</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="129"/>
        <source>Customers by support</source>
        <translation>Kunden nach Support</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="141"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="150"/>
        <source>Re&amp;play the last:</source>
        <translation>&amp;Nachspielen der letzten:</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="160"/>
        <source>What-if, option %1</source>
        <translation>Was-wäre-wenn, Option %1</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="166"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="166"/>
        <source>Enterprise releases</source>
        <translation>Enterprise-Releases</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="166"/>
        <source>Supported lines, at most</source>
        <translation>Unterstützte Linien, höchstens</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="167"/>
        <source>Backports of a fix, at most</source>
        <translation>Backports eines Fixes, höchstens</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="167"/>
        <source>Customers out of support</source>
        <translation>Kunden ohne Support</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="172"/>
        <source>What-if figures per option</source>
        <translation>Was-wäre-wenn-Kennzahlen pro Option</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="174"/>
        <source>&amp;What-if</source>
        <translation>W&amp;as-wäre-wenn</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="184"/>
        <source>Open a workspace to review its releases.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Releases zu reviewen.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="185"/>
        <source>The agenda appears here once a workspace is scanned.</source>
        <translation>Die Agenda erscheint hier, sobald ein Arbeitsbereich gescannt ist.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="204"/>
        <source>%1 (the newest release)</source>
        <translation>%1 (das neueste Release)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="249"/>
        <source>Reading the weeks %1 to %2…</source>
        <translation>Lese die Wochen %1 bis %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="269"/>
        <source>Replaying the last %n week(s)…</source>
        <translation>
            <numerusform>Spiele die letzte %n Woche nach…</numerusform>
            <numerusform>Spiele die letzten %n Wochen nach…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="314"/>
        <source>%n Enterprise publish(es); change failure %1 %; lead time to Enterprise %2 days (median)</source>
        <translation>
            <numerusform>%n Enterprise-Veröffentlichung; Änderungsfehler %1 %; Durchlaufzeit bis Enterprise %2 Tage (Median)</numerusform>
            <numerusform>%n Enterprise-Veröffentlichungen; Änderungsfehler %1 %; Durchlaufzeit bis Enterprise %2 Tage (Median)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="328"/>
        <source>%1: published %2, due %3, %4.</source>
        <translation>%1: veröffentlicht %2, fällig %3, %4.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="329"/>
        <location filename="../widgets/reviewview.cpp" line="354"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="334"/>
        <source>No reason was recorded for its approval or publish.</source>
        <translation>Für seine Genehmigung oder Veröffentlichung wurde keine Begründung festgehalten.</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="351"/>
        <source>%1 (from %2, on %3)</source>
        <translation>%1 (ab %2, auf %3)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewview.cpp" line="352"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="362"/>
        <source>%n OSS release(s) from %1 to %2, replayed under each option of the process.</source>
        <translation>
            <numerusform>%n OSS-Release von %1 bis %2, nachgespielt unter jeder Option des Prozesses.</numerusform>
            <numerusform>%n OSS-Releases von %1 bis %2, nachgespielt unter jeder Option des Prozesses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ScanStatus</name>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="21"/>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="23"/>
        <source>Cancel the scan (Esc)</source>
        <translation>Den Scan abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="32"/>
        <source>Writing the demo workspace to %1…</source>
        <translation>Schreibe den Demo-Arbeitsbereich nach %1…</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="37"/>
        <source>Cannot write the demo workspace: %1</source>
        <translation>Der Demo-Arbeitsbereich kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="42"/>
        <source>Scanning %1…</source>
        <translation>Scanne %1…</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="56"/>
        <source>Not rescanned: %1</source>
        <translation>Nicht erneut gescannt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="64"/>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="68"/>
        <source>Scan cancelled.</source>
        <translation>Scan abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/scanstatus.cpp" line="72"/>
        <source>Demo not opened.</source>
        <translation>Demo nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ScanView</name>
    <message>
        <location filename="../widgets/scanview.cpp" line="21"/>
        <source>Scan summary</source>
        <translation>Scan-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="24"/>
        <source>Filter rows (Ctrl+F)</source>
        <translation>Zeilen filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="25"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="33"/>
        <source>Release tags</source>
        <translation>Release-Tags</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="34"/>
        <source>Release tags table</source>
        <translation>Tabelle der Release-Tags</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="35"/>
        <source>Chart releases</source>
        <translation>Chart-Releases</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="36"/>
        <source>Chart releases table</source>
        <translation>Tabelle der Chart-Releases</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="37"/>
        <source>Image references</source>
        <translation>Image-Referenzen</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="38"/>
        <source>Image references table</source>
        <translation>Tabelle der Image-Referenzen</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="39"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="40"/>
        <source>Problems table</source>
        <translation>Tabelle der Probleme</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="47"/>
        <source>No workspace scanned yet.</source>
        <translation>Noch kein Arbeitsbereich gescannt.</translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="98"/>
        <source>%Ln repository(-ies)</source>
        <translation>
            <numerusform>%Ln Repository</numerusform>
            <numerusform>%Ln Repositorys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="99"/>
        <source>%Ln release tag(s)</source>
        <translation>
            <numerusform>%Ln Release-Tag</numerusform>
            <numerusform>%Ln Release-Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="100"/>
        <source>%Ln chart release(s)</source>
        <translation>
            <numerusform>%Ln Chart-Release</numerusform>
            <numerusform>%Ln Chart-Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="101"/>
        <source>%Ln image reference(s)</source>
        <translation>
            <numerusform>%Ln Image-Referenz</numerusform>
            <numerusform>%Ln Image-Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="102"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/scanview.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2. Scanned %3.</source>
        <extracomment>%1 is the workspace&apos;s name, %2 its counts (&quot;3 repositories, 20 release tags, ...&quot;), %3 when it was scanned</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2. Gescannt am %3.</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Scanner</name>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="80"/>
        <source>Read tags of %1</source>
        <translation>Tags von %1 gelesen</translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="291"/>
        <source>Read %1 from the cache</source>
        <translation>%1 aus dem Cache gelesen</translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="333"/>
        <source>Read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <location filename="../models/workspace/scanner.cpp" line="456"/>
        <source>Resolved commits in %1</source>
        <translation>Commits in %1 aufgelöst</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SnapshotTableModel</name>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="75"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="81"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="76"/>
        <source>Annotated</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="77"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="78"/>
        <source>Image tag</source>
        <translation>Image-Tag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="79"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Chart tag</source>
        <translation>Chart-Tag</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="82"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="82"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="82"/>
        <source>YAML path</source>
        <translation>YAML-Pfad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="80"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="81"/>
        <source>Earliest release</source>
        <translation>Frühestes Release</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="83"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="142"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="142"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::StagingPanel</name>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="97"/>
        <source>%1 — staged for Enterprise</source>
        <translation>%1 — für Enterprise gestagt</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="98"/>
        <source>%1 — approved for Enterprise</source>
        <translation>%1 — für Enterprise genehmigt</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="99"/>
        <source>%1 — published for Enterprise</source>
        <translation>%1 — für Enterprise veröffentlicht</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="100"/>
        <source>%1 — superseded for Enterprise</source>
        <translation>%1 — für Enterprise abgelöst</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="103"/>
        <source>%1 — for Enterprise</source>
        <translation>%1 — für Enterprise</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="120"/>
        <source>Interrupted operation</source>
        <translation>Unterbrochene Operation</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="121"/>
        <source>Res&amp;ume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="122"/>
        <source>Plan it again: the steps that finished are skipped</source>
        <translation>Erneut planen: die abgeschlossenen Schritte werden übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="131"/>
        <source>Pending Enterprise release</source>
        <translation>Ausstehendes Enterprise-Release</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="142"/>
        <source>Verdict on the pending release</source>
        <translation>Bewertung des ausstehenden Release</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="144"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="144"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="144"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="114"/>
        <location filename="../widgets/stagingpanel.cpp" line="147"/>
        <location filename="../widgets/stagingpanel.cpp" line="305"/>
        <location filename="../widgets/stagingpanel.cpp" line="316"/>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="40"/>
        <source>Release %1 next: tag OSS and every repository that builds images with it.</source>
        <translation>Als Nächstes %1 releasen: OSS und jedes Repository, das Images baut, damit taggen.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="42"/>
        <source>Stage %1 for Enterprise: its charts are due a week after SaaS shipped it.</source>
        <translation>%1 für Enterprise stagen: die Charts sind eine Woche nach der Auslieferung auf SaaS fällig.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="44"/>
        <source>Move the pending release to %1; the one staged now is superseded.</source>
        <translation>Das ausstehende Release auf %1 umstellen; das jetzt gestagte wird abgelöst.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="46"/>
        <source>Approve %1 for Enterprise after checking it on SaaS.</source>
        <translation>%1 für Enterprise genehmigen, nachdem es auf SaaS geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="48"/>
        <source>Publish %1: package and push its charts to the registries.</source>
        <translation>%1 veröffentlichen: die Charts paketieren und in die Registries pushen.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="50"/>
        <source>Stage a chart-only fix of %1.</source>
        <translation>Einen reinen Chart-Fix von %1 stagen.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="68"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="69"/>
        <source>Stage</source>
        <translation>Stagen</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="70"/>
        <source>Re-stage</source>
        <translation>Erneut stagen</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="71"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="72"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="73"/>
        <source>Chart fix</source>
        <translation>Chart-Fix</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="84"/>
        <source>Audit trail of %1 (published)</source>
        <translation>Prüfpfad von %1 (veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="85"/>
        <source>Audit trail of %1 (superseded)</source>
        <translation>Prüfpfad von %1 (abgelöst)</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="86"/>
        <source>Audit trail of %1 (staged)</source>
        <translation>Prüfpfad von %1 (gestagt)</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="87"/>
        <source>Audit trail of %1 (approved)</source>
        <translation>Prüfpfad von %1 (genehmigt)</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="90"/>
        <source>Audit trail of %1</source>
        <translation>Prüfpfad von %1</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="151"/>
        <source>Why a button is disabled</source>
        <translation>Warum eine Schaltfläche deaktiviert ist</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="157"/>
        <source>&amp;Release…</source>
        <translation>&amp;Release…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="157"/>
        <source>&amp;Stage…</source>
        <translation>&amp;Stagen…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="158"/>
        <source>Re-s&amp;tage…</source>
        <translation>Erneut s&amp;tagen…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="158"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="159"/>
        <location filename="../widgets/stagingpanel.cpp" line="323"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="159"/>
        <source>Chart &amp;fix…</source>
        <translation>&amp;Chart-Fix…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="188"/>
        <source>Waiting for the first scan</source>
        <translation>Warten auf den ersten Scan</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="189"/>
        <source>The pending Enterprise release and its buttons show here once the workspace is scanned.</source>
        <translation>Das ausstehende Enterprise-Release und seine Schaltflächen erscheinen hier, sobald der Arbeitsbereich gescannt ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="202"/>
        <source>&lt;b&gt;Interrupted:&lt;/b&gt; %1 (%n step(s) done)%2</source>
        <translation>
            <numerusform>&lt;b&gt;Unterbrochen:&lt;/b&gt; %1 (%n Schritt erledigt)%2</numerusform>
            <numerusform>&lt;b&gt;Unterbrochen:&lt;/b&gt; %1 (%n Schritte erledigt)%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="252"/>
        <source>On SaaS for %n day(s).</source>
        <translation>
            <numerusform>Seit %n Tag auf SaaS.</numerusform>
            <numerusform>Seit %n Tagen auf SaaS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="259"/>
        <source>The release manifest cannot be read</source>
        <translation>Das Release-Manifest ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="260"/>
        <source>%1. Nothing is staged, approved or published until it is fixed.</source>
        <translation>%1. Bis es behoben ist, wird nichts gestagt, genehmigt oder veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="285"/>
        <source>Enterprise has %1, and OSS has tagged nothing newer.</source>
        <translation>Enterprise hat %1, und OSS hat nichts Neueres getaggt.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="335"/>
        <location filename="../widgets/stagingpanel.cpp" line="337"/>
        <location filename="../widgets/stagingpanel.cpp" line="365"/>
        <source>%1 waits — %2</source>
        <translation>%1 wartet — %2</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="203"/>
        <source>, and %1 more</source>
        <translation>, und %1 weitere</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="254"/>
        <location filename="../widgets/stagingpanel.cpp" line="277"/>
        <source>Enterprise has %1.</source>
        <translation>Enterprise hat %1.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="256"/>
        <source>Publishing is frozen now (%1).</source>
        <translation>Veröffentlichungen sind gerade eingefroren (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="262"/>
        <source>Read-only: no release manifest</source>
        <translation>Nur lesend: kein Release-Manifest</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="263"/>
        <source>The workspace names no release manifest, so this is a dashboard of what git and the registries hold. Staging, approving and publishing need one: add manifest: {repo, path} to the workspace file.</source>
        <translation>Der Arbeitsbereich nennt kein Release-Manifest; dies ist daher eine Übersicht dessen, was git und die Registries enthalten. Stagen, Genehmigen und Veröffentlichen brauchen eines: manifest: {repo, path} in die Arbeitsbereichsdatei eintragen.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="267"/>
        <source>%1 is on SaaS, not staged</source>
        <translation>%1 ist auf SaaS, nicht gestagt</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="271"/>
        <source>SaaS shipped it today; nothing is pending for Enterprise.</source>
        <translation>SaaS hat es heute ausgeliefert; für Enterprise steht nichts aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="273"/>
        <source>SaaS has run it for %n day(s); nothing is pending for Enterprise.</source>
        <translation>
            <numerusform>SaaS betreibt es seit %n Tag; für Enterprise steht nichts aus.</numerusform>
            <numerusform>SaaS betreibt es seit %n Tagen; für Enterprise steht nichts aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="275"/>
        <source>Nothing is pending for Enterprise.</source>
        <translation>Für Enterprise steht nichts aus.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="276"/>
        <location filename="../widgets/stagingpanel.cpp" line="284"/>
        <source>Enterprise has no release yet.</source>
        <translation>Enterprise hat noch kein Release.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="278"/>
        <source>Stage it to start its week before Enterprise.</source>
        <translation>Stagen Sie es, damit seine Woche vor Enterprise beginnt.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="280"/>
        <source>There is no release manifest yet: staging writes the first one.</source>
        <translation>Es gibt noch kein Release-Manifest: das Stagen schreibt das erste.</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="283"/>
        <source>Nothing pending for Enterprise</source>
        <translation>Nichts ausstehend für Enterprise</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="296"/>
        <source>… and %1 more, in the details pane</source>
        <translation>… und %1 weitere, im Detailbereich</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="323"/>
        <source>&amp;Publish early…</source>
        <translation>&amp;Vorzeitig veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../widgets/stagingpanel.cpp" line="325"/>
        <source>Not due yet: publishing now asks for a reason, which is audited.</source>
        <translation>Noch nicht fällig: eine Veröffentlichung jetzt verlangt eine Begründung, die festgehalten wird.</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::StagingState</name>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="77"/>
        <source>The workspace names no release manifest (manifest: {repo, path}).</source>
        <translation>Der Arbeitsbereich nennt kein Release-Manifest (manifest: {repo, path}).</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="85"/>
        <source>the release manifest cannot be read</source>
        <translation>das Release-Manifest ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="89"/>
        <source>The release manifest cannot be read: fix it first (%1).</source>
        <translation>Das Release-Manifest ist nicht lesbar: zuerst beheben (%1).</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="100"/>
        <source>%1 is approved and not yet published: publish it, or re-stage it.</source>
        <translation>%1 ist genehmigt und noch nicht veröffentlicht: veröffentlichen Sie es oder stagen Sie es neu.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="101"/>
        <source>%1 is staged and not yet published: publish it, or re-stage it.</source>
        <translation>%1 ist gestagt und noch nicht veröffentlicht: veröffentlichen Sie es oder stagen Sie es neu.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="105"/>
        <source>OSS has tagged nothing newer than %1 yet.</source>
        <translation>OSS hat noch nichts Neueres als %1 getaggt.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="109"/>
        <source>%1 is staged; another release manager approves it first.</source>
        <translation>%1 ist gestagt; zuerst genehmigt es ein anderer Release-Manager.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="111"/>
        <source>%1 is approved already.</source>
        <translation>%1 ist bereits genehmigt.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="114"/>
        <source>%1 is pending: chart fixes wait until it is published.</source>
        <translation>%1 ist ausstehend: Chart-Fixes warten, bis es veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="130"/>
        <source>The approval of %1 is not backed by its audit trail: %2.</source>
        <translation>Die Genehmigung von %1 ist durch ihren Prüfpfad nicht gedeckt: %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="133"/>
        <source>OSS never released %1: the manifest stages a version git does not have.</source>
        <translation>OSS hat %1 nie released: das Manifest stagt eine Version, die es in git nicht gibt.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="134"/>
        <source>OSS has no release %1.</source>
        <translation>OSS hat kein Release %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="138"/>
        <source>Judging %1…</source>
        <translation>Bewerte %1…</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="143"/>
        <source>The registry is not checked yet.</source>
        <translation>Die Registry ist noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="145"/>
        <source>The registry holds nothing %1 needs yet.</source>
        <translation>Die Registry enthält noch nichts, was %1 braucht.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="147"/>
        <source>All %1 artifacts of %2 are in the registry.</source>
        <translation>Alle %1 Artefakte von %2 sind in der Registry.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="149"/>
        <source>%1 of %2 artifacts of %3 are in the registry%4.</source>
        <translation>%1 von %2 Artefakten von %3 sind in der Registry%4.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="152"/>
        <source>, %1 could not be checked</source>
        <translation>, %1 konnten nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="159"/>
        <source>the registry does not hold what %1 deploys: %2</source>
        <translation>die Registry enthält nicht, was %1 bereitstellt: %2</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="161"/>
        <source>. Publish refuses until it does; check again once CI has pushed.</source>
        <translation>. Veröffentlichen wird verweigert, bis sie es tut; prüfen Sie erneut, sobald die CI gepusht hat.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="165"/>
        <source>Nothing is pending for Enterprise: stage a release instead.</source>
        <translation>Nichts ist für Enterprise ausstehend: stagen Sie stattdessen ein Release.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="166"/>
        <source>Nothing is staged.</source>
        <translation>Nichts ist gestagt.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="167"/>
        <source>Nothing is approved for Enterprise.</source>
        <translation>Nichts ist für Enterprise genehmigt.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="171"/>
        <source>OSS has tagged nothing newer than %1: release a version first.</source>
        <translation>OSS hat nichts Neueres als %1 getaggt: releasen Sie zuerst eine Version.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="175"/>
        <source>Nothing is published yet.</source>
        <translation>Noch nichts veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../models/domain/stagingstate.cpp" line="178"/>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::StatePage</name>
    <message>
        <location filename="../widgets/statepage.cpp" line="18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="19"/>
        <source>&amp;Choose Workspace…</source>
        <translation>Arbeitsbereich &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="20"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="21"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="32"/>
        <source>Workspace state</source>
        <translation>Zustand des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="35"/>
        <source>Workspace state details</source>
        <translation>Einzelheiten zum Zustand des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="40"/>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="41"/>
        <source>Open another workspace file</source>
        <translation>Eine andere Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="42"/>
        <source>The generated demo workspace</source>
        <translation>Der erzeugte Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="43"/>
        <source>Scan the same file again</source>
        <translation>Dieselbe Datei erneut scannen</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="74"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="91"/>
        <source>Reading the tags, charts and release manifest of %1. The views open when the first scan is done.</source>
        <translation>Lese Tags, Charts und Release-Manifest von %1. Die Ansichten öffnen sich, wenn der erste Scan fertig ist.</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="108"/>
        <source>The workspace did not open</source>
        <translation>Der Arbeitsbereich ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="112"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="121"/>
        <source>Demo not opened</source>
        <translation>Demo nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="122"/>
        <source>Its files are written to the end in the background, so that they are whole; Open Demo opens it.</source>
        <translation>Ihre Dateien werden im Hintergrund vollständig geschrieben, damit sie heil bleiben; „Demo öffnen“ öffnet sie.</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="132"/>
        <source>Scan cancelled</source>
        <translation>Scan abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/statepage.cpp" line="133"/>
        <source>%1 was not scanned to the end, so there is nothing to show yet.</source>
        <translation>%1 wurde nicht zu Ende gescannt, daher gibt es noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SupportBandItem</name>
    <message>
        <location filename="../widgets/supportband.cpp" line="27"/>
        <source>full support</source>
        <translation>voller Support</translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="28"/>
        <source>security fixes</source>
        <translation>Sicherheitsfixes</translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="29"/>
        <source>long-term security fixes</source>
        <translation>Langzeit-Sicherheitsfixes</translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="30"/>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="52"/>
        <source>%1.%2: %3 from %4 to %5%6</source>
        <translation>%1.%2: %3 vom %4 bis %5%6</translation>
    </message>
    <message>
        <location filename="../widgets/supportband.cpp" line="56"/>
        <source> (projected from the cadence)</source>
        <translation> (aus dem Takt hochgerechnet)</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SupportLines</name>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="242"/>
        <source>%1 is not a published Enterprise release: check what they run</source>
        <translation>%1 ist kein veröffentlichtes Enterprise-Release: prüfen Sie, was dort läuft</translation>
    </message>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="256"/>
        <source>%1 is unsupported since %2</source>
        <translation>%1 ist seit %2 nicht mehr unterstützt</translation>
    </message>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="258"/>
        <source>support for %1 ends %2%3, before the next change window %4</source>
        <translation>der Support für %1 endet am %2%3, vor dem nächsten Wartungsfenster %4</translation>
    </message>
    <message>
        <location filename="../models/domain/supportpolicy.cpp" line="259"/>
        <source> (projected)</source>
        <translation> (hochgerechnet)</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SupportView</name>
    <message>
        <location filename="../widgets/supportview.cpp" line="34"/>
        <source>full support</source>
        <translation>voller Support</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="35"/>
        <source>security fixes</source>
        <translation>Sicherheitsfixes</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="36"/>
        <source>LTS security fixes</source>
        <translation>LTS-Sicherheitsfixes</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="37"/>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="56"/>
        <source>until a newer line is out</source>
        <translation>bis eine neuere Linie erscheint</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="57"/>
        <source>%1 (projected)</source>
        <translation>%1 (hochgerechnet)</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="70"/>
        <source> (LTS line)</source>
        <translation> (LTS-Linie)</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="94"/>
        <source>Support summary</source>
        <translation>Support-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="104"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Supported until</source>
        <translation>Unterstützt bis</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <source>Next window</source>
        <translation>Nächstes Fenster</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="106"/>
        <location filename="../widgets/supportview.cpp" line="337"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="109"/>
        <source>Release lines and their support</source>
        <translation>Release-Linien und ihr Support</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="110"/>
        <source>Customers and their support</source>
        <translation>Kunden und ihr Support</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="116"/>
        <location filename="../widgets/supportview.cpp" line="293"/>
        <source>Upgrade path</source>
        <translation>Upgrade-Pfad</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="116"/>
        <location filename="../widgets/supportview.cpp" line="293"/>
        <location filename="../widgets/supportview.cpp" line="305"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="117"/>
        <source>The selected customer&apos;s upgrade path</source>
        <translation>Der Upgrade-Pfad des ausgewählten Kunden</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="126"/>
        <source>&lt;b&gt;Release lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Release-Linien&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="132"/>
        <source>&lt;b&gt;Customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kunden&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="170"/>
        <source>Open a workspace to see its support lines and customers.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Support-Linien und Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="180"/>
        <source>Reading the customers file and the charts…</source>
        <translation>Lese die Kundendatei und die Charts…</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="235"/>
        <source>%1 and older</source>
        <translation>%1 und älter</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="240"/>
        <source>%1 has full support</source>
        <translation>%1 hat vollen Support</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="242"/>
        <source>%1 security fixes only</source>
        <translation>%1 nur Sicherheitsfixes</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="244"/>
        <source>%1 long-term support</source>
        <translation>%1 Langzeit-Support</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="248"/>
        <source>No Enterprise release is published yet: no line is supported.</source>
        <translation>Noch kein Enterprise-Release veröffentlicht: keine Linie wird unterstützt.</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="249"/>
        <source>Support on %1: %2; older lines are unsupported.</source>
        <translation>Support am %1: %2; ältere Linien werden nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="251"/>
        <source> The workspace names no customers file (&apos;customers:&apos;).</source>
        <translation> Der Arbeitsbereich nennt keine Kundendatei (&apos;customers:&apos;).</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="253"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="254"/>
        <source>, %n need(s) attention.</source>
        <translation>
            <numerusform>, %n braucht Aufmerksamkeit.</numerusform>
            <numerusform>, %n brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="254"/>
        <source>, none needs attention.</source>
        <translation>, keiner braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="263"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="265"/>
        <source>, %n stop(s)</source>
        <translation>
            <numerusform>, %n Zwischenversion</numerusform>
            <numerusform>, %n Zwischenversionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="297"/>
        <source>No customers: name a customers file in the workspace (customers: customers.yaml)</source>
        <translation>Keine Kunden: nennen Sie eine Kundendatei im Arbeitsbereich (customers: customers.yaml)</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="298"/>
        <source>No customer could be read from %1</source>
        <translation>Aus %1 konnte kein Kunde gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="299"/>
        <source>see docs/support.md for its format</source>
        <translation>siehe docs/support.md für ihr Format</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="305"/>
        <source>Upgrade path of %1</source>
        <translation>Upgrade-Pfad von %1</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="314"/>
        <source>%1 runs %2: up to date</source>
        <translation>%1 betreibt %2: aktuell</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="320"/>
        <location filename="../widgets/supportview.cpp" line="352"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="325"/>
        <source>Required stop %1</source>
        <translation>Pflicht-Zwischenversion %1</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="329"/>
        <source>No required stop</source>
        <translation>Keine Pflicht-Zwischenversion</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="329"/>
        <source>the versions in between may be skipped</source>
        <translation>die Versionen dazwischen dürfen übersprungen werden</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="331"/>
        <source>Next change window</source>
        <translation>Nächstes Wartungsfenster</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="333"/>
        <source>%1, %2 UTC</source>
        <extracomment>A change window&apos;s start: %1 the long date, %2 the time of day in UTC</extracomment>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="340"/>
        <source>Chart %1</source>
        <translation>Chart %1</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="342"/>
        <source>nothing changes in values.yaml or dependencies</source>
        <translation>nichts ändert sich in values.yaml oder den Abhängigkeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="343"/>
        <source>%n change(s) for the operator</source>
        <translation>
            <numerusform>%n Änderung für den Betrieb</numerusform>
            <numerusform>%n Änderungen für den Betrieb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="345"/>
        <source>added, default %1</source>
        <translation>hinzugefügt, Standard %1</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="346"/>
        <location filename="../widgets/supportview.cpp" line="352"/>
        <source>removed (was %1)</source>
        <translation>entfernt (war %1)</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="347"/>
        <source>default %1 → %2</source>
        <translation>Standard %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="351"/>
        <source>dependency %1</source>
        <translation>Abhängigkeit %1</translation>
    </message>
    <message>
        <location filename="../widgets/supportview.cpp" line="352"/>
        <source>added at %1</source>
        <translation>hinzugefügt in %1</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::Verdicts</name>
    <message>
        <location filename="../models/domain/verdict.cpp" line="197"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="202"/>
        <source>registry %1/%2, %3 not checked</source>
        <translation>Registry %1/%2, %3 nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="204"/>
        <source>registry %1/%2</source>
        <translation>Registry %1/%2</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="272"/>
        <source>chart %1: %2</source>
        <translation>Chart %1: %2</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="291"/>
        <source>registry: %1 is missing</source>
        <translation>Registry: %1 fehlt</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="294"/>
        <source>registry: %1: %2</source>
        <translation>Registry: %1: %2</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="311"/>
        <source>manifest: its entry is left out: %1</source>
        <translation>Manifest: sein Eintrag wird ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="315"/>
        <source>rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="321"/>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="325"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="326"/>
        <source>staged</source>
        <translation>gestagt</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="327"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="332"/>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="335"/>
        <source>not released</source>
        <translation>nicht released</translation>
    </message>
    <message>
        <location filename="../models/domain/verdict.cpp" line="335"/>
        <source>released</source>
        <translation>released</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionMatrix</name>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="48"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="49"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="50"/>
        <source>OSS commit</source>
        <translation>OSS-Commit</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="53"/>
        <source>%1 image</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="58"/>
        <source>%1 version</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="59"/>
        <source>%1 appVersion</source>
        <translation>appVersion %1</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="60"/>
        <source>%1 image tag</source>
        <translation>Image-Tag %1</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="69"/>
        <source>Carries the version %1.</source>
        <translation>Trägt die Version %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="71"/>
        <source> It is a commit of %1.</source>
        <translation> Es ist ein Commit von %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="72"/>
        <location filename="../models/domain/versionmatrix.cpp" line="250"/>
        <source>A commit id where the version %1 belongs.</source>
        <translation>Eine Commit-ID, wo die Version %1 hingehört.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="74"/>
        <source>Says %1 where %2 belongs.</source>
        <translation>Sagt %1, wo %2 hingehört.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="81"/>
        <source>%1: no commit known for it, so it maps to no release.</source>
        <translation>%1: kein Commit dazu bekannt, daher keinem Release zugeordnet.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="90"/>
        <source>%1: built from commit %2, first released in %3 %4, numbers of its own.</source>
        <translation>%1: gebaut aus Commit %2, zuerst released in %3 %4, mit eigenen Nummern.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="93"/>
        <source>%1: built from commit %2, first released in %3.</source>
        <translation>%1: gebaut aus Commit %2, zuerst released in %3.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="95"/>
        <source>%1: built from commit %2, which no release contains.</source>
        <translation>%1: gebaut aus Commit %2, den kein Release enthält.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="96"/>
        <source>%1: built from commit %2, first released in %3, not %4.</source>
        <translation>%1: gebaut aus Commit %2, zuerst released in %3, nicht %4.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="115"/>
        <source>Chart.yaml of %1 has no appVersion.</source>
        <translation>Chart.yaml von %1 hat keine appVersion.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="117"/>
        <source>appVersion %1 of chart %2.</source>
        <translation>appVersion %1 von Chart %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="118"/>
        <source>appVersion %1 of chart %2 is not its image tag %3.</source>
        <translation>appVersion %1 von Chart %2 ist nicht sein Image-Tag %3.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="157"/>
        <source>A chart-only fix of %1.</source>
        <translation>Ein reiner Chart-Fix von %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="163"/>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="165"/>
        <source>pending, due %1</source>
        <translation>ausstehend, fällig %1</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="171"/>
        <source>Tag %1 in %2.</source>
        <translation>Tag %1 in %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="173"/>
        <source>A chart-only fix has no OSS tag of its own.</source>
        <translation>Ein reiner Chart-Fix hat kein eigenes OSS-Tag.</translation>
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
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="175"/>
        <source>No OSS release tag %1.</source>
        <translation>Kein OSS-Release-Tag %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="192"/>
        <source>Numbers of its own: shown where a chart of this release deploys it.</source>
        <translation>Eigene Nummern: angezeigt, wo ein Chart dieses Release es bereitstellt.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="194"/>
        <source>tagged</source>
        <translation>getaggt</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="195"/>
        <source>No chart deploys it; %1 has a release tag %2.</source>
        <translation>Kein Chart stellt es bereit; %1 hat ein Release-Tag %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="201"/>
        <source>No chart of the fix deploys it: %1&apos;s image stays.</source>
        <translation>Kein Chart des Fixes stellt es bereit: das Image von %1 bleibt.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="204"/>
        <source>No chart of %1 deploys it and %2 has no release tag %1.</source>
        <translation>Kein Chart von %1 stellt es bereit, und %2 hat kein Release-Tag %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="221"/>
        <source>No chart tag %1.</source>
        <translation>Kein Chart-Tag %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="223"/>
        <source>Chart %1 is not at HEAD.</source>
        <translation>Chart %1 ist nicht bei HEAD.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="228"/>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="230"/>
        <source>Chart %1 is not in the tree at %2.</source>
        <translation>Chart %1 ist bei %2 nicht im Baum.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="239"/>
        <source>Chart.yaml at %1 says %2.</source>
        <translation>Chart.yaml bei %1 sagt %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="242"/>
        <source>Chart.yaml at %1 says version %2; the release is %3.</source>
        <translation>Chart.yaml bei %1 sagt Version %2; das Release ist %3.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="248"/>
        <source>Chart.yaml at %1 has no appVersion.</source>
        <translation>Chart.yaml bei %1 hat keine appVersion.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="252"/>
        <source>appVersion %1 is not the image tag %2.</source>
        <translation>appVersion %1 ist nicht das Image-Tag %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="254"/>
        <source>appVersion %1 where %2 belongs.</source>
        <translation>appVersion %1, wo %2 hingehört.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="256"/>
        <source>appVersion is %1.</source>
        <translation>appVersion ist %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="258"/>
        <source>The chart&apos;s values set no tag for its image.</source>
        <translation>Die Values des Charts setzen kein Tag für sein Image.</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="289"/>
        <source>consistent</source>
        <translation>stimmig</translation>
    </message>
    <message>
        <location filename="../models/domain/versionmatrix.cpp" line="291"/>
        <source>drift</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="68"/>
        <source>nothing now</source>
        <translation>derzeit nichts</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="82"/>
        <source>judging…</source>
        <translation>bewerte…</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="86"/>
        <source>Not judged yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="89"/>
        <source>registry: %1 of %2 present</source>
        <translation>Registry: %1 von %2 vorhanden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="91"/>
        <source>registry: not checked</source>
        <translation>Registry: nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="150"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="152"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="192"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/versionmatrixmodel.cpp" line="192"/>
        <source>Why listed</source>
        <translation>Warum aufgeführt</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionsView</name>
    <message>
        <location filename="../widgets/versionsview.cpp" line="22"/>
        <source>Filter versions, tags, commits…</source>
        <translation>Versionen, Tags, Commits filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="22"/>
        <source>Filter the version matrix</source>
        <translation>Die Versionsmatrix filtern</translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="24"/>
        <source>Show only versions with drift or missing parts</source>
        <translation>Nur Versionen mit Abweichungen oder fehlenden Teilen zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/versionsview.cpp" line="100"/>
        <source>%1 of %n version(s) shown; %2 with problems.</source>
        <translation>
            <numerusform>%1 von %n Version angezeigt; %2 mit Problemen.</numerusform>
            <numerusform>%1 von %n Versionen angezeigt; %2 mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="23"/>
        <source>Show only versions where something drifts or is missing</source>
        <translation>Nur Versionen zeigen, bei denen etwas abweicht oder fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/versionsview.cpp" line="30"/>
        <source>Version matrix</source>
        <translation>Versionsmatrix</translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::WhatIf</name>
    <message>
        <location filename="../models/review/whatif.cpp" line="128"/>
        <source>weekly, staggered</source>
        <translation>wöchentlich, versetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/whatif.cpp" line="129"/>
        <source>Each OSS release goes to Enterprise %n day(s) after SaaS ships it.</source>
        <translation>
            <numerusform>Jedes OSS-Release geht %n Tag, nachdem SaaS es ausgeliefert hat, an Enterprise.</numerusform>
            <numerusform>Jedes OSS-Release geht %n Tage, nachdem SaaS es ausgeliefert hat, an Enterprise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/review/whatif.cpp" line="134"/>
        <source>no stagger</source>
        <translation>kein Versatz</translation>
    </message>
    <message>
        <location filename="../models/review/whatif.cpp" line="135"/>
        <source>Each OSS release goes to Enterprise the day SaaS ships it.</source>
        <translation>Jedes OSS-Release geht an dem Tag an Enterprise, an dem SaaS es ausliefert.</translation>
    </message>
    <message>
        <location filename="../models/review/whatif.cpp" line="139"/>
        <source>monthly + LTS</source>
        <translation>monatlich + LTS</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/whatif.cpp" line="146"/>
        <source>On the first of each month the newest OSS release goes to Enterprise; the first line of each quarter is an LTS line with security fixes for %n month(s).</source>
        <translation>
            <numerusform>Am Ersten jedes Monats geht das neueste OSS-Release an Enterprise; die erste Linie jedes Quartals ist eine LTS-Linie mit Sicherheitsfixes für %n Monat.</numerusform>
            <numerusform>Am Ersten jedes Monats geht das neueste OSS-Release an Enterprise; die erste Linie jedes Quartals ist eine LTS-Linie mit Sicherheitsfixes für %n Monate.</numerusform>
        </translation>
    </message>
</context>
</TS>

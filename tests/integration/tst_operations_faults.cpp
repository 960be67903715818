// Release operations when things go wrong: what they refuse, two release
// managers racing on the manifest, the process killed at each step of a
// publish, and registry tokens kept out of every file and message.
#include "opsdemo.h"

#include "gitdaemon.h"
#include "registryserver.h"

#include <csignal>
#include <QDirIterator>
#include <QProcess>
#include <QTest>

using namespace OpsTest;

namespace {

OperationRequest request(Kind kind, const QString &version = {})
{
    OperationRequest r;
    r.kind = kind;
    if (!version.isEmpty())
        r.version = *Version::parse(version);
    return r;
}

QString refusal(const OpsDemo &d, const Person &who, const OperationRequest &r, const QDateTime &now)
{
    QString error;
    const auto op = d.prepare(who, r, now, &error);
    return op ? QStringLiteral("(planned: %1)").arg(op->plan().title) : error;
}

// The line of `text` holding `needle`, 1-based.
int lineOf(const QString &text, const QString &needle)
{
    return int(text.left(text.indexOf(needle)).count(QLatin1Char('\n'))) + 1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Operations refuse what makes no sense, in one line naming the version, and change nothing", "[operations][badinput]")
{
    OpsDemo d;
    const QDateTime now = d.due(QStringLiteral("0.75.0"));
    const QString tip = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    const QString ossTip = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    const QString tagged = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.75.0^{commit}")});

    CHECK(refusal(d, d.riley, request(Kind::Publish), now)
          == QLatin1String("0.75.0 is staged, not approved: another release manager approves it first"));
    CHECK(refusal(d, d.riley, request(Kind::Restage, QStringLiteral("0.75.0")), now)
          == QLatin1String("0.75.0 is not above 0.75.0, the pending release: re-staging moves it forward"));
    CHECK(refusal(d, d.riley, request(Kind::Restage, QStringLiteral("0.77.0")), now)
          == QLatin1String("0.77.0 is not released: OSS has no tag for it"));
    CHECK(refusal(d, d.avery, request(Kind::Approve, QStringLiteral("0.74.0")), now)
          == QLatin1String("0.74.0 is published, not staged: only a staged release is approved"));
    // An older supported line takes fixes on its own branch, once a chart changed there.
    CHECK(refusal(d, d.riley, request(Kind::Fix, QStringLiteral("0.73.0")), now)
          .endsWith(QLatin1String(" has no branch release/0.73 yet: branch it from openhands/0.73.0, commit the chart change there, "
                                  "then fix 0.73.0")));
    // An unsupported line takes none.
    CHECK(refusal(d, d.riley, request(Kind::Fix, QStringLiteral("0.70.1")), now).startsWith(QLatin1String("the 0.70 line is unsupported since ")));

    OperationRequest moved = request(Kind::Release, QStringLiteral("0.75.0"));
    moved.commit = ossTip;
    CHECK(refusal(d, d.riley, moved, now)
          == QStringLiteral("0.75.0 is tagged on %1 already, not on %2: a release tag is never moved").arg(tagged.left(12), ossTip.left(12)));
    OperationRequest fixRelease = request(Kind::Release, QStringLiteral("0.76.0-fix1"));
    fixRelease.commit = ossTip;
    CHECK(refusal(d, d.riley, fixRelease, now) == QLatin1String("0.76.0-fix1 is a chart fix: use fix 0.76.0"));
    OperationRequest nowhere = request(Kind::Release, QStringLiteral("0.76.0"));
    nowhere.commit = QStringLiteral("no-such-branch");
    CHECK(refusal(d, d.riley, nowhere, now).startsWith(QLatin1String("'no-such-branch' is not a commit of file://")));
    // A commit CI built no images of.
    OperationRequest unbuilt = request(Kind::Release, QStringLiteral("0.76.0"));
    unbuilt.commit = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main^")});
    CHECK(refusal(d, d.riley, unbuilt, now)
          == QStringLiteral("openhands: no ghcr.io/openhands/openhands image built from %1 (no tag sha-%2): build it first")
                 .arg(unbuilt.commit.left(12), unbuilt.commit.left(7)));

    // Nothing was pushed, tagged or written to a journal.
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == tip);
    CHECK(git(d.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76*")}).isEmpty());
    CHECK(QDir(OpsDemo::dataDir(d.riley) + QLatin1String("/journal")).isEmpty());
}

TEST_CASE("A manifest a colleague broke, or charts that disagree with it, stop every plan with the line to fix", "[operations][badinput]")
{
    OpsDemo d;
    const QDateTime now = d.due(QStringLiteral("0.75.0"));
    // The charts say 0.74.9 while the manifest has 0.75.0 staged.
    const QString work = d.tmp.path() + QLatin1String("/diverge");
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), d.charts, work});
    QByteArray chart = readAll(work + QLatin1String("/charts/openhands/Chart.yaml"));
    chart.replace("version: 0.75.0", "version: 0.74.9");
    writeFile(work + QLatin1String("/charts/openhands/Chart.yaml"), chart);
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Hand edit")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    OperationRequest approve = request(Kind::Approve, QStringLiteral("0.75.0"));
    approve.note = QStringLiteral("ok");
    CHECK(refusal(d, d.avery, approve, now)
          == QLatin1String("the charts on main say 0.74.9 (openhands chart), but the manifest has 0.75.0 staged: the two have diverged"));

    // An unknown key in a release entry.
    QByteArray manifest = readAll(work + QLatin1String("/releases.yaml"));
    manifest.replace("  - version: 0.75.0\n", "  - version: 0.75.0\n    colour: red\n");
    writeFile(work + QLatin1String("/releases.yaml"), manifest);
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Colour")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    const int line = lineOf(QString::fromUtf8(manifest), QStringLiteral("colour: red"));
    const QString error = refusal(d, d.avery, approve, now);
    INFO(error.toStdString());
    CHECK(error.startsWith(QStringLiteral("charts:releases.yaml:%1:5: ").arg(line)));
    CHECK(error.contains(QLatin1String("colour")));
    CHECK(error.endsWith(QLatin1String("(fix the manifest first)")));
    CHECK(refusal(d, d.riley, request(Kind::Publish), now) == error);
}

TEST_CASE("A freeze window in the workspace calendar stops a publish unless overridden with a reason, which is audited", "[operations][freeze]")
{
    OpsDemo d;
    const QDateTime due = d.due(QStringLiteral("0.75.0"));
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), due.addDays(-1), QStringLiteral("ok")) == QString());
    QByteArray ws = readAll(d.file);
    ws += QStringLiteral("calendar:\n  freezes:\n    - from: %1\n      to: %2\n      reason: holiday season\n")
              .arg(due.date().addDays(-1).toString(Qt::ISODate), due.date().addDays(3).toString(Qt::ISODate))
              .toUtf8();
    writeFile(d.file, ws);
    const QString window = QStringLiteral("%1 to %2, holiday season")
                               .arg(due.date().addDays(-1).toString(Qt::ISODate), due.date().addDays(3).toString(Qt::ISODate));
    CHECK(refusal(d, d.riley, request(Kind::Publish), due.addSecs(60))
          == QStringLiteral("publishing is frozen (%1): override it with a reason (--override-freeze REASON)").arg(window));
    // The day after the window it goes.
    CHECK(refusal(d, d.riley, request(Kind::Publish), due.addDays(4)).startsWith(QLatin1String("(planned: Publish 0.75.0")));

    OperationRequest urgent = request(Kind::Publish);
    urgent.overrideFreeze = QStringLiteral("security fix for a customer");
    QString error;
    auto op = d.prepare(d.riley, urgent, due.addSecs(60), &error);
    REQUIRE(op);
    CHECK(op->plan().text().contains(QStringLiteral("audited: freeze overridden (%1): security fix for a customer").arg(window)));
    REQUIRE(op->run(nullptr).completed);
    const QJsonArray audit = d.entry(QStringLiteral("0.75.0"))[QStringLiteral("audit")].toArray();
    CHECK(audit.last().toObject()[QStringLiteral("action")].toString() == QLatin1String("publish"));
    CHECK(audit.last().toObject()[QStringLiteral("note")].toString()
          == QStringLiteral("freeze overridden (%1): security fix for a customer").arg(window));
}

TEST_CASE("Two release managers race on the manifest: a compatible change is planned again on the new tip, a conflicting one stops", "[operations][race]")
{
    OpsDemo d;
    // Avery works over git://, Riley over file://: separate clones, one remote.
    GitDaemon daemon(d.demo + QLatin1String("/repos"));
    REQUIRE(daemon.isRunning());
    const QString averyFile = d.demo + QLatin1String("/avery.yaml");
    QByteArray ws = readAll(d.file);
    ws.replace("    path: repos/charts.git\n", "    path: repos/charts.git\n    remote: " + daemon.url(QStringLiteral("charts.git")).toUtf8() + "\n");
    writeFile(averyFile, ws);
    OpsDemo &riley = d;
    const QDateTime now = d.due(QStringLiteral("0.75.0"));

    // Both plan at the same tip: Riley releases 0.76.0, Avery approves 0.75.0.
    OperationRequest release = request(Kind::Release, QStringLiteral("0.76.0"));
    release.commit = QStringLiteral("main");
    QString error;
    auto releasing = riley.prepare(d.riley, release, now, &error);
    REQUIRE(releasing);
    const QString rileyFile = d.file;
    d.file = averyFile;
    OperationRequest approve = request(Kind::Approve, QStringLiteral("0.75.0"));
    approve.note = QStringLiteral("a week on SaaS");
    auto approving = d.prepare(d.avery, approve, now.addSecs(-60), &error);
    REQUIRE(approving);
    d.file = rileyFile;
    REQUIRE(approving->run(nullptr).completed);
    const QString approved = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    QStringList replans;
    const PlanResult r = releasing->run(nullptr, [&](const ReleaseDeck::Plan &, const QString &why) { replans.append(why); });
    INFO(r.error.toStdString());
    REQUIRE(r.completed);
    REQUIRE(replans.size() == 1);
    CHECK(replans.first().contains(QLatin1String("\"Approve 0.75.0\" by Avery Approver")));
    // No lost update: Riley's commit sits on Avery's, and both are in the manifest.
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main^")}) == approved);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    CHECK(d.actions(QStringLiteral("0.76.0")) == QStringList{QStringLiteral("release")});
    CHECK(git(d.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}) == QLatin1String("0.76.0"));

    // One run at a time per clone of a data folder: the finished ones let go.
    releasing.reset();
    approving.reset();
    // Both publish 0.75.0 from the same tip: the second finds it published.
    auto first = d.prepare(d.riley, request(Kind::Publish), now.addSecs(60), &error);
    REQUIRE(first);
    d.file = averyFile;
    auto second = d.prepare(d.avery, request(Kind::Publish), now.addSecs(60), &error);
    d.file = rileyFile;
    REQUIRE(second);
    REQUIRE(first->run(nullptr).completed);
    const QString published = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    const PlanResult lost = second->run(nullptr);
    CHECK_FALSE(lost.completed);
    CHECK(lost.failedStep == QLatin1String("push"));
    CHECK(lost.error.contains(QLatin1String("\"Publish 0.75.0 to Enterprise\" by Riley Release")));
    CHECK(lost.error.endsWith(QLatin1String("nothing is pending for Enterprise: stage and approve a release first")));
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == published);
    CHECK(d.actions(QStringLiteral("0.75.0")).count(QStringLiteral("publish")) == 1);
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.75.0^{commit}")}) == published);
}

TEST_CASE("A publish killed at each step resumes to the same end: nothing pushed twice, git and registry consistent", "[operations][fault][kill]")
{
    OpsDemo d;
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    const QStringList steps{QStringLiteral("registry-check"), QStringLiteral("chart-openhands-chart"), QStringLiteral("chart-runtime-api-chart"), QStringLiteral("chart-image-loader-chart"),
                            QStringLiteral("commit"), QStringLiteral("push"), QStringLiteral("tag-openhands-chart"),
                            QStringLiteral("tag-runtime-api-chart"), QStringLiteral("tag-image-loader-chart")};
    // The plan has exactly these steps.
    const ProcessResult dry = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test"), QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.count("\n9. Tag the published commit image-loader/0.75.0") == 1);
    int n = 0;
    for (const QString &step : steps) {
        for (const char *event : {"begin", "done"}) {
            const QString at = step + QLatin1Char(':') + QLatin1String(event);
            INFO(at.toStdString());
            // A copy of the approved demo and a release manager of its own.
            const OpsDemo c(d, QStringLiteral("copy%1").arg(++n));
            const Person riley = c.person(QStringLiteral("Riley Release"), QStringLiteral("riley%1@example.com").arg(n));
            const QStringList publish{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("customer waits")};
            const ProcessResult killed = c.cli(riley, publish, {{QStringLiteral("RELEASEDECK_KILL_AT"), at}});
            CHECK(killed.killedBy(SIGKILL));
            CHECK_FALSE(killed.out.contains("Done:"));
            const ProcessResult resumed = c.cli(riley, publish);
            INFO(resumed.out.toStdString() << resumed.err.toStdString());
            REQUIRE(resumed.exitCode == 0);
            CHECK(resumed.out.contains("Resuming: finished before:") == (QLatin1String(event) == QLatin1String("done") || step != steps.first()));
            // One publish commit, the state and one audit line, the tags on it.
            const QString main = git(c.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
            CHECK(git(c.charts, {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")}).count(QStringLiteral("Publish 0.75.0")) == 1);
            CHECK(c.state(QStringLiteral("0.75.0")) == QLatin1String("published"));
            CHECK(c.actions(QStringLiteral("0.75.0")).count(QStringLiteral("publish")) == 1);
            for (const QString &chart : {QStringLiteral("openhands"), QStringLiteral("runtime-api"), QStringLiteral("image-loader")}) {
                CHECK(git(c.charts, {QStringLiteral("rev-parse"), chart + QLatin1String("/0.75.0^{commit}")}) == main);
                CHECK(c.chartFile(chart, QStringLiteral("0.75.0"), QStringLiteral("Chart.yaml"))
                      == git(c.charts, {QStringLiteral("show"), QStringLiteral("%1/0.75.0:charts/%1/Chart.yaml").arg(chart)}).toUtf8() + '\n');
            }
            // The layout holds each chart once: one manifest for the tag in its index.
            const QJsonObject index = QJsonDocument::fromJson(readAll(c.registry + QLatin1String("/openhands/charts/openhands/index.json"))).object();
            int tagged = 0;
            for (const QJsonValue &m : index[QStringLiteral("manifests")].toArray())
                tagged += m.toObject()[QStringLiteral("annotations")].toObject()[QStringLiteral("org.opencontainers.image.ref.name")].toString() == QLatin1String("0.75.0");
            CHECK(tagged == 1);
        }
    }
}

TEST_CASE("A registry token reaches the registry and no file, log line, journal or message", "[operations][secrets]")
{
    const QString user = QStringLiteral("publisher");
    const QString token = QStringLiteral("ghp_S3cretT0ken4711xyz");
    TestSupport::RegistryServer server(user, token);
    REQUIRE(server.isRunning());
    OpsDemo d;
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    d.file = withRegistries(d.file, QStringLiteral("http.yaml"),
                            QStringLiteral("registries:\n  - id: ghcr\n    url: %1\n    host: ghcr.io\n").arg(server.url()));
    const QStringList publish{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("customer waits")};
    // The images the charts deploy are in that registry, as CI pushed them.
    for (const QString &image : {QStringLiteral("openhands/enterprise-server:0.75.0"), QStringLiteral("openhands/runtime:0.75.0-nikolaik"),
                                 QStringLiteral("openhands/runtime-api:0.75.0"), QStringLiteral("openhands/image-loader:0.75.0")}) {
        const ProcessResult copied = run(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("--dest-tls-verify=false"),
                                                                    QStringLiteral("--dest-creds"), user + QLatin1Char(':') + token,
                                                                    QStringLiteral("oci:%1/%2").arg(d.registry, image),
                                                                    QStringLiteral("docker://%1/%2").arg(server.address(), image)});
        INFO(copied.err.toStdString());
        REQUIRE(copied.exitCode == 0);
    }

    // A wrong token first: refused by the registry, and not repeated back.
    const QString wrong = QStringLiteral("ghp_Wr0ngT0ken0815abc");
    const ProcessResult refused = d.cli(d.riley, publish, {{QStringLiteral("RELEASEDECK_REGISTRY_GHCR_USER"), user},
                                                           {QStringLiteral("RELEASEDECK_REGISTRY_GHCR_PASSWORD"), wrong}});
    CHECK(refused.exitCode != 0);
    INFO(refused.err.toStdString());
    CHECK(refused.err.contains("ghcr.io/openhands/enterprise-server:0.75.0 cannot be checked: "));
    CHECK_FALSE((refused.out + refused.err).contains(wrong.toUtf8()));

    const ProcessResult ok = d.cli(d.riley, publish, {{QStringLiteral("RELEASEDECK_REGISTRY_GHCR_USER"), user},
                                                      {QStringLiteral("RELEASEDECK_REGISTRY_GHCR_PASSWORD"), token}});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    // skopeo, with the same login, reads the chart the publish pushed.
    const ProcessResult inspect = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                                                                 QStringLiteral("--creds"), user + QLatin1Char(':') + token,
                                                                 QStringLiteral("docker://%1/openhands/charts/openhands:0.75.0").arg(server.address())});
    CHECK(inspect.exitCode == 0);
    CHECK(inspect.out.contains("application/vnd.cncf.helm.config.v1+json"));

    // Neither token in any output, nor in any file under the data folders,
    // the demo (repositories, clones, journals) or the registry's log.
    for (const QString &secret : {token, wrong}) {
        INFO(secret.toStdString());
        CHECK_FALSE((ok.out + ok.err).contains(secret.toUtf8()));
        CHECK_FALSE(server.log().contains(secret));
        int files = 0;
        for (const QString &root : {d.riley.home, d.demo}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                ++files;
                INFO(path.toStdString());
                CHECK_FALSE(readAll(path).contains(secret.toUtf8()));
            }
        }
        CHECK(files > 50);
    }
    QDirIterator journals(OpsDemo::dataDir(d.riley) + QLatin1String("/journal"), {QStringLiteral("*.jsonl")}, QDir::Files,
                          QDirIterator::Subdirectories);
    int count = 0;
    for (; journals.hasNext(); journals.next())
        ++count;
    CHECK(count == 1);
}

TEST_CASE("A git token reaches the https remote and no file, log line, journal or message", "[operations][secrets][git]")
{
    OpsDemo d;
    const QString user = QStringLiteral("release-bot");
    const QString token = QStringLiteral("ghp_G1tT0kenForCharts9876");
    const QString portFile = d.tmp.path() + QLatin1String("/git-http.port");
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/git_http.py"),
                                             d.demo + QLatin1String("/repos"), portFile, user, token});
    REQUIRE(server.waitForStarted(-1));
    REQUIRE_EVENTUALLY(QFile::exists(portFile), 10000);
    const QString url = QStringLiteral("http://127.0.0.1:%1/charts.git").arg(QString::fromLatin1(readAll(portFile)));
    QByteArray ws = readAll(d.file);
    ws.replace("    path: repos/charts.git\n", "    path: repos/charts.git\n    remote: " + url.toUtf8() + "\n");
    writeFile(d.file, ws);
    const QStringList approve{QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")};
    const QString before = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    // No token, then a wrong one: refused by the server, and never repeated.
    const ProcessResult none = d.cli(d.avery, approve);
    CHECK(none.exitCode == 1);
    CHECK(none.err.startsWith("releasedeck: approve: " + url.toUtf8() + ": cannot clone: "));
    const QString wrong = QStringLiteral("ghp_Wr0ngG1tT0ken1234");
    const ProcessResult refused = d.cli(d.avery, approve, {{QStringLiteral("RELEASEDECK_GIT_USER"), user},
                                                           {QStringLiteral("RELEASEDECK_GIT_TOKEN"), wrong}});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE((refused.out + refused.err).contains(wrong.toUtf8()));
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);

    // The token from the environment: cloned, committed and pushed over http.
    const ProcessResult ok = d.cli(d.avery, approve, {{QStringLiteral("RELEASEDECK_GIT_USER"), user},
                                                      {QStringLiteral("RELEASEDECK_GIT_TOKEN"), token}});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));

    // The keychain's login, as the app passes it: Riley publishes with it.
    OperationRequest publish = request(Kind::Publish);
    publish.early = QStringLiteral("customer waits");
    OperationSetup setup;
    setup.dataDir = OpsDemo::dataDir(d.riley);
    setup.who = GitIdentity{d.riley.name, d.riley.email, QDateTime::currentDateTimeUtc()};
    setup.logins.insert(QStringLiteral("127.0.0.1"), {user, token});
    QString error;
    auto op = Operation::prepare(ReleaseDeck::WorkspaceLoader::load(d.file).workspace, publish, setup, nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(op);
    const PlanResult published = op->run(nullptr);
    INFO(published.error.toStdString());
    REQUIRE(published.completed);
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.75.0^{commit}")})
          == git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}));

    // A token written into the URL is refused before it can reach a file.
    QByteArray withPassword = readAll(d.file);
    withPassword.replace("remote: http://", "remote: http://" + user.toUtf8() + ":" + wrong.toUtf8() + "@");
    writeFile(d.file, withPassword);
    const ProcessResult inUrl = d.cli(d.riley, approve);
    CHECK(inUrl.err.contains("holds a password; put the token in the keychain or in RELEASEDECK_GIT_TOKEN"));
    CHECK_FALSE(inUrl.err.contains(wrong.toUtf8()));
    writeFile(d.file, ws);

    server.terminate();
    server.waitForFinished(5000);
    const QByteArray log = server.readAllStandardError();
    CHECK(log.contains("POST /charts.git/git-receive-pack"));
    for (const QString &secret : {token, wrong}) {
        INFO(secret.toStdString());
        CHECK_FALSE(log.contains(secret.toUtf8()));
        CHECK_FALSE((ok.out + ok.err).contains(secret.toUtf8()));
        for (const QString &root : {d.riley.home, d.avery.home, d.demo + QLatin1String("/repos")}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                INFO(path.toStdString());
                CHECK_FALSE(readAll(path).contains(secret.toUtf8()));
            }
        }
    }
}

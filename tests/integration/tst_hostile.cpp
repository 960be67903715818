// Repositories, manifests, registries and workspace files written by
// someone else, each tried the way an attacker would: names from git trees
// that lead out of a folder, forged approvals, files that never end.
#include "opsdemo.h"

#include "platform/fileutil.h"

#include <QDirIterator>
#include <functional>
#include <QProcess>

using namespace OpsTest;

namespace {

// A commit on the charts' main whose FOLDER holds NAME, written byte for
// byte as git would store it (only `git fsck` refuses such a tree).
QString hostileCommit(const OpsDemo &d, const QString &folder, const QString &name, const QByteArray &content = "pwned\n")
{
    const ProcessResult r = run(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/hostile_tree.py"),
                                                            d.charts, QStringLiteral("main"), folder, name, QString::fromUtf8(content)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out.trimmed());
}

// The line of `text` holding `needle`, 1-based.
int lineOf(const QString &text, const QString &needle)
{
    return int(text.left(text.indexOf(needle)).count(QLatin1Char('\n'))) + 1;
}

QStringList filesNamed(const QString &root, const QString &name)
{
    QStringList out;
    QDirIterator it(root, {name}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

} // namespace

TEST_CASE("Names git can store but no file system should see are refused, as git's own checks name them", "[hostile][paths]")
{
    using ReleaseDeck::unsafePathReason;
    // What `git fsck` and git's verify_path refuse in a tree.
    for (const char *bad : {"../x", "a/../../x", "..", ".", "/etc/passwd", "a//b", "a/", ".git/config", "sub/.GIT/hooks/x",
                            ".git./x", ".git /x", "git~1/config", "a\\..\\x", "tab\tname", "new\nline"}) {
        INFO(bad);
        CHECK_FALSE(unsafePathReason(QString::fromUtf8(bad)).isEmpty());
    }
    CHECK_FALSE(unsafePathReason(QString::fromUtf8("nul\0x", 5)).isEmpty());
    for (const char *good : {"Chart.yaml", "templates/_helpers.tpl", ".helmignore", "templates/..data", "a...b/c", ".gitignore", "x.git"}) {
        INFO(good);
        CHECK(unsafePathReason(QString::fromUtf8(good)).isEmpty());
    }
    CHECK(ReleaseDeck::caseCollision({QStringLiteral("values.yaml"), QStringLiteral("Values.yaml")}) == QLatin1String("values.yaml and Values.yaml"));
    CHECK(ReleaseDeck::caseCollision({QStringLiteral("Templates/a"), QStringLiteral("templates/b")}) == QLatin1String("Templates and templates"));
    CHECK(ReleaseDeck::caseCollision({QStringLiteral("a/b"), QStringLiteral("a/c"), QStringLiteral("b")}).isEmpty());
}

TEST_CASE("A chart commit with a tree entry that leads out of its folder is refused by publish, and nothing is written", "[hostile][paths][operations]")
{
    OpsDemo d;
    const QString tmpdir = d.tmp.path() + QLatin1String("/t1/t2/t3/t4/tmp");
    REQUIRE(QDir().mkpath(tmpdir));
    struct Case
    {
        const char *folder, *name, *reason;
        bool fsckRefuses; // a backslash or a case clash is bad only on other systems
    };
    const Case cases[] = {
        // '!' sorts first, so templates/ would exist when the escape is written.
        {"charts/openhands/templates", "../../../../escaped", "has a '..' part", true},
        {"charts/openhands", "..", "has a '..' part", true},
        {"charts/openhands/templates", ".git", "has a '.git' part", true},
        {"charts/openhands/templates", "..\\..\\escaped", "has a backslash", false},
        {"charts/openhands", "Values.yaml", "name the same file on a case-insensitive file system", false},
    };
    const Case which = GENERATE_REF(from_range(std::begin(cases), std::end(cases)));
    INFO(which.name);
    hostileCommit(d, QStringLiteral("charts/openhands/templates"), QStringLiteral("!first.txt"));
    hostileCommit(d, QLatin1String(which.folder), QLatin1String(which.name));
    // git itself says the tree is bad.
    const ProcessResult fsck = run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("fsck"), QStringLiteral("--strict")});
    CHECK((fsck.exitCode != 0) == which.fsckRefuses);
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);

    for (const bool dryRun : {true, false}) {
        QStringList args{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")};
        if (dryRun)
            args.append(QStringLiteral("--dry-run"));
        const ProcessResult publish = d.cli(d.riley, args, {{QStringLiteral("TMPDIR"), tmpdir}});
        INFO(publish.out.toStdString() << publish.err.toStdString());
        CHECK(publish.exitCode != 0);
        CHECK(publish.err.contains(QByteArray(which.reason)));
        CHECK(publish.err.count('\n') == 1);
        CHECK(filesNamed(d.tmp.path(), QStringLiteral("escaped")).isEmpty());
        CHECK(filesNamed(tmpdir, QStringLiteral("*")).isEmpty());
        CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
        CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
    }
}

namespace {

// The demo's charts served over smart HTTP on loopback, for USER:TOKEN.
struct GitHttp
{
    QProcess server;
    QString url;

    GitHttp(const OpsDemo &d, const QString &user, const QString &token)
    {
        const QString portFile = d.tmp.path() + QLatin1String("/git-http.port");
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.start(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/git_http.py"),
                                                 d.demo + QLatin1String("/repos"), portFile, user, token});
        REQUIRE(server.waitForStarted());
        REQUIRE_EVENTUALLY(QFile::exists(portFile), 10000);
        url = QStringLiteral("http://127.0.0.1:%1/charts.git").arg(QString::fromLatin1(OpsDemo::readFile(portFile)));
    }
    ~GitHttp()
    {
        server.terminate();
        server.waitForFinished(5000);
    }
    QByteArray log()
    {
        server.terminate();
        server.waitForFinished(5000);
        return server.readAllStandardError();
    }
};

// The demo's charts repository with a remote (and more lines) of its own.
void setChartsRemote(const OpsDemo &d, const QByteArray &lines)
{
    QByteArray ws = OpsDemo::readFile(d.file);
    REQUIRE(ws.contains("    path: repos/charts.git\n"));
    ws.replace("    path: repos/charts.git\n", "    path: repos/charts.git\n" + lines);
    writeFile(d.file, ws);
}

} // namespace

TEST_CASE("A plain HTTP git remote off loopback is refused at load and before any plan, with the token never sent", "[hostile][secrets][git]")
{
    OpsDemo d;
    const QString token = QStringLiteral("ghp_PlainHttpT0ken5555");
    // TEST-NET-1: never routed, so any attempt to reach it would hang or
    // fail with a network error instead of the refusal.
    setChartsRemote(d, "    remote: http://192.0.2.1/charts.git\n");
    const int line = lineOf(QString::fromUtf8(OpsDemo::readFile(d.file)), QStringLiteral("remote: http://192.0.2.1"));

    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString() << scan.err.toStdString());
    CHECK(scan.out.contains(QStringLiteral("%1:%2:13: repository 'charts': remote http://192.0.2.1/charts.git is plain HTTP to a host that "
                                           "is not loopback")
                                .arg(d.file).arg(line).toUtf8()));
    const QMap<QString, QString> env{{QStringLiteral("RELEASEDECK_GIT_TOKEN"), token}};
    for (const QStringList &args : {QStringList{QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--dry-run")},
                                    QStringList{QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")},
                                    QStringList{QStringLiteral("publish"), QStringLiteral("--dry-run")}}) {
        const ProcessResult r = d.cli(d.avery, args, env);
        INFO(args.join(QLatin1Char(' ')).toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err == "releasedeck: " + args.first().toUtf8()
                           + ": remote http://192.0.2.1/charts.git is plain HTTP to a host that is not loopback, which would send the "
                             "login in clear text; use https://, or mark the repository 'insecure: true' (then no login is sent)\n");
    }
    // Nothing was cloned.
    CHECK(QDir(OpsDemo::dataDir(d.avery) + QLatin1String("/clones")).isEmpty());
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("staged"));

    // An https remote, or one on loopback, is not a problem.
    QByteArray ws = OpsDemo::readFile(d.file);
    ws.replace("remote: http://192.0.2.1/", "remote: https://192.0.2.1/");
    writeFile(d.file, ws);
    CHECK_FALSE(d.cli(d.riley, {QStringLiteral("scan")}).out.contains("remote"));
}

TEST_CASE("A plain HTTP git remote marked insecure is used without a login, even when a token is set", "[hostile][secrets][git]")
{
    OpsDemo d;
    const QString user = QStringLiteral("release-bot");
    const QString token = QStringLiteral("ghp_InsecureT0ken7777");
    GitHttp server(d, user, token);
    setChartsRemote(d, "    remote: " + server.url.toUtf8() + "\n    insecure: true\n");
    const QMap<QString, QString> env{{QStringLiteral("RELEASEDECK_GIT_USER"), user}, {QStringLiteral("RELEASEDECK_GIT_TOKEN"), token}};
    const QStringList approve{QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")};
    const ProcessResult refused = d.cli(d.avery, approve, env);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith("releasedeck: approve: " + server.url.toUtf8() + ": cannot clone: "));
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("staged"));

    // The same server takes the token when the remote is not marked insecure.
    QByteArray ws = OpsDemo::readFile(d.file);
    ws.replace("    insecure: true\n", "");
    writeFile(d.file, ws);
    const ProcessResult ok = d.cli(d.avery, approve, env);
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    const QByteArray log = server.log();
    // First no login at all (the insecure clone), then logins.
    const qsizetype firstSent = log.indexOf("authorization sent");
    CHECK(log.left(firstSent).count("authorization none") >= 1);
    CHECK_FALSE(log.left(firstSent).contains("200"));
    CHECK_FALSE(log.contains(token.toUtf8()));
}

namespace {

// A hand-made commit of releases.yaml on the charts' main, as anyone with
// push access can make it; returns the line of `marker` in the new text.
int forgeManifest(const OpsDemo &d, const std::function<void(QByteArray &)> &edit, const QByteArray &marker)
{
    const QString work = d.tmp.path() + QLatin1String("/forge-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), d.charts, work});
    QByteArray text = OpsDemo::readFile(work + QLatin1String("/releases.yaml"));
    edit(text);
    writeFile(work + QLatin1String("/releases.yaml"), text);
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Mallory"), QStringLiteral("-c"), QStringLiteral("user.email=mallory@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Approve 0.75.0")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    return lineOf(QString::fromUtf8(text), QString::fromUtf8(marker));
}

// 0.75.0's block in the demo's manifest: staged by Riley, with one audit line.
void approveBy(QByteArray &text, const QByteArray &who)
{
    const qsizetype at = text.indexOf("  - version: 0.75.0\n");
    REQUIRE(at >= 0);
    const qsizetype state = text.indexOf("      state: staged\n", at);
    REQUIRE(state > at);
    text.replace(state, qsizetype(strlen("      state: staged\n")), "      state: approved\n");
    if (who.isEmpty())
        return;
    const qsizetype stage = text.indexOf("      action: stage\n", at);
    REQUIRE(stage > at);
    const qsizetype end = text.indexOf('\n', text.indexOf("      note:", stage)) + 1;
    text.insert(end, "    - at: \"2026-12-01T09:00:00Z\"\n      by: \"" + who + "\"\n      action: approve\n      note: \"looks fine\"\n");
}

} // namespace

TEST_CASE("A hand-made 'approved' without a colleague's approve line is a scan problem, and publish refuses it", "[hostile][approval][operations]")
{
    OpsDemo d;
    struct Case
    {
        const char *approver; // "" for no approve line at all
        const char *problem;
        bool allowedBySelfApproval;
    };
    const Case cases[] = {
        {"", "0.75.0 is approved, but its audit trail has no approve after the last stage (by Riley Release <riley@example.com>)", false},
        {"Riley Release <RILEY@example.com>",
         "0.75.0 is approved only by Riley Release <riley@example.com>, who staged it; another release manager approves it "
         "(policy.selfApproval allows it)",
         true},
    };
    const Case which = GENERATE_REF(from_range(std::begin(cases), std::end(cases)));
    INFO(which.approver);
    const int line = forgeManifest(d, [&](QByteArray &t) { approveBy(t, which.approver); }, "  - version: 0.75.0");
    REQUIRE(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    const QByteArray problem = QStringLiteral("charts:releases.yaml:%1: %2").arg(line).arg(QLatin1String(which.problem)).toUtf8();

    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString());
    CHECK(scan.out.contains(problem));
    const QStringList publish{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")};
    for (const Person &who : {d.riley, d.avery}) {
        const ProcessResult r = d.cli(who, publish);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err == "releasedeck: publish: " + problem + "\n");
    }
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));

    // With self-approval allowed, the stager's own approve line is enough.
    QByteArray ws = OpsDemo::readFile(d.file);
    REQUIRE(ws.contains("\npolicy:\n"));
    ws.replace("\npolicy:\n", "\npolicy:\n  selfApproval: true\n");
    writeFile(d.file, ws);
    const ProcessResult allowed = d.cli(d.riley, publish);
    INFO(allowed.err.toStdString());
    CHECK((allowed.exitCode == 0) == which.allowedBySelfApproval);
    CHECK(d.cli(d.riley, {QStringLiteral("scan")}).out.contains(problem) == !which.allowedBySelfApproval);
}

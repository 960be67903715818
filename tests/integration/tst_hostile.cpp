// Repositories, manifests, registries and workspace files written by
// someone else, each tried the way an attacker would: names from git trees
// that lead out of a folder, forged approvals, files that never end.
#include "opsdemo.h"

#include "hostile.h"

#include "fakeghcr.h"

#include "ops/plancommon.h"
#include "platform/fileutil.h"

#include <QDirIterator>
#include <functional>
#include <QProcess>

#include <sys/stat.h>

using namespace OpsTest;
using namespace OpsTest;
using namespace HostileTest;

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


TEST_CASE("A tree entry naming a file of another folder, a file named twice, or a file that is also a folder stops publish", "[hostile][paths][operations]")
{
    OpsDemo d;
    struct Case
    {
        const char *folder, *name, *content, *reason;
    };
    const Case cases[] = {
        // One entry "templates/NOTES.txt" next to the real templates/ folder.
        {"charts/openhands", "templates/NOTES.txt", "forged\n", "has a '/' in its name"},
        // A second Chart.yaml entry, which sorts after the real one.
        {"charts/openhands", "Chart.yaml", "apiVersion: v2\nname: openhands\nversion: 9.9.9\n", "two entries named 'Chart.yaml'"},
        // A file named like the templates folder.
        {"charts/openhands", "templates", "a file\n", "'templates' is both a file and a folder"},
    };
    const Case which = GENERATE_REF(from_range(std::begin(cases), std::end(cases)));
    INFO(which.name);
    hostileCommit(d, QLatin1String(which.folder), QLatin1String(which.name), which.content);
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    checkPublishRefused(d, which.reason);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
}

TEST_CASE("A chart whose Chart.yaml does not read stops publish instead of being left out of the release", "[hostile][operations]")
{
    OpsDemo d;
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    d.chartsCommit(QStringLiteral("charts/runtime-api/Chart.yaml"), "dependencies: [unclosed\n", QStringLiteral("Break a chart"));
    // git and yaml agree the file is no longer YAML.
    const ProcessResult shown = run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("show"), QStringLiteral("main:charts/runtime-api/Chart.yaml")});
    REQUIRE(shown.out.endsWith("dependencies: [unclosed\n"));
    checkPublishRefused(d, "releasedeck: publish: chart 'runtime-api' of component 'runtime-api-chart' is not readable on main at ");
    checkPublishRefused(d, ": publishing stops");
    // Nothing went out: neither the readable charts nor the record.
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
}

TEST_CASE("Folders nested thousands deep are refused by the scan and by publish with a line, not a crash", "[hostile][paths][git]")
{
    OpsDemo d;
    // 3,000 levels: git's own tools read it; a walk of one stack frame a
    // level in a worker thread's stack would not last many times that.
    const ProcessResult deep = run(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/hostile_tree.py"), d.charts,
                                                              QStringLiteral("main"), QStringLiteral("charts/openhands/templates"),
                                                              QStringLiteral("--deep"), QStringLiteral("3000")});
    INFO(deep.err.toStdString());
    REQUIRE(deep.exitCode == 0);
    const ProcessResult depth = run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("ls-tree"), QStringLiteral("-r"),
                                                            QStringLiteral("--name-only"), QStringLiteral("main"), QStringLiteral("charts/openhands/templates/d")});
    REQUIRE(depth.out.count('/') == 3 + 3000);
    // Tagged, so that the scan reads that commit's charts.
    git(d.charts, {QStringLiteral("tag"), QStringLiteral("openhands/0.76.0"), QStringLiteral("main")});

    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString() << scan.err.toStdString());
    CHECK(scan.exitCode == 0);
    CHECK(scan.out.contains("the tree has folders nested more than 256 deep"));

    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    const ProcessResult publish = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test"), QStringLiteral("--dry-run")});
    INFO(publish.err.toStdString());
    CHECK(publish.exitCode == 1);
    CHECK(publish.err.contains("folders nested more than"));
    CHECK(publish.err.count('\n') == 1);
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
        REQUIRE(server.waitForStarted(-1));
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
                           + QStringLiteral(": %1:%2:13: repository 'charts': ").arg(d.file).arg(line).toUtf8()
                           + "remote http://192.0.2.1/charts.git is plain HTTP to a host that is not loopback, which would send the "
                             "login in clear text; use https://, or mark the repository 'insecure: true' (then no login is sent); "
                             "plans are made only from a workspace that reads without problems\n");
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


TEST_CASE("Names holding escape sequences or invisible characters reach the terminal escaped", "[hostile][paths]")
{
    OpsDemo d;
    // A tree entry that would clear the screen, and a tag with a
    // right-to-left override, which git's ref rules allow.
    hostileCommit(d, QStringLiteral("charts/openhands/templates"), QStringLiteral("\x1b[2Jcleared"));
    git(d.charts, {QStringLiteral("tag"), QString::fromUtf8("openhands/0.76.0\u202e"), QStringLiteral("main~1")});
    CHECK(git(d.charts, {QStringLiteral("tag"), QStringLiteral("-l"), QStringLiteral("openhands/0.76*")}).toUtf8().contains("\xe2\x80\xae"));
    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString());
    CHECK(scan.out.contains("openhands/0.76.0\\u{202e}"));
    CHECK_FALSE(scan.out.contains("\xe2\x80\xae"));
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    const ProcessResult publish = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test"), QStringLiteral("--dry-run")});
    INFO(publish.err.toStdString());
    CHECK(publish.exitCode == 1);
    CHECK(publish.err.contains("'templates/\\x1b[2Jcleared' has a control character"));
    CHECK_FALSE(publish.err.contains('\x1b'));
    CHECK(publish.err.count('\n') == 1);
}

TEST_CASE("A truncated loose object ends the scan with a problem naming it, as git fsck does, instead of spinning", "[hostile][git][hang]")
{
    OpsDemo d;
    // The tip commit of OSS and the tree of the charts' tip, cut in half.
    for (const auto &[repo, rev] : {std::pair{d.oss, QStringLiteral("main")}, std::pair{d.charts, QStringLiteral("main^{tree}")}}) {
        const QString id = git(repo, {QStringLiteral("rev-parse"), rev});
        const QString file = QStringLiteral("%1/objects/%2/%3").arg(repo, id.left(2), id.mid(2));
        QFile f(file);
        REQUIRE(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        REQUIRE(f.resize(f.size() / 2));
        // git itself names the object.
        const ProcessResult fsck = run(QStringLiteral("git"), {QStringLiteral("-C"), repo, QStringLiteral("fsck")});
        CHECK(fsck.exitCode != 0);
        CHECK(fsck.err.contains(id.toUtf8()));
        const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
        INFO(scan.out.toStdString() << scan.err.toStdString());
        CHECK_FALSE(scan.timedOut);
        CHECK(scan.exitCode == 0);
        CHECK(scan.out.contains(QStringLiteral("the loose object %1 (%2) is truncated").arg(id, file).toUtf8()));
        // An operation on that repository stops with the same line.
        const ProcessResult approve = d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--dry-run")});
        CHECK_FALSE(approve.timedOut);
    }
}

TEST_CASE("A FIFO, a device or a folder as the workspace or a layout's index is refused at once, in one line", "[hostile][files][hang]")
{
    QTemporaryDir tmp;
    const QString fifo = tmp.path() + QLatin1String("/releasedeck.yaml");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &workspace : {fifo, QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), tmp.path()}) {
        INFO(workspace.toStdString());
        // No writer ever opens the FIFO: a blocking open would never return.
        const ProcessResult scan = releasedeck({QStringLiteral("scan"), QStringLiteral("-w"), workspace}, 120000);
        INFO(scan.err.toStdString());
        CHECK_FALSE(scan.timedOut);
        CHECK(scan.exitCode == 1);
        CHECK(scan.err.count('\n') == 1);
        CHECK(scan.err.startsWith(("releasedeck: " + workspace + ": ").toUtf8()));
        CHECK((scan.err.contains("not a regular file") || scan.err.contains("a folder, not a file")));
    }

    // The demo registry's index.json as a FIFO: the check says so and ends.
    OpsDemo d;
    const QString index = d.registry + QLatin1String("/openhands/openhands/index.json");
    REQUIRE(QFile::remove(index));
    REQUIRE(::mkfifo(QFile::encodeName(index).constData(), 0600) == 0);
    const ProcessResult release = d.cli(d.riley, {QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"),
                                                  QStringLiteral("main"), QStringLiteral("--dry-run")});
    INFO(release.err.toStdString());
    CHECK_FALSE(release.timedOut);
    CHECK(release.exitCode == 1);
    CHECK(release.err.contains((index + QLatin1String(": not a regular file")).toUtf8()));
}

TEST_CASE("A file that grows past the bound while read is cut off by the bytes read, not the size first seen", "[hostile][files]")
{
    // /dev/zero claims size 0; a read bounded by the claimed size would run on.
    QString error;
    CHECK_FALSE(ReleaseDeck::readRegularFile(QStringLiteral("/dev/zero"), 1024, &error));
    CHECK(error == QLatin1String("/dev/zero: not a regular file (a FIFO, socket or device)"));
    // /proc files claim size 0 and are regular: the bound still holds.
    const auto small = ReleaseDeck::readRegularFile(QStringLiteral("/proc/self/status"), 1 << 20, &error);
    REQUIRE(small);
    CHECK(small->contains("Name:"));
    CHECK_FALSE(ReleaseDeck::readRegularFile(QStringLiteral("/proc/self/status"), 16, &error));
    CHECK(error == QLatin1String("/proc/self/status: larger than 16 bytes"));
}

TEST_CASE("Tag lists that loop, never end, or lead to another host stop with a line that says so", "[hostile][registry][hang]")
{
    using ReleaseDeck::HttpRepository;
    FakeGhcr ghcr(3);
    QString error;
    SECTION("a next page that is a page already read")
    {
        HttpRepository repo(ghcr.endpoint(), QStringLiteral("loop"));
        CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
        CHECK(error == QStringLiteral("127.0.0.1:%1/loop: GET /v2/loop/tags/list: the tag list links back to a page already read "
                                      "(/v2/loop/tags/list)")
                           .arg(ghcr.port));
        CHECK(repo.requestCount() == 4); // challenge, token, two pages
    }
    SECTION("pages without end")
    {
        HttpRepository repo(ghcr.endpoint(), QStringLiteral("endless"));
        repo.setMaxPages(50);
        CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
        CHECK(error == QStringLiteral("127.0.0.1:%1/endless: the tag list goes on for more than 50 pages; stopped").arg(ghcr.port));
        CHECK(repo.requestCount() == 52);
    }
    SECTION("a next page on another host, which would get the login")
    {
        HttpRepository repo(ghcr.endpoint(), QStringLiteral("elsewhere"));
        CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
        CHECK(error == QStringLiteral("127.0.0.1:%1/elsewhere: GET /v2/elsewhere/tags/list: the next page of tags is on another host "
                                      "(http://192.0.2.1); not followed")
                           .arg(ghcr.port));
        CHECK(repo.requestCount() == 3);
    }
    SECTION("a registry that takes the request and never answers")
    {
        ReleaseDeck::RegistryEndpoint e = ghcr.endpoint();
        e.timeoutMs = 1000;
        HttpRepository repo(e, QStringLiteral("silent"));
        CHECK_FALSE(onWorker([&] { return repo.tags(&error); }));
        CHECK(error == QStringLiteral("127.0.0.1:%1/silent: GET /v2/silent/tags/list: no answer within 1 s").arg(ghcr.port));
        CHECK(repo.requestCount() == 3); // challenge, token, the one that hangs: not tried again
    }
}

TEST_CASE("A registry url with a login in it is refused at load, and the password is not repeated", "[hostile][secrets][registry]")
{
    OpsDemo d;
    const QString file = withRegistries(d.file, QStringLiteral("creds.yaml"),
                                        QStringLiteral("registries:\n  - id: ghcr\n    url: https://robot:Pa55w0rdInUrl@ghcr.example.com\n"
                                                       "    host: ghcr.io\n"));
    const ProcessResult scan = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("scan"), QStringLiteral("-w"), file});
    INFO(scan.out.toStdString() << scan.err.toStdString());
    CHECK(scan.out.contains(QStringLiteral("%1:%2:10: registry 'ghcr': url https://ghcr.example.com holds a login; put it in the keychain "
                                           "or in RELEASEDECK_REGISTRY_GHCR_USER and RELEASEDECK_REGISTRY_GHCR_PASSWORD")
                                .arg(file)
                                .arg(lineOf(QString::fromUtf8(OpsDemo::readFile(file)), QStringLiteral("url: https://robot")))
                                .toUtf8()));
    CHECK_FALSE((scan.out + scan.err).contains("Pa55w0rdInUrl"));
}

TEST_CASE("sha- with upper-case hex names the commit git names for it", "[hostile][domain]")
{
    OpsDemo d;
    const QString id = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    for (const int length : {7, 12, 40}) {
        const QString upper = id.left(length).toUpper();
        // git accepts the upper-case id and names the same commit.
        CHECK(git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("--verify"), upper + QLatin1String("^{commit}")}) == id);
        CHECK(ReleaseDeck::ImageRef::commitIdIn(QStringLiteral("sha-") + upper) == id.left(length));
        CHECK(ReleaseDeck::ImageRef::commitIdIn(QStringLiteral("sha-") + upper + QLatin1String("-amd64")) == id.left(length));
    }
    CHECK(ReleaseDeck::ImageRef::commitIdIn(QStringLiteral("sha-XYZ1234")).isEmpty());
}

TEST_CASE("Image tags naming commits a shallow clone does not hold are reported as shallow, not as not-found", "[hostile][git]")
{
    OpsDemo d;
    // The workspace's OSS repository replaced by a shallow clone of its tip:
    // the commits the older image tags name are cut off.
    const QString shallow = d.demo + QLatin1String("/repos/oss-shallow.git");
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("--depth"), QStringLiteral("1"),
                       QStringLiteral("--no-tags"), QStringLiteral("file://") + d.oss, shallow});
    CHECK(git(shallow, {QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository")}) == QLatin1String("true"));
    QByteArray ws = OpsDemo::readFile(d.file);
    REQUIRE(ws.contains("path: repos/oss.git"));
    ws.replace("path: repos/oss.git", "path: repos/oss-shallow.git");
    writeFile(d.file, ws);
    const ProcessResult full = d.cli(d.riley, {QStringLiteral("scan"), QStringLiteral("--json")});
    REQUIRE(full.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(full.out).object();
    int shallowRefs = 0, notFound = 0;
    for (const QJsonValue &r : root[QStringLiteral("imageRefs")].toArray()) {
        const QString status = r.toObject()[QStringLiteral("status")].toString();
        shallowRefs += status == QLatin1String("shallow");
        notFound += status == QLatin1String("not-found") && r.toObject()[QStringLiteral("resolvedRepo")].toString() == QLatin1String("oss");
    }
    CHECK(shallowRefs > 0);
    CHECK(notFound == 0);
    bool named = false;
    for (const QJsonValue &p : root[QStringLiteral("problems")].toArray())
        named = named || p.toString().startsWith(QStringLiteral("repository 'oss' is a shallow clone: %1 image tags").arg(shallowRefs));
    CHECK(named);
}

TEST_CASE("A plan changing more lines than a person reads says how many, as git diff --numstat counts them", "[hostile][operations]")
{
    QByteArray before = "releases:\n";
    QByteArray after = before;
    for (int i = 0; i < 200000; ++i) {
        before += "  # old " + QByteArray::number(i) + "\n";
        after += "  # new " + QByteArray::number(i) + "\n";
    }
    const QString text = ReleaseDeck::Plans::Common::diffText({QStringLiteral("releases.yaml"), before, after});
    CHECK(text.count(QLatin1Char('\n')) < 5);
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/a"), before);
    writeFile(tmp.path() + QLatin1String("/b"), after);
    const ProcessResult numstat = run(QStringLiteral("git"), {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--numstat"),
                                                              QStringLiteral("a"), QStringLiteral("b")}, tmp.path());
    const QList<QByteArray> counts = numstat.out.simplified().split(' ');
    REQUIRE(counts.size() >= 2);
    CHECK(text.contains(QStringLiteral("%1 lines removed, %2 added").arg(QString::fromLatin1(counts[1]), QString::fromLatin1(counts[0]))));
    // A small change is still listed line by line.
    const QString small = ReleaseDeck::Plans::Common::diffText({QStringLiteral("f"), "a\nb\nc\n", "a\nB\nc\n"});
    CHECK(small == QLatin1String("f:\n     2  - b\n     2  + B"));
}

TEST_CASE("Two runs of one plan in one data folder: the second is told another run is at work, and goes on once it was killed", "[hostile][operations][race]")
{
    OpsDemo d;
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    // A registry that takes connections and never answers: the first run
    // waits on it, in the middle of its plan.
    QProcess silent;
    silent.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
        "import socket,sys\n"
        "s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen(8)\n"
        "print('ready', s.getsockname()[1], flush=True)\n"
        "held=[]\n"
        "while True:\n"
        "    c,_=s.accept(); held.append(c); print('connected', flush=True)\n")});
    REQUIRE(silent.waitForStarted(-1));
    auto line = [&silent] {
        while (!silent.canReadLine())
            REQUIRE(silent.waitForReadyRead(120000));
        return silent.readLine().trimmed();
    };
    const QByteArray port = line().split(' ').value(1);
    REQUIRE_FALSE(port.isEmpty());
    const QString layoutFile = d.file;
    d.file = withRegistries(layoutFile, QStringLiteral("silent.yaml"),
                            QStringLiteral("registries:\n  - id: ghcr\n    url: http://127.0.0.1:%1\n    host: ghcr.io\n").arg(QString::fromLatin1(port)));
    const QStringList publish{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test"), QStringLiteral("-w"), d.file,
                              QStringLiteral("--yes")};

    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), d.riley.home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), d.riley.home + QLatin1String("/data"));
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(RELEASEDECK_BINARY), publish);
    REQUIRE(first.waitForStarted(-1));
    // The first run is at work once the registry sees it.
    CHECK(line() == "connected");

    const ProcessResult second = run(QStringLiteral(RELEASEDECK_BINARY), publish, {},
                                     {{QStringLiteral("HOME"), d.riley.home}, {QStringLiteral("XDG_DATA_HOME"), d.riley.home + QLatin1String("/data")}});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 1);
    CHECK(second.err.startsWith(QStringLiteral("releasedeck: publish: another ReleaseDeck run (process %1 on ").arg(first.processId()).toUtf8()));
    CHECK(second.err.count('\n') == 1);

    // Killed, the first run leaves its lock behind; the next run takes it
    // over and finishes the plan (on the layout registry again).
    first.kill();
    first.waitForFinished(10000);
    silent.kill();
    silent.waitForFinished(10000);
    d.file = layoutFile;
    const ProcessResult done = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")});
    INFO(done.out.toStdString() << done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("published"));
}

TEST_CASE("A lock file that is empty, not a lock's lines, or a FIFO neither blocks forever nor hangs", "[hostile][operations][hang]")
{
    OpsDemo d;
    const QStringList approve{QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok"),
                              QStringLiteral("--dry-run")};
    REQUIRE(d.cli(d.avery, approve).exitCode == 0);
    const QString clones = OpsDemo::dataDir(d.avery) + QLatin1String("/clones");
    const QStringList charts = QDir(clones).entryList({QStringLiteral("charts-*.git")}, QDir::Dirs);
    REQUIRE(charts.size() == 1);
    const QString lock = clones + QLatin1Char('/') + charts.first() + QLatin1String(".lock");
    REQUIRE_FALSE(QFile::exists(lock));

    // Left by something else long ago: taken over.
    for (const QByteArray &content : {QByteArray(), QByteArray("garbage\nno pid here\n"), QByteArray(1 << 20, 'x')}) {
        INFO(content.size());
        writeFile(lock, content);
        QFile f(lock);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime));
        f.close();
        const ProcessResult r = d.cli(d.avery, approve);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK_FALSE(QFile::exists(lock));
    }
    // A FIFO: refused at once, in one line naming it, and left alone.
    REQUIRE(::mkfifo(QFile::encodeName(lock).constData(), 0600) == 0);
    const ProcessResult fifo = d.cli(d.avery, approve);
    INFO(fifo.err.toStdString());
    CHECK_FALSE(fifo.timedOut);
    CHECK(fifo.exitCode == 1);
    CHECK(fifo.err == "releasedeck: approve: " + lock.toUtf8() + " is not a regular file, so it is not ReleaseDeck's lock: remove it, then run this again\n");
}

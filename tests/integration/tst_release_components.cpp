// A release gives every component the version: the OSS tag and images,
// runtime-api's tag and image, the image-loader image the charts
// repository builds. Read back with the git CLI and skopeo; which commit
// each repository releases is worked out here from `git rev-list` and
// skopeo, independently of the plan.
#include "opsdemo.h"

#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>

#include <csignal>

using namespace OpsTest;

namespace {

// The newest commit on the first-parent line of `rev` whose image CI
// built: `sha-<short>` in every one of `images`, as skopeo sees them.
QString newestBuilt(const OpsDemo &d, const QString &repo, const QStringList &images, const QString &rev = QStringLiteral("main"))
{
    for (const QString &commit : git(repo, {QStringLiteral("rev-list"), QStringLiteral("--first-parent"), rev}).split(QLatin1Char('\n'))) {
        const bool built = std::all_of(images.cbegin(), images.cend(), [&](const QString &image) {
            return !d.digest(image, QStringLiteral("sha-") + commit.left(7)).isEmpty();
        });
        if (built)
            return commit;
    }
    return {};
}

// A commit on runtime-api's main, pushed with the git CLI; CI's image of
// it only when `build`.
QString runtimeApiCommit(const OpsDemo &d, const QString &message, bool build)
{
    const QString repo = d.demo + QLatin1String("/repos/runtime-api.git");
    const QString work = d.tmp.path() + QLatin1String("/api-work-") + QString::number(qHash(message));
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), repo, work});
    writeFile(work + QLatin1String("/CHANGES"), message.toUtf8() + '\n');
    git(work, {QStringLiteral("add"), QStringLiteral("CHANGES")});
    git(work, {QStringLiteral("commit"), QStringLiteral("-qm"), message});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    const QString sha = git(work, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    if (build) {
        QString error;
        INFO(error.toStdString());
        REQUIRE(ReleaseDeck::DemoRegistry::pushImage(d.registry, QStringLiteral("openhands/runtime-api"),
                                                     QStringLiteral("sha-") + sha.left(7), QStringLiteral("dev"), sha, &error));
    }
    return sha;
}

// The revision label skopeo reads from an image's config.
QString revisionLabel(const OpsDemo &d, const QString &repository, const QString &tag)
{
    const ProcessResult r = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--config"),
                                                           QStringLiteral("oci:%1/%2:%3").arg(d.registry, repository, tag)});
    return QJsonDocument::fromJson(r.out)
        .object()[QStringLiteral("config")]
        .toObject()[QStringLiteral("Labels")]
        .toObject()[QStringLiteral("org.opencontainers.image.revision")]
        .toString();
}

} // namespace

TEST_CASE("A release gives every component the version: five images and runtime-api's tag, on the commits CI built", "[operations][release][e2e]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    const QString api = d.demo + QLatin1String("/repos/runtime-api.git");
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    // What a release should take, worked out with git and skopeo.
    const QString apiCommit = newestBuilt(d, api, {QStringLiteral("openhands/runtime-api")});
    const QString loaderCommit = newestBuilt(d, d.charts, {QStringLiteral("openhands/image-loader")});
    REQUIRE_FALSE(apiCommit.isEmpty());
    REQUIRE_FALSE(loaderCommit.isEmpty());

    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.0"), monday, QStringLiteral("weekly"), main) == QString());

    // Git: OSS and runtime-api tagged (annotated), nothing in the charts repository.
    CHECK(git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.76.0^{commit}")}) == main);
    CHECK(git(api, {QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("refs/tags/runtime-api/0.76.0")}) == QLatin1String("tag"));
    CHECK(git(api, {QStringLiteral("rev-parse"), QStringLiteral("runtime-api/0.76.0^{commit}")}) == apiCommit);
    CHECK(git(d.charts, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("*0.76.0*")}).isEmpty());

    // Registry: every image has the version, the very image CI built from its commit.
    const QList<std::tuple<QString, QString, QString, QString>> images{
        {QStringLiteral("openhands"), QStringLiteral("openhands/openhands"), QStringLiteral("0.76.0"), main},
        {QStringLiteral("runtime"), QStringLiteral("openhands/runtime"), QStringLiteral("0.76.0-nikolaik"), main},
        {QStringLiteral("enterprise-server"), QStringLiteral("openhands/enterprise-server"), QStringLiteral("0.76.0"), main},
        {QStringLiteral("runtime-api"), QStringLiteral("openhands/runtime-api"), QStringLiteral("0.76.0"), apiCommit},
        {QStringLiteral("image-loader"), QStringLiteral("openhands/image-loader"), QStringLiteral("0.76.0"), loaderCommit},
    };
    const QJsonObject entry = d.entry(QStringLiteral("0.76.0"));
    for (const auto &[component, repository, tag, commit] : images) {
        INFO(repository.toStdString());
        const QString built = d.digest(repository, QStringLiteral("sha-") + commit.left(7));
        REQUIRE_FALSE(built.isEmpty());
        CHECK(d.digest(repository, tag) == built);
        CHECK(revisionLabel(d, repository, tag) == commit);
        CHECK(entry[QStringLiteral("images")].toObject()[component].toString() == built);
    }
    // The manifest names each other repository's commit.
    const QJsonObject commits = entry[QStringLiteral("commits")].toObject();
    CHECK(commits[QStringLiteral("runtime-api")].toString() == apiCommit);
    CHECK(commits[QStringLiteral("charts")].toString() == loaderCommit);
    CHECK(commits.size() == 2);
    CHECK(entry[QStringLiteral("ossCommit")].toString() == main);
}

TEST_CASE("release --commit runtime-api=REV takes that commit, and stops naming runtime-api when CI has not built it", "[operations][release]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    const QString api = d.demo + QLatin1String("/repos/runtime-api.git");
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    const QString unbuilt = runtimeApiCommit(d, QStringLiteral("Not built yet"), false);

    OperationRequest r;
    r.kind = Kind::Release;
    r.version = *Version::parse(QStringLiteral("0.76.0"));
    r.commit = main;
    QString error;
    SECTION("the default is the newest commit CI built, not main's unbuilt tip")
    {
        auto op = d.prepare(d.riley, r, monday, &error);
        INFO(error.toStdString());
        REQUIRE(op);
        REQUIRE(op->run(nullptr).completed);
        CHECK(git(api, {QStringLiteral("rev-parse"), QStringLiteral("runtime-api/0.76.0^{commit}")})
              == git(api, {QStringLiteral("rev-parse"), unbuilt + QLatin1String("^")}));
    }
    SECTION("a commit CI has not built stops the plan, naming the component; nothing is tagged")
    {
        r.componentCommits.insert(QStringLiteral("runtime-api"), unbuilt.left(10));
        CHECK_FALSE(d.prepare(d.riley, r, monday, &error));
        CHECK(error.startsWith(QLatin1String("runtime-api: no ghcr.io/openhands/runtime-api image built from ") + unbuilt.left(12)));
        CHECK(git(d.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}).isEmpty());
        CHECK(git(api, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("runtime-api/0.76.0")}).isEmpty());
    }
    SECTION("once CI built it, it is released from that commit, also through the command line")
    {
        const QString built = runtimeApiCommit(d, QStringLiteral("Built"), true);
        // A newer build too: what is asked for wins over the newest.
        runtimeApiCommit(d, QStringLiteral("Built later"), true);
        const ProcessResult cli = d.cli(d.riley, {QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"), main,
                                                  QStringLiteral("--commit"), QStringLiteral("runtime-api=") + built.left(9)});
        INFO(cli.err.toStdString());
        REQUIRE(cli.exitCode == 0);
        CHECK(cli.out.contains("Tag runtime-api/0.76.0 on " + built.left(12).toUtf8()));
        CHECK(git(api, {QStringLiteral("rev-parse"), QStringLiteral("runtime-api/0.76.0^{commit}")}) == built);
        CHECK(d.digest(QStringLiteral("openhands/runtime-api"), QStringLiteral("0.76.0"))
              == d.digest(QStringLiteral("openhands/runtime-api"), QStringLiteral("sha-") + built.left(7)));
        CHECK(d.entry(QStringLiteral("0.76.0"))[QStringLiteral("commits")].toObject()[QStringLiteral("runtime-api")].toString() == built);
    }
    SECTION("--commit for something that builds no image, or two commits for one repository, is refused")
    {
        r.componentCommits.insert(QStringLiteral("docs-proxy"), QStringLiteral("abc1234"));
        CHECK_FALSE(d.prepare(d.riley, r, monday, &error));
        CHECK(error == QLatin1String("--commit docs-proxy=abc1234: no image component or repository that builds images is called docs-proxy"));
        r.componentCommits.clear();
        r.componentCommits.insert(QStringLiteral("openhands"), unbuilt);
        CHECK_FALSE(d.prepare(d.riley, r, monday, &error));
        CHECK(error.startsWith(QLatin1String("--commit openhands=") + unbuilt + QLatin1String(": openhands is built from oss")));
        const ProcessResult twice = d.cli(d.riley, {QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"), main,
                                                    QStringLiteral("--commit"), main, QStringLiteral("--dry-run")});
        CHECK(twice.exitCode == 2);
        CHECK(twice.err.startsWith("releasedeck: release: --commit REV is given 2 times"));
    }
}

TEST_CASE("A release resumed after a kill keeps the commits it chose, though CI built a newer one meanwhile", "[operations][release][kill]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    const QString api = d.demo + QLatin1String("/repos/runtime-api.git");
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    const QString before = git(api, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    // Killed with the tag made in the clone only, or pushed too.
    const QString at = GENERATE(QStringLiteral("tag-runtime-api:done"), QStringLiteral("push-tag-runtime-api:done"),
                                QStringLiteral("image-runtime-api:done"));
    INFO(at.toStdString());
    const ProcessResult killed = d.cli(d.riley, {QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"), main},
                                       {{QStringLiteral("RELEASEDECK_KILL_AT"), at}});
    REQUIRE(killed.killedBy(SIGKILL));

    // CI builds a new runtime-api commit before the release manager runs it again.
    const QString newer = runtimeApiCommit(d, QStringLiteral("Newer"), true);
    if (at == QLatin1String("tag-runtime-api:done")) {
        // Asked for the newer commit, the run says the tag is the interrupted
        // run's own, and how to go on.
        const ProcessResult other = d.cli(d.riley, {QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"), main,
                                                    QStringLiteral("--commit"), QStringLiteral("runtime-api=") + newer});
        CHECK(other.exitCode == 1);
        CHECK(other.err == QStringLiteral("releasedeck: release: runtime-api/0.76.0 is tagged on %1 by an interrupted run, not pushed "
                                          "yet: resume it, or undo it with --rollback before releasing %2\n")
                               .arg(before.left(12), newer.left(12))
                               .toUtf8());
    }
    const ProcessResult again = d.cli(d.riley, {QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"), main});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(git(api, {QStringLiteral("rev-parse"), QStringLiteral("runtime-api/0.76.0^{commit}")}) == before);
    CHECK(d.entry(QStringLiteral("0.76.0"))[QStringLiteral("commits")].toObject()[QStringLiteral("runtime-api")].toString() == before);
    CHECK(d.digest(QStringLiteral("openhands/runtime-api"), QStringLiteral("0.76.0"))
          == d.digest(QStringLiteral("openhands/runtime-api"), QStringLiteral("sha-") + before.left(7)));
}

namespace {

// Removes a tag from the demo's OCI layout, as a registry clean-up would:
// the index entry goes, the blobs stay.
void untag(const OpsDemo &d, const QString &repository, const QString &tag)
{
    const QString index = QStringLiteral("%1/%2/index.json").arg(d.registry, repository);
    const ProcessResult r = run(QStringLiteral("python3"),
                                {QStringLiteral("-c"),
                                 QStringLiteral("import json,sys\n"
                                                "p, tag = sys.argv[1], sys.argv[2]\n"
                                                "d = json.load(open(p))\n"
                                                "n = len(d['manifests'])\n"
                                                "d['manifests'] = [m for m in d['manifests'] if m.get('annotations', {}).get('org.opencontainers.image.ref.name') != tag]\n"
                                                "assert len(d['manifests']) == n - 1\n"
                                                "json.dump(d, open(p, 'w'))\n"),
                                 index, tag});
    REQUIRE(r.exitCode == 0);
    REQUIRE(d.digest(repository, tag).isEmpty());
}

OperationRequest publishRequest()
{
    OperationRequest r;
    r.kind = Kind::Publish;
    r.early = QStringLiteral("the test publishes early");
    return r;
}

} // namespace

TEST_CASE("Publish refuses while an image its charts deploy is missing or built from another commit, naming it", "[operations][registry-gate]")
{
    OpsDemo d;
    const QDateTime now = d.due(QStringLiteral("0.75.0")).addDays(-1);
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), now, QStringLiteral("a week on SaaS")) == QString());
    const QString before = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    QString error;

    SECTION("an image deleted from the registry")
    {
        untag(d, QStringLiteral("openhands/runtime-api"), QStringLiteral("0.75.0"));
        CHECK_FALSE(d.prepare(d.riley, publishRequest(), now, &error));
        INFO(error.toStdString());
        CHECK(error.startsWith(QLatin1String("the registry does not hold what 0.75.0 deploys: ghcr.io/openhands/runtime-api:0.75.0 is not in registry 'local'")));
        CHECK(error.contains(QLatin1String("deployed by charts/")));
    }
    SECTION("an image of that tag built from another commit than the version names")
    {
        const QString other = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.74.0^{commit}")});
        untag(d, QStringLiteral("openhands/enterprise-server"), QStringLiteral("0.75.0"));
        QString pushError;
        REQUIRE(ReleaseDeck::DemoRegistry::pushImage(d.registry, QStringLiteral("openhands/enterprise-server"), QStringLiteral("0.75.0"),
                                                     QStringLiteral("0.75.0"), other, &pushError));
        CHECK_FALSE(d.prepare(d.riley, publishRequest(), now, &error));
        const QString expected = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.75.0^{commit}")});
        CHECK(error.contains(QStringLiteral("ghcr.io/openhands/enterprise-server:0.75.0: built from %1, but the manifest's ossCommit for 0.75.0 is at %2")
                                 .arg(other.left(12), expected.left(12))));
    }
    SECTION("an image that goes between the plan and its run stops it at the first step, before anything is pushed")
    {
        auto op = d.prepare(d.riley, publishRequest(), now, &error);
        INFO(error.toStdString());
        REQUIRE(op);
        REQUIRE(op->plan().steps.first().id == QLatin1String("registry-check"));
        CHECK(op->plan().steps.first().title.startsWith(QLatin1String("Check the registry: 4 of 4 images")));
        untag(d, QStringLiteral("openhands/image-loader"), QStringLiteral("0.75.0"));
        const PlanResult result = op->run(nullptr);
        CHECK_FALSE(result.completed);
        CHECK(result.failedStep == QLatin1String("registry-check"));
        CHECK(result.error.startsWith(QLatin1String("ghcr.io/openhands/image-loader:0.75.0 is not in registry 'local'")));
        CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
    }
    // Nothing was published or committed.
    CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
}

TEST_CASE("Stage and approve show the registry check first and warn of what publish would refuse", "[operations][registry-gate]")
{
    OpsDemo d;
    const QDateTime monday = d.due(QStringLiteral("0.75.0"));
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), monday.addDays(-1), QStringLiteral("ok")) == QString());
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    REQUIRE(d.perform(d.riley, Kind::Release, QStringLiteral("0.76.0"), monday, {}, main) == QString());
    REQUIRE(d.perform(d.riley, Kind::Publish, QString(), monday) == QString());
    untag(d, QStringLiteral("openhands/runtime"), QStringLiteral("0.76.0-nikolaik"));

    OperationRequest stage;
    stage.kind = Kind::Stage;
    stage.version = *Version::parse(QStringLiteral("0.76.0"));
    QString error;
    auto op = d.prepare(d.riley, stage, monday, &error);
    INFO(error.toStdString());
    REQUIRE(op);
    // The images the staged charts will deploy: the new tags, not the old.
    CHECK(op->plan().steps.first().id == QLatin1String("registry-check"));
    CHECK(op->plan().steps.first().detail.contains(QLatin1String("image ghcr.io/openhands/enterprise-server:0.76.0: present")));
    CHECK(op->plan().steps.first().detail.contains(QLatin1String("image ghcr.io/openhands/runtime:0.76.0-nikolaik: missing")));
    CHECK(op->plan().warnings.filter(QLatin1String("registry: ghcr.io/openhands/runtime:0.76.0-nikolaik is not in registry 'local'")).size() == 1);
    REQUIRE(op->run(nullptr).completed);
    CHECK(d.state(QStringLiteral("0.76.0")) == QLatin1String("staged"));

    // The command line shows the same at approve.
    const ProcessResult approve = d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.76.0"), QStringLiteral("--note"),
                                                  QStringLiteral("ok"), QStringLiteral("--dry-run")});
    INFO(approve.err.toStdString());
    REQUIRE(approve.exitCode == 0);
    CHECK(approve.out.contains("1. Check the registry: 3 of 4 images the charts deploy"));
    CHECK(approve.out.contains("registry: ghcr.io/openhands/runtime:0.76.0-nikolaik is not in registry 'local'"));
}

TEST_CASE("The command line asks before it runs a plan, refuses without a terminal, and says what it made", "[operations][cli]")
{
    OpsDemo d;
    const QString main = git(d.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    const QStringList release{QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"), main};
    auto tags = [&] { return git(d.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}); };
    auto environment = [&] {
        return QMap<QString, QString>{{QStringLiteral("HOME"), d.riley.home},
                                      {QStringLiteral("XDG_DATA_HOME"), d.riley.home + QLatin1String("/data")}};
    };

    // No terminal (a pipe) and no --yes: one line, nothing done.
    const ProcessResult piped = run(QStringLiteral(RELEASEDECK_BINARY), release + QStringList{QStringLiteral("-w"), d.file}, {},
                                    environment());
    CHECK(piped.exitCode == 2);
    CHECK(piped.err == "releasedeck: release: not run: no terminal to confirm on; give --yes to run the plan above\n");
    CHECK(piped.out.contains("Release 0.76.0 from oss"));
    CHECK(tags().isEmpty());

    // A terminal (script(1) gives one): "n" runs nothing, "y" runs it.
    const QString command = QStringList{QStringLiteral(RELEASEDECK_BINARY)}.join(QLatin1Char(' ')) + QLatin1Char(' ')
                            + (release + QStringList{QStringLiteral("-w"), d.file}).join(QLatin1Char(' '));
    auto onTerminal = [&](const QByteArray &answer) {
        return run(QStringLiteral("sh"), {QStringLiteral("-c"),
                                          QStringLiteral("printf '%1' | script -qec \"$0\" /dev/null").arg(QString::fromLatin1(answer)),
                                          command},
                   {}, environment());
    };
    const ProcessResult no = onTerminal("n\\n");
    INFO(no.out.toStdString());
    // As many steps as the plan printed lists.
    const qsizetype steps = QString::fromUtf8(piped.out).split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^\\d+\\. "))).size();
    REQUIRE(steps > 5);
    CHECK(no.out.contains(QStringLiteral("Run these %1 steps? [y/N]").arg(steps).toUtf8()));
    CHECK(no.out.contains("Not run: nothing was changed."));
    CHECK(tags().isEmpty());

    const ProcessResult yes = onTerminal("y\\n");
    INFO(yes.out.toStdString() << yes.err.toStdString());
    CHECK(yes.out.contains("Done: Release 0.76.0 from oss"));
    REQUIRE(tags() == QLatin1String("0.76.0"));

    // "Done:" names what was made, each read back with git and skopeo.
    const QString out = QString::fromUtf8(yes.out).remove(QLatin1Char('\r'));
    const QString apiRepo = d.demo + QLatin1String("/repos/runtime-api.git");
    const QString api = git(apiRepo, {QStringLiteral("rev-parse"), QStringLiteral("runtime-api/0.76.0^{commit}")});
    const QString manifestCommit = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    CHECK(out.contains(QStringLiteral("made tag 0.76.0 at %1 on ").arg(main.left(12))));
    CHECK(out.contains(QStringLiteral("made tag runtime-api/0.76.0 at %1 on ").arg(api.left(12))));
    CHECK(out.contains(QStringLiteral("made commit %1 on ").arg(manifestCommit.left(12))));
    for (const char *image : {"ghcr.io/openhands/openhands:0.76.0", "ghcr.io/openhands/runtime:0.76.0-nikolaik",
                              "ghcr.io/openhands/enterprise-server:0.76.0", "ghcr.io/openhands/runtime-api:0.76.0",
                              "ghcr.io/openhands/image-loader:0.76.0"}) {
        INFO(image);
        CHECK(out.contains(QStringLiteral("made image ") + QLatin1String(image)));
        const QString name = QString::fromLatin1(image).section(QLatin1Char('/'), 1);
        CHECK_FALSE(d.digest(name.section(QLatin1Char(':'), 0, 0), name.section(QLatin1Char(':'), 1)).isEmpty());
    }
    // Not the commit the run started from.
    CHECK_FALSE(out.contains(QStringLiteral("Done: ") + main.left(12)));

    // Again, with --yes and no terminal: refused in one line, it is released.
    const ProcessResult again = d.cli(d.riley, release);
    CHECK(again.exitCode == 1);
    CHECK(again.err.startsWith("releasedeck: release: 0.76.0 is released already: SaaS shipped it "));
}

TEST_CASE("status tells the pipeline today as the manifest and the registry have it", "[operations][cli][status]")
{
    OpsDemo d;
    // What the demo's manifest says, read with PyYAML.
    QString pending;
    QString published;
    for (const QJsonValue &v : d.manifest()) {
        const QJsonObject e = v.toObject();
        const QString state = e[QStringLiteral("enterprise")].toObject()[QStringLiteral("state")].toString();
        if (state == QLatin1String("staged") || state == QLatin1String("approved"))
            pending = e[QStringLiteral("version")].toString();
        if (state == QLatin1String("published"))
            published = e[QStringLiteral("version")].toString();
    }
    REQUIRE_FALSE(pending.isEmpty());
    const ProcessResult json = d.cli(d.riley, {QStringLiteral("status"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    const QJsonObject p = o[QStringLiteral("pending")].toObject();
    CHECK(p[QStringLiteral("version")].toString() == pending);
    CHECK(p[QStringLiteral("state")].toString() == QLatin1String("staged"));
    CHECK(QDateTime::fromString(p[QStringLiteral("due")].toString(), Qt::ISODate) == d.due(pending));
    CHECK(QRegularExpression(QStringLiteral("^due \\w{3} \\d{1,2} \\w{3}( \\d{4})? \\d\\d:\\d\\d UTC, (in .+|.+ ago)$"))
              .match(p[QStringLiteral("countdown")].toString())
              .hasMatch());
    CHECK(p[QStringLiteral("blockers")].toArray().contains(QStringLiteral("approval: another release manager approves it first")));
    CHECK(o[QStringLiteral("registryChecked")].toBool());
    // Problems newest first, as the text lists them.
    QList<QVersionNumber> troubled;
    for (const QJsonValue &v : o[QStringLiteral("problems")].toArray())
        troubled.append(QVersionNumber::fromString(v.toObject()[QStringLiteral("version")].toString()));
    REQUIRE(troubled.size() >= 2);
    CHECK(std::is_sorted(troubled.crbegin(), troubled.crend()));
    // The newest published: the highest version with a chart release tag, as git lists them.
    const QStringList chartTags = git(d.charts, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/*"),
                                                 QStringLiteral("--sort=-v:refname")})
                                      .split(QLatin1Char('\n'));
    CHECK(o[QStringLiteral("lastPublished")].toObject()[QStringLiteral("version")].toString()
          == chartTags.first().section(QLatin1Char('/'), 1).section(QLatin1String("-fix"), 0, 0));

    // An image of the pending release gone: status names it as a blocker.
    untag(d, QStringLiteral("openhands/runtime-api"), pending);
    const ProcessResult text = d.cli(d.riley, {QStringLiteral("status")});
    INFO(text.out.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Pending    %1, staged, due ").arg(pending).toUtf8()));
    CHECK(text.out.contains(QStringLiteral("registry: ghcr.io/openhands/runtime-api:%1 is missing").arg(pending).toUtf8()));
    CHECK(text.out.contains("Blocked by approval: another release manager approves it first"));
    // Offline: the registry's part is unknown, and said to be.
    const ProcessResult offline = d.cli(d.riley, {QStringLiteral("status"), QStringLiteral("--no-registry")});
    CHECK(offline.out.contains("registry: not checked (--no-registry)"));
}

// `releasedeck stage` end to end on the demo: the real binary, its clone of
// the charts repository, pushes to a bare remote and a git daemon. What it
// did is read back with the git CLI and PyYAML.
#include "testsupport.h"

#include "gitdaemon.h"

#include <csignal>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace TestSupport;

namespace {

struct Stage
{
    QTemporaryDir tmp;
    QString demo;
    QString file;
    QString charts;
    QString oss;
    QString home;

    Stage()
    {
        demo = tmp.path() + QLatin1String("/demo");
        const ProcessResult init = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("demo"), QStringLiteral("init"), demo});
        REQUIRE(init.exitCode == 0);
        file = demo + QLatin1String("/releasedeck.yaml");
        charts = demo + QLatin1String("/repos/charts.git");
        oss = demo + QLatin1String("/repos/oss.git");
        home = tmp.path() + QLatin1String("/home");
        // Plans record who made them: git config's identity, as libgit2 reads it.
        writeFile(home + QLatin1String("/.gitconfig"), "[user]\n\tname = Riley Release\n\temail = riley@example.com\n");
    }

    ProcessResult stage(const QStringList &args) const
    {
        return run(QStringLiteral(RELEASEDECK_BINARY),
                   QStringList{QStringLiteral("stage")} + args + QStringList{QStringLiteral("-w"), file, QStringLiteral("--yes")},
                   {}, {{QStringLiteral("HOME"), home}, {QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data")}});
    }

    // The weekly flow before a stage: 0.75.0 published (as a colleague's
    // commit to the manifest), OSS tags 0.76.0.
    void publishAndTag() const
    {
        const QString work = tmp.path() + QLatin1String("/work");
        git(tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), charts, work});
        QFile f(work + QLatin1String("/releases.yaml"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const int at = text.indexOf("version: 0.75.0");
        REQUIRE(at > 0);
        text.replace(text.indexOf("state: staged", at), 13, "state: published");
        writeFile(work + QLatin1String("/releases.yaml"), text);
        git(work, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Publish 0.75.0")});
        git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
        git(oss, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("0.76.0"), QStringLiteral("-m"), QStringLiteral("Release 0.76.0"),
                  QStringLiteral("main")});
    }

    // Makes plans reach `repo` (oss.git, charts.git) over the daemon, whose
    // pre-receive hook refuses every push with `refusal`; returns the hook.
    QString refusePushesThrough(const GitDaemon &daemon, const QString &repo, const QByteArray &refusal) const
    {
        const QString hook = demo + QLatin1String("/repos/") + repo + QLatin1String("/hooks/pre-receive");
        writeFile(hook, "#!/bin/sh\necho '" + refusal + "' >&2\nexit 1\n");
        QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile ws(file);
        REQUIRE(ws.open(QIODevice::ReadOnly));
        QByteArray text = ws.readAll();
        ws.close();
        const QByteArray path = "    path: repos/" + repo.toUtf8() + "\n";
        REQUIRE(text.contains(path));
        text.replace(path, path + "    remote: " + daemon.url(repo).toUtf8() + "\n");
        writeFile(file, text);
        return hook;
    }

    QStringList journals() const
    {
        QStringList out;
        QDirIterator it(home + QLatin1String("/data/ReleaseDeck/ReleaseDeck/journal"), {QStringLiteral("*.jsonl")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
        return out;
    }
};

QSet<QString> grepFiles(const QString &repo, const QString &rev, const QString &text)
{
    QSet<QString> out;
    for (const QString &line : git(repo, {QStringLiteral("grep"), QStringLiteral("-l"), text, rev, QStringLiteral("--"),
                                          QStringLiteral("charts/")})
                                   .split(QLatin1Char('\n')))
        out.insert(line.section(QLatin1Char(':'), 1));
    return out;
}

} // namespace

TEST_CASE("stage refuses what makes no sense, in one line, and changes nothing", "[stage][cli][badinput]")
{
    Stage s;
    const QString before = git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    struct Case
    {
        QString version;
        QString message;
    };
    for (const Case &c : {Case{QStringLiteral("0.75.0"), QStringLiteral("releasedeck: stage: 0.75.0 is already in the release manifest as staged")},
                          Case{QStringLiteral("0.76.0"), QStringLiteral("releasedeck: stage: 0.76.0 is not released: OSS has no tag for it")},
                          Case{QStringLiteral("banana"), QStringLiteral("releasedeck: stage: 'banana' is not a version: ")}}) {
        const ProcessResult r = s.stage({c.version});
        INFO(r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).startsWith(c.message));
        CHECK(r.err.count('\n') == 1);
    }
    // With 0.76.0 tagged but 0.75.0 still staged: publish first.
    git(s.oss, {QStringLiteral("tag"), QStringLiteral("0.76.0"), QStringLiteral("main")});
    const ProcessResult pending = s.stage({QStringLiteral("0.76.0")});
    CHECK(QString::fromUtf8(pending.err).trimmed()
          == QLatin1String("releasedeck: stage: 0.75.0 is staged and not yet published: publish it first, or re-stage it as 0.76.0"));
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);
    CHECK(s.journals().isEmpty());
}

TEST_CASE("stage shows its plan, then commits exactly the version lines and the manifest, as git and PyYAML read them", "[stage][cli]")
{
    Stage s;
    s.publishAndTag();
    const QString before = git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    const ProcessResult dry = s.stage({QStringLiteral("0.76.0"), QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.startsWith("Stage 0.76.0 for Enterprise on charts (main at " + before.left(12).toUtf8() + ")\n"));
    CHECK(dry.out.contains("\n1. Check the registry: "));
    CHECK(dry.out.contains("3. Push it to file://"));
    // The image-loader's preload list moves to the new runtime with the rest.
    CHECK(dry.out.contains("+   - ghcr.io/openhands/runtime:0.76.0-nikolaik"));
    CHECK_FALSE(dry.out.contains("still names 0.75.0"));
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);
    CHECK(s.journals().isEmpty());

    const ProcessResult done = s.stage({QStringLiteral("0.76.0"), QStringLiteral("--note"), QStringLiteral("weekly release")});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains("\nDone: Stage 0.76.0 for Enterprise"));
    const QString after = git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main^")}) == before);
    // "Done:" names the commit it made, not the tip it started from.
    CHECK(done.out.contains(QStringLiteral("  made commit %1 on ").arg(after.left(12)).toUtf8()));
    CHECK_FALSE(done.out.mid(done.out.indexOf("\nDone:")).contains(before.left(12).toUtf8()));
    CHECK(git(s.charts, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>|%s"), QStringLiteral("main")})
          == QLatin1String("Riley Release <riley@example.com>|Stage Enterprise charts 0.76.0"));
    // The files it changed: those git grep finds naming 0.75.0, and the manifest.
    QSet<QString> changed;
    for (const QString &f : git(s.charts, {QStringLiteral("diff"), QStringLiteral("--name-only"), before, after}).split(QLatin1Char('\n')))
        changed.insert(f);
    QSet<QString> expected = grepFiles(s.charts, before, QStringLiteral("0.75.0"));
    expected.insert(QStringLiteral("releases.yaml"));
    CHECK(changed == expected);
    // Every changed chart line is the same line with the new version.
    const QString diff = git(s.charts, {QStringLiteral("diff"), QStringLiteral("-U0"), before, after, QStringLiteral("--"), QStringLiteral("charts/")});
    QStringList removed, added;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("-")) && !line.startsWith(QLatin1String("---")))
            removed.append(line.mid(1));
        if (line.startsWith(QLatin1String("+")) && !line.startsWith(QLatin1String("+++")))
            added.append(line.mid(1));
    }
    REQUIRE(removed.size() == added.size());
    for (int i = 0; i < removed.size(); ++i)
        CHECK(QString(removed[i]).replace(QLatin1String("0.75.0"), QLatin1String("0.76.0")) == added[i]);

    // The manifest, as PyYAML reads it: 0.76.0 staged, due a week after its
    // OSS tag (the SaaS date), the stage in its audit trail.
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/r.yaml"), git(s.charts, {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}).toUtf8());
    const ProcessResult py = run(QStringLiteral("python3"),
                                 {QStringLiteral("-c"), QStringLiteral("import json,sys,yaml;"
                                                                       "d=yaml.load(open(sys.argv[1]),Loader=yaml.BaseLoader);"
                                                                       "print(json.dumps(d['releases'][-1]))"),
                                  tmp.path() + QLatin1String("/r.yaml")});
    const QJsonObject entry = QJsonDocument::fromJson(py.out).object();
    CHECK(entry[QStringLiteral("version")] == QJsonValue(QStringLiteral("0.76.0")));
    CHECK(entry[QStringLiteral("ossCommit")].toString() == git(s.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.76.0^{commit}")}));
    CHECK(entry[QStringLiteral("enterprise")].toObject()[QStringLiteral("state")] == QJsonValue(QStringLiteral("staged")));
    const QDateTime tagged = QDateTime::fromSecsSinceEpoch(
        git(s.oss, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(taggerdate:unix)"), QStringLiteral("refs/tags/0.76.0")}).toLongLong(),
        Qt::UTC);
    CHECK(QDateTime::fromString(entry[QStringLiteral("enterprise")].toObject()[QStringLiteral("due")].toString(), Qt::ISODate)
          == tagged.addDays(7));
    const QJsonArray audit = entry[QStringLiteral("audit")].toArray();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].toObject()[QStringLiteral("action")] == QJsonValue(QStringLiteral("stage")));
    CHECK(audit[0].toObject()[QStringLiteral("by")] == QJsonValue(QStringLiteral("Riley Release <riley@example.com>")));
    CHECK(audit[0].toObject()[QStringLiteral("note")] == QJsonValue(QStringLiteral("weekly release")));

    // Again: it is staged now, and nothing changes.
    const ProcessResult again = s.stage({QStringLiteral("0.76.0")});
    CHECK(again.exitCode != 0);
    CHECK(QString::fromUtf8(again.err).contains(QLatin1String("already in the release manifest as staged")));
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == after);
}

TEST_CASE("A stage whose push was refused resumes from its journal and pushes the same commit once", "[stage][cli][fault]")
{
    Stage s;
    s.publishAndTag();
    // The charts remote over git://, with a hook that refuses the first push.
    GitDaemon daemon(s.demo + QLatin1String("/repos"));
    REQUIRE(daemon.isRunning());
    const QString hook = s.refusePushesThrough(daemon, QStringLiteral("charts.git"), "maintenance: try again later");
    const QString before = git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    const ProcessResult refused = s.stage({QStringLiteral("0.76.0")});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode != 0);
    CHECK(QString::fromUtf8(refused.err).startsWith(QLatin1String("releasedeck: stage: step 'push' failed: ")));
    CHECK(QString::fromUtf8(refused.err).contains(QLatin1String("run the same command again to resume")));
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);
    const QStringList journals = s.journals();
    REQUIRE(journals.size() == 1);
    QFile j(journals.first());
    REQUIRE(j.open(QIODevice::ReadOnly));
    QString commit;
    for (const QByteArray &line : j.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o[QStringLiteral("step")] == QJsonValue(QStringLiteral("commit")) && o[QStringLiteral("event")] == QJsonValue(QStringLiteral("done")))
            commit = o[QStringLiteral("outputs")].toObject()[QStringLiteral("commit")].toString();
    }
    REQUIRE(commit.size() == 40);

    // The remote takes pushes again; the same command resumes.
    QFile::remove(hook);
    const ProcessResult resumed = s.stage({QStringLiteral("0.76.0")});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    // The commit the first run made, not a second one.
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == commit);
    CHECK(git(s.charts, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QLatin1String("..main")}) == QLatin1String("1"));
}

TEST_CASE("approve: another release manager approves the staged version, with a note, once", "[stage][approve][cli]")
{
    Stage s;
    s.publishAndTag();
    REQUIRE(s.stage({QStringLiteral("0.76.0")}).exitCode == 0); // staged by Riley
    const QString staged = git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    auto approve = [&](const QString &home, const QStringList &args) {
        return run(QStringLiteral(RELEASEDECK_BINARY),
                   QStringList{QStringLiteral("approve"), QStringLiteral("0.76.0"), QStringLiteral("-w"), s.file, QStringLiteral("--yes")} + args, {},
                   {{QStringLiteral("HOME"), home}, {QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data")}});
    };
    // The one who staged it may not approve it, and a note is needed.
    const ProcessResult self = approve(s.home, {QStringLiteral("--note"), QStringLiteral("looks fine")});
    CHECK(QString::fromUtf8(self.err).trimmed()
          == QLatin1String("releasedeck: approve: Riley Release <riley@example.com> staged 0.76.0: another release manager "
                           "approves it (policy.selfApproval allows it)"));
    const QString avery = s.tmp.path() + QLatin1String("/avery");
    writeFile(avery + QLatin1String("/.gitconfig"), "[user]\n\tname = Avery Approver\n\temail = avery@example.com\n");
    const ProcessResult noNote = approve(avery, {});
    CHECK(QString::fromUtf8(noNote.err).trimmed()
          == QLatin1String("releasedeck: approve: approving 0.76.0 needs a note: what was validated on SaaS"));
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == staged);

    const ProcessResult ok = approve(avery, {QStringLiteral("--note"), QStringLiteral("a week on SaaS, no regressions")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains("\nDone: Approve 0.76.0 for Enterprise"));
    // One commit by Avery, changing releases.yaml only: the state line and the audit lines.
    CHECK(git(s.charts, {QStringLiteral("rev-parse"), QStringLiteral("main^")}) == staged);
    CHECK(git(s.charts, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%s"), QStringLiteral("main")})
          == QLatin1String("Avery Approver|Approve 0.76.0"));
    CHECK(git(s.charts, {QStringLiteral("diff"), QStringLiteral("--name-only"), staged, QStringLiteral("main")})
          == QLatin1String("releases.yaml"));
    const QString diff = git(s.charts, {QStringLiteral("diff"), QStringLiteral("-U0"), staged, QStringLiteral("main")});
    CHECK(diff.contains(QLatin1String("-      state: staged\n+      state: approved")));
    const QJsonArray releases = readWithPyYaml(git(s.charts, {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}).toUtf8(), false)
                                    .toObject()[QStringLiteral("releases")].toArray();
    const QJsonObject last = releases.last().toObject();
    CHECK(last[QStringLiteral("enterprise")].toObject()[QStringLiteral("state")] == QJsonValue(QStringLiteral("approved")));
    const QJsonArray audit = last[QStringLiteral("audit")].toArray();
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].toObject()[QStringLiteral("action")] == QJsonValue(QStringLiteral("approve")));
    CHECK(audit[1].toObject()[QStringLiteral("by")] == QJsonValue(QStringLiteral("Avery Approver <avery@example.com>")));
    CHECK(audit[1].toObject()[QStringLiteral("note")] == QJsonValue(QStringLiteral("a week on SaaS, no regressions")));

    // Approving again: it is approved, not staged.
    const ProcessResult again = approve(avery, {QStringLiteral("--note"), QStringLiteral("again")});
    CHECK(QString::fromUtf8(again.err).trimmed()
          == QLatin1String("releasedeck: approve: 0.76.0 is approved, not staged: only a staged release is approved"));
}

TEST_CASE("release: a tag push the remote refused is rolled back from the clone, and once pushed rollback is refused", "[release][cli][rollback]")
{
    Stage s;
    GitDaemon daemon(s.demo + QLatin1String("/repos"));
    REQUIRE(daemon.isRunning());
    const QString hook = s.refusePushesThrough(daemon, QStringLiteral("oss.git"), "tags are frozen");
    auto release = [&](const QStringList &more, const QMap<QString, QString> &env = {}) {
        QMap<QString, QString> all{{QStringLiteral("HOME"), s.home}, {QStringLiteral("XDG_DATA_HOME"), s.home + QLatin1String("/data")}};
        all.insert(env);
        return run(QStringLiteral(RELEASEDECK_BINARY),
                   QStringList{QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("--commit"), QStringLiteral("main"),
                               QStringLiteral("-w"), s.file, QStringLiteral("--yes")} + more, {}, all);
    };
    const ProcessResult refused = release({});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith("releasedeck: release: step 'push-tag' failed: "));
    CHECK(refused.err.contains("or with --rollback to undo its local steps"));
    // The annotated tag is in ReleaseDeck's clone only.
    QDir clones(s.home + QLatin1String("/data/ReleaseDeck/ReleaseDeck/clones"));
    const QStringList oss = clones.entryList({QStringLiteral("oss-*")}, QDir::Dirs);
    REQUIRE(oss.size() == 1);
    const QString clone = clones.filePath(oss.first());
    CHECK(git(clone, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}) == QLatin1String("0.76.0"));
    CHECK(git(s.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}).isEmpty());

    const ProcessResult undone = release({QStringLiteral("--rollback")});
    INFO(undone.err.toStdString());
    CHECK(undone.exitCode == 0);
    CHECK(undone.out.startsWith("Rolled back: Release 0.76.0 from oss "));
    CHECK(git(clone, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}).isEmpty());
    const ProcessResult again = release({QStringLiteral("--rollback")});
    CHECK(QString::fromUtf8(again.err).trimmed().endsWith(QLatin1String("has not been started: there is nothing to roll back")));

    // With the remote open, a run killed once the tag is pushed cannot be rolled back.
    QFile::remove(hook);
    const ProcessResult killed = release({}, {{QStringLiteral("RELEASEDECK_KILL_AT"), QStringLiteral("push-tag:done")}});
    CHECK(killed.killedBy(SIGKILL));
    CHECK_FALSE(killed.out.contains("Resuming"));
    CHECK(git(s.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}) == QLatin1String("0.76.0"));
    const ProcessResult late = release({QStringLiteral("--rollback")});
    CHECK(QString::fromUtf8(late.err).trimmed()
          == QStringLiteral("releasedeck: release: 'Push tag 0.76.0 to %1' has finished and left the machine: run the plan again to finish it")
                 .arg(daemon.url(QStringLiteral("oss.git"))));
    const ProcessResult finished = release({});
    INFO(finished.err.toStdString());
    CHECK(finished.exitCode == 0);
    CHECK(finished.out.contains("Resuming: finished before: tag, push-tag\n"));
    CHECK(git(s.oss, {QStringLiteral("rev-parse"), QStringLiteral("0.76.0^{commit}")}) == git(s.oss, {QStringLiteral("rev-parse"), QStringLiteral("main")}));
}

TEST_CASE("Every operation on the command line answers a bad call in one line: its usage, the bad value or the missing file", "[cli][badinput]")
{
    for (const QString &op : {QStringLiteral("release"), QStringLiteral("stage"), QStringLiteral("restage"), QStringLiteral("approve"),
                              QStringLiteral("publish"), QStringLiteral("fix")}) {
        INFO(op.toStdString());
        const ProcessResult noWorkspace = run(QStringLiteral(RELEASEDECK_BINARY), {op, QStringLiteral("0.76.0")});
        CHECK(noWorkspace.exitCode == 2);
        CHECK(noWorkspace.err.startsWith("releasedeck: usage: releasedeck " + op.toUtf8() + " "));
        CHECK(noWorkspace.err.count('\n') == 1);
        QStringList args{op, QStringLiteral("banana"), QStringLiteral("-w"), QStringLiteral("x.yaml")};
        if (op == QLatin1String("release"))
            args += {QStringLiteral("--commit"), QStringLiteral("main")};
        const ProcessResult badVersion = run(QStringLiteral(RELEASEDECK_BINARY), args);
        CHECK(badVersion.exitCode == 2);
        CHECK(badVersion.err.startsWith("releasedeck: " + op.toUtf8() + ": 'banana' is not a version: "));
        const ProcessResult unknown = run(QStringLiteral(RELEASEDECK_BINARY), {op, QStringLiteral("0.76.0"), QStringLiteral("-w"), QStringLiteral("x.yaml"),
                                                                               QStringLiteral("--colour")});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.trimmed() == "releasedeck: " + op.toUtf8() + ": Unknown option 'colour'.");
    }
    // release needs the commit.
    const ProcessResult noCommit = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("release"), QStringLiteral("0.76.0"), QStringLiteral("-w"), QStringLiteral("x.yaml")});
    CHECK(noCommit.exitCode == 2);
    CHECK(noCommit.err.contains("--commit REV"));
    // A workspace that is not there.
    const ProcessResult missing = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("stage"), QStringLiteral("0.76.0"), QStringLiteral("-w"), QStringLiteral("/nonexistent/releasedeck.yaml")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.trimmed() == QByteArray("releasedeck: /nonexistent/releasedeck.yaml: workspace file does not exist"));
}

#include "testsupport.h"

#include "ops/operation.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <git2.h>

namespace TestSupport {

ProcessResult run(const QString &program, const QStringList &args, const QString &workDir,
                  const QMap<QString, QString> &env, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    // The user's git configuration must not change what tests see.
    e.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    e.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    e.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test Author"));
    e.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("author@example.com"));
    e.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test Committer"));
    e.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("committer@example.com"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            e.remove(it.key()); // a null value unsets the variable
        else
            e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    ProcessResult r;
    // Starting fails at once when the program cannot be run; on a loaded
    // machine a fork can take long, so there is no time bound here.
    if (!p.waitForStarted(-1)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    r.started = true;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.timedOut = true;
        r.err = "timed out";
        return r;
    }
    // On Unix a process ended by a signal reports the signal as its exit code.
    if (p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    else
        r.signal = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult gitResult(const QString &dir, const QStringList &args)
{
    return run(QStringLiteral("git"), args, dir);
}

QString git(const QString &dir, const QStringList &args, const QMap<QString, QString> &env)
{
    const ProcessResult r = run(QStringLiteral("git"), args, dir, env);
    INFO("git " << args.join(QLatin1Char(' ')).toStdString() << " in " << dir.toStdString() << ": "
                << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out).trimmed();
}

QMap<QString, QString> gitDateEnv(qint64 when, const QString &offset)
{
    const QString date = QStringLiteral("@%1 %2").arg(when).arg(offset);
    return {{QStringLiteral("GIT_AUTHOR_DATE"), date}, {QStringLiteral("GIT_COMMITTER_DATE"), date}};
}

void gitCommitAt(const QString &dir, qint64 when, const QString &message)
{
    git(dir, {QStringLiteral("add"), QStringLiteral("-A")});
    git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), message},
        gitDateEnv(when));
}

void gitTagAt(const QString &dir, const QString &name, qint64 when)
{
    git(dir, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("-m"), name, name}, gitDateEnv(when));
}

QString gitCommitOf(const QString &dir, const QString &what)
{
    return git(dir, {QStringLiteral("rev-parse"), what + QLatin1String("^{commit}")});
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
}

ProcessResult releasedeck(const QStringList &args, int timeoutMs)
{
    return run(QStringLiteral(RELEASEDECK_BINARY), args, QString(), {}, timeoutMs);
}

QString withRegistries(const QString &workspaceFile, const QString &name, const QString &registries)
{
    QFile in(workspaceFile);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    static const QRegularExpression block(QStringLiteral("registries:\\n(  .*\\n|    .*\\n)*"));
    REQUIRE(text.contains(block));
    text.replace(block, registries);
    const QString out = QFileInfo(workspaceFile).absolutePath() + QLatin1Char('/') + name;
    writeFile(out, text.toUtf8());
    return out;
}

QPair<QStringList, QStringList> changedLines(const QByteArray &before, const QByteArray &after)
{
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/a"), before);
    writeFile(tmp.path() + QLatin1String("/b"), after);
    const ProcessResult r = run(QStringLiteral("git"), {QStringLiteral("diff"), QStringLiteral("--no-index"),
                                                         QStringLiteral("-U0"), QStringLiteral("a"), QStringLiteral("b")},
                                tmp.path());
    // 0: the same, 1: they differ; anything else is git failing.
    INFO("git diff --no-index: " << r.err.toStdString());
    REQUIRE((r.exitCode == 0 || r.exitCode == 1));
    QPair<QStringList, QStringList> out;
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("+++")))
            continue;
        if (line.startsWith(QLatin1Char('-')))
            out.first.append(line.mid(1));
        else if (line.startsWith(QLatin1Char('+')))
            out.second.append(line.mid(1));
    }
    return out;
}

QJsonValue readWithPyYaml(const QByteArray &text, bool typed)
{
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/f.yaml"), text);
    const QString loader = typed ? QStringLiteral("yaml.SafeLoader") : QStringLiteral("yaml.BaseLoader");
    const ProcessResult r = run(QStringLiteral("python3"),
                                {QStringLiteral("-c"),
                                 QStringLiteral("import json,sys,yaml;print(json.dumps(yaml.load(open(sys.argv[1]),Loader=%1)))")
                                     .arg(loader),
                                 tmp.path() + QLatin1String("/f.yaml")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson("[" + r.out + "]").array().at(0);
}

void useIdentity(const QString &home, const QByteArray &name, const QByteArray &email)
{
    writeFile(home + QLatin1String("/.gitconfig"), "[user]\n\tname = " + name + "\n\temail = " + email + "\n");
    git_libgit2_init();
    git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, QFile::encodeName(home).constData());
}

QString interruptedApproval(const QString &workspaceFile, const QString &dataDir, const QString &version)
{
    using namespace ReleaseDeck;
    OperationRequest request;
    request.kind = OperationRequest::Kind::Approve;
    request.version = *Version::parse(version);
    request.note = QStringLiteral("validated");
    OperationSetup setup;
    setup.dataDir = dataDir;
    // Catch2 asserts on the test's own thread only: the worker hands back
    // what it saw.
    QString journal, error;
    const PlanResult cancelled = onWorker([&] {
        auto op = Operation::prepare(WorkspaceLoader::load(workspaceFile).workspace, request, setup, nullptr, &error);
        if (!op)
            return PlanResult{};
        journal = op->journalPath();
        ScanControl control;
        // Cancelled once the approval is committed in the clone, before its push.
        control.setProgressHandler([&control](int, int, const QString &what) {
            if (what.startsWith(QLatin1String("Commit")))
                control.cancel();
        });
        return op->run(&control);
    });
    INFO(error.toStdString());
    REQUIRE_FALSE(journal.isEmpty());
    REQUIRE(cancelled.cancelled);
    return journal;
}

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    REQUIRE(clear.open(QIODevice::WriteOnly));
    REQUIRE(clear.write("5") == 1);
}

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    FAIL("no VmHWM in /proc/self/status");
    return 0;
}

QString makeBareRemote(const QString &dir)
{
    const QString work = dir + QLatin1String("/work");
    git(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), work});
    writeFile(work + QLatin1String("/releases.yaml"), "releases:\n");
    git(work, {QStringLiteral("add"), QStringLiteral(".")});
    git(work, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start")});
    const QString bare = dir + QLatin1String("/remotes/charts.git");
    git(dir, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), work, bare});
    return bare;
}

QStringList problemTexts(const ReleaseDeck::WorkspaceLoad &load)
{
    QStringList out;
    for (const ReleaseDeck::Problem &p : load.problems)
        out.append(p.toString());
    return out;
}

int readyPort(QProcess &process)
{
    REQUIRE(process.waitForStarted(-1));
    REQUIRE(process.waitForReadyRead(60000));
    const QList<QByteArray> ready = process.readLine().trimmed().split(' ');
    REQUIRE(ready.size() == 2);
    REQUIRE(ready[0] == "ready");
    const int port = ready[1].toInt();
    REQUIRE(port > 0);
    return port;
}

} // namespace TestSupport

#pragma once

// A demo workspace for the release operation tests: its bare remotes, its
// OCI layout registry, and two release managers with git identities and
// data folders of their own. Operations run through the same Operation the
// app and the command line use, with the clock given, against the real
// repositories; results are read back with the git CLI, skopeo and PyYAML.

#include "testsupport.h"

#include "demo/demoregistry.h"
#include "ops/operation.h"
#include "workspace/workspaceloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

namespace OpsTest {

using namespace TestSupport;
using ReleaseDeck::GitIdentity;
using ReleaseDeck::Operation;
using ReleaseDeck::OperationRequest;
using ReleaseDeck::OperationSetup;
using ReleaseDeck::PlanResult;
using ReleaseDeck::Version;
using Kind = ReleaseDeck::OperationRequest::Kind;

struct Person
{
    QString name;
    QString email;
    QString home; // HOME for the CLI; data under home/data
};

struct OpsDemo
{
    QTemporaryDir tmp;
    QString demo, file, charts, oss, registry;
    Person riley, avery;

    OpsDemo()
    {
        demo = tmp.path() + QLatin1String("/demo");
        const ProcessResult init = run(QStringLiteral(RELEASEDECK_BINARY), {QStringLiteral("demo"), QStringLiteral("init"), demo});
        REQUIRE(init.exitCode == 0);
        setPaths();
    }

    // A copy of another demo's folder, as it is now.
    explicit OpsDemo(const OpsDemo &from, const QString &copyName)
    {
        demo = from.tmp.path() + QLatin1Char('/') + copyName;
        REQUIRE(run(QStringLiteral("cp"), {QStringLiteral("-a"), from.demo, demo}).exitCode == 0);
        setPaths();
    }

    void setPaths()
    {
        file = demo + QLatin1String("/releasedeck.yaml");
        charts = demo + QLatin1String("/repos/charts.git");
        oss = demo + QLatin1String("/repos/oss.git");
        registry = demo + QLatin1String("/registry");
        riley = person(QStringLiteral("Riley Release"), QStringLiteral("riley@example.com"));
        avery = person(QStringLiteral("Avery Approver"), QStringLiteral("avery@example.com"));
    }

    Person person(const QString &name, const QString &email) const
    {
        Person p{name, email, tmp.path() + QLatin1Char('/') + email.section(QLatin1Char('@'), 0, 0)};
        writeFile(p.home + QLatin1String("/.gitconfig"),
                  QStringLiteral("[user]\n\tname = %1\n\temail = %2\n").arg(name, email).toUtf8());
        return p;
    }

    static QString dataDir(const Person &p) { return p.home + QLatin1String("/data/ReleaseDeck/ReleaseDeck"); }

    // Prepares an operation as `who` at `now`; null and the error when refused.
    std::unique_ptr<Operation> prepare(const Person &who, OperationRequest request, const QDateTime &now,
                                       QString *error) const
    {
        const auto load = ReleaseDeck::WorkspaceLoader::load(file);
        REQUIRE_FALSE(load.fatal);
        OperationSetup setup;
        setup.dataDir = dataDir(who);
        setup.who = GitIdentity{who.name, who.email, now};
        setup.now = now;
        return Operation::prepare(load.workspace, request, setup, nullptr, error);
    }

    // Prepares and runs; "" when it completed, else the refusal or failure.
    QString perform(const Person &who, Kind kind, const QString &version, const QDateTime &now,
                    const QString &note = {}, const QString &commit = {}) const
    {
        OperationRequest r;
        r.kind = kind;
        if (!version.isEmpty())
            r.version = *Version::parse(version);
        r.note = note;
        r.commit = commit;
        if (kind == Kind::Publish && now < due(version))
            r.early = QStringLiteral("the test publishes early");
        QString error;
        auto op = prepare(who, r, now, &error);
        if (!op)
            return error;
        const PlanResult result = op->run(nullptr);
        return result.completed ? QString() : result.failedStep + QLatin1String(": ") + result.error;
    }

    // The command line as `who`; an operation runs without asking (--yes),
    // as a script runs it.
    ProcessResult cli(const Person &who, const QStringList &args, const QMap<QString, QString> &env = {}) const
    {
        QMap<QString, QString> all{{QStringLiteral("HOME"), who.home}, {QStringLiteral("XDG_DATA_HOME"), who.home + QLatin1String("/data")}};
        all.insert(env);
        QStringList full = args + QStringList{QStringLiteral("-w"), file};
        if (!args.isEmpty() && OperationRequest::parseKind(args.first()) && !args.contains(QStringLiteral("--yes")))
            full.append(QStringLiteral("--yes"));
        return run(QStringLiteral(RELEASEDECK_BINARY), full, {}, all);
    }

    // The manifest on the remote's main, as PyYAML reads it (every scalar text).
    QJsonArray manifest(const QString &rev = QStringLiteral("main")) const
    {
        return readWithPyYaml(git(charts, {QStringLiteral("show"), rev + QLatin1String(":releases.yaml")}).toUtf8(), false)
            .toObject()[QStringLiteral("releases")].toArray();
    }

    QJsonObject entry(const QString &version, const QString &rev = QStringLiteral("main")) const
    {
        for (const QJsonValue &v : manifest(rev)) {
            if (v.toObject()[QStringLiteral("version")].toString() == version)
                return v.toObject();
        }
        return {};
    }

    QString state(const QString &version) const
    {
        return entry(version)[QStringLiteral("enterprise")].toObject()[QStringLiteral("state")].toString();
    }

    QDateTime due(const QString &version) const
    {
        if (version.isEmpty())
            return {};
        return QDateTime::fromString(entry(version)[QStringLiteral("enterprise")].toObject()[QStringLiteral("due")].toString(),
                                     Qt::ISODate);
    }

    QStringList actions(const QString &version) const
    {
        QStringList out;
        for (const QJsonValue &a : entry(version)[QStringLiteral("audit")].toArray())
            out.append(a.toObject()[QStringLiteral("action")].toString());
        return out;
    }

    // A new commit on OSS main, as a developer pushes it, and the images CI
    // builds from it (sha-<short>, labelled with the commit).
    QString ossCommit(const QString &message) const
    {
        const QString work = tmp.path() + QLatin1String("/oss-work-") + QString::number(qHash(message));
        git(tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), oss, work});
        writeFile(work + QLatin1String("/CHANGES"), message.toUtf8() + '\n');
        git(work, {QStringLiteral("add"), QStringLiteral("CHANGES")});
        git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
                   QStringLiteral("commit"), QStringLiteral("-qm"), message});
        git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
        const QString sha = git(work, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        for (const char *image : {"openhands/openhands", "openhands/runtime", "openhands/enterprise-server"}) {
            QString error;
            INFO(error.toStdString());
            REQUIRE(ReleaseDeck::DemoRegistry::pushImage(registry, QLatin1String(image), QStringLiteral("sha-") + sha.left(7),
                                                         QStringLiteral("dev"), sha, &error));
        }
        return sha;
    }

    // A change to the charts on main, pushed by a colleague with the git CLI.
    void chartsCommit(const QString &path, const QByteArray &append, const QString &message) const
    {
        const QString work = tmp.path() + QLatin1String("/charts-work-") + QString::number(qHash(message));
        git(tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), charts, work});
        QFile f(work + QLatin1Char('/') + path);
        REQUIRE(f.open(QIODevice::Append));
        f.write(append);
        f.close();
        git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Dev"), QStringLiteral("-c"), QStringLiteral("user.email=dev@example.com"),
                   QStringLiteral("commit"), QStringLiteral("-qam"), message});
        git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    }

    // skopeo's view of a tag in the layout registry: its digest, or "".
    QString digest(const QString &repository, const QString &tag) const
    {
        const ProcessResult r = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                                               QStringLiteral("oci:%1/%2:%3").arg(registry, repository, tag)});
        if (r.exitCode != 0)
            return {};
        return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(r.out, QCryptographicHash::Sha256).toHex());
    }

    // A file of the chart a registry tag holds, unpacked by skopeo and tar.
    QByteArray chartFile(const QString &chart, const QString &tag, const QString &file) const
    {
        // A new folder each time: skopeo's dir: refuses one that holds other files.
        static int pulls = 0;
        const QString dir = tmp.path() + QStringLiteral("/pulled-%1-%2-%3").arg(chart, tag).arg(++pulls);
        const ProcessResult copy = run(QStringLiteral("skopeo"),
                                       {QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("oci:%1/openhands/charts/%2:%3").arg(registry, chart, tag),
                                        QStringLiteral("dir:") + dir});
        if (copy.exitCode != 0) {
            // Said with the next assertion, so a failure tells why.
            UNSCOPED_INFO("skopeo copy of " << chart.toStdString() << ':' << tag.toStdString() << " exited " << copy.exitCode
                                            << (copy.timedOut ? " (timed out)" : "") << ": " << copy.err.toStdString());
            return {};
        }
        const QJsonObject m = QJsonDocument::fromJson(readFile(dir + QLatin1String("/manifest.json"))).object();
        const QString layer = m[QStringLiteral("layers")].toArray()[0].toObject()[QStringLiteral("digest")].toString().mid(7);
        const ProcessResult tar = run(QStringLiteral("tar"), {QStringLiteral("-xzOf"), dir + QLatin1Char('/') + layer, chart + QLatin1Char('/') + file});
        if (tar.exitCode != 0)
            UNSCOPED_INFO("tar of layer " << layer.toStdString() << " of " << chart.toStdString() << ':' << tag.toStdString()
                                          << " exited " << tar.exitCode << ": " << tar.err.toStdString());
        return tar.out;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace OpsTest

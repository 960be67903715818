#include "upgradepath.h"

#include "domain/printable.h"
#include "git/gitutil.h"
#include "yaml/duplicatekeys.h"

#include <git2/blob.h>
#include <git2/object.h>
#include <git2/repository.h>
#include <git2/revparse.h>

#include <yaml-cpp/yaml.h>

#include <QMap>

#include <memory>

namespace ReleaseDeck {

namespace {

// A values file is written by people: deeper or larger than this is not one.
constexpr int kMaxDepth = 64;
constexpr int kMaxKeys = 20000;
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

QString scalarText(const YAML::Node &node)
{
    YAML::Emitter out;
    out.SetMapFormat(YAML::Flow);
    out.SetSeqFormat(YAML::Flow);
    out << node;
    return QString::fromUtf8(out.c_str());
}

// Every leaf of a mapping as "a.b.c" → its value as YAML text; a list or an
// empty mapping is one value. False when too deep or too large.
bool flatten(const YAML::Node &node, const QString &prefix, int depth, QMap<QString, QString> *out)
{
    if (depth > kMaxDepth || out->size() > kMaxKeys)
        return false;
    if (!node.IsMap() || node.size() == 0) {
        if (!prefix.isEmpty())
            out->insert(prefix, node.IsNull() ? QStringLiteral("null") : scalarText(node));
        return true;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        QString key = QString::fromStdString(it->first.Scalar());
        // A key with a dot in it is quoted, so "a.b" never reads as a: {b}.
        if (key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('[')) || key.isEmpty())
            key = QStringLiteral("[\"%1\"]").arg(key);
        if (!flatten(it->second, prefix.isEmpty() || key.startsWith(QLatin1Char('[')) ? prefix + key : prefix + QLatin1Char('.') + key,
                     depth + 1, out))
            return false;
    }
    return true;
}

std::optional<QMap<QString, QString>> flatValues(const QByteArray &text, const QString &what, QString *problem)
{
    QMap<QString, QString> out;
    // YAML keeps one of two equal keys without a word: say which file has them.
    if (const auto twice = findDuplicateKey(text)) {
        *problem = QStringLiteral("%1: line %2: %3").arg(what).arg(twice->line).arg(twice->message());
        return std::nullopt;
    }
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (root.IsDefined() && !root.IsNull() && !root.IsMap()) {
            *problem = QStringLiteral("%1 is not a mapping").arg(what);
            return std::nullopt;
        }
        if (!flatten(root, QString(), 0, &out)) {
            *problem = QStringLiteral("%1 is nested deeper than %2 or has more than %3 keys").arg(what).arg(kMaxDepth).arg(kMaxKeys);
            return std::nullopt;
        }
    } catch (const YAML::Exception &e) {
        *problem = QStringLiteral("%1: line %2: %3").arg(what).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    return out;
}

// Chart.yaml's dependencies: name (or alias) → version.
std::optional<QMap<QString, QString>> dependencies(const QByteArray &text, const QString &what, QString *problem)
{
    QMap<QString, QString> out;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const YAML::Node deps = root.IsMap() ? root["dependencies"] : YAML::Node();
        if (!deps || deps.IsNull())
            return out;
        if (!deps.IsSequence()) {
            *problem = QStringLiteral("%1: dependencies is not a list").arg(what);
            return std::nullopt;
        }
        for (const YAML::Node &d : deps) {
            if (!d.IsMap() || !d["name"] || !d["name"].IsScalar() || d["name"].Scalar().empty()) {
                *problem = QStringLiteral("%1: line %2: a dependency without a name").arg(what).arg(d.Mark().line + 1);
                return std::nullopt;
            }
            QString name = QString::fromStdString(d["name"].Scalar());
            if (d["alias"] && d["alias"].IsScalar())
                name += QStringLiteral(" (as %1)").arg(QString::fromStdString(d["alias"].Scalar()));
            if (out.contains(name)) {
                *problem = QStringLiteral("%1: line %2: dependency %3 is listed twice").arg(what).arg(d.Mark().line + 1).arg(printableName(name, 80));
                return std::nullopt;
            }
            out.insert(name, d["version"] && d["version"].IsScalar() ? QString::fromStdString(d["version"].Scalar()) : QStringLiteral("*"));
        }
    } catch (const YAML::Exception &e) {
        *problem = QStringLiteral("%1: line %2: %3").arg(what).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    return out;
}

// `path` in `commit` of the repository, bounded; "" when there is no such file.
std::optional<QByteArray> readBlob(git_repository *repo, const QString &commit, const QString &path, QString *error)
{
    git_object *raw = nullptr;
    const QByteArray spec = (commit + QLatin1Char(':') + path).toUtf8();
    if (git_revparse_single(&raw, repo, spec.constData()) != 0)
        return QByteArray();
    std::unique_ptr<git_object, Git::Deleter<git_object, git_object_free>> obj(raw);
    if (git_object_type(obj.get()) != GIT_OBJECT_BLOB) {
        *error = QStringLiteral("%1 at %2 is not a file").arg(printableName(path), commit.left(12));
        return std::nullopt;
    }
    auto *blob = reinterpret_cast<git_blob *>(obj.get());
    const git_object_size_t size = git_blob_rawsize(blob);
    if (qint64(size) > kMaxFileBytes) {
        *error = QStringLiteral("%1 at %2 is larger than %3 MiB").arg(printableName(path), commit.left(12)).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(size));
}

QString joined(const QString &dir, const QString &file)
{
    return dir.isEmpty() ? file : dir + QLatin1Char('/') + file;
}

} // namespace

QString ValuesChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

ChartChanges compareCharts(const QByteArray &valuesFrom, const QByteArray &valuesTo, const QByteArray &chartFrom,
                           const QByteArray &chartTo)
{
    ChartChanges out;
    const auto a = flatValues(valuesFrom, QStringLiteral("values.yaml (from)"), &out.problem);
    const auto b = a ? flatValues(valuesTo, QStringLiteral("values.yaml (to)"), &out.problem) : std::nullopt;
    const auto da = b ? dependencies(chartFrom, QStringLiteral("Chart.yaml (from)"), &out.problem) : std::nullopt;
    const auto db = da ? dependencies(chartTo, QStringLiteral("Chart.yaml (to)"), &out.problem) : std::nullopt;
    if (!db)
        return out;
    for (auto it = a->cbegin(); it != a->cend(); ++it) {
        const auto there = b->constFind(it.key());
        if (there == b->cend())
            out.values.append({ValuesChange::Kind::Removed, it.key(), it.value(), QString()});
        else if (there.value() != it.value())
            out.values.append({ValuesChange::Kind::Changed, it.key(), it.value(), there.value()});
    }
    for (auto it = b->cbegin(); it != b->cend(); ++it) {
        if (!a->contains(it.key()))
            out.values.append({ValuesChange::Kind::Added, it.key(), QString(), it.value()});
    }
    std::sort(out.values.begin(), out.values.end(), [](const ValuesChange &x, const ValuesChange &y) { return x.key < y.key; });
    for (auto it = da->cbegin(); it != da->cend(); ++it) {
        const QString to = db->value(it.key());
        if (to != it.value())
            out.dependencies.append({it.key(), it.value(), to});
    }
    for (auto it = db->cbegin(); it != db->cend(); ++it) {
        if (!da->contains(it.key()))
            out.dependencies.append({it.key(), QString(), it.value()});
    }
    return out;
}

QList<PathStep> UpgradePath::stops() const
{
    QList<PathStep> out;
    for (const PathStep &s : steps) {
        if (!s.upgradeStop.isEmpty())
            out.append(s);
    }
    return out;
}

UpgradePath UpgradePath::build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train, const Version &from, const Version &to)
{
    UpgradePath path;
    if (Version::compare(from, to) >= 0)
        return path;
    for (const TrainRelease &r : train.releases()) {
        if (r.enterprise != TrainRelease::Enterprise::Published || Version::compare(r.version, from) <= 0
            || Version::compare(r.version, to) > 0)
            continue;
        // Fixes and older lines' patches only as the target itself.
        const bool target = Version::compare(r.version, to) == 0;
        if (!target && (r.isFix() || !r.branch.isEmpty()))
            continue;
        const ManifestRelease *m = snapshot.manifest.find(r.version);
        // What the manifest cannot say for sure may have marked a stop: it
        // counts as one until it is fixed, never as one to skip.
        const QString doubt = snapshot.manifest.doubtAbout(r.version);
        path.steps.append({r.version, m && !m->upgradeStop.isEmpty() ? m->upgradeStop
                                      : doubt.isEmpty()              ? QString()
                                                                     : QStringLiteral("unknown, its manifest entry cannot be read in full (%1): "
                                                                                      "take it as a required stop until it is fixed")
                                                                           .arg(doubt)});
    }

    // Each chart at the two tags, as the charts repository has them.
    const Workspace &ws = snapshot.workspace;
    for (const Component &component : ws.components) {
        if (component.kind != Component::Kind::Chart)
            continue;
        // A chart-only fix tags only the charts it fixes: for the others, a
        // release X.Y.Z-fixN runs their X.Y.Z.
        const ChartRelease *a = nullptr;
        const ChartRelease *b = nullptr;
        const ChartRelease *aBase = nullptr;
        const ChartRelease *bBase = nullptr;
        for (const ChartRelease &c : snapshot.charts) {
            if (c.component != component.id || !c.tagVersion)
                continue;
            if (Version::compare(*c.tagVersion, from) == 0)
                a = &c;
            if (Version::compare(*c.tagVersion, to) == 0)
                b = &c;
            if (from.isFix() && Version::compare(*c.tagVersion, from.withoutFix()) == 0)
                aBase = &c;
            if (to.isFix() && Version::compare(*c.tagVersion, to.withoutFix()) == 0)
                bBase = &c;
        }
        a = a ? a : aBase;
        b = b ? b : bBase;
        if (a && a == b)
            continue; // the same chart on both sides: a fix of another chart
        // A release staged and not yet published: its charts are at the
        // charts repository's HEAD, untagged.
        bool staged = false;
        for (const ChartRelease &c : snapshot.headCharts) {
            if (!b && c.component == component.id && c.found && c.version == to.toString()) {
                b = &c;
                staged = true;
            }
        }
        ChartChanges changes;
        changes.chart = component.chart;
        changes.from = a ? a->tag : component.tags.format(from);
        changes.to = !b ? component.tags.format(to)
                     : staged ? QStringLiteral("%1 (staged at HEAD)").arg(component.tags.format(to))
                              : b->tag;
        const RepoConfig *repo = ws.repo(component.repo);
        if (!a || !b || !repo) {
            changes.problem = QStringLiteral("no chart tag %1 to compare").arg(a ? changes.to : changes.from);
            path.charts.append(changes);
            continue;
        }
        if (!a->found || !b->found) {
            const ChartRelease *bad = a->found ? b : a;
            changes.problem = QStringLiteral("chart %1 cannot be read at %2%3")
                                  .arg(component.chart, bad == b ? changes.to : changes.from,
                                       bad->problems.isEmpty() ? QString() : QStringLiteral(": ") + printableName(bad->problems.first(), 200));
            path.charts.append(changes);
            continue;
        }
        Git::ensureInitialised();
        git_repository *raw = nullptr;
        if (git_repository_open_ext(&raw, repo->path.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
            changes.problem = QStringLiteral("%1: %2").arg(repo->id, Git::lastError());
            path.charts.append(changes);
            continue;
        }
        std::unique_ptr<git_repository, Git::Deleter<git_repository, git_repository_free>> handle(raw);
        QString error;
        const auto valuesA = readBlob(handle.get(), a->commit, joined(a->path, QStringLiteral("values.yaml")), &error);
        const auto valuesB = valuesA ? readBlob(handle.get(), b->commit, joined(b->path, QStringLiteral("values.yaml")), &error) : std::nullopt;
        const auto chartA = valuesB ? readBlob(handle.get(), a->commit, joined(a->path, QStringLiteral("Chart.yaml")), &error) : std::nullopt;
        const auto chartB = chartA ? readBlob(handle.get(), b->commit, joined(b->path, QStringLiteral("Chart.yaml")), &error) : std::nullopt;
        if (!chartB) {
            changes.problem = error;
        } else {
            const ChartChanges compared = compareCharts(*valuesA, *valuesB, *chartA, *chartB);
            changes.values = compared.values;
            changes.dependencies = compared.dependencies;
            changes.problem = compared.problem;
        }
        path.charts.append(changes);
    }
    return path;
}

} // namespace ReleaseDeck

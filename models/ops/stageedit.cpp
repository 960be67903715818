#include "stageedit.h"

#include "charts/valuesscanner.h"
#include "yaml/yamledit.h"

#include <QMap>

#include <yaml-cpp/yaml.h>

namespace ReleaseDeck::StageEdit {

namespace {

// The scan's path of a value ("runtime.image", "preload[0]") as YamlEdit
// takes it: keys, and sequence indices as decimal text.
QStringList segments(const QString &path)
{
    QStringList out;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        if (bracket < 0 || !part.endsWith(QLatin1Char(']'))) {
            out.append(part);
            continue;
        }
        if (bracket > 0)
            out.append(part.left(bracket));
        for (const QString &index : part.mid(bracket + 1, part.size() - bracket - 2).split(QLatin1String("][")))
            out.append(index);
    }
    return out;
}

// The node at a path of keys and sequence indices, or an undefined node.
YAML::Node at(const YAML::Node &root, const QStringList &path)
{
    YAML::Node node;
    node.reset(root);
    for (const QString &key : path) {
        if (node.IsSequence()) {
            bool ok = false;
            const int index = key.toInt(&ok);
            if (!ok || index < 0 || std::size_t(index) >= node.size())
                return YAML::Node(YAML::NodeType::Undefined);
            YAML::Node next;
            next.reset(static_cast<const YAML::Node &>(node)[std::size_t(index)]);
            node.reset(next);
            continue;
        }
        if (!node.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        YAML::Node next(YAML::NodeType::Undefined);
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.IsScalar() && QString::fromStdString(it->first.Scalar()) == key) {
                next.reset(it->second);
                break;
            }
        }
        if (!next.IsDefined())
            return next;
        node.reset(next);
    }
    return node;
}

} // namespace

std::optional<StageEdits> build(const Workspace &workspace, const QList<ChartRelease> &charts, const QList<ImageRef> &refs,
                                const ReadFile &readFile, const Version &version, const QString &previous,
                                QString *error, bool chartVersionOnly)
{
    const QString v = version.toString();
    QMap<QString, QList<YamlEdit::Edit>> edits; // file → edits
    QMap<QString, QByteArray> texts;
    auto text = [&](const QString &path) -> const QByteArray * {
        if (!texts.contains(path)) {
            const auto bytes = readFile(path, error);
            if (!bytes)
                return nullptr;
            texts.insert(path, *bytes);
        }
        return &texts[path];
    };
    auto load = [&](const QString &path, YAML::Node *out) {
        const QByteArray *t = text(path);
        if (!t)
            return false;
        try {
            *out = YAML::Load(t->toStdString());
        } catch (const YAML::Exception &e) {
            *error = QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.mark.line + 1).arg(e.mark.column + 1)
                         .arg(QString::fromStdString(e.msg));
            return false;
        }
        return true;
    };

    for (const ChartRelease &chart : charts) {
        if (!chart.found)
            continue;
        const QString dir = chart.path.isEmpty() ? QString() : chart.path + QLatin1Char('/');
        const QString chartFile = dir + QLatin1String("Chart.yaml");
        YAML::Node root;
        if (!load(chartFile, &root))
            return std::nullopt;
        for (const char *key : {"version", "appVersion"}) {
            const YAML::Node n = at(root, {QLatin1String(key)});
            if (n.IsDefined() && n.IsScalar() && QString::fromStdString(n.Scalar()) != v)
                edits[chartFile].append({{QLatin1String(key)}, v});
            if (chartVersionOnly)
                break;
        }
        if (chartVersionOnly)
            continue;
        // Its image references: each tag of an image the workspace builds.
        for (const ImageRef &ref : refs) {
            if (ref.repo != chart.repo || !ref.file.startsWith(dir) || ref.value.isEmpty())
                continue;
            const Component *image = workspace.imageComponentFor(ref.repository);
            if (!image)
                continue;
            const QString tag = image->imageTag.format(version);
            YAML::Node values;
            if (!load(ref.file, &values))
                return std::nullopt;
            const QStringList path = segments(ref.path);
            const YAML::Node node = at(values, path);
            if (node.IsMap()) {
                if (ref.value != tag)
                    edits[ref.file].append({path + QStringList{QStringLiteral("tag")}, tag});
            } else if (node.IsScalar()) {
                // "registry/repository:tag": the tag part changes.
                const QString written = QString::fromStdString(node.Scalar());
                QString repository, oldTag;
                splitImageString(written, &repository, &oldTag);
                if (!oldTag.isEmpty() && written.endsWith(QLatin1Char(':') + oldTag) && oldTag != tag)
                    edits[ref.file].append({path, written.left(written.size() - oldTag.size()) + tag});
            }
        }
    }

    StageEdits out;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const auto after = YamlEdit::apply(texts.value(it.key()), it.value(), it.key(), error);
        if (!after)
            return std::nullopt;
        out.files.append({it.key(), texts.value(it.key()), *after});
    }
    // What still names the version being replaced, in the files read.
    if (!previous.isEmpty()) {
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            QByteArray now = it.value();
            for (const FileEdit &f : std::as_const(out.files)) {
                if (f.path == it.key())
                    now = f.after;
            }
            const QList<QByteArray> lines = now.split('\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (lines.at(i).contains(previous.toUtf8()))
                    out.leftBehind.append(QStringLiteral("%1:%2: %3").arg(it.key()).arg(i + 1)
                                              .arg(QString::fromUtf8(lines.at(i).trimmed())));
            }
        }
    }
    return out;
}

} // namespace ReleaseDeck::StageEdit

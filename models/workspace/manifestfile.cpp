#include "manifestfile.h"

#include "yaml/yamledit.h"

#include <yaml-cpp/yaml.h>

namespace ReleaseDeck::ManifestFile {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

std::optional<YAML::Node> load(const std::string &text, const QString &fileName, QString *error)
{
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(e.mark.line + 1).arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
}

// The start of the line holding pos.
std::size_t lineStart(const std::string &text, std::size_t pos)
{
    const std::size_t nl = pos == 0 ? std::string::npos : text.rfind('\n', pos - 1);
    return nl == std::string::npos ? 0 : nl + 1;
}

// Where text for the end of a block goes: before the line at `next`, and
// before the blank and comment lines just above it.
std::size_t insertionBefore(const std::string &text, std::size_t next)
{
    std::size_t at = lineStart(text, next);
    while (at > 0) {
        const std::size_t prev = lineStart(text, at - 1);
        const std::string line = text.substr(prev, at - prev);
        const std::size_t first = line.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && line[first] != '#')
            break;
        at = prev;
    }
    return at;
}

// The column of the '-' on the line of a sequence item.
int dashColumn(const std::string &text, const YAML::Node &item)
{
    const std::size_t start = lineStart(text, std::size_t(item.Mark().pos));
    const std::size_t dash = text.find('-', start);
    return dash == std::string::npos ? 2 : int(dash - start);
}

QString quoted(const QString &value)
{
    return YamlEdit::formatScalar(value, '"');
}

QString formatAudit(const AuditEntry &a, int dash)
{
    const QString pad(dash, QLatin1Char(' '));
    const QString key(dash + 2, QLatin1Char(' '));
    QString out = pad + QStringLiteral("- at: %1\n").arg(quoted(iso(a.at)));
    out += key + QStringLiteral("by: %1\n").arg(quoted(a.by));
    out += key + QStringLiteral("action: %1\n").arg(YamlEdit::formatScalar(a.action, 0));
    if (!a.note.isEmpty())
        out += key + QStringLiteral("note: %1\n").arg(quoted(a.note));
    if (!a.charts.isEmpty())
        out += key + QStringLiteral("charts: %1\n").arg(quoted(a.charts));
    return out;
}

QString formatRelease(const ManifestRelease &r, int dash)
{
    const QString pad(dash, QLatin1Char(' '));
    const QString key(dash + 2, QLatin1Char(' '));
    QString out = pad + QStringLiteral("- version: %1\n").arg(YamlEdit::formatScalar(r.version.toString(), 0));
    out += key + QStringLiteral("ossCommit: %1\n").arg(quoted(r.ossCommit));
    out += key + QStringLiteral("saasDate: %1\n").arg(quoted(iso(r.saasDate)));
    if (r.images.isEmpty()) {
        out += key + QStringLiteral("images: {}\n");
    } else {
        out += key + QStringLiteral("images:\n");
        for (auto it = r.images.cbegin(); it != r.images.cend(); ++it)
            out += key + QStringLiteral("  %1: %2\n").arg(YamlEdit::formatScalar(it.key(), 0), quoted(it.value()));
    }
    if (!r.commits.isEmpty()) {
        out += key + QStringLiteral("commits:\n");
        for (auto it = r.commits.cbegin(); it != r.commits.cend(); ++it)
            out += key + QStringLiteral("  %1: %2\n").arg(YamlEdit::formatScalar(it.key(), 0), quoted(it.value()));
    }
    if (!r.upgradeStop.isEmpty())
        out += key + QStringLiteral("upgradeStop: %1\n").arg(quoted(r.upgradeStop));
    out += key + QStringLiteral("enterprise:\n");
    out += key + QStringLiteral("  state: %1\n").arg(ManifestRelease::stateName(r.state));
    out += key + QStringLiteral("  due: %1\n").arg(quoted(iso(r.due)));
    if (!r.branch.isEmpty())
        out += key + QStringLiteral("  branch: %1\n").arg(quoted(r.branch));
    out += key + QStringLiteral("audit:\n");
    for (const AuditEntry &a : r.audit)
        out += formatAudit(a, dash + 2);
    return out;
}

// The top-level `releases` key's value and the position where the text
// after the list begins (the next top-level key, or the end).
struct ReleasesBlock
{
    YAML::Node list;
    std::size_t end = 0;
};

std::optional<ReleasesBlock> releasesBlock(const YAML::Node &root, const std::string &text, const QString &fileName,
                                           QString *error)
{
    if (!root.IsMap() || !root["releases"]) {
        *error = QStringLiteral("%1: no 'releases' list").arg(fileName);
        return std::nullopt;
    }
    ReleasesBlock b;
    b.end = text.size();
    bool after = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (after) {
            b.end = insertionBefore(text, std::size_t(it->first.Mark().pos));
            break;
        }
        if (it->first.as<std::string>("") == "releases") {
            b.list.reset(it->second);
            after = true;
        }
    }
    return b;
}

// The index of a version's entry in the text's `releases` list, -1 when
// there is none, kListedTwice when two entries name it: an edit of one of
// them could bring the other into effect.
constexpr int kListedTwice = -2;
int itemIndex(const YAML::Node &list, const Version &version)
{
    int found = -1;
    for (std::size_t i = 0; list.IsSequence() && i < list.size(); ++i) {
        const YAML::Node item = list[i];
        const auto v = item.IsMap() && item["version"] && item["version"].IsScalar()
                           ? Version::parse(QString::fromStdString(item["version"].as<std::string>("")))
                           : std::nullopt;
        if (v && Version::compare(*v, version) == 0) {
            if (found >= 0)
                return kListedTwice;
            found = int(i);
        }
    }
    return found;
}

QString listedTwice(const QString &fileName, const Version &version)
{
    return QStringLiteral("%1: version %2 is listed more than once; fix the manifest first").arg(fileName, version.toString());
}

} // namespace

QByteArray empty()
{
    return "# What each version means: its OSS commit, image digests, SaaS date and\n"
           "# Enterprise state with its audit trail. Written by ReleaseDeck's plans,\n"
           "# one commit each; git history is the audit log.\n"
           "releases:\n";
}

std::optional<QByteArray> appendRelease(const QByteArray &text, const ManifestRelease &release,
                                        const QString &fileName, QString *error)
{
    const ManifestLoad current = parse(text, fileName);
    if (current.fatal) {
        *error = current.problems.value(0).toString();
        return std::nullopt;
    }
    if (current.manifest.indexOf(release.version) >= 0) {
        *error = QStringLiteral("%1: version %2 is already in the manifest").arg(fileName, release.version.toString());
        return std::nullopt;
    }
    std::string source = text.toStdString();
    const auto root = load(source, fileName, error);
    if (!root)
        return std::nullopt;
    auto block = releasesBlock(*root, source, fileName, error);
    if (!block)
        return std::nullopt;
    int dash = 2;
    if (block->list.IsSequence() && block->list.size() > 0) {
        if (block->list.Style() == YAML::EmitterStyle::Flow) {
            *error = QStringLiteral("%1: 'releases' is written as a flow list; only block lists are extended")
                         .arg(fileName);
            return std::nullopt;
        }
        dash = dashColumn(source, block->list[0]);
    } else if (block->list.IsSequence()) {
        // `releases: []`: the brackets go, the list follows in block style.
        const std::size_t at = std::size_t(block->list.Mark().pos);
        if (source.compare(at, 2, "[]") != 0) {
            *error = QStringLiteral("%1: 'releases' is not a list that can be extended").arg(fileName);
            return std::nullopt;
        }
        source.erase(at, 2);
        block = releasesBlock(*load(source, fileName, error), source, fileName, error);
    }
    std::size_t at = block->end;
    if (at == source.size() && !source.empty() && source.back() != '\n') {
        source += '\n';
        at = source.size();
    }
    source.insert(at, formatRelease(release, dash).toStdString());
    const QByteArray out = QByteArray::fromStdString(source);
    const ManifestLoad check = parse(out, fileName);
    if (check.fatal || check.manifest.indexOf(release.version) < 0) {
        *error = QStringLiteral("%1: the new release does not read back").arg(fileName);
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> appendAudit(const QByteArray &text, const Version &version, const AuditEntry &entry,
                                      const QString &fileName, QString *error)
{
    std::string source = text.toStdString();
    const auto root = load(source, fileName, error);
    if (!root)
        return std::nullopt;
    const auto block = releasesBlock(*root, source, fileName, error);
    if (!block)
        return std::nullopt;
    const ManifestLoad current = parse(text, fileName);
    const int index = current.manifest.indexOf(version);
    if (index < 0 || !block->list.IsSequence()) {
        *error = QStringLiteral("%1: version %2 is not in the manifest").arg(fileName, version.toString());
        return std::nullopt;
    }
    // The entry's node: the manifest lists entries in file order, but a bad
    // entry is left out of it, so look the version up in the text's list.
    const int found = itemIndex(block->list, version);
    if (found == kListedTwice) {
        *error = listedTwice(fileName, version);
        return std::nullopt;
    }
    if (found < 0) {
        *error = QStringLiteral("%1: version %2 is not in the manifest").arg(fileName, version.toString());
        return std::nullopt;
    }
    const std::size_t itemIndex = std::size_t(found);
    YAML::Node item;
    item.reset(block->list[itemIndex]);
    // The end of the entry: its next key after `audit`, the next entry, or
    // the end of the list.
    std::size_t end = itemIndex + 1 < block->list.size()
                          ? insertionBefore(source, std::size_t(block->list[itemIndex + 1].Mark().pos))
                          : block->end;
    const YAML::Node audit = item["audit"];
    const std::size_t auditPos = audit ? std::size_t(audit.Mark().pos) : 0;
    for (auto it = item.begin(); it != item.end(); ++it) {
        const std::size_t pos = std::size_t(it->first.Mark().pos);
        if (audit && pos > auditPos)
            end = std::min(end, insertionBefore(source, pos));
    }
    int dash = dashColumn(source, item) + 2;
    QString insert;
    if (!audit || audit.IsNull()) {
        insert = QString(dash, QLatin1Char(' ')) + QStringLiteral("audit:\n");
        if (audit) {
            *error = QStringLiteral("%1: release %2 has an empty 'audit:'; give it a list").arg(fileName, version.toString());
            return std::nullopt;
        }
    } else if (!audit.IsSequence() || (audit.size() > 0 && audit.Style() == YAML::EmitterStyle::Flow) || audit.size() == 0) {
        *error = QStringLiteral("%1:%2: release %3: the audit trail is not a block list that can be extended")
                     .arg(fileName).arg(audit.Mark().line + 1).arg(version.toString());
        return std::nullopt;
    } else {
        dash = dashColumn(source, audit[0]);
    }
    insert += formatAudit(entry, dash);
    if (end == source.size() && !source.empty() && source.back() != '\n') {
        source += '\n';
        end = source.size();
    }
    source.insert(end, insert.toStdString());
    const QByteArray out = QByteArray::fromStdString(source);
    const ManifestLoad check = parse(out, fileName);
    const ManifestRelease *r = check.manifest.find(version);
    if (check.fatal || !r || r->audit.size() != current.manifest.releases.at(index).audit.size() + 1) {
        *error = QStringLiteral("%1: the audit line does not read back").arg(fileName);
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> setState(const QByteArray &text, const Version &version, ManifestRelease::State state,
                                   const QDateTime &due, const QString &fileName, QString *error)
{
    const std::string source = text.toStdString();
    const auto root = load(source, fileName, error);
    if (!root)
        return std::nullopt;
    const auto block = releasesBlock(*root, source, fileName, error);
    if (!block)
        return std::nullopt;
    const int i = itemIndex(block->list, version);
    if (i == kListedTwice) {
        *error = listedTwice(fileName, version);
        return std::nullopt;
    }
    if (i >= 0) {
        const QString index = QString::number(i);
        QList<YamlEdit::Edit> edits{{{QStringLiteral("releases"), index, QStringLiteral("enterprise"), QStringLiteral("state")},
                                     ManifestRelease::stateName(state)}};
        if (due.isValid())
            edits.append({{QStringLiteral("releases"), index, QStringLiteral("enterprise"), QStringLiteral("due")}, iso(due)});
        const auto out = YamlEdit::apply(text, edits, fileName, error);
        if (!out)
            return std::nullopt;
        // Read back: this release changed, and only it. An earlier entry of
        // the version that the reader leaves out, or an anchor another
        // release's state aliases, would make it otherwise.
        const ManifestLoad before = parse(text, fileName);
        const ManifestLoad after = parse(*out, fileName);
        bool same = !after.fatal && after.manifest.releases.size() == before.manifest.releases.size();
        for (qsizetype k = 0; same && k < before.manifest.releases.size(); ++k) {
            const ManifestRelease &was = before.manifest.releases[k];
            const ManifestRelease &now = after.manifest.releases[k];
            const bool target = Version::compare(was.version, version) == 0;
            same = Version::compare(now.version, was.version) == 0 && now.state == (target ? state : was.state)
                   && now.ossCommit == was.ossCommit && now.audit.size() == was.audit.size()
                   && (!target || !due.isValid() || iso(now.due) == iso(due)) && (target || now.due == was.due);
        }
        if (!same) {
            *error = QStringLiteral("%1: release %2: the new state does not read back as this release's alone "
                                    "(an earlier entry of this version that is left out, or an anchor shared with another release)")
                         .arg(fileName, version.toString());
            return std::nullopt;
        }
        return out;
    }
    *error = QStringLiteral("%1: version %2 is not in the manifest").arg(fileName, version.toString());
    return std::nullopt;
}

} // namespace ReleaseDeck::ManifestFile

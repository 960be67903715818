// Reading the release manifest: every entry checked, every problem named
// with its line and column, the rest loaded.
#include "manifestfile.h"

#include "domain/printable.h"
#include "yaml/duplicatekeys.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace ReleaseDeck::ManifestFile {

namespace {

class Reader
{
public:
    Reader(const QString &fileName, ManifestLoad *out)
        : m_file(fileName)
        , m_out(out)
    {}

    void problem(const YAML::Node &at, const QString &message)
    {
        const YAML::Mark m = at.Mark();
        m_out->problems.append({{m_file, m.line + 1, m.column + 1}, message});
    }

    bool text(const YAML::Node &node, const QString &what, QString *out)
    {
        if (!node.IsScalar()) {
            problem(node, QStringLiteral("%1 must be a single value").arg(what));
            return false;
        }
        *out = QString::fromStdString(node.Scalar());
        return true;
    }

    bool date(const YAML::Node &node, const QString &what, QDateTime *out)
    {
        QString s;
        if (!text(node, what, &s))
            return false;
        if (s.isEmpty())
            return true;
        *out = QDateTime::fromString(s, Qt::ISODate);
        if (!out->isValid()) {
            problem(node, QStringLiteral("%1 must be a date and time such as 2026-11-24T14:00:00Z, not '%2'").arg(what, s));
            return false;
        }
        return true;
    }

    bool known(const YAML::Node &map, const QStringList &keys, const QString &what)
    {
        bool ok = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>(""));
            if (!keys.contains(key)) {
                problem(it->first, QStringLiteral("unknown key '%1' in %2").arg(key, what));
                ok = false;
            }
        }
        return ok;
    }

    // A mapping of ids to values that `valid` matches (`images`,
    // `commits`); absent or empty is fine. `invalid` takes the id and value.
    bool idMap(const YAML::Node &node, const QString &notMap, const std::pair<QString, QString> &what,
               const QRegularExpression &valid, const QString &invalid, QMap<QString, QString> *out)
    {
        if (!node)
            return true;
        if (!node.IsMap() && !node.IsNull()) {
            problem(node, notMap);
            return false;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            QString id, value;
            if (!text(it->first, what.first, &id) || !text(it->second, what.second, &value))
                return false;
            if (!valid.match(value).hasMatch()) {
                problem(it->second, invalid.arg(id, value));
                return false;
            }
            out->insert(id, value);
        }
        return true;
    }

    void release(const YAML::Node &node)
    {
        if (!node.IsMap()) {
            problem(node, QStringLiteral("a release entry must be a mapping"));
            return;
        }
        known(node, {QStringLiteral("version"), QStringLiteral("ossCommit"), QStringLiteral("saasDate"),
                     QStringLiteral("images"), QStringLiteral("commits"), QStringLiteral("enterprise"),
                     QStringLiteral("audit"), QStringLiteral("upgradeStop")},
              QStringLiteral("a release"));
        ManifestRelease r;
        r.line = node.Mark().line + 1;
        QString version;
        if (!node["version"]) {
            problem(node, QStringLiteral("release entry has no 'version'"));
            return;
        }
        if (!text(node["version"], QStringLiteral("version"), &version))
            return;
        QString why;
        const auto v = Version::parse(version, &why);
        if (!v) {
            problem(node["version"], QStringLiteral("'%1' is not a version: %2").arg(version, why));
            return;
        }
        r.version = *v;
        if (m_out->manifest.indexOf(r.version) >= 0) {
            problem(node["version"], QStringLiteral("version %1 is listed twice").arg(version));
            return;
        }
        // From here a problem leaves the entry out: remembered by version.
        struct LeftOut
        {
            ManifestLoad *out;
            QString version;
            qsizetype before;
            bool kept = false;
            ~LeftOut()
            {
                if (!kept && out->problems.size() > before && !out->manifest.unreadable.contains(version))
                    out->manifest.unreadable.insert(version, out->problems.at(before).toString());
            }
        } leftOut{m_out, r.version.toString(), m_out->problems.size()};
        if (node["ossCommit"]) {
            if (!text(node["ossCommit"], QStringLiteral("ossCommit"), &r.ossCommit))
                return;
            static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{40}$"));
            if (!r.ossCommit.isEmpty() && !sha.match(r.ossCommit).hasMatch()) {
                problem(node["ossCommit"], QStringLiteral("release %1: ossCommit must be 40 hex digits, not '%2'")
                                               .arg(version, r.ossCommit));
                return;
            }
        }
        if (node["saasDate"] && !date(node["saasDate"], QStringLiteral("saasDate"), &r.saasDate))
            return;
        if (const YAML::Node stop = node["upgradeStop"]) {
            if (!stop.IsScalar()) {
                problem(stop, QStringLiteral("release %1: upgradeStop must say why upgrades stop at it (\"database migration\")").arg(version));
                return;
            }
            r.upgradeStop = QString::fromStdString(stop.Scalar());
            static const QStringList flags{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no")};
            if (r.upgradeStop.trimmed().isEmpty() || flags.contains(r.upgradeStop.trimmed().toLower())) {
                problem(stop, QStringLiteral("release %1: upgradeStop must say why upgrades stop at it (\"database migration\")").arg(version));
                return;
            }
        }
        static const QRegularExpression digest(QStringLiteral("^sha256:[0-9a-f]{64}$"));
        static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{40}$"));
        if (!idMap(node["images"], QStringLiteral("release %1: images must map components to digests").arg(version),
                   {QStringLiteral("a component"), QStringLiteral("a digest")}, digest,
                   QStringLiteral("release %1: image '%2' has no sha256 digest: '%3'").arg(version), &r.images)
            || !idMap(node["commits"], QStringLiteral("release %1: commits must map repositories to commit ids").arg(version),
                      {QStringLiteral("a repository"), QStringLiteral("a commit")}, sha,
                      QStringLiteral("release %1: commit of '%2' must be 40 hex digits, not '%3'").arg(version), &r.commits))
            return;
        if (const YAML::Node e = node["enterprise"]) {
            if (!e.IsMap()) {
                problem(e, QStringLiteral("release %1: enterprise must be a mapping").arg(version));
                return;
            }
            known(e, {QStringLiteral("state"), QStringLiteral("due"), QStringLiteral("branch")}, QStringLiteral("enterprise"));
            QString state = QStringLiteral("none");
            if (e["state"] && !text(e["state"], QStringLiteral("state"), &state))
                return;
            const auto s = ManifestRelease::parseState(state);
            if (!s) {
                problem(e["state"], QStringLiteral("release %1: state must be none, staged, approved, published or "
                                                   "superseded, not '%2'")
                                        .arg(version, state));
                return;
            }
            r.state = *s;
            if (e["due"] && !date(e["due"], QStringLiteral("due"), &r.due))
                return;
            // Only the version's own line branch: the name reaches git refs.
            if (e["branch"]) {
                if (!text(e["branch"], QStringLiteral("branch"), &r.branch))
                    return;
                // Only a patch or a fix of an older line lives on a branch:
                // a line's first release is made on main, and SaaS ships it.
                if (!r.branch.isEmpty() && r.version.patch() == 0 && !r.version.isFix()) {
                    problem(e["branch"], QStringLiteral("release %1: a line's first release is made on main, not on '%2': "
                                                        "remove the branch")
                                             .arg(version, printableName(r.branch)));
                    return;
                }
                if (!r.branch.isEmpty() && r.branch != lineBranch(r.version)) {
                    problem(e["branch"], QStringLiteral("release %1: branch must be %2, its line's branch, not '%3'")
                                             .arg(version, lineBranch(r.version), printableName(r.branch)));
                    return;
                }
                if (!r.branch.isEmpty() && r.saasDate.isValid()) {
                    problem(e["branch"], QStringLiteral("release %1: a release on %2 is a patch of an older line, which SaaS never ships, "
                                                        "yet it has a saasDate")
                                             .arg(version, r.branch));
                    return;
                }
            }
        }
        if (const YAML::Node audit = node["audit"]) {
            if (!audit.IsSequence()) {
                problem(audit, QStringLiteral("release %1: audit must be a list").arg(version));
                return;
            }
            for (const YAML::Node &a : audit) {
                if (!a.IsMap()) {
                    problem(a, QStringLiteral("release %1: an audit line must be a mapping").arg(version));
                    return;
                }
                known(a, {QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("action"), QStringLiteral("note"),
                           QStringLiteral("charts")},
                      QStringLiteral("an audit line"));
                AuditEntry entry;
                entry.line = a.Mark().line + 1;
                for (const char *key : {"at", "by", "action", "charts"}) {
                    for (auto kv = a.begin(); kv != a.end(); ++kv) {
                        if (kv->first.IsScalar() && kv->first.Scalar() == key)
                            entry.keyLines.append(kv->first.Mark().line + 1);
                    }
                }
                if (!a["at"] || !a["by"] || !a["action"]) {
                    problem(a, QStringLiteral("release %1: an audit line needs at, by and action").arg(version));
                    return;
                }
                if (!date(a["at"], QStringLiteral("at"), &entry.at) || !text(a["by"], QStringLiteral("by"), &entry.by)
                    || !text(a["action"], QStringLiteral("action"), &entry.action)
                    || (a["note"] && !text(a["note"], QStringLiteral("note"), &entry.note))
                    || (a["charts"] && !text(a["charts"], QStringLiteral("charts"), &entry.charts)))
                    return;
                if (!entry.charts.isEmpty() && !sha.match(entry.charts).hasMatch()) {
                    problem(a["charts"], QStringLiteral("release %1: an audit line's charts must be 40 hex digits, not '%2'")
                                             .arg(version, entry.charts));
                    return;
                }
                r.audit.append(entry);
            }
        }
        m_out->manifest.releases.append(r);
        leftOut.kept = true;
    }

private:
    QString m_file;
    ManifestLoad *m_out;
};

} // namespace

namespace {

ManifestLoad parseText(const QByteArray &text, const QString &fileName)
{
    ManifestLoad out;
    // YAML's character set leaves out the C0 controls but tab, line feed
    // and carriage return (YAML 1.2, 5.1); yaml-cpp reads a NUL as the end of
    // a line's text and goes on, which can make two entries look like one.
    for (qsizetype i = 0, line = 1, column = 1; i < text.size(); ++i, ++column) {
        const uchar c = uchar(text.at(i));
        if (c == '\n') {
            ++line;
            column = 0;
        } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f) {
            out.fatal = true;
            out.problems.append({{fileName, int(line), int(column)},
                                 QStringLiteral("a control character (\\x%1), which YAML does not allow in its text").arg(uint(c), 2, 16, QLatin1Char('0'))});
            return out;
        }
    }
    // A byte order mark inside the text is an invisible character a value
    // may hide behind (`"\ufeffapproved"` reads as approved).
    if (const qsizetype bom = text.indexOf("\xEF\xBB\xBF", 1); bom > 0) {
        out.fatal = true;
        const qsizetype lineStart = text.lastIndexOf('\n', bom) + 1;
        out.problems.append({{fileName, int(text.left(bom).count('\n')) + 1, int(bom - lineStart) + 1},
                             QStringLiteral("a byte order mark (U+FEFF) inside the text, where it is invisible")});
        return out;
    }
    const YamlKeyScan keys = scanYamlKeys(text);
    if (const auto &twice = keys.duplicate) {
        out.fatal = true;
        out.problems.append({{fileName, twice->line, twice->column}, twice->message()});
        return out;
    }
    // The first document only: yaml-cpp's LoadAll never ends on some bad
    // input (a ',' first), so the key scan, which is bounded, finds a second.
    std::optional<YAML::Node> first;
    std::optional<Problem> unreadable;
    try {
        first = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        unreadable = Problem{{fileName, e.mark.line + 1, e.mark.column + 1}, QString::fromStdString(e.msg)};
    }
    if (const auto &stalled = keys.stalled) {
        out.fatal = true;
        out.problems.append({{fileName, stalled->first, stalled->second},
                             QStringLiteral("the YAML reader cannot go past this point (a ',' outside brackets?)")});
        return out;
    }
    // One document: a second one after `---` would be read by nobody.
    if (const auto &second = keys.secondDocument) {
        out.fatal = true;
        out.problems.append({{fileName, second->first, second->second},
                             QStringLiteral("a second YAML document; the manifest is one document, so this one would be ignored")});
        return out;
    }
    // One place, one value: an alias would let one line stand for another
    // release's state or audit, which edits of one place never see.
    if (const auto &alias = keys.alias) {
        out.fatal = true;
        out.problems.append({{fileName, alias->first, alias->second},
                             QStringLiteral("an alias (*name) repeats another part of the manifest; write the value out")});
        return out;
    }
    if (unreadable) {
        out.fatal = true;
        out.problems.append(*unreadable);
        return out;
    }
    const std::optional<YAML::Node> root = first ? *first : YAML::Node();
    Reader reader(fileName, &out);
    if (root->IsNull())
        return out;
    if (!root->IsMap()) {
        reader.problem(*root, QStringLiteral("the manifest must be a mapping with a 'releases' list"));
        out.fatal = true;
        return out;
    }
    reader.known(*root, {QStringLiteral("releases")}, QStringLiteral("the manifest"));
    const YAML::Node releases = (*root)["releases"];
    if (!releases || releases.IsNull())
        return out;
    if (!releases.IsSequence()) {
        reader.problem(releases, QStringLiteral("'releases' must be a list"));
        out.fatal = true;
        return out;
    }
    for (const YAML::Node &r : releases)
        reader.release(r);
    return out;
}

} // namespace

ManifestLoad parse(const QByteArray &text, const QString &fileName)
{
    ManifestLoad out = parseText(text, fileName);
    // What could not be read travels with the manifest: an unknown key in
    // an entry may be a misspelt upgradeStop, and nothing should pass over it.
    out.manifest.fatal = out.fatal;
    for (const Problem &p : std::as_const(out.problems)) {
        out.manifest.problems.append(p.toString());
        out.manifest.problemLines.append(p.where.line);
    }
    return out;
}

} // namespace ReleaseDeck::ManifestFile

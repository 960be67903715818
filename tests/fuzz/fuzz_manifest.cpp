// The release manifest reader and the in-place scalar edits under it.
//
// The input is the text of releases.yaml, optionally ending in a control
// line `#@ N VALUE`: N chooses the scalar to edit and the release to change,
// VALUE is the new text (both are derived from the input when the line is
// missing). Checked:
// - parse() reports a fatal load with a problem, and what it loads keeps
//   its promises (valid, distinct versions, 40-hex commits, sha256 digests);
// - YamlEdit::apply on a scalar chosen among all the document's scalars:
//   when it succeeds, yaml-cpp reads the result as the same tree with only
//   that scalar (and what aliases it) changed, to exactly the new value, and
//   the text differs from the old one within that scalar's line only;
// - setState, appendAudit and appendRelease: when they succeed, the
//   manifest read back is the old one with exactly that change.
#include "fuzzcommon.h"

#include "workspace/manifestfile.h"
#include "yaml/yamledit.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <optional>

using namespace ReleaseDeck;

namespace {

const QString kFile = QStringLiteral("releases.yaml");

std::string show(const QString &s)
{
    return FuzzSupport::printable(s.toStdString(), 300);
}

// The scalars of a document and the paths that reach them, as YamlEdit
// names them: mapping keys and sequence indices. The first of two equal
// keys is the one a path reaches. Bounded, since aliases may form cycles.
struct Walk
{
    QList<QStringList> paths;
    int visited = 0;

    void run(const YAML::Node &node, QStringList &path, int depth)
    {
        if (depth > 12 || paths.size() >= 256 || ++visited > 4096)
            return;
        if (node.IsScalar()) {
            paths.append(path);
        } else if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size() && i < 64; ++i) {
                path.append(QString::number(i));
                run(node[i], path, depth + 1);
                path.removeLast();
            }
        } else if (node.IsMap()) {
            QStringList seen;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar())
                    continue;
                const QString key = QString::fromStdString(it->first.Scalar());
                if (seen.contains(key))
                    continue;
                seen.append(key);
                path.append(key);
                run(it->second, path, depth + 1);
                path.removeLast();
            }
        }
    }
};

// The node a path names, found as YamlEdit finds it.
std::optional<YAML::Node> find(const YAML::Node &root, const QStringList &path)
{
    YAML::Node node = root;
    for (const QString &step : path) {
        const YAML::Node parent = node;
        YAML::Node next;
        bool found = false;
        if (parent.IsMap()) {
            for (auto it = parent.begin(); it != parent.end() && !found; ++it) {
                if (it->first.IsScalar() && QString::fromStdString(it->first.Scalar()) == step) {
                    next.reset(it->second);
                    found = true;
                }
            }
        } else if (parent.IsSequence() && std::size_t(step.toInt()) < parent.size()) {
            next.reset(parent[std::size_t(step.toInt())]);
            found = true;
        }
        if (!found)
            return std::nullopt;
        node.reset(next);
    }
    return node;
}

// The two trees are the same but for `target` (and what aliases it), which
// reads `value` in the new one.
struct Compare
{
    YAML::Node target;
    std::string value;
    int visited = 0;
    std::string difference;

    bool same(const YAML::Node &a, const YAML::Node &b, const std::string &path, int depth)
    {
        if (depth > 24 || ++visited > 20000)
            return true; // deeper than any edit reaches; cycles end here
        if (a.is(target)) {
            if (!b.IsScalar() || b.Scalar() != value)
                return note(path + ": the edited value reads '" + (b.IsScalar() ? b.Scalar() : "(not a scalar)") + "'");
            return true;
        }
        if (a.Type() != b.Type())
            return note(path + ": the node changed its kind");
        if (a.Tag() != b.Tag())
            return note(path + ": tag " + a.Tag() + " became " + b.Tag());
        switch (a.Type()) {
        case YAML::NodeType::Scalar:
            if (a.Scalar() != b.Scalar())
                return note(path + ": '" + a.Scalar() + "' became '" + b.Scalar() + "'");
            return true;
        case YAML::NodeType::Sequence:
            if (a.size() != b.size())
                return note(path + ": the list changed its length");
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (!same(a[i], b[i], path + "." + std::to_string(i), depth + 1))
                    return false;
            }
            return true;
        case YAML::NodeType::Map: {
            if (a.size() != b.size())
                return note(path + ": the mapping changed its size");
            auto ib = b.begin();
            for (auto ia = a.begin(); ia != a.end(); ++ia, ++ib) {
                const std::string key = ia->first.IsScalar() ? ia->first.Scalar() : "?";
                if (!same(ia->first, ib->first, path + "." + key + "(key)", depth + 1)
                    || !same(ia->second, ib->second, path + "." + key, depth + 1))
                    return false;
            }
            return true;
        }
        default:
            return true;
        }
    }

    bool note(const std::string &what)
    {
        difference = what;
        return false;
    }
};

void checkEdit(const QByteArray &text, const YAML::Node &root, uint32_t selector, const QString &value)
{
    Walk walk;
    QStringList path;
    walk.run(root, path, 0);
    if (walk.paths.isEmpty())
        return;
    const QStringList chosen = walk.paths[int(selector % uint32_t(walk.paths.size()))];
    const auto found = find(root, chosen);
    FUZZ_CHECK(found && found->IsScalar(), "path " + show(chosen.join('.')));
    const YAML::Node target = *found;
    QString error;
    const auto out = YamlEdit::apply(text, {{chosen, value}}, kFile, &error);
    if (!out) {
        FUZZ_CHECK(!error.isEmpty(), "an edit refused without a reason");
        return;
    }
    const auto where = [&] { return std::string("edit " + show(chosen.join('.')) + " = '" + show(value) + "'\ninput:\n"
                              + FuzzSupport::printable(text.toStdString()) + "\noutput:\n"
                              + FuzzSupport::printable(out->toStdString())); };
    YAML::Node again;
    try {
        again = YAML::Load(out->toStdString());
    } catch (const YAML::Exception &e) {
        FUZZ_CHECK(false, std::string("the edited text does not parse: ") + e.what() + "\n" + where());
    }
    Compare compare{target, value.toStdString()};
    FUZZ_CHECK(compare.same(root, again, "", 0), compare.difference + "\n" + where());

    // The text changed within the value's line, and nowhere else.
    const std::string before = text.toStdString();
    const std::string after = out->toStdString();
    std::size_t head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    std::size_t tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    if (head == before.size() && head == after.size())
        return; // the same text: the value was already there
    const std::size_t pos = std::size_t(target.Mark().pos);
    const std::size_t lineStart = before.rfind('\n', pos == 0 ? 0 : pos - 1);
    const std::size_t first = lineStart == std::string::npos || pos == 0 ? 0 : lineStart + 1;
    std::size_t lineEnd = before.find('\n', pos);
    if (lineEnd == std::string::npos)
        lineEnd = before.size();
    FUZZ_CHECK(head >= first && before.size() - tail <= lineEnd,
               "the edit changed text outside the value's line (" + std::to_string(head) + ".."
                   + std::to_string(before.size() - tail) + " against the line " + std::to_string(first) + ".."
                   + std::to_string(lineEnd) + ")\n" + where());
    FUZZ_CHECK(after.find('\n', head) >= after.size() - tail, "the new value spans lines\n" + where());
}

std::string describe(const ManifestRelease &r)
{
    std::string s = r.version.toString().toStdString() + " commit " + r.ossCommit.toStdString() + " saas "
                    + r.saasDate.toString(Qt::ISODate).toStdString() + " state "
                    + ManifestRelease::stateName(r.state).toStdString() + " due "
                    + r.due.toString(Qt::ISODate).toStdString() + " images";
    for (auto it = r.images.cbegin(); it != r.images.cend(); ++it)
        s += " " + show(it.key()) + "=" + it.value().toStdString();
    for (const AuditEntry &a : r.audit)
        s += "\n    audit " + a.at.toString(Qt::ISODate).toStdString() + " '" + show(a.by) + "' '" + show(a.action)
             + "' '" + show(a.note) + "'";
    return s;
}

std::string describe(const ReleaseManifest &m)
{
    std::string s;
    for (const ManifestRelease &r : m.releases)
        s += "  " + describe(r) + "\n";
    return s;
}

bool sameAudit(const AuditEntry &a, const AuditEntry &b)
{
    return a.at == b.at && a.by == b.by && a.action == b.action && a.note == b.note;
}

bool sameRelease(const ManifestRelease &a, const ManifestRelease &b, bool withState = true, bool withAudit = true)
{
    if (a.version.toString() != b.version.toString() || a.ossCommit != b.ossCommit || a.saasDate != b.saasDate
        || a.images != b.images)
        return false;
    if (withState && (a.state != b.state || a.due != b.due))
        return false;
    if (withAudit) {
        if (a.audit.size() != b.audit.size())
            return false;
        for (qsizetype i = 0; i < a.audit.size(); ++i) {
            if (!sameAudit(a.audit[i], b.audit[i]))
                return false;
        }
    }
    return true;
}

void checkLoad(const ManifestLoad &load, const FuzzSupport::Detail &where)
{
    FUZZ_CHECK(!load.fatal || !load.problems.isEmpty(), "a fatal load without a problem\n" + where());
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{40}$"));
    static const QRegularExpression digest(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    for (qsizetype i = 0; i < load.manifest.releases.size(); ++i) {
        const ManifestRelease &r = load.manifest.releases[i];
        FUZZ_CHECK(!r.version.isNull() && load.manifest.indexOf(r.version) == i, describe(r) + "\n" + where());
        FUZZ_CHECK(r.ossCommit.isEmpty() || sha.match(r.ossCommit).hasMatch(), describe(r) + "\n" + where());
        for (const QString &d : r.images)
            FUZZ_CHECK(digest.match(d).hasMatch(), describe(r) + "\n" + where());
        FUZZ_CHECK(r.line > 0, where());
    }
}

QDateTime moment(uint32_t n)
{
    // Whole seconds in UTC, as the manifest stores them.
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n % (400u * 86400u)));
}

void checkOperations(const QByteArray &text, const ManifestLoad &before, uint32_t selector, const QString &value)
{
    const auto where = [&] { return std::string("input:\n" + FuzzSupport::printable(text.toStdString()) + "\nmanifest before:\n"
                              + describe(before.manifest)); };
    const QList<ManifestRelease> &old = before.manifest.releases;
    QString error;
    if (!old.isEmpty()) {
        const int index = int(selector % uint32_t(old.size()));
        const Version version = old[index].version;
        const auto state = ManifestRelease::State(selector % 5);
        const QDateTime due = selector & 0x100 ? moment(selector) : QDateTime();
        if (const auto out = ManifestFile::setState(text, version, state, due, kFile, &error)) {
            const ManifestLoad after = ManifestFile::parse(*out, kFile);
            const auto shown = [&] { return std::string("setState " + version.toString().toStdString() + " "
                                      + ManifestRelease::stateName(state).toStdString() + " "
                                      + due.toString(Qt::ISODate).toStdString() + "\n" + where()
                                      + "manifest after:\n" + describe(after.manifest) + "output:\n"
                                      + FuzzSupport::printable(out->toStdString())); };
            FUZZ_CHECK(!after.fatal && after.manifest.releases.size() == old.size(), shown());
            for (qsizetype i = 0; i < old.size(); ++i) {
                const ManifestRelease &a = old[i];
                const ManifestRelease &b = after.manifest.releases[i];
                if (i != index) {
                    FUZZ_CHECK(sameRelease(a, b), shown());
                    continue;
                }
                FUZZ_CHECK(sameRelease(a, b, false), shown());
                FUZZ_CHECK(b.state == state, "the release does not have the new state\n" + shown());
                FUZZ_CHECK(!due.isValid() || b.due == due, "the release does not have the new due date\n" + shown());
                FUZZ_CHECK(due.isValid() || b.due == a.due, shown());
            }
        } else {
            FUZZ_CHECK(!error.isEmpty(), "setState refused without a reason");
        }

        error.clear();
        const AuditEntry entry{moment(selector * 7u), value.left(80), value.section(u' ', 0, 0).left(40),
                               value.mid(3, 60)};
        if (const auto out = ManifestFile::appendAudit(text, version, entry, kFile, &error)) {
            const ManifestLoad after = ManifestFile::parse(*out, kFile);
            const auto shown = [&] { return std::string("appendAudit " + version.toString().toStdString() + " '" + show(entry.by)
                                      + "' '" + show(entry.action) + "' '" + show(entry.note) + "'\n" + where()
                                      + "manifest after:\n" + describe(after.manifest) + "output:\n"
                                      + FuzzSupport::printable(out->toStdString())); };
            FUZZ_CHECK(!after.fatal && after.manifest.releases.size() == old.size(), shown());
            for (qsizetype i = 0; i < old.size(); ++i) {
                const ManifestRelease &a = old[i];
                const ManifestRelease &b = after.manifest.releases[i];
                if (i != index) {
                    FUZZ_CHECK(sameRelease(a, b), shown());
                    continue;
                }
                FUZZ_CHECK(sameRelease(a, b, true, false) && b.audit.size() == a.audit.size() + 1, shown());
                for (qsizetype k = 0; k < a.audit.size(); ++k)
                    FUZZ_CHECK(sameAudit(a.audit[k], b.audit[k]), shown());
                FUZZ_CHECK(sameAudit(b.audit.last(), entry), "the audit line reads back otherwise\n" + shown());
            }
        } else {
            FUZZ_CHECK(!error.isEmpty(), "appendAudit refused without a reason");
        }
    }

    // A new release: a version from the value if it is one.
    error.clear();
    ManifestRelease r;
    const auto parsed = Version::parse(value.section(u' ', 0, 0));
    r.version = parsed ? *parsed : *Version::parse(QStringLiteral("0.%1.0").arg(selector % 1000));
    r.ossCommit = selector & 1 ? QString() : QString::number(FuzzSupport::hashOf(value.toStdString()), 16).repeated(5).left(40).rightJustified(40, u'0');
    r.saasDate = selector & 2 ? moment(selector) : QDateTime();
    if (selector & 4)
        r.images.insert(value.section(u' ', 1, 1).left(60), QStringLiteral("sha256:") + QString(64, u'a'));
    if (selector & 8)
        r.images.insert(QStringLiteral("enterprise-server"), QStringLiteral("sha256:") + QString(64, u'b'));
    r.state = ManifestRelease::State((selector >> 4) % 5);
    r.due = selector & 32 ? moment(selector + 86400) : QDateTime();
    if (selector & 64)
        r.audit.append({moment(selector + 3600), value.left(50), QStringLiteral("stage"), value.mid(5, 50)});
    const bool present = before.manifest.indexOf(r.version) >= 0;
    if (const auto out = ManifestFile::appendRelease(text, r, kFile, &error)) {
        const ManifestLoad after = ManifestFile::parse(*out, kFile);
        const auto shown = [&] { return std::string("appendRelease " + describe(r) + "\n" + where() + "manifest after:\n"
                                  + describe(after.manifest) + "output:\n" + FuzzSupport::printable(out->toStdString())); };
        FUZZ_CHECK(!present, "a version already there was added again\n" + shown());
        FUZZ_CHECK(!after.fatal && after.manifest.releases.size() == old.size() + 1, shown());
        for (qsizetype i = 0; i < old.size(); ++i)
            FUZZ_CHECK(sameRelease(old[i], after.manifest.releases[i]), shown());
        FUZZ_CHECK(sameRelease(after.manifest.releases.last(), r), "the new release reads back otherwise\n" + shown());
    } else {
        FUZZ_CHECK(!error.isEmpty(), "appendRelease refused without a reason");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string_view input = FuzzSupport::view(data, size);
    uint32_t selector = FuzzSupport::hashOf(input);
    QString value = QStringLiteral("0.%1.0").arg(selector % 97);
    const size_t control = input.rfind("#@ ");
    if (control != std::string_view::npos && (control == 0 || input[control - 1] == '\n')
        && input.find('\n', control) == std::string_view::npos) {
        const std::string_view line = input.substr(control + 3);
        const size_t space = line.find(' ');
        selector = uint32_t(std::strtoul(std::string(line.substr(0, space)).c_str(), nullptr, 10));
        value = space == std::string_view::npos ? QString()
                                                : QString::fromUtf8(line.data() + space + 1, qsizetype(line.size() - space - 1));
        input = input.substr(0, control);
    }
    value = value.left(200);
    const QByteArray text(input.data(), qsizetype(input.size()));

    const ManifestLoad load = ManifestFile::parse(text, kFile);
    const auto where = [&] { return std::string("input:\n" + FuzzSupport::printable(input)); };
    checkLoad(load, where);

    YAML::Node root;
    bool parsed = true;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &) {
        parsed = false;
    }
    FUZZ_CHECK(parsed || load.fatal, "yaml-cpp refuses what the manifest reader loads\n" + where());
    if (parsed)
        checkEdit(text, root, selector, value);
    if (!load.fatal)
        checkOperations(text, load, selector, value);
    return 0;
}

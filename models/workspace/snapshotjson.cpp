#include "snapshotjson.h"

#include <QIODevice>

#include <charconv>

namespace ReleaseDeck {

namespace {

class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *out)
        : m_out(out)
    {
        m_buffer.reserve(kFlushAt + 4096);
    }

    bool finish()
    {
        flush();
        return m_ok;
    }

    JsonWriter &raw(const char *text)
    {
        m_buffer.append(text);
        maybeFlush();
        return *this;
    }

    JsonWriter &string(const QString &s)
    {
        // Most text here is ASCII with nothing to escape: copied straight
        // into room made for it at once.
        const qsizetype start = m_buffer.size();
        const qsizetype n = s.size();
        m_buffer.resize(start + n + 2);
        char *out = m_buffer.data() + start;
        *out++ = '"';
        const auto *in = reinterpret_cast<const char16_t *>(s.utf16());
        bool plain = true;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = in[i];
            if (u >= 0x80 || u < 0x20 || u == '"' || u == '\\') {
                plain = false;
                break;
            }
            *out++ = char(u);
        }
        if (plain) {
            *out = '"';
            maybeFlush();
            return *this;
        }
        m_buffer.truncate(start);
        const QByteArray utf8 = s.toUtf8();
        m_buffer.append('"');
        for (char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"': m_buffer.append("\\\""); break;
            case '\\': m_buffer.append("\\\\"); break;
            case '\n': m_buffer.append("\\n"); break;
            case '\r': m_buffer.append("\\r"); break;
            case '\t': m_buffer.append("\\t"); break;
            case '\b': m_buffer.append("\\b"); break;
            case '\f': m_buffer.append("\\f"); break;
            default:
                if (u < 0x20) {
                    char esc[7];
                    qsnprintf(esc, sizeof esc, "\\u%04x", u);
                    m_buffer.append(esc);
                } else {
                    m_buffer.append(c);
                }
            }
        }
        m_buffer.append('"');
        maybeFlush();
        return *this;
    }

    JsonWriter &stringOrNull(const QString &s) { return s.isEmpty() ? raw("null") : string(s); }
    JsonWriter &number(qint64 n)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        m_buffer.append(digits, end - digits);
        return *this;
    }
    JsonWriter &boolean(bool b) { return raw(b ? "true" : "false"); }

    // "key": — with a comma before every key but a row's first.
    JsonWriter &key(const char *name, bool first = false)
    {
        if (!first)
            m_buffer.append(", ");
        m_buffer.append('"').append(name).append("\": ");
        return *this;
    }

    template<typename List, typename Row>
    void array(const char *name, const List &rows, Row row)
    {
        raw(",\n  \"").raw(name).raw("\": [");
        bool first = true;
        for (const auto &r : rows) {
            raw(first ? "\n    {" : ",\n    {");
            row(r);
            raw("}");
            first = false;
        }
        raw(first ? "]" : "\n  ]");
    }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;

    void maybeFlush()
    {
        if (m_buffer.size() >= kFlushAt)
            flush();
    }

    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        if (m_out->write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }

    QIODevice *m_out;
    QByteArray m_buffer;
    bool m_ok = true;
};

QString isoDate(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

const char *releaseKind(const Version &v)
{
    if (v.isFix())
        return "\"fix\"";
    return v.preRelease().isEmpty() ? "\"release\"" : "\"prerelease\"";
}

} // namespace

namespace {

void writeStrings(JsonWriter &w, const QStringList &list)
{
    w.raw("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            w.raw(", ");
        w.string(list[i]);
    }
    w.raw("]");
}

const char *enterpriseName(TrainRelease::Enterprise e)
{
    switch (e) {
    case TrainRelease::Enterprise::Pending:
        return "\"pending\"";
    case TrainRelease::Enterprise::Published:
        return "\"published\"";
    case TrainRelease::Enterprise::Superseded:
        return "\"superseded\"";
    case TrainRelease::Enterprise::None:
        break;
    }
    return "\"none\"";
}

// The train's releases as judged: git's view, the manifest's record and the
// one verdict every view shows.
void writeVersions(JsonWriter &w, const Verdicts &verdicts)
{
    const OverviewPtr overview = verdicts.overview();
    const QList<TrainRelease> &releases = overview->train.releases();
    const ReleaseManifest &manifest = overview->snapshot.manifest;
    QList<int> rows;
    for (int i = 0; i < releases.size(); ++i)
        rows.append(i);
    w.array("versions", rows, [&](int i) {
        const TrainRelease &r = releases.at(i);
        const ReleaseVerdict &v = verdicts.at(i);
        w.key("version", true).string(r.text());
        w.key("kind").raw(releaseKind(r.version));
        w.key("ossTag").stringOrNull(r.ossTag);
        w.key("ossCommit").stringOrNull(r.ossCommit);
        w.key("saasDate").stringOrNull(isoDate(r.saasDate));
        w.key("enterprise").raw(enterpriseName(r.enterprise));
        w.key("enterpriseDate").stringOrNull(isoDate(r.enterpriseDate));
        w.key("manifest");
        if (const ManifestRelease *m = manifest.find(r.version)) {
            w.raw("{").key("state", true).string(ManifestRelease::stateName(m->state));
            w.key("line").number(m->line);
            w.key("ossCommit").stringOrNull(m->ossCommit);
            w.key("saasDate").stringOrNull(isoDate(m->saasDate));
            w.key("due").stringOrNull(isoDate(m->due));
            w.key("audit").raw("[");
            for (qsizetype a = 0; a < m->audit.size(); ++a) {
                const AuditEntry &e = m->audit.at(a);
                w.raw(a ? ", {" : "{").key("at", true).stringOrNull(isoDate(e.at));
                w.key("by").string(e.by);
                w.key("action").string(e.action);
                w.key("note").string(e.note);
                w.key("line").number(e.line);
                w.raw("}");
            }
            w.raw("]}");
        } else {
            w.raw("null");
        }
        w.key("due").stringOrNull(isoDate(v.dueDate));
        w.key("countdown").stringOrNull(v.due);
        w.key("verdict").raw("{").key("state", true).string(ReleaseVerdict::stateName(v.state));
        w.key("stage").string(v.stage);
        w.key("summary").string(v.summary());
        w.key("problems");
        writeStrings(w, v.problems);
        w.key("registry");
        if (v.registryChecked) {
            const Completeness &c = v.registry;
            w.raw("{").key("required", true).number(c.required);
            w.key("present").number(c.present);
            w.key("missing").number(c.missing);
            w.key("mismatched").number(c.mismatched);
            w.key("unknown").number(c.unknown);
            w.raw("}");
        } else {
            w.raw("null");
        }
        w.raw("}");
    });
    w.array("ruleViolations", overview->violations, [&](const RuleViolation &r) {
        w.key("version", true).string(r.version);
        w.key("line").number(r.line);
        w.key("text").string(r.text);
    });
}

} // namespace

bool writeSnapshotJson(const WorkspaceSnapshot &snapshot, QIODevice *out, const Verdicts *verdicts)
{
    JsonWriter w(out);
    w.raw("{\n  ").key("workspace", true).string(snapshot.workspaceFile);
    w.raw(",\n  ").key("name", true).string(snapshot.name);
    w.raw(",\n  ").key("scannedAt", true).string(snapshot.scannedAt.toString(Qt::ISODate));
    w.array("repos", snapshot.repos, [&](const RepoState &r) {
        w.key("id", true).string(r.id);
        w.key("path").string(r.path);
        w.key("head").stringOrNull(r.head);
        w.key("tagCount").number(r.tagCount);
        if (!r.error.isEmpty())
            w.key("error").string(r.error);
    });
    w.array("releases", snapshot.releases, [&](const ReleaseTag &t) {
        w.key("repo", true).string(t.repo);
        w.key("tag").string(t.tag);
        w.key("version").string(t.version.toString());
        w.key("kind").raw(releaseKind(t.version));
        w.key("commit").string(t.commit);
        w.key("date").string(isoDate(t.date));
        w.key("annotated").boolean(t.annotated);
    });
    w.array("charts", snapshot.charts, [&](const ChartRelease &c) {
        w.key("repo", true).string(c.repo);
        w.key("component").string(c.component);
        w.key("tag").string(c.tag);
        w.key("tagVersion");
        if (c.tagVersion)
            w.string(c.tagVersion->toString());
        else
            w.raw("null");
        w.key("commit").string(c.commit);
        w.key("date").string(isoDate(c.date));
        w.key("chart").string(c.chart);
        w.key("path");
        if (c.found)
            w.string(c.path);
        else
            w.raw("null");
        w.key("version").string(c.version);
        w.key("appVersion").string(c.appVersion);
        w.key("image");
        if (c.image) {
            w.raw("{").key("repository", true).string(c.image->repository);
            w.key("tag").string(c.image->tag).raw("}");
        } else {
            w.raw("null");
        }
        w.key("problems").raw("[");
        for (qsizetype i = 0; i < c.problems.size(); ++i) {
            if (i)
                w.raw(", ");
            w.string(c.problems[i]);
        }
        w.raw("]");
    });
    auto ref = [&](const ImageRef &r) {
        w.key("repo", true).string(r.repo);
        w.key("tag").string(r.tag);
        w.key("file").string(r.file);
        w.key("path").string(r.path);
        w.key("line").number(r.line);
        w.key("repository").string(r.repository);
        w.key("value").string(r.value);
        // commit, resolvedRepo and earliestRelease keep their first meaning,
        // the commit id in the tag resolved; a commit found another way is
        // mappedCommit and mappedRelease, with how it was found.
        const bool bySha = r.how == ImageRef::How::Sha || !r.sha.isEmpty();
        w.key("sha").stringOrNull(r.sha);
        w.key("resolvedRepo").stringOrNull(bySha ? r.resolvedRepo : QString());
        w.key("commit").stringOrNull(bySha ? r.commit : QString());
        w.key("earliestRelease").stringOrNull(bySha ? r.earliestRelease : QString());
        w.key("status").string(ImageRef::statusName(r.status));
        w.key("how").string(ImageRef::howName(r.commit.isEmpty() ? ImageRef::How::None : r.how));
        w.key("mappedCommit").stringOrNull(r.commit);
        w.key("mappedRelease").stringOrNull(r.earliestRelease);
    };
    w.array("imageRefs", snapshot.imageRefs, ref);
    w.array("workflowRefs", snapshot.workflowRefs, [&](const ImageRef &r) {
        ref(r);
        w.key("envName").stringOrNull(r.envName);
    });
    if (verdicts && verdicts->overview())
        writeVersions(w, *verdicts);
    w.raw(",\n  \"problems\": [");
    for (qsizetype i = 0; i < snapshot.problems.size(); ++i) {
        w.raw(i ? ",\n    " : "\n    ").string(snapshot.problems[i]);
    }
    w.raw(snapshot.problems.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return w.finish();
}

} // namespace ReleaseDeck

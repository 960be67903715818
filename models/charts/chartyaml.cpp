#include "chartyaml.h"

#include <algorithm>

#include "yaml/blockyaml.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QStringList>

namespace ReleaseDeck {

namespace {

QString markText(const YAML::Mark &m)
{
    if (m.is_null())
        return QString();
    return QStringLiteral("%1:%2: ").arg(m.line + 1).arg(m.column + 1);
}

} // namespace

namespace {

// Top-level `name`, `version` and `appVersion` scalars from the block reader's
// events. Anything less plain for those keys (null, alias, nested value) is
// left to yaml-cpp, which words the error.
class ChartHandler : public YAML::EventHandler
{
public:
    ChartYaml out;
    bool unsupported = false;
    bool sawRoot = false;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { value(nullptr); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { value(nullptr); }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &v) override
    {
        value(&v);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        open(false);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        open(true);
    }
    void OnMapEnd() override { close(); }

private:
    QString *field(const std::string &key)
    {
        if (key == "name")
            return &out.name;
        if (key == "version")
            return &out.version;
        if (key == "appVersion")
            return &out.appVersion;
        return nullptr;
    }

    void open(bool isMap)
    {
        if (m_depth == 0) {
            if (!isMap)
                unsupported = true; // yaml-cpp says it is not a mapping
            sawRoot = true;
        }
        if (m_depth == 1 && !m_expectingKey && field(m_key))
            unsupported = true;
        if (m_depth == 1 && m_expectingKey)
            unsupported = true; // a complex key
        ++m_depth;
    }

    void close()
    {
        if (--m_depth == 1)
            m_expectingKey = !m_expectingKey;
    }

    void value(const std::string *v)
    {
        if (m_depth == 0) {
            unsupported = true;
            return;
        }
        if (m_depth != 1)
            return;
        if (m_expectingKey) {
            if (!v)
                unsupported = true;
            else
                m_key = *v;
        } else if (QString *f = field(m_key)) {
            if (!v || m_seen.contains(QString::fromStdString(m_key)))
                unsupported = true; // nulls, aliases and repeated keys: yaml-cpp decides
            else
                *f = QString::fromStdString(*v);
            m_seen.append(QString::fromStdString(m_key));
        }
        m_expectingKey = !m_expectingKey;
    }

    int m_depth = 0;
    bool m_expectingKey = true;
    std::string m_key;
    QStringList m_seen;
};

} // namespace

ChartYaml readChartYaml(std::string_view text, ValuesParser parser)
{
    // A byte order mark inside the text is invisible, and the readers
    // disagree on it: yaml-cpp keeps it in a key ("\ufeffname"), so the
    // chart would have no name for Helm while it reads as one here.
    if (const size_t bom = text.find("\xEF\xBB\xBF", 1); bom != std::string_view::npos) {
        ChartYaml out;
        const size_t lineStart = text.rfind('\n', bom);
        const size_t line = size_t(std::count(text.begin(), text.begin() + std::ptrdiff_t(bom), '\n')) + 1;
        out.error = QStringLiteral("%1:%2: a byte order mark (U+FEFF) inside the text, where it is invisible")
                        .arg(line)
                        .arg(bom - (lineStart == std::string_view::npos ? 0 : lineStart + 1) + 1);
        return out;
    }
    if (parser == ValuesParser::Auto) {
        ChartHandler fast;
        if (readBlockYaml(text, fast) && !fast.unsupported && fast.sawRoot) {
            fast.out.usedFastReader = true;
            return fast.out;
        }
    }
    ChartYaml out;
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        if (!root.IsMap()) {
            out.error = QStringLiteral("Chart.yaml is not a mapping");
            return out;
        }
        auto field = [&](const char *key, QString *value) {
            const YAML::Node n = root[key];
            if (!n)
                return;
            if (!n.IsScalar()) {
                out.error = markText(n.Mark()) + QStringLiteral("'%1' is not a text value").arg(QLatin1String(key));
                return;
            }
            *value = QString::fromStdString(n.Scalar());
        };
        field("name", &out.name);
        field("version", &out.version);
        field("appVersion", &out.appVersion);
    } catch (const YAML::Exception &e) {
        out.error = markText(e.mark) + QString::fromStdString(e.msg);
    }
    return out;
}

} // namespace ReleaseDeck

#include "valuesscanner.h"

#include "yaml/blockyaml.h"

#include <yaml-cpp/yaml.h>
#include <yaml-cpp/eventhandler.h>

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace ReleaseDeck {

namespace {

constexpr int kMaxDocuments = 1000;

struct ImageFields
{
    std::string registry;
    std::string repository;
    std::string tag;
    int repositoryLine = 0;
    int tagLine = 0;
    bool hasRepository = false;
    bool hasTag = false;

    void mergeMissing(const ImageFields &o)
    {
        if (!hasRepository && o.hasRepository) {
            repository = o.repository;
            repositoryLine = o.repositoryLine;
            hasRepository = true;
        }
        if (registry.empty())
            registry = o.registry;
        if (!hasTag && o.hasTag) {
            tag = o.tag;
            tagLine = o.tagLine;
            hasTag = true;
        }
    }
};

bool keyNamesImage(const std::string &key)
{
    if (key == "image")
        return true;
    return key.size() > 5 && key.compare(key.size() - 5, 5, "Image") == 0;
}

// A list whose items are "registry/repository:tag" strings: `preload:`,
// `images:`, `extraImages:`, `sidecarImage:` as a list.
bool keyNamesImageList(const std::string &key)
{
    if (keyNamesImage(key) || key == "preload" || key == "images")
        return true;
    return key.size() > 6 && key.compare(key.size() - 6, 6, "Images") == 0;
}

// A list item that reads as an image reference: a repository with a
// registry or an organisation before it, and no spaces or templating.
bool looksLikeImageString(const std::string &value)
{
    const bool plain = std::none_of(value.cbegin(), value.cend(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
    });
    return plain && !value.empty() && value.find('/') != std::string::npos && value.find("{{") == std::string::npos;
}

bool pathMentionsImage(const std::string &path)
{
    for (size_t i = 0; i + 5 <= path.size(); ++i) {
        if ((path[i] == 'i' || path[i] == 'I') && path.compare(i + 1, 4, "mage") == 0)
            return true;
    }
    return false;
}

const char *const kPinSuffixes[] = {"_IMAGE_TAG", "_SHA", "_TAG", "_COMMIT", "_VERSION"};

bool endsWith(const std::string &s, std::string_view tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

class Handler : public YAML::EventHandler
{
public:
    QList<FoundImage> images;
    bool workflow = false; // a CI workflow file: env pins, container and docker:// steps

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override { m_stack.clear(); }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        // An empty value's mark is where the next token starts: use the
        // line of its key instead.
        YAML::Mark at = mark;
        if (!m_stack.empty() && m_stack.back().isMap && !m_stack.back().expectingKey)
            at.line = m_stack.back().keyLine;
        onScalarValue(at, anchor, std::string());
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (m_stack.empty())
            return;
        Frame &f = m_stack.back();
        if (f.isMap && f.expectingKey) {
            auto s = m_scalarAnchors.find(anchor);
            f.key = s != m_scalarAnchors.end() ? s->second : std::string("*");
            f.expectingKey = false;
            return;
        }
        if (f.isMap) {
            if (f.key == "<<") {
                auto m = m_mapAnchors.find(anchor);
                if (m != m_mapAnchors.end())
                    f.fields.mergeMissing(m->second);
            } else if (auto s = m_scalarAnchors.find(anchor); s != m_scalarAnchors.end()) {
                assignScalar(f, mark, s->second);
            } else if (auto m = m_mapAnchors.find(anchor); m != m_mapAnchors.end()) {
                // An aliased image mapping deploys that image here too.
                if (m->second.hasRepository || m->second.hasTag) {
                    ImageFields copy = m->second;
                    report(childPath(f), copy, mark.line + 1);
                }
            }
            f.expectingKey = true;
        } else {
            if (auto s = m_scalarAnchors.find(anchor); s != m_scalarAnchors.end() && f.imageList)
                reportString(f, mark, s->second);
            ++f.index;
        }
    }

    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        onScalarValue(mark, anchor, value);
    }

    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        push(false, 0);
    }

    void OnSequenceEnd() override { pop(); }

    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        push(true, anchor);
    }

    void OnMapEnd() override
    {
        if (m_stack.empty())
            return;
        Frame &f = m_stack.back();
        // A mapping with only `tag` under an image-ish path is a subchart
        // override: the repository comes from the subchart's own values.
        const bool imageLike = f.fields.hasRepository ? (f.fields.hasTag || pathMentionsImage(f.path))
                                                      : (f.fields.hasTag && pathMentionsImage(f.path));
        if (imageLike)
            report(f.path, f.fields, f.fields.hasTag ? f.fields.tagLine : f.fields.repositoryLine);
        if (f.anchor)
            m_mapAnchors[f.anchor] = f.fields;
        pop();
    }

private:
    struct Frame
    {
        bool isMap = false;
        bool expectingKey = true;
        bool isKeyNode = false;
        bool imageList = false; // a sequence under a key such as `preload`
        std::string path;
        std::string key;
        int keyLine = 0; // 0-based, as yaml-cpp marks are
        int index = 0;
        YAML::anchor_t anchor = 0;
        ImageFields fields;
    };

    static std::string childPath(const Frame &f)
    {
        std::string seg = f.isMap ? f.key : "[" + std::to_string(f.index) + "]";
        if (f.path.empty())
            return seg;
        return f.isMap ? f.path + "." + seg : f.path + seg;
    }

    void push(bool isMap, YAML::anchor_t anchor)
    {
        Frame child;
        child.isMap = isMap;
        child.anchor = anchor;
        if (!m_stack.empty()) {
            const Frame &parent = m_stack.back();
            child.isKeyNode = parent.isMap && parent.expectingKey;
            child.path = child.isKeyNode ? std::string("?") : childPath(parent);
            child.imageList = !isMap && !child.isKeyNode && parent.isMap && keyNamesImageList(parent.key);
        }
        m_stack.push_back(std::move(child));
    }

    void pop()
    {
        const bool wasKey = m_stack.back().isKeyNode;
        m_stack.pop_back();
        if (m_stack.empty())
            return;
        Frame &parent = m_stack.back();
        if (parent.isMap) {
            if (wasKey) {
                parent.key = "?";
                parent.expectingKey = false;
            } else {
                parent.expectingKey = true;
            }
        } else {
            ++parent.index;
        }
    }

    bool workflowScalar(const Frame &f, const YAML::Mark &mark, const std::string &value)
    {
        if (value.empty() || value.find("${{") != std::string::npos)
            return false;
        if (f.key == "container" || f.key == "uses") {
            std::string image = value;
            if (f.key == "uses") {
                if (image.compare(0, 9, "docker://") != 0)
                    return true;
                image = image.substr(9);
            }
            if (looksLikeImageString(image)) {
                FoundImage found;
                found.path = QString::fromStdString(childPath(f));
                found.line = mark.line + 1;
                splitImageString(QString::fromStdString(image), &found.repository, &found.tag);
                images.append(found);
            }
            return true;
        }
        const bool inEnv = f.path == "env" || endsWith(f.path, ".env");
        if (!inEnv || pinnedImageName(QString::fromStdString(f.key)).isEmpty())
            return false;
        FoundImage found;
        found.path = QString::fromStdString(childPath(f));
        found.line = mark.line + 1;
        if (value.find('/') != std::string::npos && looksLikeImageString(value)) {
            splitImageString(QString::fromStdString(value), &found.repository, &found.tag);
        } else {
            // Even a value with blanks or control characters in it: kept, so
            // that the pin is listed (and maps to nothing) instead of lost.
            found.tag = QString::fromStdString(value);
            found.envName = QString::fromStdString(f.key);
        }
        images.append(found);
        return true;
    }

    void assignScalar(Frame &f, const YAML::Mark &mark, const std::string &value)
    {
        if (workflow && workflowScalar(f, mark, value))
            return;
        if (f.key == "repository") {
            f.fields.repository = value;
            f.fields.repositoryLine = mark.line + 1;
            f.fields.hasRepository = true;
        } else if (f.key == "tag") {
            f.fields.tag = value;
            f.fields.tagLine = mark.line + 1;
            f.fields.hasTag = true;
        } else if (f.key == "registry") {
            f.fields.registry = value;
        } else if (keyNamesImage(f.key) && !value.empty()
                   && value.find("{{") == std::string::npos
                   && value.find(' ') == std::string::npos) {
            FoundImage found;
            found.path = QString::fromStdString(childPath(f));
            found.line = mark.line + 1;
            splitImageString(QString::fromStdString(value), &found.repository, &found.tag);
            images.append(found);
        }
    }

    void onScalarValue(const YAML::Mark &mark, YAML::anchor_t anchor, const std::string &value)
    {
        if (anchor)
            m_scalarAnchors[anchor] = value;
        if (m_stack.empty())
            return;
        Frame &f = m_stack.back();
        if (!f.isMap) {
            if (f.imageList)
                reportString(f, mark, value);
            ++f.index;
            return;
        }
        if (f.expectingKey) {
            f.key = value;
            f.keyLine = mark.line;
            f.expectingKey = false;
            return;
        }
        assignScalar(f, mark, value);
        f.expectingKey = true;
    }

    // An item of an image list: "registry/repository:tag".
    void reportString(const Frame &f, const YAML::Mark &mark, const std::string &value)
    {
        if (!looksLikeImageString(value))
            return;
        FoundImage found;
        found.path = QString::fromStdString(childPath(f));
        found.line = mark.line + 1;
        splitImageString(QString::fromStdString(value), &found.repository, &found.tag);
        images.append(found);
    }

    void report(const std::string &path, const ImageFields &fields, int line)
    {
        FoundImage found;
        found.path = QString::fromStdString(path);
        found.line = line;
        std::string repo = fields.repository;
        if (!fields.registry.empty() && !repo.empty())
            repo = fields.registry + "/" + repo;
        found.repository = QString::fromStdString(repo);
        found.tag = QString::fromStdString(fields.tag);
        images.append(found);
    }

    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, std::string> m_scalarAnchors;
    std::unordered_map<YAML::anchor_t, ImageFields> m_mapAnchors;
};

QString markText(const YAML::Mark &m)
{
    if (m.is_null())
        return QString();
    return QStringLiteral("%1:%2: ").arg(m.line + 1).arg(m.column + 1);
}

} // namespace

QString pinnedImageName(const QString &envName)
{
    const std::string name = envName.toStdString();
    for (const char *suffix : kPinSuffixes) {
        if (endsWith(name, suffix) && name.size() > strlen(suffix)) {
            QString stem = envName.left(envName.size() - qsizetype(strlen(suffix)));
            if (stem.endsWith(QLatin1String("_IMAGE")))
                stem.chop(6);
            // Words of letters and digits joined by single underscores.
            static const QRegularExpression words(QStringLiteral("^[A-Za-z0-9]+(_[A-Za-z0-9]+)*$"));
            if (!words.match(stem).hasMatch())
                return QString();
            return stem.toLower().replace(u'_', u'-');
        }
    }
    return QString();
}

void splitImageString(const QString &text, QString *repository, QString *tag)
{
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        *repository = text.left(at);
        *tag = text.mid(at + 1);
        return;
    }
    const qsizetype colon = text.lastIndexOf(u':');
    const qsizetype slash = text.lastIndexOf(u'/');
    if (colon > slash) {
        *repository = text.left(colon);
        *tag = text.mid(colon + 1);
    } else {
        *repository = text;
        tag->clear();
    }
}

namespace {

ValuesScan scan(std::string_view text, ValuesParser parser, bool workflow)
{
    ValuesScan out;
    if (parser == ValuesParser::Auto) {
        Handler fast;
        fast.workflow = workflow;
        if (readBlockYaml(text, fast)) {
            out.images = std::move(fast.images);
            out.usedFastReader = true;
            return out;
        }
    }
    std::istringstream in{std::string(text)};
    Handler handler;
    handler.workflow = workflow;
    try {
        YAML::Parser parser(in);
        // yaml-cpp 0.7 can report a document forever without reading on
        // (a stray ',' at the start of one): no values file has this many.
        int documents = 0;
        while (parser.HandleNextDocument(handler)) {
            if (++documents > kMaxDocuments) {
                out.error = QStringLiteral("more than %1 YAML documents; the file is not a values file")
                                .arg(kMaxDocuments);
                break;
            }
        }
    } catch (const YAML::Exception &e) {
        out.error = markText(e.mark) + QString::fromStdString(e.msg);
    }
    out.images = std::move(handler.images);
    return out;
}

} // namespace

ValuesScan scanValues(std::string_view text, ValuesParser parser)
{
    return scan(text, parser, false);
}

ValuesScan scanWorkflow(std::string_view text)
{
    return scan(text, ValuesParser::Auto, true);
}

} // namespace ReleaseDeck

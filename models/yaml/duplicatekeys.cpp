#include "duplicatekeys.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace ReleaseDeck {

namespace {

// Follows the parser's events: in each mapping every other node is a key.
class KeyWatcher : public YAML::EventHandler
{
public:
    std::optional<DuplicateKey> found;
    std::optional<std::pair<int, int>> firstAlias; // line and column, 1-based

    std::optional<std::pair<int, int>> secondDocument; // line and column, 1-based
    bool stalled = false; // a document begun where the last one began: the parser reads no further
    std::optional<std::pair<int, int>> stalledAt;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_stack.clear();
        if (m_documents > 0 && mark.pos == m_lastStart) {
            stalled = true;
            stalledAt = std::pair{mark.line + 1, mark.column + 1};
        }
        else if (m_documents > 0 && !secondDocument)
            m_secondStart = mark; // named by its first node, as a loaded document is
        ++m_documents;
        m_lastStart = mark.pos;
    }
    bool firstEnded = false; // the first document has been read whole

    void OnDocumentEnd() override
    {
        firstEnded = true;
        if (m_secondStart && !secondDocument)
            secondDocument = std::pair{m_secondStart->line + 1, m_secondStart->column + 1};
    }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        static const std::string null("~");
        leaf(mark, &null);
    }
    // An alias as a key stands for its anchor's scalar: `*k : 2` after
    // `&k key: 1` writes `key` twice.
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (!firstAlias)
            firstAlias = std::pair{mark.line + 1, mark.column + 1};
        const auto it = m_anchors.find(anchor);
        leaf(mark, it == m_anchors.end() ? nullptr : &it->second);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &value) override
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = value;
        leaf(mark, &value);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        begin(mark, nullptr);
        m_stack.push_back({false, true, {}});
    }
    void OnSequenceEnd() override { end(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        begin(mark, nullptr);
        m_stack.push_back({true, true, {}});
    }
    void OnMapEnd() override { end(); }

private:
    struct Frame
    {
        bool map;
        bool nextIsKey;
        std::map<std::string, int> keys; // key → line written first
    };
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, std::string> m_anchors;
    std::optional<YAML::Mark> m_secondStart;
    int m_documents = 0;
    int m_lastStart = -1;

    void leaf(const YAML::Mark &mark, const std::string *value)
    {
        begin(mark, value);
        after();
    }
    void begin(const YAML::Mark &mark, const std::string *scalar)
    {
        if (m_secondStart && !secondDocument)
            secondDocument = std::pair{mark.line + 1, mark.column + 1};
        if (m_stack.empty() || !m_stack.back().map || !m_stack.back().nextIsKey || !scalar || found)
            return;
        const auto [it, inserted] = m_stack.back().keys.emplace(*scalar, mark.line + 1);
        if (!inserted)
            found = DuplicateKey{QString::fromStdString(*scalar), mark.line + 1, mark.column + 1, it->second};
    }
    void end()
    {
        m_stack.pop_back();
        after();
    }
    void after()
    {
        if (!m_stack.empty() && m_stack.back().map)
            m_stack.back().nextIsKey = !m_stack.back().nextIsKey;
    }
};

} // namespace

QString DuplicateKey::message() const
{
    return QStringLiteral("'%1' is written twice in one mapping (first on line %2); only one is read").arg(key).arg(firstLine);
}

namespace {

KeyWatcher watch(const QByteArray &text)
{
    std::istringstream in(text.toStdString());
    KeyWatcher watcher;
    try {
        YAML::Parser parser(in);
        // yaml-cpp 0.7 may report an empty document forever on some bad
        // input (a stray ',' first): the count is bounded.
        for (int documents = 0; documents < 1000 && !watcher.found && !watcher.stalled && parser.HandleNextDocument(watcher);
             ++documents) {
        }
    } catch (const YAML::Exception &e) {
        // Not YAML: the reader reports that, with its own location; but a
        // reader of the first document alone never sees what breaks later.
        if (watcher.firstEnded && !watcher.secondDocument)
            watcher.secondDocument = std::pair{e.mark.line + 1, e.mark.column + 1};
    }
    return watcher;
}

} // namespace

std::optional<DuplicateKey> findDuplicateKey(const QByteArray &text)
{
    return watch(text).found;
}

YamlKeyScan scanYamlKeys(const QByteArray &text)
{
    const KeyWatcher watcher = watch(text);
    return {watcher.found, watcher.firstAlias, watcher.secondDocument, watcher.stalledAt};
}

} // namespace ReleaseDeck

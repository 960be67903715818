// The block YAML reader against yaml-cpp's parser. The reader takes a
// subset of YAML and gives up on the rest, leaving it to yaml-cpp; that is
// allowed. What is checked is that when it does not give up:
// - its events are well formed (one document, balanced collections, keys
//   and values in pairs);
// - yaml-cpp reads the same text without an error, as one document;
// - both send the same events: maps, sequences (with their style), scalars
//   with their tag ('?' plain, '!' quoted), value and line, nulls, anchors
//   and aliases. A block scalar (| or >) under a key the values scanner does
//   not read comes through as an empty scalar, by design: it matches any
//   block scalar of yaml-cpp's on the same line;
// - the values scanner and the Chart.yaml reader give the same results with
//   the fast reader as with yaml-cpp alone.
#include "fuzzcommon.h"

#include "charts/chartyaml.h"
#include "charts/valuesscanner.h"
#include "yaml/blockyaml.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

using namespace ReleaseDeck;

namespace {

struct Event
{
    enum Kind { DocumentStart, DocumentEnd, Null, Alias, Scalar, SequenceStart, SequenceEnd, MapStart, MapEnd };
    Kind kind;
    int line = 0;
    int column = 0;
    std::string tag;
    YAML::anchor_t anchor = YAML::NullAnchor;
    std::string value;
    int style = 0;
};

const char *kindName(Event::Kind k)
{
    static const char *const names[] = {"document-start", "document-end", "null",     "alias",  "scalar",
                                        "sequence-start", "sequence-end", "map-start", "map-end"};
    return names[k];
}

std::string describe(const Event &e)
{
    std::string s = std::string(kindName(e.kind)) + " @" + std::to_string(e.line + 1) + ":" + std::to_string(e.column + 1);
    if (!e.tag.empty())
        s += " tag " + e.tag;
    if (e.anchor)
        s += " anchor " + std::to_string(e.anchor);
    if (e.kind == Event::Scalar)
        s += " \"" + FuzzSupport::printable(e.value, 200) + "\"";
    if (e.kind == Event::SequenceStart || e.kind == Event::MapStart)
        s += e.style == YAML::EmitterStyle::Flow ? " flow" : " block";
    return s;
}

class Recorder : public YAML::EventHandler
{
public:
    std::vector<Event> events;

    void OnDocumentStart(const YAML::Mark &m) override { add(Event::DocumentStart, m); }
    void OnDocumentEnd() override { add(Event::DocumentEnd, YAML::Mark()); }
    void OnNull(const YAML::Mark &m, YAML::anchor_t anchor) override { add(Event::Null, m).anchor = anchor; }
    void OnAlias(const YAML::Mark &m, YAML::anchor_t anchor) override { add(Event::Alias, m).anchor = anchor; }
    void OnScalar(const YAML::Mark &m, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        Event &e = add(Event::Scalar, m);
        e.tag = tag;
        e.anchor = anchor;
        e.value = value;
    }
    void OnSequenceStart(const YAML::Mark &m, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        Event &e = add(Event::SequenceStart, m);
        e.tag = tag;
        e.anchor = anchor;
        e.style = style;
    }
    void OnSequenceEnd() override { add(Event::SequenceEnd, YAML::Mark()); }
    void OnMapStart(const YAML::Mark &m, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        Event &e = add(Event::MapStart, m);
        e.tag = tag;
        e.anchor = anchor;
        e.style = style;
    }
    void OnMapEnd() override { add(Event::MapEnd, YAML::Mark()); }
    void OnAnchor(const YAML::Mark &, const std::string &) override {}

private:
    Event &add(Event::Kind kind, const YAML::Mark &m)
    {
        Event e{kind};
        e.line = m.line;
        e.column = m.column;
        events.push_back(e);
        return events.back();
    }
};

std::string dump(const std::vector<Event> &events)
{
    std::string out;
    for (size_t i = 0; i < events.size() && i < 200; ++i)
        out += "  " + describe(events[i]) + "\n";
    return out;
}

// One document, collections balanced, a map's entries in pairs, aliases
// only to anchors already defined.
void checkWellFormed(std::string_view text, const std::vector<Event> &events)
{
    const auto where = [&] { return std::string("input:\n" + FuzzSupport::printable(text) + "\nevents:\n" + dump(events)); };
    if (events.empty())
        return;
    FUZZ_CHECK(events.front().kind == Event::DocumentStart && events.back().kind == Event::DocumentEnd, where());
    std::vector<std::pair<Event::Kind, int>> open; // kind, children so far
    YAML::anchor_t anchors = 0;
    int roots = 0;
    for (size_t i = 1; i + 1 < events.size(); ++i) {
        const Event &e = events[i];
        FUZZ_CHECK(e.kind != Event::DocumentStart && e.kind != Event::DocumentEnd, where());
        if (e.kind == Event::SequenceEnd || e.kind == Event::MapEnd) {
            FUZZ_CHECK(!open.empty(), where());
            FUZZ_CHECK(open.back().first == (e.kind == Event::MapEnd ? Event::MapStart : Event::SequenceStart), where());
            if (e.kind == Event::MapEnd)
                FUZZ_CHECK(open.back().second % 2 == 0, where());
            open.pop_back();
            continue;
        }
        if (open.empty())
            ++roots;
        else
            ++open.back().second;
        if (e.kind == Event::Alias)
            FUZZ_CHECK(e.anchor >= 1 && e.anchor <= anchors, where());
        else if (e.anchor != YAML::NullAnchor)
            FUZZ_CHECK(e.anchor == ++anchors, where());
        if (e.kind == Event::SequenceStart || e.kind == Event::MapStart)
            open.push_back({e.kind, 0});
    }
    FUZZ_CHECK(open.empty() && roots == 1, where());
}

// The text at a line and column, if there is one.
std::string_view at(std::string_view text, int line, int column)
{
    size_t pos = 0;
    for (int l = 0; l < line; ++l) {
        pos = text.find('\n', pos);
        if (pos == std::string_view::npos)
            return {};
        ++pos;
    }
    if (column < 0 || pos + size_t(column) > text.size())
        return {};
    return text.substr(pos + size_t(column));
}

bool sameEvent(std::string_view text, const Event &fast, const Event &ref)
{
    if (fast.kind != ref.kind || fast.anchor != ref.anchor)
        return false;
    switch (fast.kind) {
    case Event::Scalar:
        if (fast.tag != ref.tag || fast.line != ref.line)
            return false;
        if (fast.value == ref.value)
            return true;
        // A block scalar the reader skips.
        if (fast.value.empty() && fast.tag == "!") {
            const std::string_view there = at(text, fast.line, fast.column);
            return !there.empty() && (there.front() == '|' || there.front() == '>');
        }
        return false;
    case Event::Alias:
        return fast.line == ref.line;
    case Event::SequenceStart:
    case Event::MapStart:
        return fast.tag == ref.tag && fast.style == ref.style;
    default:
        return true;
    }
}

std::string describeScan(const ValuesScan &scan)
{
    std::string out;
    for (const FoundImage &i : scan.images)
        out += QStringLiteral("%1@%2 %3 : %4\n").arg(i.path).arg(i.line).arg(i.repository, i.tag).toStdString();
    if (!scan.error.isEmpty())
        out += "error\n";
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text = FuzzSupport::view(data, size);
    Recorder fast;
    if (!readBlockYaml(text, fast))
        return 0; // outside the subset: yaml-cpp's to read
    checkWellFormed(text, fast.events);

    Recorder reference;
    std::string refusal;
    int documents = 0;
    try {
        std::istringstream in{std::string(text)};
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(reference)) {
            if (++documents > 2)
                break;
        }
    } catch (const YAML::Exception &e) {
        refusal = e.what();
    }
    const auto where = [&] { return std::string("input:\n" + FuzzSupport::printable(text) + "\nblock reader:\n" + dump(fast.events)
                              + "yaml-cpp:\n" + dump(reference.events)); };
    FUZZ_CHECK(refusal.empty(), "the block reader accepts what yaml-cpp refuses (" + refusal + ")\n" + where());
    FUZZ_CHECK(documents == (fast.events.empty() ? 0 : 1), "documents: " + std::to_string(documents) + "\n" + where());
    for (size_t i = 0; i < fast.events.size() && i < reference.events.size(); ++i) {
        FUZZ_CHECK(sameEvent(text, fast.events[i], reference.events[i]),
                   "event " + std::to_string(i) + ": " + describe(fast.events[i]) + " against yaml-cpp's "
                       + describe(reference.events[i]) + "\n" + where());
    }
    FUZZ_CHECK(fast.events.size() == reference.events.size(), "event counts differ\n" + where());

    // What the readers built on it find.
    const ValuesScan scanFast = scanValues(text, ValuesParser::Auto);
    const ValuesScan scanRef = scanValues(text, ValuesParser::YamlCpp);
    FUZZ_CHECK(describeScan(scanFast) == describeScan(scanRef),
               "values scanner:\n" + describeScan(scanFast) + "yaml-cpp alone:\n" + describeScan(scanRef) + where());
    const ChartYaml chartFast = readChartYaml(text, ValuesParser::Auto);
    const ChartYaml chartRef = readChartYaml(text, ValuesParser::YamlCpp);
    FUZZ_CHECK(chartFast.name == chartRef.name && chartFast.version == chartRef.version
                   && chartFast.appVersion == chartRef.appVersion && chartFast.error.isEmpty() == chartRef.error.isEmpty(),
               "Chart.yaml: " + chartFast.name.toStdString() + " " + chartFast.version.toStdString() + " "
                   + chartFast.appVersion.toStdString() + " (" + chartFast.error.toStdString() + ") against "
                   + chartRef.name.toStdString() + " " + chartRef.version.toStdString() + " "
                   + chartRef.appVersion.toStdString() + " (" + chartRef.error.toStdString() + ")\n" + where());
    return 0;
}

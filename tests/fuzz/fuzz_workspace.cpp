// The workspace loader on any bytes as releasedeck.yaml: it must report,
// never crash or hang. Checked besides: a fatal load names a problem; every
// problem names the file and a place inside the text; what loads keeps the
// loader's promises (unique non-empty ids, components on loaded
// repositories, valid tag templates, a stagger of 0 to 365 days, freezes
// that end after they start, registries with a layout or an http(s) url).
#include "fuzzcommon.h"

#include "workspace/workspaceloader.h"

#include <QSet>

using namespace ReleaseDeck;

namespace {

const QString kFile = QStringLiteral("/nonexistent/releasedeck-fuzz/releasedeck.yaml");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const WorkspaceLoad load = WorkspaceLoader::loadFromText(kFile, text);
    const auto where = [&] { return std::string("input:\n" + FuzzSupport::printable(FuzzSupport::view(data, size))); };

    FUZZ_CHECK(!load.fatal || !load.problems.isEmpty(), "a fatal load without a problem\n" + where());
    const qsizetype lines = text.count('\n') + 1;
    for (const Problem &p : load.problems) {
        const auto shown = [&] { return std::string(p.toString().toStdString() + "\n" + where()); };
        FUZZ_CHECK(p.where.file == kFile, shown());
        FUZZ_CHECK(!p.message.isEmpty(), shown());
        FUZZ_CHECK(p.where.line >= 0 && p.where.line <= lines + 1 && p.where.column >= 0, shown());
    }
    if (load.fatal)
        return 0;

    const Workspace &w = load.workspace;
    FUZZ_CHECK(w.file == kFile, where());
    QSet<QString> repoIds;
    for (const RepoConfig &r : w.repos) {
        FUZZ_CHECK(!r.id.isEmpty() && !repoIds.contains(r.id), "repository '" + r.id.toStdString() + "'\n" + where());
        repoIds.insert(r.id);
        FUZZ_CHECK(w.repo(r.id) == &r, where());
        for (const TagTemplate &t : r.releaseTags)
            FUZZ_CHECK(t.isValid(), where());
    }
    QSet<QString> componentIds;
    for (const Component &c : w.components) {
        const auto shown = [&] { return std::string("component '" + c.id.toStdString() + "'\n" + where()); };
        FUZZ_CHECK(!componentIds.contains(c.id), shown());
        componentIds.insert(c.id);
        FUZZ_CHECK(w.component(c.id) == &c, shown());
        FUZZ_CHECK(w.repo(c.repo) != nullptr, shown());
        if (c.kind == Component::Kind::Image)
            FUZZ_CHECK(c.imageTag.isValid(), shown());
        else
            FUZZ_CHECK(c.tags.isValid() && !c.chart.isEmpty(), shown());
    }
    FUZZ_CHECK(w.staggerDays >= 0 && w.staggerDays <= 365, where());
    for (const FreezeWindow &f : w.freezes)
        FUZZ_CHECK(f.from.isValid() && f.to.isValid() && f.from <= f.to, where());
    QSet<QString> registryIds;
    for (const RegistryConfig &r : w.registries) {
        const auto shown = [&] { return std::string("registry '" + r.id.toStdString() + "'\n" + where()); };
        FUZZ_CHECK(!registryIds.contains(r.id), shown());
        registryIds.insert(r.id);
        FUZZ_CHECK(r.layout.isEmpty() != r.url.isEmpty(), shown());
        if (!r.url.isEmpty())
            FUZZ_CHECK(r.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                           || r.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive),
                       shown());
    }
    if (!w.manifestRepo.isEmpty())
        FUZZ_CHECK(w.repo(w.manifestRepo) != nullptr && !w.manifestPath.isEmpty()
                       && !w.manifestPath.startsWith(QLatin1Char('/')),
                   where());
    // What the rest of the program asks of a workspace.
    for (const Component &c : w.components) {
        if (c.kind == Component::Kind::Image) {
            (void)w.imageComponentFor(c.image);
            (void)w.locate(c.image);
        } else if (!c.oci.isEmpty()) {
            (void)w.locate(c.oci);
        }
    }
    return 0;
}

#include "scanrefs.h"

#include "scanparts.h"

#include "git/gitutil.h"

#include <algorithm>

namespace ReleaseDeck {

RefTable::RefTable(const std::vector<RefSource> &tags, const std::vector<RefSource> &heads, const QList<ImageRef> &workflow)
    : m_tags(tags)
    , m_heads(heads)
    , m_workflow(workflow)
    , m_count(tags.size() + heads.size() + size_t(workflow.size()))
{
}

const QString &RefTable::value(size_t i) const
{
    if (i < m_tags.size())
        return m_tags[i].ref->value;
    i -= m_tags.size();
    return i < m_heads.size() ? m_heads[i].ref->value : m_workflow[qsizetype(i - m_heads.size())].value;
}

const QString &RefTable::repository(size_t i) const
{
    if (i < m_tags.size())
        return m_tags[i].ref->repository;
    i -= m_tags.size();
    return i < m_heads.size() ? m_heads[i].ref->repository : m_workflow[qsizetype(i - m_heads.size())].repository;
}

void RefTable::judge(int threads, const Judge &judge)
{
    // In contiguous parts, one per worker. The map's nodes stay where they
    // are made, so each reference keeps a pointer to its judgement.
    threads = std::max(1, threads);
    m_parts.assign(size_t(threads), Part());
    m_of.assign(m_count, nullptr);
    const size_t per = (m_count + size_t(threads) - 1) / size_t(threads);
    runParallel(threads, threads, [&](int t) {
        Part &part = m_parts[size_t(t)];
        part.reserve(per / 4 + 16);
        for (size_t i = size_t(t) * per; i < std::min(m_count, size_t(t + 1) * per); ++i) {
            const QString &v = value(i);
            const QString &r = repository(i);
            auto [it, added] = part.try_emplace({v.constData(), v.size(), r.constData(), r.size()});
            if (added)
                judge(v, r, it->second);
            ++it->second.uses;
            m_of[i] = &it->second;
        }
    });
}

QHash<QString, std::vector<JudgedRef *>> RefTable::queue(int q) const
{
    QHash<QString, std::vector<JudgedRef *>> byRepo;
    for (const Part &part : m_parts) {
        for (const auto &entry : part) {
            if (entry.second.queue == q)
                byRepo[entry.second.resolvedRepo].push_back(const_cast<JudgedRef *>(&entry.second));
        }
    }
    return byRepo;
}

namespace {

void take(ImageRef &ref, const JudgedRef &j)
{
    ref.sha = j.sha;
    ref.status = j.status;
    ref.how = j.how;
    ref.imageVersion = j.imageVersion;
    ref.resolvedRepo = j.resolvedRepo;
    ref.commit = j.commit;
    ref.earliestRelease = j.earliestRelease;
}

} // namespace

void RefTable::write(QList<ImageRef> &tags, QList<ImageRef> &heads, QList<ImageRef> &workflow, int threads) const
{
    tags.resize(qsizetype(m_tags.size()));
    heads.resize(qsizetype(m_heads.size()));
    ImageRef *tagOut = tags.data();
    ImageRef *headOut = heads.data();
    const size_t charts = m_tags.size() + m_heads.size();
    threads = std::max(1, threads);
    const size_t per = (charts + size_t(threads) - 1) / size_t(threads);
    runParallel(threads, threads, [&](int t) {
        for (size_t i = size_t(t) * per; i < std::min(charts, size_t(t + 1) * per); ++i) {
            const bool atTag = i < m_tags.size();
            const RefSource &source = atTag ? m_tags[i] : m_heads[i - m_tags.size()];
            ImageRef &ref = atTag ? tagOut[i] : headOut[i - m_tags.size()];
            source.ref->fill(ref, *source.repoId, *source.tag);
            take(ref, *m_of[i]);
        }
    });
    for (qsizetype w = 0; w < workflow.size(); ++w)
        take(workflow[w], *m_of[charts + size_t(w)]);
}

RefJudge::RefJudge(const Workspace &workspace, const QList<ReleaseTag> &releases, const QHash<QString, int> &repoIndex,
                   const std::vector<RepoTags> &repoTags)
    : m_workspace(workspace)
    , m_repoIndex(repoIndex)
    , m_repoTags(repoTags)
{
    for (const ReleaseTag &t : releases) {
        const QString key = t.repo + u'\n' + t.version.toString();
        if (!m_releaseByVersion.contains(key))
            m_releaseByVersion.insert(key, &t);
    }
}

void RefJudge::operator()(const QString &value, const QString &repository, JudgedRef &out) const
{
    out.sha = ImageRef::commitIdIn(value);
    const Component *builder = m_workspace.imageComponentFor(repository);
    if (out.sha.isEmpty()) {
        out.status = ImageRef::Status::NotASha;
        const std::optional<Version> version = builder && !value.isEmpty() ? builder->imageTag.match(value) : std::nullopt;
        if (!version)
            return;
        out.imageVersion = version->toString();
        if (!builder->isIndependent() || !builder->streamTags.isValid()) {
            // Its repository's own release tags name the version.
            if (const ReleaseTag *t = m_releaseByVersion.value(builder->repo + u'\n' + out.imageVersion)) {
                out.how = ImageRef::How::VersionTag;
                out.resolvedRepo = builder->repo;
                out.commit = t->commit;
                out.earliestRelease = t->tag;
            }
        } else if (builder->streamTags.isValid()) {
            const int ri = m_repoIndex.value(builder->repo, -1);
            const QString name = builder->streamTags.format(*version);
            if (ri >= 0 && m_repoTags[size_t(ri)].ok) {
                const auto &tags = m_repoTags[size_t(ri)].tags;
                const auto it = std::lower_bound(tags.begin(), tags.end(), name,
                                                 [](const TagInfo &t, const QString &n) { return t.name < n; });
                if (it != tags.end() && it->name == name && it->isCommit) {
                    out.how = ImageRef::How::VersionTag;
                    out.resolvedRepo = builder->repo;
                    out.commit = Git::oidToString(it->commit);
                    out.queue = 1;
                }
            }
        }
        return;
    }
    if (!builder) {
        out.status = ImageRef::Status::Unmapped;
        return;
    }
    out.resolvedRepo = builder->repo;
    out.queue = 0;

}

} // namespace ReleaseDeck

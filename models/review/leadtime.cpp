#include "leadtime.h"

#include "git/gitutil.h"
#include "git/releaselabels.h"
#include "git/tagreader.h"

#include <QMap>

#include <algorithm>

namespace ReleaseDeck {

namespace {

bool inPeriod(const TrainRelease &r, const ReviewPeriod &period)
{
    return period.contains(r.ossDate) || period.contains(r.saasDate) || period.contains(r.enterpriseDate);
}

} // namespace

LeadTimes LeadTimes::read(const Overview &overview, const ReviewPeriod &period, ScanControl *control, int perRelease)
{
    LeadTimes out;
    const WorkspaceSnapshot &snapshot = overview.snapshot;
    const QList<TrainRelease> &releases = overview.train.releases();
    // The releases asked about, by the OSS repository they were tagged in.
    QMap<QString, QList<int>> wanted;
    for (int i = 0; i < releases.size(); ++i) {
        const TrainRelease &r = releases.at(i);
        if (!r.isFix() && !r.ossRepo.isEmpty() && !r.ossCommit.isEmpty() && inPeriod(r, period))
            wanted[r.ossRepo].append(i);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString &repoId = it.key();
        QString path;
        for (const RepoState &repo : snapshot.repos) {
            if (repo.id == repoId)
                path = repo.path;
        }
        QString error;
        Git::RepositoryPtr repo = openRepository(path, &error);
        if (!repo) {
            out.problems.append(QStringLiteral("%1: %2").arg(repoId, error));
            continue;
        }
        // Every release tag of the repository, lowest version first.
        QList<const ReleaseTag *> tags;
        for (const ReleaseTag &t : snapshot.releases) {
            if (t.repo == repoId && t.version.isRelease())
                tags.append(&t);
        }
        std::stable_sort(tags.begin(), tags.end(), [](const ReleaseTag *a, const ReleaseTag *b) {
            return Version::compare(a->version, b->version) < 0;
        });
        std::vector<ReleaseLabels::Release> ranked;
        QHash<QString, int> rankOfTag; // tag name → rank
        for (const ReleaseTag *t : tags) {
            git_oid oid;
            if (git_oid_fromstr(&oid, t->commit.toLatin1().constData()) != 0)
                continue;
            rankOfTag.insert(t->tag, int(ranked.size()));
            ranked.push_back({oid, int(ranked.size())});
        }
        ReleaseLabels labels;
        if (!labels.build(repo.get(), ranked, control, &error)) {
            if (control && control->isCancelled()) {
                out.cancelled = true;
                return out;
            }
            out.problems.append(QStringLiteral("%1: %2").arg(repoId, error));
            continue;
        }
        QHash<int, int> releaseOfRank; // rank → train index
        for (int index : it.value()) {
            const int rank = rankOfTag.value(releases.at(index).ossTag, -1);
            if (rank >= 0)
                releaseOfRank.insert(rank, index);
        }
        QHash<int, std::vector<git_oid>> commits;
        QHash<int, int> totals;
        labels.forEach([&](const git_oid &id, int rank) {
            if (releaseOfRank.contains(rank)) {
                ++totals[rank];
                std::vector<git_oid> &list = commits[rank];
                if (int(list.size()) < perRelease)
                    list.push_back(id);
            }
        });
        for (auto t = totals.cbegin(); t != totals.cend(); ++t) {
            if (t.value() > perRelease)
                out.problems.append(QStringLiteral("%1 %2: lead time counts %3 of its %4 changes")
                                        .arg(repoId, releases.at(releaseOfRank.value(t.key())).text())
                                        .arg(perRelease)
                                        .arg(t.value()));
        }
        for (auto c = commits.cbegin(); c != commits.cend(); ++c) {
            QList<QDateTime> &dates = out.commitDates[releaseOfRank.value(c.key())];
            for (const git_oid &id : c.value()) {
                git_commit *raw = nullptr;
                if (git_commit_lookup(&raw, repo.get(), &id) != 0)
                    continue;
                const Git::CommitPtr commit(raw);
                dates.append(QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()), Qt::UTC));
            }
            if (control && control->isCancelled()) {
                out.cancelled = true;
                return out;
            }
        }
    }
    return out;
}

} // namespace ReleaseDeck

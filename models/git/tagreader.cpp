#include "tagreader.h"

#include "domain/printable.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ReleaseDeck {

namespace {

QDateTime gitDate(git_time_t seconds, int offsetMinutes)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offsetMinutes * 60);
}

} // namespace

Git::RepositoryPtr openRepository(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("path %1 does not exist").arg(printableLine(path, 1000));
        return nullptr;
    }
    git_repository *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
        *error = QStringLiteral("not a readable git repository: %1").arg(Git::lastError());
        return nullptr;
    }
    Git::RepositoryPtr repo(raw);
    if (!Git::checkLooseObjects(repo.get(), error))
        return nullptr;
    return repo;
}

RepoTags readTags(const RepoConfig &config, ScanControl *control, const TagPeels *known, TagPeels *learnt)
{
    RepoTags out;
    out.state.id = config.id;
    out.state.path = config.path;
    auto fail = [&](const QString &message) {
        out.state.error = message;
        out.problems.append(Problem{config.where, QStringLiteral("repository '%1': %2").arg(config.id, message)}
                                .toString());
        return out;
    };
    QString error;
    Git::RepositoryPtr repo = openRepository(config.path, &error);
    if (!repo)
        return fail(error);

    // A branch not made yet has no HEAD commit; a HEAD that cannot be read
    // (a damaged packed-refs, a commit that is not there) is a problem.
    auto problem = [&](const QString &message) {
        out.problems.append(Problem{config.where, QStringLiteral("repository '%1': %2").arg(config.id, message)}.toString());
    };
    git_reference *rawHeadRef = nullptr;
    if (const int rc = Git::repositoryHead(repo.get(), &rawHeadRef); rc == 0) {
        Git::ReferencePtr headRef(rawHeadRef);
        const git_oid *head = git_reference_target(headRef.get());
        git_commit *rawHead = nullptr;
        if (head && git_commit_lookup(&rawHead, repo.get(), head) == 0) {
            Git::CommitPtr headCommit(rawHead);
            out.state.head = Git::oidToString(*head);
            out.state.headDate = gitDate(git_commit_time(rawHead), git_commit_time_offset(rawHead));
        } else {
            problem(QStringLiteral("HEAD names %1, which cannot be read as a commit: %2")
                        .arg(head ? Git::oidToString(*head) : QStringLiteral("nothing"), Git::lastError()));
        }
    } else if (rc != GIT_EUNBORNBRANCH && rc != GIT_ENOTFOUND) {
        problem(QStringLiteral("HEAD cannot be read: %1").arg(Git::lastError()));
    }

    git_reference_iterator *rawIt = nullptr;
    if (git_reference_iterator_glob_new(&rawIt, repo.get(), "refs/tags/*") != 0)
        return fail(Git::lastError());
    Git::RefIteratorPtr it(rawIt);
    git_reference *rawRef = nullptr;
    int rc = 0;
    while ((rc = git_reference_next(&rawRef, it.get())) == 0) {
        Git::ReferencePtr ref(rawRef);
        if (control && control->isCancelled())
            return out;
        TagInfo tag;
        tag.name = QString::fromUtf8(git_reference_shorthand(ref.get()));
        const git_oid *direct = git_reference_target(ref.get());
        if (const auto peel = known && direct ? known->find(*direct) : TagPeels::const_iterator(); known && direct && peel != known->end()) {
            tag.commit = peel->second.commit;
            tag.isCommit = true;
            tag.annotated = peel->second.annotated;
            tag.date = gitDate(peel->second.time, peel->second.offsetMinutes);
            if (learnt)
                learnt->emplace(*direct, peel->second);
            out.tags.push_back(tag);
            ++out.state.tagCount;
            continue;
        }
        TagPeel peel;
        git_object *rawObj = nullptr;
        if (git_reference_peel(&rawObj, ref.get(), GIT_OBJECT_ANY) != 0) {
            out.problems.append(QStringLiteral("%1: tag '%2' cannot be read: %3")
                                    .arg(config.id, tag.name, Git::lastError()));
            continue;
        }
        Git::ObjectPtr target(rawObj);
        // Peel annotated tags one level at a time to see the tagger date.
        git_object *rawDirect = nullptr;
        if (direct && git_object_lookup(&rawDirect, repo.get(), direct, GIT_OBJECT_ANY) == 0) {
            Git::ObjectPtr directObj(rawDirect);
            if (git_object_type(directObj.get()) == GIT_OBJECT_TAG) {
                tag.annotated = peel.annotated = true;
                const git_signature *tagger =
                    git_tag_tagger(reinterpret_cast<git_tag *>(directObj.get()));
                if (tagger) {
                    tag.date = gitDate(tagger->when.time, tagger->when.offset);
                    peel.time = tagger->when.time;
                    peel.offsetMinutes = tagger->when.offset;
                }
            }
        }
        git_object *rawCommit = nullptr;
        if (git_object_peel(&rawCommit, target.get(), GIT_OBJECT_COMMIT) != 0) {
            const char *type = git_object_type2string(git_object_type(target.get()));
            out.problems.append(QStringLiteral("%1: tag '%2' points to a %3, not a commit")
                                    .arg(config.id, tag.name, QLatin1String(type)));
            ++out.state.tagCount;
            continue;
        }
        Git::ObjectPtr commitObj(rawCommit);
        auto *commit = reinterpret_cast<git_commit *>(commitObj.get());
        tag.commit = *git_commit_id(commit);
        tag.isCommit = true;
        if (!tag.date.isValid()) {
            tag.date = gitDate(git_commit_time(commit), git_commit_time_offset(commit));
            peel.time = git_commit_time(commit);
            peel.offsetMinutes = git_commit_time_offset(commit);
        }
        peel.commit = tag.commit;
        if (learnt && direct)
            learnt->emplace(*direct, peel);
        out.tags.push_back(tag);
        ++out.state.tagCount;
    }
    if (rc != GIT_ITEROVER)
        return fail(Git::lastError());
    std::sort(out.tags.begin(), out.tags.end(),
              [](const TagInfo &a, const TagInfo &b) { return a.name < b.name; });
    out.ok = true;
    return out;
}

// Reads one blob through the object database, refusing oversized ones
// before their content is loaded.
} // namespace ReleaseDeck

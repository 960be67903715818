#include "chartreader.h"

#include "domain/printable.h"

#include "git/treeindex.h"
#include "chartyaml.h"
#include "valuesscanner.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace ReleaseDeck {

namespace {

constexpr size_t kMaxValuesBytes = 8 * 1024 * 1024;
constexpr size_t kMaxChartYamlBytes = 1024 * 1024;
constexpr size_t kMaxWorkflowBytes = 1024 * 1024;
constexpr size_t kMaxWorkflowFiles = 2000; // files one workflows glob reads

// Reads one blob through the object database, refusing oversized ones
// before their content is loaded.
struct BlobReader
{
    git_odb *odb = nullptr;
    mutable bool unreadable = false; // the last failure was the object's, not its size's

    bool read(const git_oid &id, size_t maxBytes, Git::OdbObjectPtr *holder, std::string_view *text,
              QString *error) const
    {
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        unreadable = true;
        if (git_odb_read_header(&size, &type, odb, &id) != 0) {
            *error = Git::lastError(QStringLiteral("cannot read object"));
            return false;
        }
        unreadable = false;
        if (size > maxBytes) {
            *error = QStringLiteral("%1 bytes, over the %2 MiB limit; not read")
                         .arg(size)
                         .arg(maxBytes / (1024 * 1024));
            return false;
        }
        git_odb_object *raw = nullptr;
        if (git_odb_read(&raw, odb, &id) != 0) {
            unreadable = true;
            *error = Git::lastError(QStringLiteral("cannot read object"));
            return false;
        }
        holder->reset(raw);
        *text = std::string_view(static_cast<const char *>(git_odb_object_data(raw)),
                                 git_odb_object_size(raw));
        return true;
    }
};

} // namespace

class ChartReader::Private
{
public:
    bool open(const RepoConfig &config, QString *error)
    {
        m_repoId = config.id;
        m_repo = openRepository(config.path, error);
        if (!m_repo)
            return false;
        git_odb *odb = nullptr;
        if (git_repository_odb(&odb, m_repo.get()) != 0) {
            *error = Git::lastError();
            return false;
        }
        m_odb.reset(odb);
        m_blobs.odb = odb;
        m_trees = std::make_unique<TreeIndex>(m_repo.get());
        return true;
    }

    bool treeOf(const git_oid &commitId, git_oid *tree, QString *error)
    {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repo.get(), &commitId) != 0) {
            *error = QStringLiteral("cannot read commit: %1").arg(Git::lastError());
            return false;
        }
        Git::CommitPtr commit(rawCommit);
        git_oid_cpy(tree, git_commit_tree_id(commit.get()));
        return true;
    }

    ChartTreeResult readTree(const Component &component, const git_oid &treeId)
    {
        ChartTreeResult c;
        auto files = m_trees->files(treeId);
        if (!files) {
            c.problems.append(QStringLiteral("cannot read tree: %1").arg(m_trees->lastError()));
            return c;
        }
        c.cacheable = true;

        QStringList unreadable;
        std::vector<std::string> found;
        for (const TreeIndex::File &f : *files) {
            if (!f.isChartYaml)
                continue;
            const ChartYaml &y = chartYaml(f.blob);
            if (!y.error.isEmpty()) {
                unreadable.append(QStringLiteral("%1: %2").arg(QString::fromStdString(f.path), y.error));
                continue;
            }
            if (component.isChartNamed(y.name)) {
                if (found.empty()) {
                    c.version = y.version;
                    c.appVersion = y.appVersion;
                }
                found.push_back(f.path);
            }
        }
        if (found.empty()) {
            c.problems.append(QStringLiteral("chart '%1' not found at this commit").arg(component.chart));
            for (const QString &u : unreadable)
                c.problems.append(u);
            keepOnlyIfRead(*files, &c);
            return c;
        }
        const std::string &chartFile = found.front();
        const std::string dir = chartFile.size() > 11 ? chartFile.substr(0, chartFile.size() - 11) : std::string();
        c.found = true;
        c.path = QString::fromStdString(dir);
        c.contentId = contentId(treeId, dir);
        if (found.size() > 1) {
            QStringList all;
            for (const auto &p : found)
                all.append(QString::fromStdString(p));
            c.problems.append(QStringLiteral("chart '%1' found in %2 places (%3); using the first")
                                  .arg(component.chart)
                                  .arg(found.size())
                                  .arg(all.join(QLatin1String(", "))));
        }
        c.tagProblemsAt = int(c.problems.size());

        const std::string prefix = dir.empty() ? std::string() : dir + "/";
        const std::string ownValues = prefix + "values.yaml";
        std::vector<const TreeIndex::File *> values;
        for (const TreeIndex::File &f : *files) {
            if (!f.isChartYaml && f.path.starts_with(prefix))
                values.push_back(&f);
        }
        std::sort(values.begin(), values.end(),
                  [](const TreeIndex::File *a, const TreeIndex::File *b) { return a->path < b->path; });
        for (const TreeIndex::File *f : values) {
            const ValuesScan &v = valuesScan(f->blob);
            const QString file = QString::fromStdString(f->path);
            if (!v.error.isEmpty())
                c.problems.append(QStringLiteral("%1: %2").arg(file, v.error));
            for (const FoundImage &img : v.images) {
                c.refs.append(ChartTreeRef{file, img.path, img.repository, img.tag, img.line});
                if (f->path == ownValues && img.path == QLatin1String("image") && !c.image)
                    c.image = ImageSpec{img.repository, img.tag};
            }
        }
        resolveSubchartOverrides(*files, &c.refs);
        keepOnlyIfRead(*files, &c);
        return c;
    }

    // An object that could not be read may be there next time (a fetch
    // completes it): a result that met one is not kept.
    void keepOnlyIfRead(const TreeIndex::Files &files, ChartTreeResult *c) const
    {
        if (m_unreadable.empty())
            return;
        for (const TreeIndex::File &f : files)
            c->cacheable = c->cacheable && !m_unreadable.count(f.blob);
    }

    const QString &repoId() const { return m_repoId; }

    QList<ImageRef> readWorkflows(const git_oid &commitId, const QStringList &globs, QStringList *problems)
    {
        QList<ImageRef> out;
        git_commit *rawCommit = nullptr;
        git_tree *rawRoot = nullptr;
        if (git_commit_lookup(&rawCommit, m_repo.get(), &commitId) != 0) {
            problems->append(QStringLiteral("%1: cannot read HEAD for its workflow files: %2").arg(m_repoId, Git::lastError()));
            return out;
        }
        Git::CommitPtr commit(rawCommit);
        if (git_commit_tree(&rawRoot, commit.get()) != 0) {
            problems->append(QStringLiteral("%1: cannot read HEAD's tree: %2").arg(m_repoId, Git::lastError()));
            return out;
        }
        Git::TreePtr root(rawRoot);
        for (const QString &glob : globs) {
            const qsizetype slash = glob.lastIndexOf(u'/');
            const QString dir = slash < 0 ? QString() : glob.left(slash);
            const QRegularExpression name(QRegularExpression::wildcardToRegularExpression(glob.mid(slash + 1)));
            Git::TreePtr sub;
            if (!dir.isEmpty() && !(sub = subtree(root.get(), dir.toStdString())))
                continue; // no such folder at HEAD: nothing pinned there
            const git_tree *tree = dir.isEmpty() ? root.get() : sub.get();
            const size_t count = git_tree_entrycount(tree);
            size_t matched = 0;
            for (size_t i = 0; i < count; ++i) {
                const git_tree_entry *e = git_tree_entry_byindex(tree, i);
                const git_filemode_t mode = git_tree_entry_filemode(e);
                const QString entryName = QString::fromUtf8(git_tree_entry_name(e));
                if (!name.match(entryName).hasMatch())
                    continue;
                if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) {
                    problems->append(QStringLiteral("%1:%2: matches %3 but is %4, not a file: not read")
                                         .arg(m_repoId, printableName(dir.isEmpty() ? entryName : dir + u'/' + entryName), glob,
                                              mode == GIT_FILEMODE_LINK ? QStringLiteral("a symbolic link")
                                              : mode == GIT_FILEMODE_TREE ? QStringLiteral("a folder")
                                                                          : QStringLiteral("a submodule")));
                    continue;
                }
                if (++matched > kMaxWorkflowFiles) {
                    problems->append(QStringLiteral("%1: %2 matches more than %3 files; the first %3 were read")
                                         .arg(m_repoId, glob)
                                         .arg(kMaxWorkflowFiles));
                    break;
                }
                const QString file = dir.isEmpty() ? entryName : dir + u'/' + entryName;
                Git::OdbObjectPtr holder;
                std::string_view text;
                QString error;
                if (!m_blobs.read(*git_tree_entry_id(e), kMaxWorkflowBytes, &holder, &text, &error)) {
                    problems->append(QStringLiteral("%1:%2: %3").arg(m_repoId, file, error));
                    continue;
                }
                const ValuesScan scan = scanWorkflow(text);
                if (!scan.error.isEmpty())
                    problems->append(QStringLiteral("%1:%2:%3").arg(m_repoId, file, scan.error));
                for (const FoundImage &img : scan.images) {
                    ImageRef ref;
                    ref.repo = m_repoId;
                    ref.file = file;
                    ref.path = img.path;
                    ref.line = img.line;
                    ref.repository = img.repository;
                    ref.value = img.tag;
                    ref.envName = img.envName;
                    out.append(ref);
                }
            }
        }
        return out;
    }

private:
    // `runtime-api: {image: {tag: X}}` in a parent chart names no repository:
    // take it from the chart called `runtime-api` in the same tree.
    void resolveSubchartOverrides(const TreeIndex::Files &files, QList<ChartTreeRef> *refs)
    {
        for (ChartTreeRef &ref : *refs) {
            if (!ref.repository.isEmpty())
                continue;
            const qsizetype dot = ref.path.indexOf(u'.');
            if (dot <= 0)
                continue;
            const QString subchart = ref.path.left(dot);
            const QString rest = ref.path.mid(dot + 1);
            for (const TreeIndex::File &f : files) {
                if (!f.isChartYaml)
                    continue;
                const std::string dir = f.path.substr(0, f.path.size() - 10); // keeps the '/'
                const QString dirName = QString::fromStdString(dir).section(u'/', -2, -2);
                if (chartYaml(f.blob).name != subchart && dirName != subchart)
                    continue;
                const std::string values = dir + "values.yaml";
                auto it = std::find_if(files.begin(), files.end(),
                                       [&](const TreeIndex::File &v) { return v.path == values; });
                if (it == files.end())
                    continue;
                for (const FoundImage &img : valuesScan(it->blob).images) {
                    if (img.path == rest) {
                        ref.repository = img.repository;
                        break;
                    }
                }
                break;
            }
        }
    }

    // Each blob is read and parsed once per object id.
    template<typename Result, typename Parse>
    const Result &cached(std::unordered_map<git_oid, Result, Git::OidHash, Git::OidEqual> &cache, const git_oid &id,
                         size_t maxBytes, Parse parse)
    {
        auto it = cache.find(id);
        if (it != cache.end())
            return it->second;
        Result result;
        Git::OdbObjectPtr holder;
        std::string_view text;
        QString error;
        if (m_blobs.read(id, maxBytes, &holder, &text, &error)) {
            result = parse(text);
        } else {
            result.error = error;
            if (m_blobs.unreadable)
                m_unreadable.insert(id);
        }
        return cache.emplace(id, std::move(result)).first->second;
    }

    // The folder at `dir` below `root`, or null when there is none.
    Git::TreePtr subtree(const git_tree *root, const std::string &dir)
    {
        git_tree_entry *entry = nullptr;
        if (git_tree_entry_bypath(&entry, root, dir.c_str()) != 0)
            return nullptr;
        git_tree *t = nullptr;
        const int rc = git_tree_entry_type(entry) == GIT_OBJECT_TREE ? git_tree_lookup(&t, m_repo.get(), git_tree_entry_id(entry)) : -1;
        git_tree_entry_free(entry);
        return rc == 0 ? Git::TreePtr(t) : nullptr;
    }

    // The chart's directory without its Chart.yaml, as one id: equal for
    // two releases whose chart differs in nothing but Chart.yaml.
    QString contentId(const git_oid &treeId, const std::string &dir)
    {
        git_tree *raw = nullptr;
        if (git_tree_lookup(&raw, m_repo.get(), &treeId) != 0)
            return QString();
        Git::TreePtr root(raw);
        Git::TreePtr sub;
        if (!dir.empty() && !(sub = subtree(root.get(), dir)))
            return QString();
        const git_tree *tree = dir.empty() ? root.get() : sub.get();
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const size_t n = git_tree_entrycount(tree);
        for (size_t i = 0; i < n; ++i) {
            const git_tree_entry *e = git_tree_entry_byindex(tree, i);
            const char *name = git_tree_entry_name(e);
            if (std::string_view(name) == "Chart.yaml")
                continue;
            hash.addData(QByteArrayView(name, qsizetype(strlen(name)) + 1));
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(git_tree_entry_id(e)->id), GIT_OID_RAWSZ));
        }
        return QString::fromLatin1(hash.result().toHex());
    }

    const ChartYaml &chartYaml(const git_oid &id)
    {
        return cached(m_chartYaml, id, kMaxChartYamlBytes, [](std::string_view text) { return readChartYaml(text); });
    }

    const ValuesScan &valuesScan(const git_oid &id)
    {
        return cached(m_values, id, kMaxValuesBytes, [](std::string_view text) { return scanValues(text); });
    }

    QString m_repoId;
    Git::RepositoryPtr m_repo;
    Git::OdbPtr m_odb;
    BlobReader m_blobs;
    std::unique_ptr<TreeIndex> m_trees;
    std::unordered_map<git_oid, ChartYaml, Git::OidHash, Git::OidEqual> m_chartYaml;
    std::unordered_map<git_oid, ValuesScan, Git::OidHash, Git::OidEqual> m_values;
    std::unordered_set<git_oid, Git::OidHash, Git::OidEqual> m_unreadable;
};

ChartReader::ChartReader()
    : d(std::make_unique<Private>())
{}

ChartReader::~ChartReader() = default;

bool ChartReader::open(const RepoConfig &config, QString *error)
{
    return d->open(config, error);
}

ChartResult ChartReader::read(const ChartTask &task)
{
    git_oid tree;
    QString error;
    if (!d->treeOf(task.tag->commit, &tree, &error)) {
        ChartTreeResult unread;
        unread.problems.append(error);
        return forTag(unread, task, d->repoId());
    }
    return forTag(d->readTree(*task.component, tree), task, d->repoId());
}

bool ChartReader::treeOf(const git_oid &commit, git_oid *tree, QString *error)
{
    return d->treeOf(commit, tree, error);
}

ChartTreeResult ChartReader::readTree(const Component &component, const git_oid &tree)
{
    return d->readTree(component, tree);
}

ChartResult ChartReader::forTag(const ChartTreeResult &tree, const ChartTask &task, const QString &repoId, bool withRefs)
{
    ChartResult out;
    ChartRelease &c = out.chart;
    c.repo = repoId;
    c.component = task.component->id;
    c.tag = task.tag->name;
    c.tagVersion = task.tagVersion;
    c.commit = Git::oidToString(task.tag->commit);
    c.date = task.tag->date;
    c.chart = task.component->chart;
    c.found = tree.found;
    c.path = tree.path;
    c.version = tree.version;
    c.appVersion = tree.appVersion;
    c.image = tree.image;
    if (!c.tag.isEmpty())
        c.contentId = tree.contentId;
    c.problems = tree.problems;
    if (tree.tagProblemsAt >= 0 && !c.tag.isEmpty()) {
        // The charts at HEAD have no tag to compare with.
        QString problem;
        if (!task.tagVersion) {
            QString why;
            Version::parse(task.component->tags.versionText(c.tag).value_or(QString()), &why);
            problem = QStringLiteral("tag name holds no version: %1").arg(why);
        } else if (c.version != task.tagVersion->toString()) {
            problem = QStringLiteral("tag says %1 but Chart.yaml version is %2")
                          .arg(task.tagVersion->toString(), c.version.isEmpty() ? QStringLiteral("(none)") : c.version);
        }
        if (!problem.isEmpty())
            c.problems.insert(std::min(qsizetype(tree.tagProblemsAt), c.problems.size()), problem);
    }
    if (!withRefs)
        return out;
    out.refs.reserve(tree.refs.size());
    for (const ChartTreeRef &treeRef : tree.refs)
        treeRef.fill(out.refs.emplace_back(), repoId, c.tag);
    return out;
}

QByteArray ChartReader::fingerprint(const Component &component)
{
    // The chart's name and former names choose the Chart.yaml; nothing else
    // of the component reaches readTree().
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(component.chart.toUtf8());
    for (const QString &alias : component.aliases) {
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(alias.toUtf8());
    }
    return hash.result();
}

QList<ImageRef> ChartReader::readWorkflows(const git_oid &commit, const QStringList &globs, QStringList *problems)
{
    return d->readWorkflows(commit, globs, problems);
}

} // namespace ReleaseDeck

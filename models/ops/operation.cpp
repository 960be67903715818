#include "operation.h"

#include "domain/printable.h"
#include "plancommon.h"

#include "workspace/manifestfile.h"
#include "workspace/scanner.h"
#include "platform/fileutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUrl>

#include <algorithm>
#include <cstdlib>

#include <sys/stat.h>

namespace ReleaseDeck {

QString OperationRequest::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Release: return QStringLiteral("release");
    case Kind::Stage: return QStringLiteral("stage");
    case Kind::Restage: return QStringLiteral("restage");
    case Kind::Approve: return QStringLiteral("approve");
    case Kind::Publish: return QStringLiteral("publish");
    case Kind::Fix: return QStringLiteral("fix");
    case Kind::Adopt: return QStringLiteral("adopt");
    }
    return {};
}

std::optional<OperationRequest::Kind> OperationRequest::parseKind(const QString &name)
{
    for (Kind k : {Kind::Release, Kind::Stage, Kind::Restage, Kind::Approve, Kind::Publish, Kind::Fix, Kind::Adopt}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

namespace {

// The identity plans record: git config's user.name and user.email.
std::optional<GitIdentity> gitIdentity(git_repository *repo, QString *error)
{
    // Read as written, so that a bad value is named rather than refused
    // by libgit2 in general terms.
    git_config *raw = nullptr;
    if (git_repository_config_snapshot(&raw, repo) != 0) {
        *error = QStringLiteral("cannot read git config: %1").arg(Git::lastError());
        return std::nullopt;
    }
    std::unique_ptr<git_config, Git::Deleter<git_config, git_config_free>> config(raw);
    auto value = [&config](const char *key) {
        const char *text = nullptr;
        return git_config_get_string(&text, config.get(), key) == 0 && text ? QString::fromUtf8(text) : QString();
    };
    return GitIdentity{value("user.name"), value("user.email"), QDateTime::currentDateTimeUtc()};
}

// One run at a time per clone, and so per journal, of a data folder. A
// lock left by a killed run names a dead process and is taken over.
std::unique_ptr<QLockFile> lockClone(const QString &clones, const QString &url, QString *error)
{
    QDir().mkpath(clones);
    const QString path = QDir(clones).filePath(GitRemote::folderName(url) + QLatin1String(".lock"));
    // QLockFile reads the file it finds: a FIFO there would block it, a
    // symbolic link would lead elsewhere. Only a small regular file is ours.
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            *error = QStringLiteral("%1 is not a regular file, so it is not ReleaseDeck's lock: remove it, then run this again").arg(path);
            return nullptr;
        }
        // Empty or not a lock's lines: a run killed as it wrote it, or
        // something else. A run writes its lock at once, so one that old is
        // no run's.
        const bool old = std::abs(QDateTime::currentSecsSinceEpoch() - qint64(st.st_mtime)) > 2;
        if (old && st.st_size > 4096)
            QFile::remove(path);
    }
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    const bool regular = ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
    const bool readable = regular && st.st_size <= 4096 && lock->getLockInfo(&pid, &host, &app);
    if (regular && !readable && std::abs(QDateTime::currentSecsSinceEpoch() - qint64(st.st_mtime)) > 2) {
        if (lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
    }
    if (!readable) {
        *error = QStringLiteral("another ReleaseDeck run is starting to work with %1 from this data folder (%2): "
                                "let it finish, then run this again")
                     .arg(url, path);
        return nullptr;
    }
    *error = QStringLiteral("another ReleaseDeck run (process %1 on %2) is working with %3 from this data folder: "
                            "let it finish, then run this again")
                 .arg(pid)
                 .arg(host, url);
    return nullptr;
}

QString remoteUrl(const RepoConfig &repo)
{
    return repo.remote.isEmpty() ? QStringLiteral("file://") + repo.path : repo.remote;
}

// The first line of a journal: what the plan was made on, so that a
// resumed run makes the same plan.
QJsonObject header(const QString &path)
{
    QString ignored;
    const auto text = readRegularFile(path, Journal::kMaxBytes, &ignored);
    if (!text)
        return {};
    QJsonObject last;
    for (const QByteArray &line : text->split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("event")).toString() == QLatin1String("plan"))
            last = o;
    }
    return last;
}

// Whether a component of kind image is built in the repository.
bool buildsImages(const Workspace &ws, const QString &repo)
{
    return std::any_of(ws.components.cbegin(), ws.components.cend(), [&repo](const Component &c) {
        return c.kind == Component::Kind::Image && c.repo == repo;
    });
}

} // namespace

struct Operation::State
{
    std::vector<std::unique_ptr<QLockFile>> locks; // released last
    Workspace workspace;
    OperationRequest request;
    OperationSetup setup;
    std::optional<GitRemote> charts;
    std::optional<GitRemote> source;
    std::map<QString, GitRemote> others; // release: the other repositories that build images, by id
    std::unique_ptr<RegistryOpener> registries;
    WorkspaceSnapshot snapshot;
    GitIdentity who;
    QString base; // the charts commit the plan is made on
    QString lineBranch; // an older line's release: the charts branch, else empty
    QString lineBase;   // and the commit its charts are planned on
    Plan plan;
    QString journalPath;

    // Journals live per remote, so that two remotes whose histories share
    // commit ids (copies of one repository) never share a journal.
    QString journalDir() const
    {
        const GitRemote &remote = charts ? *charts : *source;
        return setup.dataDir + QLatin1String("/journal/") + QFileInfo(GitRemote::folderName(remote.url())).completeBaseName();
    }
};

Operation::Operation()
    : d(std::make_unique<State>())
{}

Operation::~Operation() = default;

const Plan &Operation::plan() const
{
    return d->plan;
}

const OperationRequest &Operation::request() const
{
    return d->request;
}

QString Operation::journalPath() const
{
    return d->journalPath;
}

QStringList Operation::finishedEarlier() const
{
    return Journal(d->journalPath).finishedSteps();
}

std::unique_ptr<Operation> Operation::prepare(const Workspace &workspace, const OperationRequest &request,
                                              const OperationSetup &setup, ScanControl *control, QString *error)
{
    std::unique_ptr<Operation> op(new Operation);
    State &s = *op->d;
    s.workspace = workspace;
    // A workspace read only in part could make a plan that leaves a chart
    // or a repository out without a word: its first problem is fixed first.
    if (!workspace.loadProblems.isEmpty()) {
        const int more = int(workspace.loadProblems.size()) - 1;
        *error = QStringLiteral("%1%2; plans are made only from a workspace that reads without problems")
                     .arg(workspace.loadProblems.first().toString(),
                          more > 0 ? QStringLiteral(" (and %1 more)").arg(more) : QString());
        return nullptr;
    }
    s.request = request;
    s.setup = setup;
    const QString kind = OperationRequest::kindName(request.kind);
    const QString clones = setup.dataDir + QLatin1String("/clones");
    // Work in clones of ReleaseDeck's own, never in the user's repositories.
    RepoConfig *chartsRepo = nullptr;
    for (RepoConfig &r : s.workspace.repos) {
        if (r.id == s.workspace.manifestRepo)
            chartsRepo = &r;
    }
    if (!chartsRepo && request.kind != OperationRequest::Kind::Release) {
        *error = QStringLiteral("%1 names no release manifest ('manifest: {repo, path}')").arg(workspace.file);
        return nullptr;
    }
    // A release tags every repository that builds an image.
    QList<const RepoConfig *> worked{chartsRepo};
    if (request.kind == OperationRequest::Kind::Release) {
        worked.append(Plans::releasedRepo(s.workspace));
        for (const RepoConfig &r : std::as_const(s.workspace.repos)) {
            if (&r != chartsRepo && &r != Plans::releasedRepo(s.workspace) && buildsImages(s.workspace, r.id))
                worked.append(&r);
        }
    }
    QStringList lockedUrls;
    for (const RepoConfig *r : std::as_const(worked)) {
        if (!r || lockedUrls.contains(remoteUrl(*r)))
            continue;
        lockedUrls.append(remoteUrl(*r));
        auto lock = lockClone(clones, remoteUrl(*r), error);
        if (!lock)
            return nullptr;
        s.locks.push_back(std::move(lock));
    }
    if (chartsRepo) {
        s.charts = GitRemote::open(remoteUrl(*chartsRepo), clones, error, setup.logins.value(QUrl(remoteUrl(*chartsRepo)).host()),
                                   chartsRepo->insecure);
        if (!s.charts || !s.charts->fetch(error))
            return nullptr;
        chartsRepo->path = s.charts->path(); // the scan reads the charts as the remote has them
    }
    if (request.kind == OperationRequest::Kind::Release) {
        const RepoConfig *released = Plans::releasedRepo(s.workspace);
        if (!released) {
            *error = QStringLiteral("%1: no repository builds OSS images (a component with kind: image, train: oss)").arg(workspace.file);
            return nullptr;
        }
        s.source = GitRemote::open(remoteUrl(*released), clones, error, setup.logins.value(QUrl(remoteUrl(*released)).host()),
                                   released->insecure);
        if (!s.source || !s.source->fetch(error))
            return nullptr;
        for (const RepoConfig *r : std::as_const(worked)) {
            if (r == chartsRepo || r == released || !r)
                continue;
            auto remote = GitRemote::open(remoteUrl(*r), clones, error, setup.logins.value(QUrl(remoteUrl(*r)).host()),
                                          r->insecure);
            if (!remote || !remote->fetch(error))
                return nullptr;
            s.others.emplace(r->id, std::move(*remote));
            if (control && control->isCancelled())
                break;
        }
    }
    if (control && control->isCancelled()) {
        *error = QStringLiteral("cancelled");
        return nullptr;
    }
    GitRemote &identityFrom = s.charts ? *s.charts : *s.source;
    if (setup.who) {
        s.who = *setup.who;
    } else {
        const auto who = gitIdentity(identityFrom.repository(), error);
        if (!who)
            return nullptr;
        s.who = *who;
    }
    // A newline or an angle bracket in either would make a malformed
    // commit header or audit line.
    for (const auto &[value, key] : {std::pair{s.who.name, "user.name"}, std::pair{s.who.email, "user.email"}}) {
        // Also invisible ones (a zero-width space, a right-to-left override,
        // a line separator): they would make one person read as two.
        const auto bad = std::find_if(value.cbegin(), value.cend(), [](QChar c) {
            return c == u'<' || c == u'>' || hasHiddenCharacters(QString(c));
        });
        if (value.trimmed().isEmpty() && !setup.who) {
            *error = QStringLiteral("set your name and email in git config (user.name, user.email): plans record who made them");
            return nullptr;
        }
        if (value.trimmed().isEmpty() || bad != value.cend()) {
            *error = QStringLiteral("git config %1 %2; set it to one plain line: plans record who made them")
                         .arg(QLatin1String(key), value.trimmed().isEmpty() ? QStringLiteral("is empty")
                                                   : QStringLiteral("holds '%1'").arg(printableName(QString(*bad))));
            return nullptr;
        }
    }
    if (auditEmail(Plans::Common::identity(s.who)).isEmpty()) {
        *error = QStringLiteral("git config user.email '%1' is not one e-mail address (name@domain, no spaces); set it to yours: "
                                "plans record who made them")
                     .arg(printableName(s.who.email));
        return nullptr;
    }
    if (setup.now.isValid())
        s.who.when = setup.now.toUTC();
    s.registries = std::make_unique<RegistryOpener>(s.workspace, setup.logins);

    // An interrupted run of this operation is resumed on the commit it was planned on.
    QString base;
    QString lineBase;
    const QDir journals(s.journalDir());
    const QString prefix = kind + QLatin1Char('-') + (request.version.isNull() ? QString() : request.version.toString() + QLatin1Char('-'));
    for (const QString &name : journals.entryList({prefix + QLatin1Char('*')}, QDir::Files, QDir::Time)) {
        Journal j(journals.filePath(name));
        const QJsonObject h = header(j.path());
        if (j.isClosed() || !j.isStarted() || h.value(QLatin1String("request")).toString() != kind)
            continue;
        if (request.kind == OperationRequest::Kind::Publish || request.kind == OperationRequest::Kind::Adopt || h.value(QLatin1String("version")).toString() == request.version.toString()) {
            base = h.value(QLatin1String("base")).toString();
            lineBase = h.value(QLatin1String("lineBase")).toString();
            break;
        }
    }
    if (!op->build(base, error, lineBase))
        return nullptr;
    return op;
}

bool Operation::findLine(const QString &base, const QString &lineBase, QString *error)
{
    State &s = *d;
    s.lineBranch.clear();
    s.lineBase.clear();
    if (!s.charts || s.request.version.isNull())
        return true;
    using Kind = OperationRequest::Kind;
    const Kind kind = s.request.kind;
    if (kind != Kind::Stage && kind != Kind::Approve && kind != Kind::Publish && kind != Kind::Fix)
        return true;
    // Which branch the line's charts are on, by the manifest on main.
    const QString tip = base.isEmpty() ? s.charts->tip(s.request.branch) : base;
    QString ignored;
    const auto text = s.charts->readFile(tip, s.workspace.manifestPath, &ignored);
    if (!text || text->isEmpty())
        return true;
    const ManifestLoad load = ManifestFile::parse(*text, s.workspace.manifestRepo + QLatin1Char(':') + s.workspace.manifestPath);
    if (load.fatal)
        return true; // the plan says what is wrong with it
    const ReleaseManifest &manifest = load.manifest;
    const Version version = kind == Kind::Fix ? s.request.version.withoutFix() : s.request.version;
    const ManifestRelease *entry = manifest.find(version);
    if (kind == Kind::Approve || kind == Kind::Publish)
        s.lineBranch = entry ? entry->branch : QString();
    else
        s.lineBranch = entry && !entry->branch.isEmpty() ? entry->branch : Plans::Common::branchFor(manifest, version);
    if (s.lineBranch.isEmpty())
        return true;
    s.lineBase = lineBase.isEmpty() ? s.charts->tip(s.lineBranch) : lineBase;
    if (!s.lineBase.isEmpty())
        return true;
    // A new branch starts at the line's last chart tag.
    const ManifestRelease *last = Plans::Common::lastPublishedOf(manifest, version);
    QString tag;
    for (const Component &c : std::as_const(s.workspace.components)) {
        if (c.kind == Component::Kind::Chart && last && tag.isEmpty()) {
            tag = c.tags.format(last->version);
            s.lineBase = s.charts->tagTarget(tag);
        }
    }
    if (s.lineBase.isEmpty()) {
        *error = last ? QStringLiteral("%1 has neither a branch %2 nor the chart tag %3 to start it from")
                            .arg(s.charts->url(), s.lineBranch, tag)
                      : QStringLiteral("%1 has no branch %2, and nothing of the %3.%4 line is published to start it from")
                            .arg(s.charts->url(), s.lineBranch)
                            .arg(version.major())
                            .arg(version.minor());
        return false;
    }
    return true;
}

namespace {

Scanner::Options scanOptions(const OperationSetup &setup)
{
    Scanner::Options options;
    options.useCache = setup.useScanCache;
    return options;
}

} // namespace

bool Operation::build(const QString &base, QString *error, const QString &lineBase)
{
    State &s = *d;
    if (!findLine(base, lineBase, error))
        return false;
    if (s.charts) {
        // The scan reads the charts repository at its HEAD: the plan's base,
        // or for an older line's release the commit its charts are on.
        if (!s.charts->setHead(s.lineBase.isEmpty() ? base : s.lineBase, s.request.branch, error))
            return false;
        s.snapshot = Scanner::scan(s.workspace, scanOptions(s.setup), nullptr);
        QString ignored;
        s.charts->setHead(QString(), s.request.branch, &ignored);
    } else {
        s.snapshot = Scanner::scan(s.workspace, scanOptions(s.setup), nullptr);
    }
    Plans::Inputs in;
    in.snapshot = &s.snapshot;
    in.charts = s.charts ? &*s.charts : nullptr;
    in.source = s.source ? &*s.source : nullptr;
    in.registries = s.registries.get();
    in.logins = s.setup.logins;
    in.branch = s.request.branch;
    in.base = base;
    in.lineBranch = s.lineBranch;
    in.lineBase = s.lineBase;
    in.version = s.request.version;
    in.commit = s.request.commit;
    in.componentCommits = s.request.componentCommits;
    for (auto &[id, remote] : s.others)
        in.others.emplace(id, &remote);
    if (s.charts)
        in.others.emplace(s.workspace.manifestRepo, &*s.charts);
    in.who = s.who;
    in.note = s.request.note;
    in.overrideFreeze = s.request.overrideFreeze;
    in.early = s.request.early;
    in.now = s.setup.now.isValid() ? s.setup.now.toUTC() : QDateTime::currentDateTimeUtc();
    std::optional<Plan> plan;
    switch (s.request.kind) {
    case OperationRequest::Kind::Release: plan = Plans::release(in, error); break;
    case OperationRequest::Kind::Stage: plan = Plans::stage(in, error); break;
    case OperationRequest::Kind::Restage: plan = Plans::restage(in, error); break;
    case OperationRequest::Kind::Approve: plan = Plans::approve(in, error); break;
    case OperationRequest::Kind::Publish: plan = Plans::publish(in, error); break;
    case OperationRequest::Kind::Fix: plan = Plans::fix(in, error); break;
    case OperationRequest::Kind::Adopt: plan = Plans::adopt(in, error); break;
    }
    if (!plan)
        return false;
    s.plan = *plan;
    s.base = s.charts ? (base.isEmpty() ? s.charts->tip(s.request.branch) : base) : QString();
    s.journalPath = s.journalDir() + QStringLiteral("/%1.jsonl").arg(s.plan.id);
    return true;
}

PlanResult Operation::run(ScanControl *control, const std::function<void(const Plan &, const QString &)> &replanned)
{
    State &s = *d;
    for (int attempt = 0;; ++attempt) {
        Journal journal(s.journalPath);
        if (!journal.isStarted() || journal.isClosed()) {
            // The header: what a resumed run plans on.
            QFile f(s.journalPath);
            QDir().mkpath(QFileInfo(s.journalPath).absolutePath());
            const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("plan")},
                                                              {QStringLiteral("request"), OperationRequest::kindName(s.request.kind)},
                                                              {QStringLiteral("version"), s.request.version.toString()},
                                                              {QStringLiteral("base"), s.base},
                                                              {QStringLiteral("lineBase"), s.lineBase},
                                                              {QStringLiteral("title"), s.plan.title}})
                                        .toJson(QJsonDocument::Compact)
                + '\n';
            if (f.open(QIODevice::Append)) {
                f.write(line);
                f.close();
            }
        }
        PlanResult result = execute(s.plan, journal, control);
        QString ignored;
        if (result.completed) {
            journal.close(QStringLiteral("completed"), &ignored);
            return result;
        }
        if (!result.conflict || !s.charts)
            return result;
        // Someone pushed first: plan again on what they pushed. A refusal
        // with the branch where it was (a hook, a protected branch) is not
        // that: the run stops, to be resumed.
        const QString before = s.base;
        QString error;
        if (!s.charts->fetch(&error) || s.charts->tip(s.request.branch) == before)
            return result;
        journal.close(QStringLiteral("the branch moved: planned again"), &ignored);
        const QString moved = s.charts->describe(s.charts->tip(s.request.branch));
        if (attempt >= 3 || !build(QString(), &error)) {
            result.error = QStringLiteral("%1 %2 moved to %3 while this ran: %4")
                               .arg(s.charts->url(), s.request.branch, moved, attempt >= 3 ? result.error : error);
            return result;
        }
        if (replanned)
            replanned(s.plan, QStringLiteral("%1 %2 moved from %3 to %4: planned again on it")
                                  .arg(s.charts->url(), s.request.branch, before.left(12), moved));
    }
}

QList<InterruptedRun> Operation::interrupted(const QString &dataDir, const Workspace &workspace)
{
    QList<InterruptedRun> out;
    QFileInfoList files;
    const QDir journals(dataDir + QLatin1String("/journal"));
    QStringList remotes;
    for (const RepoConfig &r : workspace.repos)
        remotes.append(QFileInfo(GitRemote::folderName(remoteUrl(r))).completeBaseName());
    for (const QString &remote : journals.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (remotes.contains(remote))
            files += QDir(journals.filePath(remote)).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files);
    }
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    for (const QFileInfo &file : std::as_const(files)) {
        Journal j(file.filePath());
        if (j.isClosed() || !j.isStarted())
            continue;
        const QJsonObject h = header(j.path());
        const auto kind = OperationRequest::parseKind(h.value(QLatin1String("request")).toString());
        if (!kind)
            continue;
        out.append({*kind, h.value(QLatin1String("version")).toString(), h.value(QLatin1String("title")).toString(), j.path(),
                    int(j.finishedSteps().size())});
    }
    return out;
}

bool Operation::rollback(QString *error)
{
    Journal journal(d->journalPath);
    if (!journal.isStarted() || journal.isClosed()) {
        *error = QStringLiteral("%1 has not been started: there is nothing to roll back").arg(d->plan.title);
        return false;
    }
    return ReleaseDeck::rollback(d->plan, journal, error);
}

} // namespace ReleaseDeck

#include "workspaceloader.h"

#include "yamlfields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include "platform/fileutil.h"
#include "yaml/duplicatekeys.h"

namespace ReleaseDeck {

namespace {

constexpr qint64 kMaxWorkspaceBytes = 4 * 1024 * 1024;

class Reader : public YamlFields
{
public:
    Reader(const QString &file, WorkspaceLoad &out)
        : YamlFields(file, out.problems)
        , m_out(out)
    {}

    void readRepo(const YAML::Node &node, QSet<QString> &ids)
    {
        if (!node.IsMap()) {
            problem(node, QStringLiteral("a repository entry must be a mapping"));
            return;
        }
        checkKeys(node, {QStringLiteral("id"), QStringLiteral("path"), QStringLiteral("releaseTags"),
                         QStringLiteral("remote"), QStringLiteral("insecure"), QStringLiteral("workflows")},
                  QStringLiteral("repository"));
        RepoConfig repo;
        repo.where = at(node);
        if (!node["id"]) {
            problem(node, QStringLiteral("repository entry has no 'id'"));
            return;
        }
        if (!text(node["id"], QStringLiteral("id"), &repo.id))
            return;
        if (repo.id.isEmpty()) {
            problem(node["id"], QStringLiteral("repository 'id' is empty"));
            return;
        }
        if (ids.contains(repo.id)) {
            problem(node["id"], QStringLiteral("duplicate repository id '%1'").arg(repo.id));
            return;
        }
        if (!node["path"]) {
            problem(node, QStringLiteral("repository '%1' has no 'path'").arg(repo.id));
            return;
        }
        if (!text(node["path"], QStringLiteral("path"), &repo.pathAsWritten))
            return;
        repo.path = absolutePath(repo.pathAsWritten);
        repo.where = at(node["path"]);
        if (const YAML::Node t = node["releaseTags"]) {
            QStringList patterns;
            if (!textList(t, QStringLiteral("releaseTags"), &patterns))
                return;
            repo.releaseTags.clear();
            for (const QString &p : patterns) {
                QString error;
                if (!TagTemplate::isValidPattern(p, &error)) {
                    problem(t, error);
                    return;
                }
                repo.releaseTags.append(TagTemplate(p));
            }
        }
        if (node["remote"] && !text(node["remote"], QStringLiteral("remote"), &repo.remote))
            return;
        if (const YAML::Node w = node["workflows"]) {
            if (!textList(w, QStringLiteral("workflows"), &repo.workflows))
                return;
            for (const QString &glob : std::as_const(repo.workflows)) {
                if (const QString why = workflowGlobProblem(glob); !why.isEmpty()) {
                    problem(w, QStringLiteral("repository '%1': workflows '%2': %3").arg(repo.id, printableName(glob), why));
                    return;
                }
            }
        }
        if (node["insecure"] && !flag(node["insecure"], QStringLiteral("repository '%1'").arg(repo.id), &repo.insecure))
            return;
        // Kept, so that the scan goes on; every operation refuses it again.
        if (const QString why = remoteUrlProblem(repo.remote, repo.insecure); !why.isEmpty())
            problem(node["remote"], QStringLiteral("repository '%1': remote %2").arg(repo.id, why));
        ids.insert(repo.id);
        m_out.workspace.repos.append(repo);
    }

    void readComponent(const YAML::Node &node, QSet<QString> &ids)
    {
        if (!node.IsMap()) {
            problem(node, QStringLiteral("a component entry must be a mapping"));
            return;
        }
        checkKeys(node, {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("image"),
                         QStringLiteral("aliases"), QStringLiteral("repo"), QStringLiteral("chart"),
                         QStringLiteral("tags"), QStringLiteral("valuesImagePath"), QStringLiteral("train"),
                         QStringLiteral("imageTag"), QStringLiteral("oci"), QStringLiteral("versioning"), QStringLiteral("unifiedFrom")},
                  QStringLiteral("component"));
        Component c;
        c.where = at(node);
        if (!node["id"]) {
            problem(node, QStringLiteral("component entry has no 'id'"));
            return;
        }
        if (!text(node["id"], QStringLiteral("id"), &c.id))
            return;
        if (ids.contains(c.id)) {
            problem(node["id"], QStringLiteral("duplicate component id '%1'").arg(c.id));
            return;
        }
        QString kind = QStringLiteral("image");
        if (node["kind"] && !text(node["kind"], QStringLiteral("kind"), &kind))
            return;
        if (kind == QLatin1String("image")) {
            c.kind = Component::Kind::Image;
        } else if (kind == QLatin1String("chart")) {
            c.kind = Component::Kind::Chart;
        } else {
            problem(node["kind"], QStringLiteral("component '%1': kind must be 'image' or 'chart', not '%2'")
                                      .arg(c.id, kind));
            return;
        }
        if (!node["repo"]) {
            problem(node, QStringLiteral("component '%1' has no 'repo'").arg(c.id));
            return;
        }
        if (!text(node["repo"], QStringLiteral("repo"), &c.repo))
            return;
        if (!m_out.workspace.repo(c.repo)) {
            problem(node["repo"], QStringLiteral("component '%1' names unknown repository '%2'").arg(c.id, c.repo));
            return;
        }
        if (node["aliases"] && !textList(node["aliases"], QStringLiteral("aliases"), &c.aliases))
            return;
        if (!versioningFields(node, &c))
            return;
        if (c.kind == Component::Kind::Image) {
            if (!node["image"]) {
                problem(node, QStringLiteral("image component '%1' has no 'image'").arg(c.id));
                return;
            }
            if (!text(node["image"], QStringLiteral("image"), &c.image))
                return;
            // Tagging an image in a layout registry writes a folder named by it.
            if (const QString why = repositoryNameProblem(c.image); !why.isEmpty()) {
                problem(node["image"], QStringLiteral("component '%1': image '%2': %3").arg(c.id, printableName(c.image), why));
                return;
            }
            QString train = QStringLiteral("oss");
            if (node["train"] && !text(node["train"], QStringLiteral("train"), &train))
                return;
            if (train == QLatin1String("saas")) {
                c.train = Component::Train::Saas;
            } else if (train != QLatin1String("oss")) {
                problem(node["train"], QStringLiteral("component '%1': train must be 'oss' or 'saas', not '%2'")
                                           .arg(c.id, train));
                return;
            }
            if (node["oci"]) {
                problem(node["oci"], QStringLiteral("component '%1': only chart components have an 'oci' location").arg(c.id));
                return;
            }
            if (node["imageTag"]) {
                QString pattern;
                if (!text(node["imageTag"], QStringLiteral("imageTag"), &pattern))
                    return;
                QString error;
                if (!TagTemplate::isValidPattern(pattern, &error)) {
                    problem(node["imageTag"], QStringLiteral("component '%1': imageTag: %2").arg(c.id, error));
                    return;
                }
                // What the OCI distribution spec allows in a tag.
                static const QRegularExpression ociTag(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
                if (!ociTag.match(QString(pattern).replace(QLatin1String("{version}"), QLatin1String("1.0.0"))).hasMatch()) {
                    problem(node["imageTag"], QStringLiteral("component '%1': imageTag \"%2\" does not make a valid "
                                                             "image tag")
                                                  .arg(c.id, pattern));
                    return;
                }
                c.imageTag = TagTemplate(pattern);
            }
            if (node["tags"]) {
                QString pattern;
                if (!text(node["tags"], QStringLiteral("tags"), &pattern))
                    return;
                if (!c.isIndependent()) {
                    problem(node["tags"], QStringLiteral("component '%1': an image's own release tags need 'versioning: independent'; "
                                                         "a unified image is tagged with the repository's releases")
                                              .arg(c.id));
                    return;
                }
                QString error;
                if (!TagTemplate::isValidPattern(pattern, &error)) {
                    problem(node["tags"], QStringLiteral("component '%1': tags: %2").arg(c.id, error));
                    return;
                }
                c.streamTags = TagTemplate(pattern);
            }
        } else {
            for (const char *key : {"train", "imageTag"}) {
                if (node[key]) {
                    problem(node[key], QStringLiteral("component '%1': only image components have '%2'")
                                           .arg(c.id, QLatin1String(key)));
                    return;
                }
            }
            if (node["oci"]) {
                QString oci;
                if (!text(node["oci"], QStringLiteral("oci"), &oci))
                    return;
                if (oci.startsWith(QLatin1String("oci://")))
                    oci = oci.mid(6);
                const auto [host, path] = splitRepositoryName(oci);
                if (!oci.contains(QLatin1Char('/')) || path.isEmpty() || oci.contains(QLatin1Char(' '))
                    || oci.contains(QLatin1Char('@')) || path.contains(QLatin1Char(':'))) {
                    problem(node["oci"], QStringLiteral("component '%1': oci must name a repository such as "
                                                        "ghcr.io/org/charts/name, not '%2'")
                                             .arg(c.id, printableName(oci)));
                    return;
                }
                // A layout registry stores it in a folder named by the path.
                if (const QString why = repositoryNameProblem(oci); !why.isEmpty()) {
                    problem(node["oci"], QStringLiteral("component '%1': oci '%2': %3").arg(c.id, printableName(oci), why));
                    return;
                }
                c.oci = oci;
            }
            if (!node["chart"]) {
                problem(node, QStringLiteral("chart component '%1' has no 'chart'").arg(c.id));
                return;
            }
            if (!text(node["chart"], QStringLiteral("chart"), &c.chart))
                return;
            // An empty name (`chart: ""`, a bare tag such as `chart: !c`)
            // matches no Chart.yaml and makes the tags "/{version}".
            if (c.chart.trimmed().isEmpty()) {
                problem(node["chart"], QStringLiteral("chart component '%1': 'chart' is empty; give the name in its Chart.yaml")
                                           .arg(c.id));
                return;
            }
            QString tags = c.chart + QLatin1String("/{version}");
            if (node["tags"] && !text(node["tags"], QStringLiteral("tags"), &tags))
                return;
            QString error;
            if (!TagTemplate::isValidPattern(tags, &error)) {
                problem(node["tags"], error);
                return;
            }
            c.tags = TagTemplate(tags);
            if (node["image"] && !text(node["image"], QStringLiteral("image"), &c.deploysImage))
                return;
            if (node["image"])
                m_pendingImageChecks.append({c.id, c.deploysImage, at(node["image"])});
        }
        ids.insert(c.id);
        m_out.workspace.components.append(c);
    }

    void readRegistry(const YAML::Node &node, QSet<QString> &ids)
    {
        if (!node.IsMap()) {
            problem(node, QStringLiteral("a registry entry must be a mapping"));
            return;
        }
        checkKeys(node, {QStringLiteral("id"), QStringLiteral("layout"), QStringLiteral("url"), QStringLiteral("insecure"),
                         QStringLiteral("caFile"), QStringLiteral("host")},
                  QStringLiteral("registry"));
        RegistryConfig r;
        r.where = at(node);
        if (!node["id"]) {
            problem(node, QStringLiteral("registry entry has no 'id'"));
            return;
        }
        if (!text(node["id"], QStringLiteral("id"), &r.id))
            return;
        if (ids.contains(r.id)) {
            problem(node["id"], QStringLiteral("duplicate registry id '%1'").arg(r.id));
            return;
        }
        if (node["layout"].IsDefined() == node["url"].IsDefined()) {
            problem(node, QStringLiteral("registry '%1' needs either 'layout' or 'url'").arg(r.id));
            return;
        }
        if (node["layout"]) {
            QString layout;
            if (!text(node["layout"], QStringLiteral("layout"), &layout))
                return;
            r.layout = absolutePath(layout);
        } else {
            if (!text(node["url"], QStringLiteral("url"), &r.url))
                return;
            if (const QString why = registryUrlProblem(r); !why.isEmpty()) {
                problem(node["url"], QStringLiteral("registry '%1': %2").arg(r.id, why));
                return;
            }
        }
        if (node["insecure"] && !flag(node["insecure"], QStringLiteral("registry '%1'").arg(r.id), &r.insecure))
            return;
        if (node["caFile"]) {
            QString ca;
            if (!text(node["caFile"], QStringLiteral("caFile"), &ca))
                return;
            r.caFile = absolutePath(ca);
            if (!QFileInfo(r.caFile).isFile()) {
                problem(node["caFile"], QStringLiteral("registry '%1': caFile %2 does not exist").arg(r.id, r.caFile));
                return;
            }
        }
        if (node["host"]) {
            if (!text(node["host"], QStringLiteral("host"), &r.host))
                return;
            const QUrl probe(QStringLiteral("https://") + r.host, QUrl::StrictMode);
            if (r.host.isEmpty() || r.host.contains(QLatin1Char('/')) || !probe.isValid() || probe.host().isEmpty()) {
                problem(node["host"], QStringLiteral("registry '%1': host must be a host name such as ghcr.io, not '%2'")
                                          .arg(r.id, r.host));
                return;
            }
        } else if (!r.url.isEmpty()) {
            const QUrl url(r.url);
            r.host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
        }
        for (const RegistryConfig &other : std::as_const(m_out.workspace.registries)) {
            if (!r.host.isEmpty() && other.host.compare(r.host, Qt::CaseInsensitive) == 0) {
                problem(node["host"] ? node["host"] : node["url"],
                        QStringLiteral("registry '%1': host %2 is already served by registry '%3'")
                            .arg(r.id, r.host, other.id));
                return;
            }
        }
        ids.insert(r.id);
        if (!r.layout.isEmpty() && m_out.workspace.registryPath.isEmpty())
            m_out.workspace.registryPath = r.layout;
        m_out.workspace.registries.append(r);
    }

    void readManifest(const YAML::Node &node)
    {
        if (!node.IsMap()) {
            problem(node, QStringLiteral("'manifest' must be a mapping with 'repo' and 'path'"));
            return;
        }
        checkKeys(node, {QStringLiteral("repo"), QStringLiteral("path")}, QStringLiteral("manifest"));
        QString repo;
        if (!node["repo"]) {
            problem(node, QStringLiteral("'manifest' has no 'repo'"));
            return;
        }
        if (!text(node["repo"], QStringLiteral("repo"), &repo))
            return;
        if (!m_out.workspace.repo(repo)) {
            problem(node["repo"], QStringLiteral("manifest names unknown repository '%1'").arg(repo));
            return;
        }
        QString path = m_out.workspace.manifestPath;
        if (node["path"] && !text(node["path"], QStringLiteral("path"), &path))
            return;
        const QString clean = QDir::cleanPath(path);
        if (path.isEmpty() || QDir::isAbsolutePath(path) || clean.startsWith(QLatin1String("..")) || clean != path) {
            problem(node["path"], QStringLiteral("manifest path must be a plain path inside the repository, not '%1'").arg(path));
            return;
        }
        m_out.workspace.manifestRepo = repo;
        m_out.workspace.manifestPath = path;
    }

    void readPolicy(const YAML::Node &policy)
    {
        if (!policy.IsMap()) {
            problem(policy, QStringLiteral("'policy' must be a mapping"));
            return;
        }
        checkKeys(policy, {QStringLiteral("staggerDays"), QStringLiteral("selfApproval"), QStringLiteral("minSoakDays"),
                           QStringLiteral("support")},
                  QStringLiteral("policy"));
        if (const YAML::Node support = policy["support"])
            supportPolicy(support, &m_out.workspace.support);
        readDays(policy, QStringLiteral("minSoakDays"), &m_out.workspace.minSoakDays);
        if (const YAML::Node self = policy["selfApproval"]) {
            QString value;
            if (text(self, QStringLiteral("selfApproval"), &value)) {
                if (value == QLatin1String("true") || value == QLatin1String("false"))
                    m_out.workspace.selfApproval = value == QLatin1String("true");
                else
                    problem(self, QStringLiteral("'selfApproval' must be true or false, not '%1'").arg(value));
            }
        }
        readDays(policy, QStringLiteral("staggerDays"), &m_out.workspace.staggerDays);
    }

    // A policy key holding a whole number of days, 0 to 365.
    void readDays(const YAML::Node &policy, const QString &key, int *days)
    {
        const YAML::Node node = policy[key.toStdString()];
        if (!node)
            return;
        QString value;
        if (!text(node, key, &value))
            return;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > 365) {
            problem(node, QStringLiteral("'%1' must be a whole number of days from 0 to 365, not '%2'").arg(key, value));
            return;
        }
        *days = n;
    }

    // calendar: { freezes: [ {from: 2026-12-21, to: 2027-01-04, reason: …} ] }
    void readCalendar(const YAML::Node &calendar)
    {
        if (!calendar.IsMap()) {
            problem(calendar, QStringLiteral("'calendar' must be a mapping"));
            return;
        }
        checkKeys(calendar, {QStringLiteral("freezes")}, QStringLiteral("calendar"));
        const YAML::Node freezes = calendar["freezes"];
        if (freezes && !freezes.IsSequence())
            problem(freezes, QStringLiteral("'freezes' must be a list"));
        if (!freezes || !freezes.IsSequence())
            return;
        for (const YAML::Node &f : freezes) {
            if (!f.IsMap()) {
                problem(f, QStringLiteral("a freeze must be a mapping with from, to and reason"));
                continue;
            }
            checkKeys(f, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("reason")}, QStringLiteral("a freeze"));
            FreezeWindow w;
            w.where = at(f);
            bool ok = true;
            for (const char *key : {"from", "to"}) {
                QString value;
                QDate &day = qstrcmp(key, "from") == 0 ? w.from : w.to;
                if (!f[key])
                    problem(f, QStringLiteral("a freeze needs '%1' (a date, 2026-12-21)").arg(QLatin1String(key)));
                else if (text(f[key], QLatin1String(key), &value) && !(day = QDate::fromString(value, Qt::ISODate)).isValid())
                    problem(f[key], QStringLiteral("'%1' must be a date such as 2026-12-21, not '%2'").arg(QLatin1String(key), value));
                ok = ok && day.isValid();
            }
            if (f["reason"])
                text(f["reason"], QStringLiteral("reason"), &w.reason);
            if (ok && w.to < w.from)
                problem(f["to"], QStringLiteral("the freeze ends (%1) before it starts (%2)")
                                     .arg(w.to.toString(Qt::ISODate), w.from.toString(Qt::ISODate)));
            else if (ok)
                m_out.workspace.freezes.append(w);
        }
    }

    void checkChartImages()
    {
        for (const auto &check : m_pendingImageChecks) {
            if (check.image.isEmpty())
                continue;
            const Component *target = m_out.workspace.component(check.image);
            if (!target || target->kind != Component::Kind::Image) {
                m_out.problems.append({check.where, QStringLiteral("chart component '%1' deploys '%2', which is not an image component")
                                                        .arg(check.component, check.image)});
            }
        }
    }

    void read(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            m_out.problems.append({at(root), QStringLiteral("the workspace file must be a mapping")});
            m_out.fatal = true;
            return;
        }
        checkKeys(root, {QStringLiteral("name"), QStringLiteral("repos"), QStringLiteral("components"),
                         QStringLiteral("customers"), QStringLiteral("registries"), QStringLiteral("policy"),
                         QStringLiteral("manifest"), QStringLiteral("calendar")},
                  QStringLiteral("the workspace"));
        if (root["name"] && text(root["name"], QStringLiteral("name"), &m_out.workspace.name)
            && hasControlCharacters(m_out.workspace.name)) {
            // Shown in titles, headings and exports: one line, in reading order.
            problem(root["name"], QStringLiteral("'name' holds a line break, a control or a direction character; it is shown escaped"));
            m_out.workspace.name = printableLine(m_out.workspace.name, 200);
        }
        if (m_out.workspace.name.isEmpty())
            m_out.workspace.name = QFileInfo(m_file).dir().dirName();

        QSet<QString> repoIds;
        if (const YAML::Node repos = root["repos"]) {
            if (repos.IsSequence()) {
                for (const YAML::Node &r : repos)
                    readRepo(r, repoIds);
            } else {
                problem(repos, QStringLiteral("'repos' must be a list"));
            }
        } else {
            problem(root, QStringLiteral("the workspace has no 'repos'"));
        }
        QSet<QString> componentIds;
        if (const YAML::Node comps = root["components"]) {
            if (comps.IsSequence()) {
                for (const YAML::Node &c : comps)
                    readComponent(c, componentIds);
            } else {
                problem(comps, QStringLiteral("'components' must be a list"));
            }
        }
        checkChartImages();
        if (const YAML::Node customers = root["customers"]) {
            QString path;
            if (text(customers, QStringLiteral("customers"), &path))
                m_out.workspace.customersFile = absolutePath(path);
        }
        if (const YAML::Node policy = root["policy"])
            readPolicy(policy);
        if (const YAML::Node calendar = root["calendar"])
            readCalendar(calendar);
        if (const YAML::Node manifest = root["manifest"])
            readManifest(manifest);
        if (const YAML::Node registries = root["registries"]) {
            if (!registries.IsSequence()) {
                problem(registries, QStringLiteral("'registries' must be a list"));
            } else {
                QSet<QString> registryIds;
                for (const YAML::Node &r : registries)
                    readRegistry(r, registryIds);
            }
        }
    }

private:
    struct ImageCheck
    {
        QString component;
        QString image;
        SourceLocation where;
    };

    WorkspaceLoad &m_out;
    QList<ImageCheck> m_pendingImageChecks;
};

} // namespace

WorkspaceLoad WorkspaceLoader::load(const QString &file, QByteArray *textOut)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    auto fail = [&absolute](const QString &message) {
        WorkspaceLoad out;
        out.workspace.file = absolute;
        out.fatal = true;
        out.problems.append({{absolute, 0, 0}, message});
        return out;
    };
    // Too long a path is not "does not exist": the system refuses the name.
    if (const QString tooLong = pathTooLongReason(absolute); !tooLong.isEmpty())
        return fail(tooLong);
    if (!QFileInfo::exists(absolute))
        return fail(QStringLiteral("workspace file does not exist"));
    // A FIFO or a device is refused before it can block or run on; the
    // limit counts the bytes read.
    QString error;
    const auto text = readRegularFile(absolute, kMaxWorkspaceBytes, &error);
    if (!text)
        return fail(error.startsWith(absolute + QLatin1String(": ")) ? error.mid(absolute.size() + 2) : error); // the location names the file
    if (textOut)
        *textOut = *text;
    return loadFromText(absolute, *text);
}

WorkspaceLoad WorkspaceLoader::loadFromText(const QString &file, const QByteArray &text)
{
    WorkspaceLoad out;
    out.workspace.file = file;
    Reader reader(file, out);
    if (const auto twice = findDuplicateKey(text)) {
        out.fatal = true;
        out.problems.append({{file, twice->line, twice->column}, twice->message()});
        return out;
    }
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        reader.read(root);
    } catch (const YAML::Exception &e) {
        out.fatal = true;
        const SourceLocation where{file, e.mark.is_null() ? 0 : e.mark.line + 1,
                                   e.mark.is_null() ? 0 : e.mark.column + 1};
        out.problems.append({where, QString::fromStdString(e.msg)});
    }
    out.workspace.loadProblems = out.problems;
    return out;
}

} // namespace ReleaseDeck

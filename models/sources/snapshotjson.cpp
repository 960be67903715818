#include "snapshotjson.h"

#include <QJsonArray>

namespace ReleaseDeck {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString isoDate(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString releaseKind(const Version &v)
{
    if (v.isFix())
        return QStringLiteral("fix");
    return v.preRelease().isEmpty() ? QStringLiteral("release") : QStringLiteral("prerelease");
}

} // namespace

QJsonObject snapshotToJson(const WorkspaceSnapshot &snapshot)
{
    QJsonArray repos;
    for (const RepoState &r : snapshot.repos) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("path"), r.path},
                      {QStringLiteral("head"), textOrNull(r.head)},
                      {QStringLiteral("tagCount"), r.tagCount}};
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        repos.append(o);
    }
    QJsonArray releases;
    for (const ReleaseTag &t : snapshot.releases) {
        releases.append(QJsonObject{{QStringLiteral("repo"), t.repo},
                                    {QStringLiteral("tag"), t.tag},
                                    {QStringLiteral("version"), t.version.toString()},
                                    {QStringLiteral("kind"), releaseKind(t.version)},
                                    {QStringLiteral("commit"), t.commit},
                                    {QStringLiteral("date"), isoDate(t.date)},
                                    {QStringLiteral("annotated"), t.annotated}});
    }
    QJsonArray charts;
    for (const ChartRelease &c : snapshot.charts) {
        QJsonValue image = QJsonValue::Null;
        if (c.image) {
            image = QJsonObject{{QStringLiteral("repository"), c.image->repository},
                                {QStringLiteral("tag"), c.image->tag}};
        }
        charts.append(QJsonObject{
            {QStringLiteral("repo"), c.repo},
            {QStringLiteral("component"), c.component},
            {QStringLiteral("tag"), c.tag},
            {QStringLiteral("tagVersion"), c.tagVersion ? QJsonValue(c.tagVersion->toString()) : QJsonValue()},
            {QStringLiteral("commit"), c.commit},
            {QStringLiteral("date"), isoDate(c.date)},
            {QStringLiteral("chart"), c.chart},
            {QStringLiteral("path"), c.path.isEmpty() && c.version.isEmpty() ? QJsonValue() : QJsonValue(c.path)},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("appVersion"), c.appVersion},
            {QStringLiteral("image"), image},
            {QStringLiteral("problems"), QJsonArray::fromStringList(c.problems)}});
    }
    QJsonArray refs;
    for (const ImageRef &r : snapshot.imageRefs) {
        refs.append(QJsonObject{{QStringLiteral("repo"), r.repo},
                                {QStringLiteral("tag"), r.tag},
                                {QStringLiteral("file"), r.file},
                                {QStringLiteral("path"), r.path},
                                {QStringLiteral("line"), r.line},
                                {QStringLiteral("repository"), r.repository},
                                {QStringLiteral("value"), r.value},
                                {QStringLiteral("sha"), textOrNull(r.sha)},
                                {QStringLiteral("resolvedRepo"), textOrNull(r.resolvedRepo)},
                                {QStringLiteral("commit"), textOrNull(r.commit)},
                                {QStringLiteral("earliestRelease"), textOrNull(r.earliestRelease)},
                                {QStringLiteral("status"), ImageRef::statusName(r.status)}});
    }
    return QJsonObject{{QStringLiteral("workspace"), snapshot.workspaceFile},
                       {QStringLiteral("name"), snapshot.name},
                       {QStringLiteral("scannedAt"), snapshot.scannedAt.toString(Qt::ISODate)},
                       {QStringLiteral("repos"), repos},
                       {QStringLiteral("releases"), releases},
                       {QStringLiteral("charts"), charts},
                       {QStringLiteral("imageRefs"), refs},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(snapshot.problems)}};
}

} // namespace ReleaseDeck

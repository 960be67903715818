#include "demoregistry.h"

#include "registry/chartoci.h"
#include "charts/chartpackage.h"
#include "platform/fileutil.h"
#include "registry/ociimage.h"
#include "registry/ocilayout.h"

#include <QDir>
#include <QTemporaryDir>

namespace ReleaseDeck::DemoRegistry {

bool publishCharts(const QString &registry, const QMap<QString, QByteArray> &chartFiles, const QStringList &names,
                   QString *error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(scratch.errorString());
        return false;
    }
    for (const QString &name : names) {
        QString dir = QStringLiteral("charts/") + name;
        if (!chartFiles.contains(dir + QLatin1String("/Chart.yaml")))
            dir += QLatin1String("/chart"); // image-loader before it moved
        const QString prefix = dir + QLatin1Char('/');
        const QString target = scratch.filePath(name);
        for (auto it = chartFiles.cbegin(); it != chartFiles.cend(); ++it) {
            if (it.key().startsWith(prefix)
                && !writeFileAtomically(target + QLatin1Char('/') + it.key().mid(prefix.size()), it.value(), error))
                return false;
        }
        const ChartPackage package = ChartPackage::fromDirectory(target);
        if (!package.ok()) {
            *error = package.error;
            return false;
        }
        OciLayout layout(registry + QLatin1String("/openhands/charts/") + package.name);
        const HelmOci::PushResult pushed = HelmOci::push(layout, package);
        // 0.66.0 forgot to bump image-loader: its version was published
        // before with other content, and the registry keeps that.
        if (pushed.result == OciLayout::TagResult::Failed) {
            *error = pushed.error;
            return false;
        }
        QDir(target).removeRecursively();
    }
    return true;
}

bool pushImage(const QString &registry, const QString &repository, const QString &tag, const QString &version,
               const QString &revision, QString *error)
{
    OciLayout layout(registry + QLatin1Char('/') + repository);
    const QMap<QString, QByteArray> files{
        {QStringLiteral("app/BUILD"), QStringLiteral("%1 %2 %3\n").arg(repository, version, revision).toUtf8()}};
    const QMap<QString, QString> labels{
        {QStringLiteral("org.opencontainers.image.revision"), revision},
        {QStringLiteral("org.opencontainers.image.version"), version},
        {QStringLiteral("org.opencontainers.image.source"),
         QStringLiteral("https://github.com/example/") + repository.section(QLatin1Char('/'), -1)}};
    QString digest;
    return OciImage::writeImage(layout, tag, files, labels, &digest, error);
}

bool retag(const QString &registry, const QString &repository, const QString &from, const QString &to, QString *error)
{
    OciLayout layout(registry + QLatin1Char('/') + repository);
    const auto manifest = layout.manifest(from, error);
    if (!manifest) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: no tag %2").arg(repository, from);
        return false;
    }
    return layout.putManifest(to, manifest->bytes, manifest->mediaType, error);
}

QString workspaceText()
{
    return QStringLiteral(
        "# ReleaseDeck demo workspace: OSS, SaaS and Enterprise release train.\n"
        "name: OpenHands (demo)\n"
        "repos:\n"
        "  - id: oss\n"
        "    path: repos/oss.git\n"
        "    releaseTags: \"{version}\"\n"
        "  - id: runtime-api\n"
        "    path: repos/runtime-api.git\n"
        "    releaseTags: \"runtime-api/{version}\"\n"
        "  - id: charts\n"
        "    path: repos/charts.git\n"
        "    releaseTags: []\n"
        "components:\n"
        "  - id: openhands\n"
        "    kind: image\n"
        "    image: ghcr.io/openhands/openhands\n"
        "    repo: oss\n"
        "  - id: runtime\n"
        "    kind: image\n"
        "    image: ghcr.io/openhands/runtime\n"
        "    imageTag: \"{version}-nikolaik\"\n"
        "    aliases: [ghcr.io/all-hands-ai/runtime]\n"
        "    repo: oss\n"
        "  - id: enterprise-server\n"
        "    kind: image\n"
        "    image: ghcr.io/openhands/enterprise-server\n"
        "    train: saas\n"
        "    repo: oss\n"
        "  - id: runtime-api\n"
        "    kind: image\n"
        "    image: ghcr.io/openhands/runtime-api\n"
        "    train: saas\n"
        "    repo: runtime-api\n"
        "  - id: image-loader\n"
        "    kind: image\n"
        "    image: ghcr.io/openhands/image-loader\n"
        "    repo: charts\n"
        "  - id: openhands-chart\n"
        "    kind: chart\n"
        "    repo: charts\n"
        "    chart: openhands\n"
        "    tags: \"openhands/{version}\"\n"
        "    oci: ghcr.io/openhands/charts/openhands\n"
        "    image: enterprise-server\n"
        "  - id: runtime-api-chart\n"
        "    kind: chart\n"
        "    repo: charts\n"
        "    chart: runtime-api\n"
        "    aliases: [runtime-api-helm]\n"
        "    tags: \"runtime-api/{version}\"\n"
        "    oci: ghcr.io/openhands/charts/runtime-api\n"
        "    image: runtime-api\n"
        "  - id: image-loader-chart\n"
        "    kind: chart\n"
        "    repo: charts\n"
        "    chart: image-loader\n"
        "    tags: \"image-loader/{version}\"\n"
        "    oci: ghcr.io/openhands/charts/image-loader\n"
        "    image: image-loader\n"
        "registries:\n"
        "  - id: local\n"
        "    layout: registry              # stands in for ghcr.io, offline\n"
        "    host: ghcr.io\n"
        "manifest:\n"
        "  repo: charts\n"
        "  path: releases.yaml\n"
        "customers: customers.yaml\n"
        "policy:\n"
        "  staggerDays: 7\n");
}

} // namespace ReleaseDeck::DemoRegistry

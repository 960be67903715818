#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// A chart packaged the way `helm package` lays it out (`NAME/Chart.yaml`,
// templates, values; `.helmignore` honoured), but reproducibly: entries
// sorted, times, owners and modes fixed, no timestamp in the gzip header,
// so the same chart always gives the same bytes and digest.
struct ChartPackage
{
    QString name;
    QString version;
    QByteArray archive;    // the .tgz
    QJsonObject metadata;  // Chart.yaml as JSON, Helm's OCI config
    QStringList files;     // archive entries, in order
    QString error;         // one line naming the file; set when packaging failed

    bool ok() const { return error.isEmpty(); }
    QString fileName() const { return name + QLatin1Char('-') + version + QLatin1String(".tgz"); }

    // Packages the chart in this directory. Symbolic links, and names that
    // would lead out of the chart, are refused.
    static ChartPackage fromDirectory(const QString &chartDir);
    // Packages the chart from its files, keyed by path from the chart's
    // root, as read from a commit: nothing touches the file system. Names
    // that could lead anywhere else are refused; `where` names the chart in
    // errors.
    static ChartPackage fromFiles(const QMap<QString, QByteArray> &files, const QString &where);
};

// `.helmignore` rules: shell globs, one per line; a pattern with a slash
// matches the path from the chart's root, one without matches any name; a
// trailing slash matches directories only; `!` negates; `#` comments.
class HelmIgnore
{
public:
    explicit HelmIgnore(const QString &text = {});
    bool ignores(const QString &relativePath, bool isDir) const;

private:
    struct Rule
    {
        QRegularExpression pattern;
        bool negate = false;
        bool dirOnly = false;
        bool withSlash = false;
    };
    QList<Rule> m_rules;
};

} // namespace ReleaseDeck

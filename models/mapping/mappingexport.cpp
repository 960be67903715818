#include "mappingexport.h"

#include <QRegularExpression>

#include "domain/printable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ReleaseDeck::MappingExport {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject imageJson(const MappedImage &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("repository"), i.repository);
    o.insert(QStringLiteral("tag"), i.tag);
    o.insert(QStringLiteral("commit"), textOrNull(i.commit));
    o.insert(QStringLiteral("release"), textOrNull(i.release));
    o.insert(QStringLiteral("how"), ImageRef::howName(i.how));
    o.insert(QStringLiteral("component"), textOrNull(i.component));
    o.insert(QStringLiteral("releaseRepo"), textOrNull(i.releaseRepo));
    o.insert(QStringLiteral("file"), i.file);
    o.insert(QStringLiteral("line"), i.line);
    return o;
}

QString csvCell(QString text)
{
    // Control characters (an escape sequence in a tag name) shown as \xNN.
    if (hasHiddenCharacters(text))
        text = printableName(text, 400);
    // A leading =, +, - or @ makes a spreadsheet evaluate the cell.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString mdCell(const QString &text)
{
    QString t = printableName(text, 200);
    t.replace(u'\\', QLatin1String("\\\\"));
    t.replace(u'|', QLatin1String("\\|"));
    t.replace(u'<', QLatin1String("&lt;"));
    t.replace(u'`', QLatin1String("\\`"));
    return t;
}

QString imageLine(const MappedImage &i)
{
    QString where = i.release.isEmpty() ? QStringLiteral("no release") : QStringLiteral("%1 %2").arg(i.releaseRepo, i.release);
    const QString commit = i.commit.isEmpty() ? QStringLiteral("commit unknown") : QStringLiteral("commit %1").arg(i.commit.left(7));
    // A digest reference is written as one: repository@sha256:…
    const bool digest = i.tag.startsWith(QLatin1String("sha256:"));
    static const QRegularExpression wellFormed(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    const QString reference = QStringLiteral("%1%2%3%4")
                                  .arg(i.repository.isEmpty() ? i.envName : i.repository, digest ? QStringLiteral("@") : QStringLiteral(":"),
                                       i.tag, digest && !wellFormed.match(i.tag).hasMatch() ? QStringLiteral(" (not a sha256 digest)") : QString());
    return QStringLiteral("%1 — %2, %3 (%4)").arg(reference, commit, where, ImageRef::howName(i.how));
}

} // namespace

QByteArray json(const ContentMapping &mapping)
{
    QJsonArray charts;
    for (const MappedChart &c : mapping.charts) {
        QJsonObject o;
        o.insert(QStringLiteral("chart"), c.chart);
        o.insert(QStringLiteral("component"), c.component);
        o.insert(QStringLiteral("version"), c.version);
        o.insert(QStringLiteral("tag"), c.tag);
        o.insert(QStringLiteral("date"), textOrNull(dateText(c.date)));
        o.insert(QStringLiteral("independent"), c.independent);
        o.insert(QStringLiteral("deploys"), c.deploys ? QJsonValue(*c.deploys) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("deploysRepo"), textOrNull(c.deploysRepo));
        o.insert(QStringLiteral("summary"), c.summary);
        QJsonArray images;
        for (const MappedImage &i : c.images)
            images.append(imageJson(i));
        o.insert(QStringLiteral("images"), images);
        charts.append(o);
    }
    QJsonArray pins;
    for (const MappedImage &i : mapping.workflowPins) {
        QJsonObject o = imageJson(i);
        o.insert(QStringLiteral("repo"), i.repo);
        o.insert(QStringLiteral("path"), i.path);
        o.insert(QStringLiteral("envName"), textOrNull(i.envName));
        pins.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("charts"), charts);
    root.insert(QStringLiteral("workflowPins"), pins);
    root.insert(QStringLiteral("problems"), QJsonArray::fromStringList(mapping.problems));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray csv(const ContentMapping &mapping)
{
    QStringList lines{QStringLiteral("chart,version,tag,date,deploys,deploys repository,image,image tag,commit,release,"
                                     "release repository,how")};
    for (const MappedChart &c : mapping.charts) {
        const QStringList head{csvCell(c.chart), csvCell(c.version), csvCell(c.tag), csvCell(dateText(c.date)),
                               csvCell(c.deploys.value_or(QString())), csvCell(c.deploysRepo)};
        if (c.images.isEmpty())
            lines.append((head + QStringList(6)).join(u','));
        for (const MappedImage &i : c.images) {
            lines.append((head + QStringList{csvCell(i.repository), csvCell(i.tag), csvCell(i.commit), csvCell(i.release),
                                             csvCell(i.releaseRepo), ImageRef::howName(i.how)})
                             .join(u','));
        }
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QByteArray markdown(const ContentMapping &mapping, const QString &title)
{
    QStringList lines{QStringLiteral("# %1").arg(mdCell(title)), QString(),
                      QStringLiteral("| Chart | Version | Tag | Date | Deploys | Images |"),
                      QStringLiteral("|---|---|---|---|---|---|")};
    for (const MappedChart &c : mapping.charts) {
        QStringList images;
        for (const MappedImage &i : c.images)
            images.append(mdCell(imageLine(i)));
        const QString deploys = c.deploys ? QStringLiteral("%1 %2").arg(c.deploysRepo, *c.deploys) : QStringLiteral("no release");
        lines.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                         .arg(mdCell(c.chart), mdCell(c.version), mdCell(c.tag), c.date.isValid() ? c.date.toUTC().date().toString(Qt::ISODate) : QString(),
                              mdCell(deploys), images.join(QLatin1String("<br>"))));
    }
    if (!mapping.workflowPins.isEmpty()) {
        lines << QString() << QStringLiteral("## Pins in workflow files") << QString()
              << QStringLiteral("| Repository | File | Line | Pin |") << QStringLiteral("|---|---|---|---|");
        for (const MappedImage &i : mapping.workflowPins)
            lines.append(QStringLiteral("| %1 | %2 | %3 | %4 |").arg(mdCell(i.repo), mdCell(i.file)).arg(i.line).arg(mdCell(imageLine(i))));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString text(const ContentMapping &mapping)
{
    QString out;
    if (mapping.charts.isEmpty())
        out += QStringLiteral("No chart release tags: nothing to map.\n");
    for (const MappedChart &c : mapping.charts) {
        out += QStringLiteral("%1 %2 (%3, %4)\n  %5\n")
                   .arg(printableName(c.chart), printableName(c.version), printableName(c.tag),
                        c.date.isValid() ? c.date.toUTC().date().toString(Qt::ISODate) : QStringLiteral("no date"),
                        printableName(c.summary, 400));
        for (const MappedImage &i : c.images)
            out += QStringLiteral("    %1\n").arg(printableName(imageLine(i), 300));
    }
    if (!mapping.workflowPins.isEmpty()) {
        out += QStringLiteral("\nPins in workflow files:\n");
        for (const MappedImage &i : mapping.workflowPins)
            out += QStringLiteral("  %1:%2:%3  %4\n").arg(printableName(i.repo), printableName(i.file)).arg(i.line).arg(printableName(imageLine(i), 300));
    }
    for (const QString &p : mapping.problems)
        out += QStringLiteral("! %1\n").arg(printableName(p, 400));
    if (mapping.unlabelled > 0)
        out += QStringLiteral("%1 image(s) name no commit git can find; --check-registry asks the registries for their "
                              "revision labels\n")
                   .arg(mapping.unlabelled);
    return out;
}

} // namespace ReleaseDeck::MappingExport

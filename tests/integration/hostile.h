// What the hostile tests share: commits git can store but should refuse,
// forged manifests, and the checks of a refused publish.
#pragma once

#include "opsdemo.h"

#include <QDirIterator>

#include <functional>

namespace HostileTest {

using namespace OpsTest;


// A commit on the charts' main whose FOLDER holds NAME, written byte for
// byte as git would store it (only `git fsck` refuses such a tree).
inline QString hostileCommit(const OpsDemo &d, const QString &folder, const QString &name, const QByteArray &content = "pwned\n")
{
    const ProcessResult r = run(QStringLiteral("python3"), {QStringLiteral(RELEASEDECK_SOURCE_DIR "/tests/support/hostile_tree.py"),
                                                            d.charts, QStringLiteral("main"), folder, name, QString::fromUtf8(content)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out.trimmed());
}

// The line of `text` holding `needle`, 1-based.
inline int lineOf(const QString &text, const QString &needle)
{
    return int(text.left(text.indexOf(needle)).count(QLatin1Char('\n'))) + 1;
}

inline QStringList filesNamed(const QString &root, const QString &name)
{
    QStringList out;
    QDirIterator it(root, {name}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}



// publish, planned only and run, each refused in one line holding `reason`.
inline void checkPublishRefused(const OpsDemo &d, const char *reason)
{
    for (const bool dryRun : {true, false}) {
        QStringList args{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")};
        if (dryRun)
            args.append(QStringLiteral("--dry-run"));
        const ProcessResult publish = d.cli(d.riley, args);
        INFO(publish.out.toStdString() << publish.err.toStdString());
        CHECK(publish.exitCode == 1);
        CHECK(publish.err.contains(QByteArray(reason)));
        CHECK(publish.err.count('\n') == 1);
    }
}



// A hand-made commit of releases.yaml on the charts' main, as anyone with
// push access can make it; returns the line of `marker` in the new text.
inline int forgeManifest(const OpsDemo &d, const std::function<void(QByteArray &)> &edit, const QByteArray &marker,
                  const QString &author = QStringLiteral("Mallory <mallory@example.com>"))
{
    const QString name = author.section(QLatin1String(" <"), 0, 0);
    const QString email = author.section(QLatin1String(" <"), 1).chopped(1);
    const QString work = d.tmp.path() + QLatin1String("/forge-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    git(d.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), d.charts, work});
    QByteArray text = OpsDemo::readFile(work + QLatin1String("/releases.yaml"));
    edit(text);
    writeFile(work + QLatin1String("/releases.yaml"), text);
    git(work, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Approve 0.75.0")},
        {{QStringLiteral("GIT_AUTHOR_NAME"), name}, {QStringLiteral("GIT_AUTHOR_EMAIL"), email}});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    return lineOf(QString::fromUtf8(text), QString::fromUtf8(marker));
}

// 0.75.0's block in the demo's manifest: staged by Riley, with one audit line.
inline void approveBy(QByteArray &text, const QByteArray &who)
{
    const qsizetype at = text.indexOf("  - version: 0.75.0\n");
    REQUIRE(at >= 0);
    const qsizetype state = text.indexOf("      state: staged\n", at);
    REQUIRE(state > at);
    text.replace(state, qsizetype(strlen("      state: staged\n")), "      state: approved\n");
    if (who.isEmpty())
        return;
    const qsizetype stage = text.indexOf("      action: stage\n", at);
    REQUIRE(stage > at);
    const qsizetype end = text.indexOf('\n', text.indexOf("      note:", stage)) + 1;
    // Now: after the demo's stage, whatever day the demo was made for.
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    text.insert(end, "    - at: \"" + now + "\"\n      by: \"" + who + "\"\n      action: approve\n      note: \"looks fine\"\n");
}


} // namespace HostileTest

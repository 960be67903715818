// Release notes on the demo workspace against git log and git diff: the
// commits of each repository, a first release, a release after a
// superseded one, a chart-only fix and the staged release.
#include "reviewdemo.h"
#include "testsupport.h"

#include <QRegularExpression>

using namespace ReleaseDeck;
using namespace TestSupport;
using ReviewTest::Demo;

namespace {

// The short commit ids a notes text lists, `abc1234` each.
QStringList commitIds(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("`([0-9a-f]{7})`"));
    QStringList out;
    for (auto it = id.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

} // namespace

TEST_CASE("Release notes list the commits git log lists, grouped by type with their pull requests", "[review]")
{
    Demo demo;
    const ProcessResult notes = releasedeck({QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("-w"), demo.file});
    INFO(notes.err.toStdString());
    REQUIRE(notes.exitCode == 0);
    const QString text = QString::fromUtf8(notes.out);
    CHECK(text.startsWith(QLatin1String("# Release notes 0.74.0 (since 0.73.0)")));
    const QStringList expected = git(demo.repo("oss"), {QStringLiteral("log"), QStringLiteral("--format=%h %s"),
                                                        QStringLiteral("--abbrev=7"), QStringLiteral("0.73.0..0.74.0")})
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(expected.size() >= 5);
    const QString oss = text.section(QStringLiteral("## oss: 0.73.0..0.74.0"), 1).section(QStringLiteral("\n## "), 0, 0);
    QStringList listed = commitIds(oss);
    QStringList ids;
    for (const QString &e : expected) {
        ids.append(e.left(7));
        // Each pull request's number is there, and a feat commit sits under Features.
        const QRegularExpressionMatch pr = QRegularExpression(QStringLiteral("\\(#(\\d+)\\)")).match(e);
        if (pr.hasMatch())
            CHECK(oss.contains(QLatin1Char('#') + pr.captured(1)));
    }
    listed.sort();
    ids.sort();
    CHECK(listed == ids);
    const QString features = oss.section(QStringLiteral("### Features"), 1).section(QStringLiteral("\n### "), 0, 0);
    for (const QString &e : expected) {
        if (e.mid(8).startsWith(QLatin1String("feat")))
            CHECK(features.contains(e.left(7)));
    }
    // Chart values that changed, as git diff of the two chart tags shows them.
    const QString diff = git(demo.repo("charts"), {QStringLiteral("diff"), QStringLiteral("openhands/0.73.0"),
                                                   QStringLiteral("openhands/0.74.0"), QStringLiteral("--"), QStringLiteral("*values.yaml")});
    CHECK(diff.contains(QLatin1String("tag: 0.74.0")));
    CHECK(text.contains(QStringLiteral("changed `image.tag`: 0.73.0 → 0.74.0")));

    const ProcessResult html = releasedeck({QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("-w"), demo.file,
                                            QStringLiteral("--format"), QStringLiteral("html")});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.startsWith("<!DOCTYPE html>"));
    CHECK_FALSE(html.out.contains("http"));
    // Between two releases: every commit git has between them.
    const ProcessResult span = releasedeck({QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("--from"),
                                            QStringLiteral("0.72.0"), QStringLiteral("-w"), demo.file});
    REQUIRE(span.exitCode == 0);
    CHECK(commitIds(QString::fromUtf8(span.out)).size() >= git(demo.repo("oss"), {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                                                          QStringLiteral("0.72.0..0.74.0")})
                                                   .toInt());
}

TEST_CASE("A first release's notes list every commit up to it, and after a release never published the charts compare with the one "
          "published before",
          "[review]")
{
    Demo demo;
    // The oldest OSS tag, as git sorts them: every commit git log lists up to it.
    const QString first = git(demo.repo("oss"), {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.*"),
                                                 QStringLiteral("--sort=v:refname")})
                              .section(QLatin1Char('\n'), 0, 0);
    REQUIRE_FALSE(first.isEmpty());
    const ProcessResult notes = releasedeck({QStringLiteral("notes"), first, QStringLiteral("-w"), demo.file});
    INFO(notes.err.toStdString());
    REQUIRE(notes.exitCode == 0);
    const QString text = QString::fromUtf8(notes.out);
    const QString oss = text.section(QStringLiteral("## oss: up to %1 (first release)").arg(first), 1).section(QStringLiteral("\n## "), 0, 0);
    QStringList listed = commitIds(oss);
    QStringList expected = git(demo.repo("oss"), {QStringLiteral("log"), QStringLiteral("--format=%h"), QStringLiteral("--abbrev=7"), first})
                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(expected.isEmpty());
    listed.sort();
    expected.sort();
    CHECK(listed == expected);

    // 0.70.0 was superseded before its charts were published: 0.70.1's
    // notes are since the newest chart tag below it, as git sorts them, the
    // release Enterprise customers upgrade from; its commits are git's.
    const QString below = git(demo.repo("charts"), {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/0.*"),
                                                    QStringLiteral("--sort=-v:refname")})
                              .split(QLatin1Char('\n'))
                              .filter(QRegularExpression(QStringLiteral("^openhands/0\\.(69|70\\.0)")))
                              .value(0);
    CHECK(below == QLatin1String("openhands/0.69.0"));
    const ProcessResult patch = releasedeck({QStringLiteral("notes"), QStringLiteral("0.70.1"), QStringLiteral("-w"), demo.file});
    REQUIRE(patch.exitCode == 0);
    const QString patchText = QString::fromUtf8(patch.out);
    CHECK(patchText.startsWith(QStringLiteral("# Release notes 0.70.1 (since 0.69.0)")));
    CHECK(patchText.contains(QStringLiteral("0.70.0 was not published for Enterprise: these notes are since 0.69.0")));
    CHECK(patchText.contains(QStringLiteral("## Chart openhands: %1 → openhands/0.70.1").arg(below)));
    CHECK_FALSE(patchText.contains(QStringLiteral("no chart tag")));
    QStringList patchIds = commitIds(patchText.section(QStringLiteral("## oss: 0.69.0..0.70.1"), 1).section(QStringLiteral("\n## "), 0, 0));
    QStringList patchExpected = git(demo.repo("oss"), {QStringLiteral("log"), QStringLiteral("--format=%h"), QStringLiteral("--abbrev=7"),
                                                       QStringLiteral("0.69.0..0.70.1")})
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(patchExpected.size() >= 2);
    patchIds.sort();
    patchExpected.sort();
    CHECK(patchIds == patchExpected);
    // The values git shows at the two tags.
    const QString diff = git(demo.repo("charts"), {QStringLiteral("diff"), below, QStringLiteral("openhands/0.70.1"), QStringLiteral("--"),
                                                   QStringLiteral("charts/openhands/values.yaml")});
    CHECK(diff.contains(QLatin1String("-  tag: 0.69.0")));
    CHECK(patchText.contains(QStringLiteral("changed `image.tag`: 0.69.0 → 0.70.1")));

    // A chart-only fix: its commits are those git has between the chart
    // tags; the release after it compares the charts the fix left alone
    // with their X.Y.Z tags.
    const QString fix = git(demo.repo("charts"), {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/*-fix*")})
                            .section(QLatin1Char('\n'), 0, 0)
                            .section(QLatin1Char('/'), 1);
    REQUIRE_FALSE(fix.isEmpty());
    const QString fixed = fix.section(QStringLiteral("-fix"), 0, 0);
    const ProcessResult fixNotes = releasedeck({QStringLiteral("notes"), fix, QStringLiteral("-w"), demo.file});
    REQUIRE(fixNotes.exitCode == 0);
    const QString fixText = QString::fromUtf8(fixNotes.out);
    QStringList fixIds = commitIds(fixText);
    QStringList fixExpected = git(demo.repo("charts"), {QStringLiteral("log"), QStringLiteral("--format=%h"), QStringLiteral("--abbrev=7"),
                                                        QStringLiteral("openhands/%1..openhands/%2").arg(fixed, fix)})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(fixExpected.isEmpty());
    fixIds.sort();
    fixExpected.sort();
    CHECK(fixIds == fixExpected);
    CHECK_FALSE(fixText.contains(QStringLiteral("no repository has a release tag")));
    const QString next = QStringLiteral("%1.%2.0").arg(fixed.section(QLatin1Char('.'), 0, 0)).arg(fixed.section(QLatin1Char('.'), 1, 1).toInt() + 1);
    const ProcessResult after = releasedeck({QStringLiteral("notes"), next, QStringLiteral("-w"), demo.file});
    REQUIRE(after.exitCode == 0);
    CHECK(QString::fromUtf8(after.out).contains(QStringLiteral("## Chart runtime-api: runtime-api/%1 → runtime-api/%2").arg(fixed, next)));
    CHECK_FALSE(QString::fromUtf8(after.out).contains(QStringLiteral("no chart tag")));

    // The staged release: its charts as the charts repository's HEAD has them.
    const QString staged = git(demo.repo("charts"), {QStringLiteral("show"), QStringLiteral("HEAD:charts/openhands/Chart.yaml")})
                               .section(QStringLiteral("\nversion: "), 1)
                               .section(QLatin1Char('\n'), 0, 0)
                               .trimmed();
    REQUIRE_FALSE(staged.isEmpty());
    REQUIRE(git(demo.repo("charts"), {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/") + staged}).isEmpty());
    const ProcessResult pending = releasedeck({QStringLiteral("notes"), staged, QStringLiteral("-w"), demo.file});
    REQUIRE(pending.exitCode == 0);
    CHECK(QString::fromUtf8(pending.out).contains(QStringLiteral("→ openhands/%1 (staged at HEAD)").arg(staged)));
    CHECK(git(demo.repo("charts"), {QStringLiteral("show"), QStringLiteral("HEAD:charts/openhands/values.yaml")})
              .contains(QStringLiteral("tag: %1").arg(staged)));
    CHECK(QString::fromUtf8(pending.out).contains(QStringLiteral(" → %1\n").arg(staged)));
    CHECK_FALSE(QString::fromUtf8(pending.out).contains(QStringLiteral("no chart tag")));
}

// readCommitRange against the git CLI: ahead/behind must equal
// `git rev-list --left-right --count`, the commits `git log from..to`.
#include "git/commitrange.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

constexpr qint64 kStart = 1767225600;
constexpr qint64 kHour = 3600;

// A main line, a release branch with a cherry-picked backport merged back,
// and a topic branch whose commits interleave in time with main's, built
// with git. Author dates carry offsets other than +0000.
struct RangeRepo
{
    QTemporaryDir tmp;
    QString dir;
    QMap<QString, QString> ids; // short name -> full commit id

    RangeRepo()
    {
        dir = tmp.path() + QLatin1String("/repo");
        QDir().mkpath(dir);
        run({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        change(QStringLiteral("a.txt"), "a\n", QStringLiteral("initial"), 0, QStringLiteral("c1"));
        change(QStringLiteral("parser.txt"), "parse\n", QStringLiteral("add parser"), 1, QStringLiteral("c2"));
        change(QStringLiteral("version.txt"), "1.0.0\n", QStringLiteral("prepare 1.0"), 2, QStringLiteral("c3"));
        run({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.0"), QStringLiteral("-m"), QStringLiteral("1.0")},
            2);
        run({QStringLiteral("branch"), QStringLiteral("release/1.0")});

        QMap<QString, QString> zoe = gitDateEnv(kStart + 3 * kHour, QStringLiteral("+0200"));
        zoe.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Zoë Maintainer"));
        writeFile(dir + QLatin1String("/fix.txt"), "check empty input\n");
        run({QStringLiteral("add"), QStringLiteral("-A")});
        run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("fix: crash on empty input")},
            zoe);
        remember(QStringLiteral("c4"));
        // A first paragraph over two lines: git's %s joins them with a space.
        change(QStringLiteral("export.txt"), "export\n",
               QStringLiteral("feature: export\nto CSV and JSON\n\nLonger description."), 4, QStringLiteral("c5"));

        run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("release/1.0")});
        // The backport keeps Zoë's author date; only the committer date moves.
        run({QStringLiteral("cherry-pick"), QStringLiteral("-x"), ids.value(QStringLiteral("c4"))},
            {{QStringLiteral("GIT_COMMITTER_DATE"), QStringLiteral("@%1 +0000").arg(kStart + 5 * kHour)}});
        remember(QStringLiteral("backport"));
        writeFile(dir + QLatin1String("/version.txt"), "1.0.1\n");
        run({QStringLiteral("add"), QStringLiteral("-A")});
        run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("release 1.0.1")},
            gitDateEnv(kStart + 6 * kHour, QStringLiteral("-0500")));
        remember(QStringLiteral("r2"));
        run({QStringLiteral("tag"), QStringLiteral("v1.0.1")});

        run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("topic"), QStringLiteral("main")});
        change(QStringLiteral("topic.txt"), "one\n", QStringLiteral("topic: first step"), 7, QStringLiteral("f1"));
        run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        change(QStringLiteral("main.txt"), "six\n", QStringLiteral("main: between topic steps"), 8, QStringLiteral("c6"));
        run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("topic")});
        change(QStringLiteral("topic.txt"), "two\n", QStringLiteral("topic: second step"), 9, QStringLiteral("f2"));
        run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        run({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
             QStringLiteral("Merge branch 'topic'"), QStringLiteral("topic")},
            10);
        remember(QStringLiteral("mergeTopic"));
        run({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"),
             QStringLiteral("Merge branch 'release/1.0'"), QStringLiteral("release/1.0")},
            11);
        remember(QStringLiteral("mergeRelease"));
        change(QStringLiteral("version.txt"), "1.1.0-dev\n", QStringLiteral("start 1.1"), 12, QStringLiteral("c7"));
        run({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.1-rc"), QStringLiteral("-m"), QStringLiteral("rc")},
            12);
    }

    QString run(const QStringList &args, int hour = 0) { return git(dir, args, gitDateEnv(kStart + hour * kHour)); }
    QString run(const QStringList &args, const QMap<QString, QString> &env) { return git(dir, args, env); }

    void change(const QString &file, const QByteArray &content, const QString &message, int hour, const QString &name)
    {
        writeFile(dir + QLatin1Char('/') + file, content);
        run({QStringLiteral("add"), QStringLiteral("-A")});
        run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, hour);
        remember(name);
    }

    void remember(const QString &name) { ids.insert(name, run({QStringLiteral("rev-parse"), QStringLiteral("HEAD")})); }

    // A ref or short name as a full commit id, resolved by git.
    QString id(const QString &name) const
    {
        if (ids.contains(name))
            return ids.value(name);
        return git(dir, {QStringLiteral("rev-parse"), QStringLiteral("--verify"), name + QLatin1String("^{commit}")});
    }
};

// One line per commit, in git log's order: id, subject, author, unix time
// and offset of the author date.
QStringList gitLog(const QString &dir, const QString &from, const QString &to)
{
    const QString text = git(dir, {QStringLiteral("log"), QStringLiteral("--format=%H%x09%s%x09%an%x09%at%x09%ai"),
                                   from + QLatin1String("..") + to});
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // %ai is "YYYY-MM-DD hh:mm:ss +hhmm": only its offset is kept.
        QStringList fields = line.split(QLatin1Char('\t'));
        fields.last() = fields.last().section(QLatin1Char(' '), -1);
        out.append(fields.join(QLatin1Char('\t')));
    }
    return out;
}

QStringList lines(const CommitRange &range)
{
    QStringList out;
    for (const CommitLine &c : range.commits) {
        const int offset = c.date.offsetFromUtc() / 60;
        const QString zone = QStringLiteral("%1%2%3")
                                 .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                 .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                                 .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
        out.append(QStringList{c.id, c.subject, c.author, QString::number(c.date.toSecsSinceEpoch()), zone}.join(
            QLatin1Char('\t')));
    }
    return out;
}

// `git rev-list --left-right --count from...to`: "behind<TAB>ahead".
QString leftRight(const QString &dir, const QString &from, const QString &to)
{
    return git(dir, {QStringLiteral("rev-list"), QStringLiteral("--left-right"), QStringLiteral("--count"),
                     from + QLatin1String("...") + to});
}

bool isOneLine(const QString &text)
{
    return !text.isEmpty() && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

} // namespace

TEST_CASE("Commit range ahead/behind and commits equal git rev-list and git log", "[commitrange]")
{
    RangeRepo repo;
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("v1.0"), QStringLiteral("main")},         // the whole 1.1 cycle, both merges
        {QStringLiteral("v1.0"), QStringLiteral("v1.0.1")},       // the release branch alone
        {QStringLiteral("v1.0.1"), QStringLiteral("main")},       // release merged back
        {QStringLiteral("main"), QStringLiteral("v1.0.1")},       // nothing ahead, all behind
        {QStringLiteral("v1.0.1"), QStringLiteral("c5")},         // diverged: backport vs original fix
        {QStringLiteral("c6"), QStringLiteral("f2")},             // diverged inside the topic merge
        {QStringLiteral("f1"), QStringLiteral("mergeTopic")},     // interleaved dates through a merge
        {QStringLiteral("c1"), QStringLiteral("main")},           // from the root
        {QStringLiteral("mergeRelease"), QStringLiteral("v1.1-rc")},
    };
    for (const auto &[fromName, toName] : pairs) {
        const QString from = repo.id(fromName);
        const QString to = repo.id(toName);
        INFO((fromName + QLatin1String("..") + toName).toStdString());
        const CommitRange range = readCommitRange(repo.dir, from, to);
        REQUIRE(range.error.isEmpty());
        CHECK(QStringLiteral("%1\t%2").arg(range.behind).arg(range.ahead) == leftRight(repo.dir, from, to));
        // Commit dates grow along every edge here, so plain git log and the
        // topological walk agree exactly (clock skew: see the test below).
        CHECK(lines(range) == gitLog(repo.dir, from, to));
        CHECK(range.commits.size() == range.ahead);
        CHECK_FALSE(range.truncated);
    }

    // The backport: Zoë's author date and offset survive the cherry-pick.
    const CommitRange release = readCommitRange(repo.dir, repo.id(QStringLiteral("v1.0")), repo.id(QStringLiteral("v1.0.1")));
    REQUIRE(release.commits.size() == 2);
    const CommitLine &backport = release.commits.at(1);
    CHECK(backport.subject == QStringLiteral("fix: crash on empty input"));
    CHECK(backport.author == QStringLiteral("Zoë Maintainer"));
    CHECK(backport.date.offsetFromUtc() == 2 * 3600);
    CHECK(backport.date.toSecsSinceEpoch() == kStart + 3 * kHour);
}

TEST_CASE("Commit range under clock skew follows git log --date-order", "[commitrange]")
{
    // P is older than its child Q: plain `git log` pops P (by date) before
    // Q, listing a parent before its child. The topological walk keeps
    // children first, which is `git log --date-order`; plain git log then
    // agrees only as a set.
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    auto commit = [&](const QString &message, qint64 when) {
        git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), message},
            gitDateEnv(when));
        return git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    };
    git(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    const QString root = commit(QStringLiteral("root"), kStart);
    commit(QStringLiteral("P"), kStart + 3 * kHour);
    git(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("skewed")});
    commit(QStringLiteral("Q, dated before its parent"), kStart + kHour);
    git(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    commit(QStringLiteral("C"), kStart + 4 * kHour);
    git(dir, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("-m"), QStringLiteral("M"),
              QStringLiteral("skewed")},
        gitDateEnv(kStart + 5 * kHour));
    const QString head = git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

    const CommitRange range = readCommitRange(dir, root, head);
    REQUIRE(range.error.isEmpty());
    QStringList subjects;
    for (const CommitLine &c : range.commits)
        subjects.append(c.subject);
    const QString span = root + QLatin1String("..") + head;
    const QStringList dateOrder =
        git(dir, {QStringLiteral("log"), QStringLiteral("--date-order"), QStringLiteral("--format=%s"), span}).split(QLatin1Char('\n'));
    const QStringList plain = git(dir, {QStringLiteral("log"), QStringLiteral("--format=%s"), span}).split(QLatin1Char('\n'));
    CHECK(subjects == dateOrder);
    CHECK(plain != dateOrder); // else this history does not show the difference
    QStringList sortedOurs = subjects;
    QStringList sortedPlain = plain;
    sortedOurs.sort();
    sortedPlain.sort();
    CHECK(sortedOurs == sortedPlain);
    CHECK(subjects.indexOf(QStringLiteral("Q, dated before its parent")) < subjects.indexOf(QStringLiteral("P")));
}

TEST_CASE("Commit range stops at the limit with the head of git log", "[commitrange]")
{
    RangeRepo repo;
    const QString from = repo.id(QStringLiteral("c1"));
    const QString to = repo.id(QStringLiteral("main"));
    const QStringList all = gitLog(repo.dir, from, to);
    REQUIRE(all.size() > 4);

    for (int limit : {1, 3, int(all.size()) - 1}) {
        INFO("limit " << limit);
        const CommitRange range = readCommitRange(repo.dir, from, to, limit);
        REQUIRE(range.error.isEmpty());
        CHECK(range.truncated);
        CHECK(range.commits.size() == limit);
        CHECK(lines(range) == all.mid(0, limit));
        // The counts are of the whole range, not of what was listed.
        CHECK(range.ahead == all.size());
    }

    const CommitRange exact = readCommitRange(repo.dir, from, to, int(all.size()));
    CHECK_FALSE(exact.truncated);
    CHECK(lines(exact) == all);

    const CommitRange none = readCommitRange(repo.dir, from, to, 0);
    CHECK(none.error.isEmpty());
    CHECK(none.truncated);
    CHECK(none.commits.isEmpty());
    CHECK(none.ahead == all.size());
}

TEST_CASE("Commit range of a commit with itself is empty", "[commitrange]")
{
    RangeRepo repo;
    for (const QString &name : {QStringLiteral("c1"), QStringLiteral("mergeRelease"), QStringLiteral("v1.0.1")}) {
        INFO(name.toStdString());
        const QString id = repo.id(name);
        REQUIRE(leftRight(repo.dir, id, id) == QStringLiteral("0\t0"));
        const CommitRange range = readCommitRange(repo.dir, id, id);
        CHECK(range.error.isEmpty());
        CHECK(range.ahead == 0);
        CHECK(range.behind == 0);
        CHECK(range.commits.isEmpty());
        CHECK_FALSE(range.truncated);
    }
}

TEST_CASE("Commit range takes abbreviated ids and annotated tag ids", "[commitrange]")
{
    RangeRepo repo;
    const QString from = repo.id(QStringLiteral("v1.0"));
    const QString to = repo.id(QStringLiteral("main"));
    const QStringList expected = gitLog(repo.dir, from, to);

    // The shortest prefixes git itself would print, and a fixed 12.
    const QString shortFrom = git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("--short"), from});
    const QString shortTo = git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("--short"), to});
    for (const auto &[f, t] : {qMakePair(shortFrom, shortTo), qMakePair(from.left(12), to.left(12)),
                               qMakePair(from.toUpper(), to)}) {
        INFO((f + QLatin1String("..") + t).toStdString());
        const CommitRange range = readCommitRange(repo.dir, f, t);
        REQUIRE(range.error.isEmpty());
        CHECK(lines(range) == expected);
    }

    // The id of the annotated tag object stands for its commit, as in git.
    const QString tagObject = git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("v1.0")});
    REQUIRE(tagObject != from);
    const CommitRange viaTag = readCommitRange(repo.dir, tagObject, to);
    REQUIRE(viaTag.error.isEmpty());
    CHECK(lines(viaTag) == expected);
}

TEST_CASE("Commit range names an unknown id or a bad path in one line", "[commitrange][badinput]")
{
    RangeRepo repo;
    const QString main = repo.id(QStringLiteral("main"));

    SECTION("unknown and malformed ids")
    {
        const QString unknown = QStringLiteral("0000000000");
        REQUIRE(gitResult(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                                     unknown + QLatin1String("^{commit}")})
                    .exitCode
                != 0);
        // Branch names are not ids: only hex is resolved.
        for (const QString &bad : {unknown, QStringLiteral("zzzzzzz"), QStringLiteral("ab"), QStringLiteral("main"),
                                   QString(41, QLatin1Char('a')), QString()}) {
            INFO(bad.toStdString());
            for (const bool asFrom : {true, false}) {
                const CommitRange range =
                    asFrom ? readCommitRange(repo.dir, bad, main) : readCommitRange(repo.dir, main, bad);
                CHECK(range.error == QStringLiteral("commit '%1' not found in %2").arg(bad, repo.dir));
                CHECK(isOneLine(range.error));
                CHECK(range.commits.isEmpty());
            }
        }
    }

    SECTION("an id that is not a commit")
    {
        const QString tree = git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("main^{tree}")});
        const CommitRange range = readCommitRange(repo.dir, tree, main);
        CHECK(range.error.contains(tree));
        CHECK(range.error.contains(QStringLiteral("not a commit")));
        CHECK(isOneLine(range.error));
    }

    SECTION("paths that are not repositories")
    {
        QTemporaryDir empty;
        const QString missing = empty.path() + QLatin1String("/missing");
        for (const QString &path : {empty.path(), missing}) {
            INFO(path.toStdString());
            const CommitRange range = readCommitRange(path, main, main);
            CHECK(range.error.contains(path));
            CHECK(isOneLine(range.error));
            CHECK(range.commits.isEmpty());
        }
    }
}

TEST_CASE("A cancelled commit range stops with an error", "[commitrange]")
{
    RangeRepo repo;
    ScanControl control;
    control.cancel();
    const CommitRange range = readCommitRange(repo.dir, repo.id(QStringLiteral("c1")), repo.id(QStringLiteral("main")),
                                              500, &control);
    CHECK(range.error == QStringLiteral("cancelled"));
    CHECK(range.commits.isEmpty());
    CHECK(range.ahead == 0);

    // An uncancelled control changes nothing.
    ScanControl live;
    const CommitRange full = readCommitRange(repo.dir, repo.id(QStringLiteral("c1")), repo.id(QStringLiteral("main")),
                                             500, &live);
    CHECK(full.error.isEmpty());
    CHECK(full.commits.size() == full.ahead);
}

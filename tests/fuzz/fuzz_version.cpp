// Versions and tag templates. The input's first line is a tag template,
// every further line a version or a tag name. Checked:
// - a version that parses prints as the very text it was read from, and
//   reads back equal; one that does not parse says why;
// - the fix convention: fixN is a fix exactly when N is a number from 1
//   without a leading zero; withFix(n) is X.Y.Z-fixN, withoutFix drops it;
// - both orders are total orders (antisymmetric, transitive) that agree
//   wherever no fix is involved, and are equal only for the same text
//   (build metadata aside);
// - a template formats a version into a tag it matches again, and a tag it
//   matches formats back to itself.
#include "fuzzcommon.h"

#include "domain/artifactcheck.h"
#include "domain/tagtemplate.h"
#include "domain/version.h"

#include <QRegularExpression>

using namespace ReleaseDeck;

namespace {

std::string show(const QString &s)
{
    return FuzzSupport::printable(s.toStdString());
}

QString withoutBuild(const Version &v)
{
    const QString s = v.toString();
    const qsizetype plus = s.indexOf(u'+');
    return plus < 0 ? s : s.left(plus);
}

int sign(int x)
{
    return x < 0 ? -1 : (x > 0 ? 1 : 0);
}

// What the fix convention says, from the text alone.
qint64 expectedFix(const Version &v)
{
    if (v.preRelease().size() != 1)
        return 0;
    static const QRegularExpression fix(QStringLiteral("^fix([1-9][0-9]{0,17})$"));
    const auto m = fix.match(v.preRelease().front());
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

void checkVersion(const QString &text, const Version &v)
{
    FUZZ_CHECK(!v.isNull(), show(text));
    FUZZ_CHECK(v.toString() == text, show(text) + " prints as " + show(v.toString()));
    QString error;
    const auto again = Version::parse(v.toString(), &error);
    FUZZ_CHECK(again && Version::compare(*again, v) == 0 && Version::compareStrict(*again, v) == 0
                   && again->toString() == v.toString(),
               show(text));
    FUZZ_CHECK(Version::compare(v, v) == 0 && Version::compareStrict(v, v) == 0, show(text));

    // Numbers with 18 digits or fewer fit; longer ones are the compare's business.
    const qint64 fix = expectedFix(v);
    if (v.preRelease().size() != 1 || v.preRelease().front().size() <= 21)
        FUZZ_CHECK(v.fixNumber() == fix, show(text) + " fixNumber " + std::to_string(v.fixNumber()));
    FUZZ_CHECK(v.isFix() == (v.fixNumber() > 0), show(text));
    FUZZ_CHECK(v.isRelease() == (v.preRelease().isEmpty() || v.isFix()), show(text));
    FUZZ_CHECK(v.hiddenByHelm() == !v.preRelease().isEmpty(), show(text));

    const Version plain = v.withoutFix();
    FUZZ_CHECK(plain.build().isEmpty() && !plain.isFix(), show(text));
    FUZZ_CHECK(v.isFix() ? plain.preRelease().isEmpty() : plain.preRelease() == v.preRelease(), show(text));
    for (int n : {1, 2, 10, 2147483647}) {
        const Version f = v.withFix(n);
        FUZZ_CHECK(f.isFix() && f.fixNumber() == n, show(text) + " withFix " + std::to_string(n));
        const QString core = QStringLiteral("%1.%2.%3").arg(v.major()).arg(v.minor()).arg(v.patch());
        FUZZ_CHECK(f.withoutFix().toString() == core, show(text) + " withFix, withoutFix: " + show(f.withoutFix().toString()));
        const auto read = Version::parse(f.toString());
        FUZZ_CHECK(read && read->toString() == f.toString(), show(f.toString()));
        if (v.isRelease() && !v.isFix())
            FUZZ_CHECK(Version::compare(v, f) < 0, show(text) + " against " + show(f.toString()));
    }

    // The tag a version is stored under in a registry.
    const QString tag = ociTagFor(v.toString());
    static const QRegularExpression ociTag(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    if (tag.size() <= 128)
        FUZZ_CHECK(ociTag.match(tag).hasMatch(), show(text) + " gives the OCI tag " + show(tag));
}

void checkPair(const Version &a, const Version &b)
{
    const auto both = [&] { return std::string(show(a.toString()) + " and " + show(b.toString())); };
    const int ours = Version::compare(a, b);
    const int strict = Version::compareStrict(a, b);
    FUZZ_CHECK(sign(ours) == -sign(Version::compare(b, a)), both());
    FUZZ_CHECK(sign(strict) == -sign(Version::compareStrict(b, a)), both());
    const bool sameText = withoutBuild(a) == withoutBuild(b);
    FUZZ_CHECK((ours == 0) == sameText, both());
    FUZZ_CHECK((strict == 0) == sameText, both());
    if (!a.isFix() && !b.isFix())
        FUZZ_CHECK(sign(ours) == sign(strict), both());
    FUZZ_CHECK(Version::strictOrderDiffers(a, b) == (sign(ours) != sign(strict)), both());
    FUZZ_CHECK((a == b) == (ours == 0) && (a < b) == (ours < 0), both());
}

void checkTriple(const Version &a, const Version &b, const Version &c)
{
    const auto all = [&] { return std::string(show(a.toString()) + ", " + show(b.toString()) + ", " + show(c.toString())); };
    for (auto cmp : {&Version::compare, &Version::compareStrict}) {
        if (cmp(a, b) <= 0 && cmp(b, c) <= 0)
            FUZZ_CHECK(cmp(a, c) <= 0, all());
        if (cmp(a, b) == 0 && cmp(b, c) == 0)
            FUZZ_CHECK(cmp(a, c) == 0, all());
    }
}

void checkTemplate(const QString &pattern, const QStringList &lines, const QList<Version> &versions)
{
    QString error;
    const bool valid = TagTemplate::isValidPattern(pattern, &error);
    FUZZ_CHECK(valid == (pattern.count(QLatin1String("{version}")) == 1), show(pattern));
    FUZZ_CHECK(valid == error.isEmpty(), show(pattern) + ": " + show(error));
    const TagTemplate t(pattern);
    FUZZ_CHECK(t.isValid() == valid, show(pattern));
    if (!valid)
        return;
    FUZZ_CHECK(t.pattern() == pattern, show(pattern) + " reads back as " + show(t.pattern()));
    for (const Version &v : versions) {
        const QString tag = t.format(v);
        const auto matched = t.match(tag);
        FUZZ_CHECK(matched && matched->toString() == v.toString(), show(pattern) + " formats " + show(v.toString()));
        FUZZ_CHECK(t.versionText(tag) == v.toString(), show(pattern) + " on " + show(tag));
    }
    for (const QString &line : lines) {
        const auto text = t.versionText(line);
        const auto matched = t.match(line);
        if (text) {
            const QString prefix = pattern.left(pattern.indexOf(QLatin1String("{version}")));
            const QString suffix = pattern.mid(pattern.indexOf(QLatin1String("{version}")) + 9);
            FUZZ_CHECK(prefix + *text + suffix == line && !text->isEmpty(), show(pattern) + " on " + show(line));
            FUZZ_CHECK(bool(matched) == bool(Version::parse(*text)), show(pattern) + " on " + show(line));
        } else {
            FUZZ_CHECK(!matched, show(pattern) + " on " + show(line));
        }
        if (matched)
            FUZZ_CHECK(t.format(*matched) == line, show(pattern) + " on " + show(line));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; // versions are short; long inputs only slow the pairs down
    const auto parts = FuzzSupport::split(FuzzSupport::view(data, size), "\n", 17);
    const QString pattern = QString::fromUtf8(parts[0].data(), qsizetype(parts[0].size()));
    QStringList lines;
    QList<Version> versions;
    for (size_t i = 1; i < parts.size(); ++i) {
        const QString text = QString::fromUtf8(parts[i].data(), qsizetype(parts[i].size()));
        lines.append(text);
        QString error;
        const auto v = Version::parse(text, &error);
        if (v) {
            checkVersion(text, *v);
            versions.append(*v);
        } else {
            FUZZ_CHECK(!error.isEmpty(), show(text) + " is refused without a reason");
            FUZZ_CHECK(!Version::parse(text), show(text));
        }
    }
    // The pattern line may hold a version too.
    if (const auto v = Version::parse(pattern)) {
        checkVersion(pattern, *v);
        versions.append(*v);
    }
    for (const Version &a : versions) {
        for (const Version &b : versions)
            checkPair(a, b);
    }
    if (versions.size() <= 8) {
        for (const Version &a : versions)
            for (const Version &b : versions)
                for (const Version &c : versions)
                    checkTriple(a, b, c);
    }
    checkTemplate(pattern, lines, versions);
    return 0;
}

#include "testsupport.h"

#include "domain/version.h"

using ReleaseDeck::Version;

namespace {
Version v(const char *text)
{
    auto parsed = Version::parse(QString::fromLatin1(text));
    INFO(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}
} // namespace

TEST_CASE("Version parses and prints SemVer 2.0", "[version]")
{
    const char *valid[] = {"0.0.4", "1.2.3", "10.20.30", "1.1.2-prerelease+meta", "1.1.2+meta",
                           "1.0.0-alpha", "1.0.0-alpha.beta.1", "1.0.0-rc.1+build.1", "2.0.0-rc.1+build.123",
                           "1.2.3-0A.is.legal", "1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay",
                           "0.73.0-fix1", "99999999999999999999999.999999999999999999.99999999999999999"};
    for (const char *text : valid) {
        INFO(text);
        QString error;
        auto parsed = Version::parse(QString::fromLatin1(text), &error);
        if (QByteArray(text).startsWith("9999")) {
            // Too large for 64 bits: refused with a reason, never wrapped.
            CHECK_FALSE(parsed.has_value());
            CHECK(error.contains(QLatin1String("too large")));
            continue;
        }
        REQUIRE(parsed.has_value());
        CHECK(parsed->toString() == QString::fromLatin1(text));
    }
}

TEST_CASE("Version refuses invalid text with a reason", "[version]")
{
    struct Case
    {
        const char *text;
        const char *reason;
    };
    const Case cases[] = {
        {"", "empty version"},
        {"1", "expected MAJOR.MINOR.PATCH"},
        {"1.2", "expected MAJOR.MINOR.PATCH"},
        {"1.2.3.4", "expected MAJOR.MINOR.PATCH"},
        {"01.1.1", "leading zero in major"},
        {"1.01.1", "leading zero in minor"},
        {"1.1.01", "leading zero in patch"},
        {"1.2.3-0123", "leading zero in numeric pre-release"},
        {"1.2.3-", "empty pre-release identifier"},
        {"1.2.3-alpha..1", "empty pre-release identifier"},
        {"1.2.3+", "empty build metadata identifier"},
        {"1.2.3-a_b", "invalid character '_'"},
        {"v1.2.3", "major version \"v1\" is not a number"},
        {"1.2.x", "patch version \"x\" is not a number"},
        {"sha-4ea3e4b", "expected MAJOR.MINOR.PATCH"},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        QString error;
        CHECK_FALSE(Version::parse(QString::fromLatin1(c.text), &error).has_value());
        CHECK(error.contains(QString::fromLatin1(c.reason)));
    }
}

TEST_CASE("Strict precedence follows the SemVer 2.0 specification", "[version]")
{
    // The example chain from semver.org §11.
    const char *chain[] = {"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                           "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0",
                           "2.0.0", "2.1.0", "2.1.1"};
    for (size_t i = 0; i + 1 < std::size(chain); ++i) {
        INFO(chain[i] << " < " << chain[i + 1]);
        CHECK(Version::compareStrict(v(chain[i]), v(chain[i + 1])) < 0);
        CHECK(Version::compareStrict(v(chain[i + 1]), v(chain[i])) > 0);
    }
    CHECK(Version::compareStrict(v("1.0.0+a"), v("1.0.0+b")) == 0); // build metadata is ignored
}

TEST_CASE("Release order puts chart fixes after their release", "[version]")
{
    // DESIGN §1: 0.73.0 < 0.73.0-fix1 < 0.73.0-fix2 < 0.73.1, pre-releases first.
    const char *chain[] = {"0.73.0-rc.1", "0.73.0", "0.73.0-fix1", "0.73.0-fix2", "0.73.0-fix10", "0.73.1",
                           "0.74.0", "1.0.7-cli"};
    for (size_t i = 0; i + 1 < std::size(chain); ++i) {
        INFO(chain[i] << " < " << chain[i + 1]);
        CHECK(Version::compare(v(chain[i]), v(chain[i + 1])) < 0);
        CHECK(Version::compare(v(chain[i + 1]), v(chain[i])) > 0);
    }
    CHECK(v("0.73.0-fix2").fixNumber() == 2);
    CHECK(v("0.73.0-fix1").isFix());
    CHECK_FALSE(v("0.73.0-fix0").isFix());
    CHECK_FALSE(v("0.73.0-fix1.1").isFix());
    CHECK_FALSE(v("1.0.7-cli").isRelease());
    CHECK(v("0.73.0").isRelease());
    CHECK(v("0.73.0-fix1").isRelease());
    CHECK(v("0.73.0-fix1").hiddenByHelm());
    CHECK(v("0.73.2").withFix(3).toString() == QLatin1String("0.73.2-fix3"));
    // Past 32 bits a fix is still a fix, after its release.
    CHECK(v("0.73.0-fix2147483648").isFix());
    CHECK(Version::compare(v("0.73.0"), v("0.73.0-fix2147483648")) < 0);
    CHECK(Version::compare(v("0.73.0-fix2"), v("0.73.0-fix2147483648")) < 0);
    CHECK(v("0.73.2-fix3").withoutFix().toString() == QLatin1String("0.73.2"));
}

TEST_CASE("Where strict order differs is flagged", "[version]")
{
    CHECK(Version::strictOrderDiffers(v("0.73.0"), v("0.73.0-fix1")));   // strict: fix1 first
    CHECK(Version::strictOrderDiffers(v("0.73.0-fix2"), v("0.73.0-fix10"))); // strict: "fix10" < "fix2"
    CHECK_FALSE(Version::strictOrderDiffers(v("0.73.0-fix1"), v("0.73.0-fix2")));
    CHECK_FALSE(Version::strictOrderDiffers(v("0.73.0"), v("0.73.1")));
    CHECK_FALSE(Version::strictOrderDiffers(v("0.73.0-rc.1"), v("0.73.0")));
}

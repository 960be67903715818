#include "testsupport.h"

#include "domain/tagtemplate.h"

using ReleaseDeck::TagTemplate;
using ReleaseDeck::Version;

TEST_CASE("Tag templates read and write tag names", "[tagtemplate]")
{
    const TagTemplate plain(QStringLiteral("{version}"));
    const TagTemplate prefixed(QStringLiteral("openhands/{version}"));
    const TagTemplate v(QStringLiteral("v{version}"));
    REQUIRE(plain.isValid());

    CHECK(plain.match(QStringLiteral("0.62.0"))->toString() == QLatin1String("0.62.0"));
    CHECK(plain.match(QStringLiteral("1.0.7-cli"))->toString() == QLatin1String("1.0.7-cli"));
    CHECK_FALSE(plain.match(QStringLiteral("openhands/0.50.0")));
    CHECK_FALSE(plain.match(QStringLiteral("ext-v0.0.99-test")));
    CHECK_FALSE(plain.match(QStringLiteral("Replicated/Beta/1189")));

    CHECK(prefixed.match(QStringLiteral("openhands/0.50.0"))->toString() == QLatin1String("0.50.0"));
    CHECK(prefixed.match(QStringLiteral("openhands/0.73.0-fix1"))->isFix());
    CHECK_FALSE(prefixed.match(QStringLiteral("runtime-api/0.3.13")));
    CHECK_FALSE(prefixed.match(QStringLiteral("openhands/")));
    CHECK_FALSE(prefixed.match(QStringLiteral("openhands/latest")));
    CHECK(prefixed.versionText(QStringLiteral("openhands/latest")) == QStringLiteral("latest"));

    CHECK(v.match(QStringLiteral("v1.2.3"))->toString() == QLatin1String("1.2.3"));
    CHECK_FALSE(v.match(QStringLiteral("1.2.3")));

    const Version version = *Version::parse(QStringLiteral("0.73.0-fix2"));
    CHECK(prefixed.format(version) == QLatin1String("openhands/0.73.0-fix2"));
    CHECK(v.format(version) == QLatin1String("v0.73.0-fix2"));
    CHECK(plain.format(version) == QLatin1String("0.73.0-fix2"));
}

TEST_CASE("Tag template patterns need exactly one placeholder", "[tagtemplate]")
{
    QString error;
    CHECK_FALSE(TagTemplate::isValidPattern(QStringLiteral("openhands/"), &error));
    CHECK(error.contains(QLatin1String("has no {version}")));
    CHECK_FALSE(TagTemplate::isValidPattern(QStringLiteral("{version}-{version}"), &error));
    CHECK(error.contains(QLatin1String("more than once")));
    CHECK_FALSE(TagTemplate(QStringLiteral("nothing")).isValid());
}

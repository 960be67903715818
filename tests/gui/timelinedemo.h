// The demo with a busy week, for the timeline's GUI tests.
#pragma once

#include "testsupport.h"

#include "demo/demoworkspace.h"

#include <QDate>
#include <QTemporaryDir>

namespace {

// The demo with patches of 0.74.0 tagged `hours` after it, on its commit,
// as git dates them: releases on one day. Returns the workspace file.
inline QString busyDemo(const QTemporaryDir &tmp, const QList<int> &hours)
{
    using namespace TestSupport;
    QString error;
    const QString file = ReleaseDeck::DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());
    const QString oss = tmp.path() + QLatin1String("/demo/repos/oss.git");
    const qint64 tagged = git(oss, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(creatordate:unix)"),
                                    QStringLiteral("refs/tags/0.74.0")})
                              .trimmed()
                              .toLongLong();
    REQUIRE(tagged > 0);
    for (int n = 0; n < hours.size(); ++n)
        git(oss, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("-m"), QStringLiteral("patch"),
                  QStringLiteral("0.74.%1").arg(n + 1), QStringLiteral("0.74.0^{commit}")},
            gitDateEnv(tagged + hours[n] * 3600));
    return file;
}

} // namespace

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and app data go to a throw-away location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ReleaseDeckTests"));
    return Catch::Session().run(argc, argv);
}

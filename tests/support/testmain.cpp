#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "platform/workers.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs each test case in a process of its own, many at once: each
    // gets its own home, data, config and cache folders, so that settings,
    // clones and journals are never shared, and nothing survives the run.
    // libgit2 reads the global git configuration from this HOME too; the
    // user's own ~/.gitconfig never reaches a test. The D-Bus session and
    // runtime folder (the keychain tests' keyring) stay as they are.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/releasedeck-test-XXXXXX"));
    if (!home.isValid()) {
        fprintf(stderr, "cannot make a home folder for the test: %s\n", qPrintable(home.errorString()));
        return 2;
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.path() + QStringLiteral("/cache")));
    // Settings and app data go to a throw-away location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ReleaseDeckTests"));
    // The window as it reads in English, "1 step" and "3 steps", with dates
    // and numbers as the C locale writes them, whatever the language of the
    // machine: a test that wants another language sets it itself.
    QLocale::setDefault(QLocale::c());
    const ReleaseDeck::Translations english(QLocale(QLocale::English));
    const int failed = Catch::Session().run(argc, argv);
    // Work a test left running ends while the statics it uses and the
    // test's home are still there, as the program's main() has it.
    ReleaseDeck::workers()->waitForDone();
    return failed;
}

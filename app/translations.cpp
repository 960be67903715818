#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ReleaseDeck {

namespace {

const QString kFolder = QStringLiteral(":/i18n");

} // namespace

Translations::Translations(const QLocale &locale)
{
    // English source texts hold "%n release(s)": the English file words
    // them for one and for many.
    if (m_english.load(QStringLiteral("releasedeck_en"), kFolder))
        m_englishInstalled = QCoreApplication::installTranslator(&m_english);
    // The program's own first; then the installed folder
    // (share/releasedeck/translations), where a language can be added
    // without a build.
    const QString installed = QCoreApplication::applicationDirPath() + QLatin1Char('/')
                              + QLatin1String(RELEASEDECK_TRANSLATIONS_FROM_BINDIR);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C
        && (m_local.load(locale, QStringLiteral("releasedeck"), QStringLiteral("_"), kFolder)
            || m_local.load(locale, QStringLiteral("releasedeck"), QStringLiteral("_"), installed)))
        m_localInstalled = QCoreApplication::installTranslator(&m_local);
    // Qt's translations come with the system's Qt (Debian:
    // qt6-translations-l10n); without them Qt's few texts stay English.
    if (m_localInstalled
        && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
}

Translations::~Translations()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_localInstalled)
        QCoreApplication::removeTranslator(&m_local);
    if (m_englishInstalled)
        QCoreApplication::removeTranslator(&m_english);
}

} // namespace ReleaseDeck

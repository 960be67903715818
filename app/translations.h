#pragma once

#include <QLocale>
#include <QTranslator>

namespace ReleaseDeck {

// The window's texts in the language of a locale, for as long as this
// object lives: the English plural forms ("1 release", "2 releases") always,
// and over them the locale's own translation when there is one, with Qt's
// own (standard buttons, file dialogs) when the system has it. The command
// line installs none of it: its output stays English for scripts.
class Translations
{
public:
    explicit Translations(const QLocale &locale = QLocale());
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Whether a translation for the locale's language was found.
    bool translated() const { return m_localInstalled; }

private:
    QTranslator m_english;
    QTranslator m_local;
    QTranslator m_qt;
    bool m_englishInstalled = false;
    bool m_localInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace ReleaseDeck

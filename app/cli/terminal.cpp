#include "terminal.h"

#include "domain/printable.h"

#include <QIODevice>

#include <cstdio>

namespace ReleaseDeck::Cli {

namespace {

// Standard output or error as a terminal should get it: names from
// repositories, manifests and registries are someone else's text, so a
// control character (an escape sequence), a line separator or an
// invisible one (a bidirectional override) is written as \xNN or
// \u{NNNN}, as printableName() does. Newlines and tabs pass.
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(FILE *file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_pending.append(data, size);
        // Keep an incomplete UTF-8 sequence at the end for the next write.
        qsizetype complete = m_pending.size();
        for (qsizetype back = 1; back <= 3 && back <= m_pending.size(); ++back) {
            const uchar c = uchar(m_pending.at(m_pending.size() - back));
            if ((c & 0xC0) == 0x80)
                continue;
            const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (length > back)
                complete = m_pending.size() - back;
            break;
        }
        QString shown;
        const QString text = QString::fromUtf8(m_pending.left(complete));
        qsizetype plainFrom = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\n' || c == u'\t' || c.isSurrogate() || !hasHiddenCharacters(QString(c)))
                continue;
            shown += QStringView(text).mid(plainFrom, i - plainFrom);
            shown += printableName(QString(c));
            plainFrom = i + 1;
        }
        shown += QStringView(text).mid(plainFrom);
        m_pending.remove(0, complete);
        const QByteArray bytes = shown.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_file);
        std::fflush(m_file);
        return size;
    }

private:
    FILE *m_file;
    QByteArray m_pending;
};

} // namespace

QTextStream &out()
{
    static TerminalDevice device(stdout);
    static QTextStream s(&device);
    return s;
}

QTextStream &err()
{
    static TerminalDevice device(stderr);
    static QTextStream s(&device);
    return s;
}

int fail(const QString &message, int code)
{
    // One line, whatever names from outside the message holds.
    err() << "releasedeck: " << (hasControlCharacters(message) ? printableLine(message, 4000) : message) << Qt::endl;
    return code;
}

int printHelp(const QString &usage, const QCommandLineParser &parser)
{
    const QString help = parser.helpText();
    out() << usage << "\n\n" << help.mid(help.indexOf(QLatin1String("Options:")));
    out().flush();
    return 0;
}

bool atArgument(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command, QDateTime *when)
{
    *when = QDateTime::currentDateTimeUtc();
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    *when = QDateTime::fromString(text, Qt::ISODate);
    if (!when->isValid() && text.size() == 10) { // a date alone, not a bad time after one
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            *when = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (when->isValid() && (when->date().year() < 1970 || when->date().year() > 9000)) {
        fail(QStringLiteral("%1: --at '%2' is outside the years 1970 to 9000").arg(command, printableName(text)), 2);
        return false;
    }
    if (!when->isValid()) {
        fail(QStringLiteral("%1: --at '%2' is not a date (2026-12-01) or a date and time (2026-12-01T14:00:00Z)")
                 .arg(command, printableName(text)),
             2);
        return false;
    }
    if (when->timeSpec() == Qt::LocalTime)
        when->setTimeSpec(Qt::UTC); // a time without an offset is taken as UTC
    *when = when->toUTC();
    return true;
}

} // namespace ReleaseDeck::Cli

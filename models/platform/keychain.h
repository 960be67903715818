#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// A registry login.
struct RegistryLogin
{
    QString username;
    QString password;
    bool isEmpty() const { return username.isEmpty(); }
};

// Registry logins in the system keychain (the Secret Service on Linux,
// through QtKeychain), one per registry host, never in a file ReleaseDeck
// writes. Every call is asynchronous; results arrive as signals on the
// calling thread, so the GUI thread can use it without waiting.
class Keychain : public QObject
{
    Q_OBJECT

public:
    // The keychain entry's service name; its key is the registry host.
    static QString service();

    explicit Keychain(QObject *parent = nullptr);

    // Reads the logins of these hosts; hosts without one are left out.
    // Reports `loaded` once all have answered.
    void read(const QStringList &hosts);
    void write(const QString &host, const RegistryLogin &login);
    void forget(const QString &host);

signals:
    // `error` is set when the keychain itself could not be asked (no
    // Secret Service running); the logins found are still delivered.
    void loaded(const QHash<QString, ReleaseDeck::RegistryLogin> &logins, const QString &error);
    void written(const QString &host, const QString &error);
    void forgotten(const QString &host, const QString &error);
};

} // namespace ReleaseDeck

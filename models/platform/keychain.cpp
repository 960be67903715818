#include "keychain.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

#include <memory>

namespace ReleaseDeck {

namespace {

// The secret is a small JSON object, so that a user name and a password
// are one entry.
QString encode(const RegistryLogin &login)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("username"), login.username},
                                                       {QStringLiteral("password"), login.password}})
                                 .toJson(QJsonDocument::Compact));
}

RegistryLogin decode(const QString &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.toUtf8()).object();
    return {o.value(QLatin1String("username")).toString(), o.value(QLatin1String("password")).toString()};
}

bool isMissing(QKeychain::Error e)
{
    return e == QKeychain::EntryNotFound;
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("ReleaseDeck registry login");
}

Keychain::Keychain(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QHash<QString, ReleaseDeck::RegistryLogin>>();
}

void Keychain::read(const QStringList &hosts)
{
    struct State
    {
        int pending = 0;
        QHash<QString, RegistryLogin> logins;
        QString error;
    };
    auto state = std::make_shared<State>();
    state->pending = int(hosts.size());
    if (hosts.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { emit loaded({}, QString()); }, Qt::QueuedConnection);
        return;
    }
    for (const QString &host : hosts) {
        auto *job = new QKeychain::ReadPasswordJob(service(), this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain file
        job->setKey(host);
        connect(job, &QKeychain::Job::finished, this, [this, state, host](QKeychain::Job *done) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
            if (read->error() == QKeychain::NoError) {
                const RegistryLogin login = decode(read->textData());
                if (!login.isEmpty())
                    state->logins.insert(host, login);
            } else if (!isMissing(read->error()) && state->error.isEmpty()) {
                state->error = tr("The keychain could not be read: %1").arg(read->errorString());
            }
            if (--state->pending == 0)
                emit loaded(state->logins, state->error);
        });
        job->start();
    }
}

void Keychain::write(const QString &host, const RegistryLogin &login)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(host);
    job->setTextData(encode(login));
    connect(job, &QKeychain::Job::finished, this, [this, host](QKeychain::Job *done) {
        emit written(host, done->error() == QKeychain::NoError
                               ? QString()
                               : tr("The login for %1 was not saved: %2").arg(host, done->errorString()));
    });
    job->start();
}

void Keychain::forget(const QString &host)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(host);
    connect(job, &QKeychain::Job::finished, this, [this, host](QKeychain::Job *done) {
        const bool ok = done->error() == QKeychain::NoError || isMissing(done->error());
        emit forgotten(host, ok ? QString() : tr("The login for %1 was not removed: %2").arg(host, done->errorString()));
    });
    job->start();
}

} // namespace ReleaseDeck

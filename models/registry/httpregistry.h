#pragma once

#include "domain/workspace.h"
#include "platform/keychain.h"
#include "registry.h"

#include <QList>
#include <QPair>
#include <QUrl>


class QNetworkAccessManager;

namespace ReleaseDeck {

struct RegistryEndpoint
{
    QUrl url;              // https://ghcr.io, or http://127.0.0.1:5000
    bool insecure = false; // plain HTTP to a host that is not loopback
    QString caFile;        // extra certificate authorities, PEM
    QString username;      // credentials come from the environment or the
    QString password;      // keychain; they are never written anywhere
    int timeoutMs = 20000; // no byte for this long: the request fails, and is not tried again
    // A whole answer within this long, however steadily its bytes come: a
    // server trickling a byte at a time never trips timeoutMs. Not tried again.
    int deadlineMs = 5 * 60 * 1000;
    int attempts = 4;      // tries for 429, 5xx and dropped connections
    int maxRetryAfterMs = 30000;

    // A workspace's registry entry, its login read from the environment
    // variables the entry names, else the one from the keychain.
    static RegistryEndpoint fromConfig(const RegistryConfig &config, const RegistryLogin &stored = {});
};

// A repository reached through the OCI distribution API. Authenticates on
// the registry's challenge: Basic, or a Bearer token from the realm the
// WWW-Authenticate header names. Retries 429, 5xx and dropped connections
// with backoff, honouring Retry-After. Plain HTTP only to loopback or an
// endpoint marked insecure. The login goes only to the endpoint's own
// scheme, host and port: an upload session or a blob redirect elsewhere
// gets none. Every answer is bounded in time and bytes. Blocking: call it
// on a worker thread, which gets a network manager of its own.
class HttpRepository : public RegistryRepository
{
public:
    HttpRepository(const RegistryEndpoint &endpoint, const QString &repository);
    ~HttpRepository() override;

    QString name() const override;
    std::optional<OciManifest> manifest(const QString &reference, QString *error) override;
    bool putManifest(const QString &tag, const QByteArray &bytes, const QString &mediaType, QString *error) override;
    std::optional<bool> hasBlob(const QString &digest, QString *error) override;
    std::optional<QByteArray> blob(const QString &digest, QString *error) override { return blob(digest, -1, error); }
    std::optional<QByteArray> blob(const QString &digest, qint64 size, QString *error) override;
    bool putBlob(const QByteArray &bytes, const QString &digest, QString *error) override;
    std::optional<QStringList> tags(QString *error) override;

    bool ping(QString *error);
    // Mounts a blob from another repository of the same registry; false
    // with no error when the registry would rather have it uploaded.
    std::optional<bool> mountBlob(const QString &digest, const QString &fromRepository, QString *error);

    void setPageSize(int n) { m_pageSize = n; }
    // A tag list longer than this many pages is an error, not a hang.
    void setMaxPages(int n) { m_maxPages = n; }
    // Blobs larger than this go up in PATCH chunks of this size; 0 sends
    // every blob in one PUT.
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    qint64 chunkSize() const { return m_chunkSize; }
    // An answer other than a blob (a manifest, an index, a page of tags, an
    // error) longer than this is cut off and is an error.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // All the pages of one tag listing together.
    void setMaxTagListBytes(qint64 bytes) { m_maxTagListBytes = bytes; }
    int requestCount() const { return m_requests; }

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError; // set when no HTTP answer came, or it was cut off
        QUrl url;
        bool tooLarge = false; // cut off at its bound
        qint64 bound = 0;      // which bound, when tooLarge

        QByteArray header(const QByteArray &name) const;
    };

    // The login goes along, and a challenge is answered, only when `url` is
    // on the endpoint's scheme, host and port. A 2xx body longer than
    // maxBytes (the response bound when negative) is cut off.
    Response send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, qint64 maxBytes = -1);
    // One request through `nam`, a manager the caller made on this thread
    // and destroys on it before returning: a manager or reply left to the
    // thread's exit outlives its event loop.
    Response sendOnce(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers, bool withAuth, qint64 maxBytes = -1);
    bool authenticate(const QByteArray &challenge, QString *error);
    // Sends the bytes to an open upload session; returns the session's
    // last location.
    std::optional<QUrl> uploadChunks(const QByteArray &bytes, QUrl location, QString *error);
    bool checkUrl(QString *error) const;
    bool isOwnOrigin(const QUrl &url) const;
    // Why a URL the registry sent (Location) is not followed; empty when it may be.
    QString refusedLocation(const QUrl &url) const;
    QUrl api(const QString &path) const;
    QString describe(const QByteArray &verb, const Response &r) const;

    RegistryEndpoint m_endpoint;
    QString m_repository;
    QByteArray m_authorization; // never logged, never part of an error
    QString m_authError;
    int m_pageSize = 0;
    int m_maxPages = 5000;
    qint64 m_maxResponseBytes = 8 * 1024 * 1024;
    qint64 m_maxTagListBytes = 64 * 1024 * 1024;
    qint64 m_chunkSize = 16 * 1024 * 1024;
    int m_requests = 0;
};

} // namespace ReleaseDeck

#include "httpregistry.h"

#include "httpbounds.h"
#include "ocilayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRegistry, "releasedeck.registry", QtWarningMsg)

namespace ReleaseDeck {

using namespace RegistryHttp;

namespace {

const QByteArray kManifestAccept =
    "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
    "application/vnd.docker.distribution.manifest.v2+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json";

// A blob read whole into memory: a layer of a chart or an image config.
constexpr qint64 kMaxBlobBytes = qint64(1024) * 1024 * 1024;

bool transient(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

// key="value" pairs of a WWW-Authenticate challenge.
QHash<QString, QString> challengeParams(const QByteArray &header)
{
    QHash<QString, QString> out;
    static const QRegularExpression re(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    auto it = re.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1).toLower(), m.captured(2));
    }
    return out;
}

} // namespace

RegistryEndpoint RegistryEndpoint::fromConfig(const RegistryConfig &config, const RegistryLogin &stored)
{
    RegistryEndpoint e;
    e.url = QUrl(config.url);
    e.url.setUserInfo(QString()); // a login in the URL is refused at load, and never used
    e.insecure = config.insecure;
    e.caFile = config.caFile;
    e.username = qEnvironmentVariable(config.userVariable().toLatin1().constData());
    e.password = qEnvironmentVariable(config.passwordVariable().toLatin1().constData());
    if (e.username.isEmpty()) {
        e.username = stored.username;
        e.password = stored.password;
    }
    return e;
}

QByteArray HttpRepository::Response::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpRepository::HttpRepository(const RegistryEndpoint &endpoint, const QString &repository)
    : m_endpoint(endpoint)
    , m_repository(repository)
{}

HttpRepository::~HttpRepository() = default;

QString HttpRepository::name() const
{
    return m_endpoint.url.authority() + QLatin1Char('/') + m_repository;
}

QUrl HttpRepository::api(const QString &path) const
{
    QUrl url = m_endpoint.url;
    url.setPath(QLatin1String("/v2/") + path);
    return url;
}

bool HttpRepository::isOwnOrigin(const QUrl &url) const
{
    return sameOrigin(url, m_endpoint.url);
}

QString HttpRepository::refusedLocation(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QStringLiteral("%1, which is not http or https").arg(originOf(url));
    // The endpoint itself may be plain HTTP when marked insecure; anywhere
    // else the bytes (and, on the same host, the login) would go in clear.
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()) && !(m_endpoint.insecure && isOwnOrigin(url)))
        return QStringLiteral("%1, plain HTTP to a host that is not loopback").arg(originOf(url));
    return {};
}

bool HttpRepository::checkUrl(QString *error) const
{
    const QString scheme = m_endpoint.url.scheme();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && (isLoopbackHost(m_endpoint.url.host()) || m_endpoint.insecure))
        return true;
    *error = scheme == QLatin1String("http")
                 ? QStringLiteral("%1: plain HTTP is only for loopback addresses or a registry marked insecure").arg(name())
                 : QStringLiteral("%1: scheme '%2' is not https").arg(name(), scheme);
    return false;
}

QString HttpRepository::describe(const QByteArray &verb, const Response &r) const
{
    const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), r.url.path());
    if (r.status == 0)
        return QStringLiteral("%1: %2: %3").arg(name(), where, r.networkError);
    // The distribution spec's error body: {"errors":[{"code":…,"message":…}]}.
    const QJsonArray errors = QJsonDocument::fromJson(r.body).object().value(QLatin1String("errors")).toArray();
    QString detail;
    if (!errors.isEmpty()) {
        const QJsonObject e = errors.first().toObject();
        detail = QStringLiteral(" %1: %2").arg(e.value(QLatin1String("code")).toString(),
                                              e.value(QLatin1String("message")).toString());
    }
    QString hint;
    if (r.status == 401)
        hint = m_authError.isEmpty() ? QStringLiteral(" (not signed in: check the registry's credentials)")
                                     : QStringLiteral(" (%1)").arg(m_authError);
    else if (r.status == 403)
        hint = QStringLiteral(" (signed in, but not allowed)");
    return QStringLiteral("%1: %2: HTTP %3%4%5").arg(name(), where).arg(r.status).arg(detail, hint).simplified();
}

HttpRepository::Response HttpRepository::sendOnce(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                                                  const QByteArray &body,
                                                  const QList<QPair<QByteArray, QByteArray>> &headers, bool withAuth,
                                                  qint64 maxBytes)
{
    // Qt would send a login written into a URL (user:pass@host) itself.
    QNetworkRequest request(url.adjusted(QUrl::RemoveUserInfo));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    // Qt 6.4's HTTP/2 frees a failed TLS connection's objects twice when
    // its manager goes soon after (seen under AddressSanitizer): HTTP/1.1.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("User-Agent", "ReleaseDeck");
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    if (withAuth && !m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!m_endpoint.caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_endpoint.caFile));
        request.setSslConfiguration(ssl);
    }
    ++m_requests;
    // HEAD through head(): as a custom verb Qt would wait for a body that
    // never comes.
    // Deleted here, on this thread, while it still runs events.
    std::unique_ptr<QNetworkReply> reply(verb == "HEAD" ? nam.head(request) : nam.sendCustomRequest(request, verb, body));
    const BoundedBody read = readBounded(*reply, verb == "HEAD", maxBytes, m_maxResponseBytes, m_endpoint.deadlineMs);
    Response r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), read.body, reply->rawHeaderPairs(), {},
               url, read.tooLarge, read.bound};
    const QNetworkReply::NetworkError code = reply->error();
    if (read.tooLarge || read.late) {
        r.status = -1; // asking again brings the same
        r.networkError = r.tooLarge ? QStringLiteral("the answer is larger than %1; stopped").arg(sizeText(read.bound))
                                    : QStringLiteral("no whole answer within %1 s; stopped").arg((m_endpoint.deadlineMs + 999) / 1000);
    } else if (r.status == 0) {
        // Only the transfer timeout cancels. Qt counts no byte before the
        // headers are whole: a server sending header lines without end
        // trips it as one that says nothing does, yet it did send.
        const int seconds = (m_endpoint.timeoutMs + 999) / 1000;
        r.networkError = code != QNetworkReply::OperationCanceledError ? reply->errorString()
                         : read.bytesBeforeHeaders ? QStringLiteral("no whole answer within %1 s; stopped").arg(seconds)
                                                   : QStringLiteral("no answer within %1 s").arg(seconds);
    }
    if (!m_authorization.isEmpty()) // Qt may echo request headers; never the secret
        r.networkError.replace(QString::fromLatin1(m_authorization), QStringLiteral("…"));
    if (r.status == 0 && !transient(code))
        r.status = -1; // an answer that retrying will not change (TLS, bad host)
    return r;
}

HttpRepository::Response HttpRepository::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                              const QList<QPair<QByteArray, QByteArray>> &headers, qint64 maxBytes)
{
    // The command line may block its main thread; a window may not.
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread()) {
        Response r;
        r.url = url;
        r.networkError = QStringLiteral("registry calls must not run on the GUI thread");
        return r;
    }
    // One manager per call, made and destroyed on this thread while it
    // runs: its connections serve the retries and the sign-in below.
    QNetworkAccessManager nam;
    // The login is for the endpoint's scheme, host and port; another host
    // (a blob store, an upload service) gets none and is not signed in to.
    const bool ours = isOwnOrigin(url);
    bool triedAuth = false;
    Response r;
    for (int attempt = 0; attempt < std::max(1, m_endpoint.attempts); ++attempt) {
        r = sendOnce(nam, verb, url, body, headers, ours, maxBytes);
        if (r.status == 401 && ours && !triedAuth) {
            triedAuth = true;
            QString why;
            if (authenticate(r.header("WWW-Authenticate"), &why)) {
                --attempt; // signing in is not a failed try
                continue;
            }
            m_authError = why;
            return r;
        }
        const bool retry = r.status == 0 || r.status == 429 || r.status >= 500;
        if (!retry || attempt + 1 >= m_endpoint.attempts)
            break;
        int waitMs = 200 << attempt;
        bool ok = false;
        const int retryAfter = r.header("Retry-After").trimmed().toInt(&ok);
        if (ok)
            waitMs = std::min(retryAfter * 1000, m_endpoint.maxRetryAfterMs);
        qCInfo(lcRegistry, "%s %s: HTTP %d, again in %d ms", verb.constData(), qPrintable(url.path()), r.status, waitMs);
        QThread::msleep(ulong(waitMs));
    }
    if (r.status == -1)
        r.status = 0;
    return r;
}

bool HttpRepository::authenticate(const QByteArray &challenge, QString *error)
{
    const QByteArray scheme = challenge.trimmed().split(' ').value(0).toLower();
    const QByteArray basic =
        "Basic " + (m_endpoint.username + QLatin1Char(':') + m_endpoint.password).toUtf8().toBase64();
    const bool haveCredentials = !m_endpoint.username.isEmpty();
    if (scheme == "basic") {
        if (!haveCredentials) {
            *error = QStringLiteral("the registry wants a login and none is configured");
            return false;
        }
        m_authorization = basic;
        return true;
    }
    if (scheme != "bearer") {
        *error = QStringLiteral("the registry asks for '%1' authentication, which is not supported")
                     .arg(QString::fromLatin1(scheme));
        return false;
    }
    const QHash<QString, QString> params = challengeParams(challenge);
    QUrl realm(params.value(QStringLiteral("realm")));
    if (!realm.isValid() || realm.scheme().isEmpty()) {
        *error = QStringLiteral("the registry's token challenge names no realm");
        return false;
    }
    if (realm.scheme() != QLatin1String("https") && !isLoopbackHost(realm.host()) && !m_endpoint.insecure) {
        *error = QStringLiteral("the token realm %1 is not https").arg(realm.host());
        return false;
    }
    QUrlQuery query(realm);
    if (params.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
    query.addQueryItem(QStringLiteral("scope"), params.value(QStringLiteral("scope"),
                                                             QStringLiteral("repository:%1:pull,push").arg(m_repository)));
    realm.setQuery(query);
    m_authorization = haveCredentials ? basic : QByteArray();
    QNetworkAccessManager nam;
    const Response r = sendOnce(nam, "GET", realm, {}, {}, haveCredentials);
    m_authorization.clear();
    if (r.status != 200) {
        *error = r.status == 0 ? QStringLiteral("token request failed: %1").arg(r.networkError)
                               : QStringLiteral("token request answered HTTP %1").arg(r.status);
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QString token = o.value(QLatin1String("token")).toString(o.value(QLatin1String("access_token")).toString());
    if (token.isEmpty()) {
        *error = QStringLiteral("the token answer holds no token");
        return false;
    }
    m_authorization = "Bearer " + token.toUtf8();
    return true;
}

bool HttpRepository::ping(QString *error)
{
    if (!checkUrl(error))
        return false;
    const Response r = send("GET", api(QString()));
    if (r.status == 200)
        return true;
    *error = describe("GET", r);
    return false;
}

std::optional<OciManifest> HttpRepository::manifest(const QString &reference, QString *error)
{
    error->clear();
    if (!checkUrl(error))
        return std::nullopt;
    const Response r = send("GET", api(m_repository + QLatin1String("/manifests/") + reference), {},
                            {{"Accept", kManifestAccept}});
    if (r.status == 404)
        return std::nullopt;
    if (r.status != 200) {
        *error = describe("GET", r);
        return std::nullopt;
    }
    OciManifest m{QString::fromLatin1(r.header("Content-Type")), OciLayout::digestOf(r.body), r.body};
    const QString claimed = QString::fromLatin1(r.header("Docker-Content-Digest"));
    const QString expected = OciLayout::isValidDigest(reference) ? reference : claimed;
    if (!expected.isEmpty() && expected.startsWith(QLatin1String("sha256:")) && expected != m.digest) {
        *error = QStringLiteral("%1: manifest %2 arrived with digest %3").arg(name(), expected, m.digest);
        return std::nullopt;
    }
    if (QJsonDocument::fromJson(r.body).isNull()) {
        *error = QStringLiteral("%1: manifest %2 is not JSON").arg(name(), reference);
        return std::nullopt;
    }
    return m;
}

bool HttpRepository::putManifest(const QString &tag, const QByteArray &bytes, const QString &mediaType, QString *error)
{
    if (!checkUrl(error))
        return false;
    const Response r = send("PUT", api(m_repository + QLatin1String("/manifests/") + tag), bytes,
                            {{"Content-Type", mediaType.toLatin1()}});
    if (r.status == 201 || r.status == 200)
        return true;
    *error = describe("PUT", r);
    return false;
}

std::optional<bool> HttpRepository::hasBlob(const QString &digest, QString *error)
{
    if (!checkUrl(error))
        return std::nullopt;
    const Response r = send("HEAD", api(m_repository + QLatin1String("/blobs/") + digest));
    if (r.status == 200)
        return true;
    if (r.status == 404)
        return false;
    *error = describe("HEAD", r);
    return std::nullopt;
}

std::optional<QByteArray> HttpRepository::blob(const QString &digest, qint64 size, QString *error)
{
    if (!checkUrl(error))
        return std::nullopt;
    // Never more than the descriptor says: a config of 300 bytes that
    // arrives as 30 MB is cut off at byte 301.
    const qint64 maxBytes = size >= 0 ? std::min(size, kMaxBlobBytes) : kMaxBlobBytes;
    QUrl url = api(m_repository + QLatin1String("/blobs/") + digest);
    Response r = send("GET", url, {}, {}, maxBytes);
    for (int hops = 0; hops < 5 && (r.status == 307 || r.status == 302 || r.status == 301 || r.status == 303); ++hops) {
        // Blob stores sign their own URLs: send() gives them no registry
        // credentials, as they are not the endpoint's scheme, host and port.
        const QUrl next = url.resolved(QUrl(QString::fromLatin1(r.header("Location"))));
        if (const QString why = refusedLocation(next); !why.isEmpty()) {
            *error = QStringLiteral("%1: GET %2: the registry sends the download to %3; not followed").arg(name(), url.path(), why);
            return std::nullopt;
        }
        url = next;
        r = send("GET", url, {}, {}, maxBytes);
    }
    if (r.tooLarge && size >= 0 && r.bound == size) {
        *error = QStringLiteral("%1: blob %2 is larger than the %3 bytes its descriptor gives; stopped").arg(name(), digest).arg(size);
        return std::nullopt;
    }
    if (r.status != 200) {
        *error = describe("GET", r);
        return std::nullopt;
    }
    if (OciLayout::digestOf(r.body) != digest) {
        *error = QStringLiteral("%1: blob %2 arrived with other content (%3 bytes); not used").arg(name(), digest).arg(r.body.size());
        return std::nullopt;
    }
    return r.body;
}

std::optional<bool> HttpRepository::mountBlob(const QString &digest, const QString &fromRepository, QString *error)
{
    if (!checkUrl(error))
        return std::nullopt;
    QUrl url = api(m_repository + QLatin1String("/blobs/uploads/"));
    url.setQuery(QStringLiteral("mount=%1&from=%2").arg(digest, fromRepository));
    const Response r = send("POST", url);
    if (r.status == 201)
        return true;
    if (r.status == 202)
        return false; // an upload session instead; it expires unused
    *error = describe("POST", r);
    return std::nullopt;
}

bool HttpRepository::putBlob(const QByteArray &bytes, const QString &digest, QString *error)
{
    if (!checkUrl(error))
        return false;
    if (OciLayout::digestOf(bytes) != digest) {
        *error = QStringLiteral("%1: blob does not match its digest %2; not sent").arg(name(), digest);
        return false;
    }
    // Open an upload session; its Location takes the bytes.
    const Response start = send("POST", api(m_repository + QLatin1String("/blobs/uploads/")));
    if (start.status != 202) {
        *error = describe("POST", start);
        return false;
    }
    QUrl location = start.url.resolved(QUrl(QString::fromLatin1(start.header("Location"))));
    if (const QString why = refusedLocation(location); !why.isEmpty()) {
        *error = QStringLiteral("%1: POST %2: the registry sends the upload to %3; not followed").arg(name(), start.url.path(), why);
        return false;
    }
    QByteArray body = bytes;
    if (m_chunkSize > 0 && bytes.size() > m_chunkSize) {
        const auto at = uploadChunks(bytes, location, error);
        if (!at)
            return false;
        location = *at;
        body.clear(); // everything is there: the PUT only closes the session
    }
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), digest);
    location.setQuery(query);
    const Response put = send("PUT", location, body,
                              {{"Content-Type", "application/octet-stream"},
                               {"Content-Length", QByteArray::number(body.size())}});
    if (put.status == 201)
        return true;
    *error = describe("PUT", put);
    return false;
}

namespace {

// The end of the bytes an upload session holds, from its `Range: 0-N`
// header: N + 1, or 0 for none; nullopt when the header is not one.
std::optional<qint64> uploadedUpTo(const QByteArray &range)
{
    if (range.isEmpty())
        return 0;
    const QList<QByteArray> parts = range.trimmed().mid(range.startsWith("bytes=") ? 6 : 0).split('-');
    bool ok = false;
    const qint64 end = parts.value(1).toLongLong(&ok);
    if (parts.size() != 2 || !ok)
        return std::nullopt;
    return end + 1;
}

} // namespace

std::optional<QUrl> HttpRepository::uploadChunks(const QByteArray &bytes, QUrl location, QString *error)
{
    // PATCH chunk by chunk with Content-Range. A chunk that fails or is
    // refused as out of order is not guessed at: the session's status
    // says how much the registry holds, and the upload goes on from there.
    qint64 offset = 0;
    int setbacks = 0;
    QNetworkAccessManager nam;
    while (offset < bytes.size()) {
        const QByteArray chunk = bytes.mid(offset, m_chunkSize);
        const QByteArray range = QByteArray::number(offset) + '-' + QByteArray::number(offset + chunk.size() - 1);
        const Response r = sendOnce(nam, "PATCH", location, chunk,
                                    {{"Content-Type", "application/octet-stream"},
                                     {"Content-Range", range},
                                     {"Content-Length", QByteArray::number(chunk.size())}},
                                    isOwnOrigin(location));
        if (r.status == 202) {
            location = r.url.resolved(QUrl(QString::fromLatin1(r.header("Location"))));
            if (const QString why = refusedLocation(location); !why.isEmpty()) {
                *error = QStringLiteral("%1: PATCH %2: the registry sends the upload to %3; not followed")
                             .arg(name(), r.url.path(), why);
                return std::nullopt;
            }
            const auto upTo = uploadedUpTo(r.header("Range"));
            offset = upTo && *upTo > offset ? *upTo : offset + chunk.size();
            continue;
        }
        if ((r.status != 0 && r.status != 416 && r.status < 500) || ++setbacks > std::max(1, m_endpoint.attempts)) {
            *error = describe("PATCH", r);
            return std::nullopt;
        }
        const Response status = send("GET", location);
        const auto upTo = uploadedUpTo(status.header("Range"));
        if (status.status != 204 || !upTo || *upTo > bytes.size()) {
            *error = status.status == 204 ? QStringLiteral("%1: the upload session reports an impossible range '%2'")
                                                .arg(name(), QString::fromLatin1(status.header("Range")))
                                          : describe("GET", status);
            return std::nullopt;
        }
        qCInfo(lcRegistry, "PATCH %s: HTTP %d; the registry holds %lld bytes, going on from there",
               qPrintable(location.path()), r.status, *upTo);
        location = status.url.resolved(QUrl(QString::fromLatin1(status.header("Location"))));
        if (const QString why = refusedLocation(location); !why.isEmpty()) {
            *error = QStringLiteral("%1: GET %2: the registry sends the upload to %3; not followed")
                         .arg(name(), status.url.path(), why);
            return std::nullopt;
        }
        offset = *upTo;
    }
    return location;
}

std::optional<QStringList> HttpRepository::tags(QString *error)
{
    if (!checkUrl(error))
        return std::nullopt;
    QStringList out;
    QUrl url = api(m_repository + QLatin1String("/tags/list"));
    if (m_pageSize > 0)
        url.setQuery(QStringLiteral("n=%1").arg(m_pageSize));
    QSet<QString> seen;
    qint64 total = 0;
    for (int page = 0; page < m_maxPages; ++page) {
        seen.insert(url.toString(QUrl::FullyEncoded));
        // Each page within the response bound, and all of them within the
        // listing's: pages that never end, or never stop coming, are cut off.
        const qint64 left = m_maxTagListBytes - total;
        const Response r = send("GET", url, {}, {}, std::min(m_maxResponseBytes, left));
        if (r.tooLarge && r.bound == left) {
            *error = QStringLiteral("%1: GET %2: the tag list is larger than %3 in all; stopped")
                         .arg(name(), url.path(), sizeText(m_maxTagListBytes));
            return std::nullopt;
        }
        total += r.body.size();
        if (r.status == 404 && page == 0)
            return out; // no such repository: no tags
        if (r.status != 200) {
            *error = describe("GET", r);
            return std::nullopt;
        }
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parse);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1: GET %2: the tag list is not JSON (%3)").arg(name(), url.path(), parse.errorString());
            return std::nullopt;
        }
        for (const QJsonValue &t : doc.object().value(QLatin1String("tags")).toArray())
            out.append(t.toString());
        // Link: </v2/name/tags/list?last=x&n=y>; rel="next"
        static const QRegularExpression next(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"?next\"?"));
        const auto m = next.match(QString::fromLatin1(r.header("Link")));
        if (!m.hasMatch())
            return out;
        const QUrl following = url.resolved(QUrl(m.captured(1)));
        // The login goes to this registry only, and a page comes once.
        if (!sameOrigin(following, url)) {
            *error = QStringLiteral("%1: GET %2: the next page of tags is on another host (%3); not followed")
                         .arg(name(), url.path(), following.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
            return std::nullopt;
        }
        if (seen.contains(following.toString(QUrl::FullyEncoded))) {
            *error = QStringLiteral("%1: GET %2: the tag list links back to a page already read (%3)")
                         .arg(name(), url.path(), following.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
            return std::nullopt;
        }
        url = following;
    }
    *error = QStringLiteral("%1: the tag list goes on for more than %2 pages; stopped").arg(name()).arg(m_maxPages);
    return std::nullopt;
}

} // namespace ReleaseDeck

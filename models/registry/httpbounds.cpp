#include "httpbounds.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace ReleaseDeck::RegistryHttp {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

QString originOf(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                                              : QStringLiteral("%1 bytes").arg(bytes);
}

BoundedBody readBounded(QNetworkReply &reply, bool head, qint64 successBytes, qint64 otherBytes, int deadlineMs)
{
    // The bound is on the bytes taken from the reply as they come, so the
    // reply never holds more than a read's worth past it: an endless body
    // is cut off, not gathered. A success body has the caller's bound (a
    // blob's size); anything else (a redirect, an error) is small JSON.
    BoundedBody out;
    out.bound = otherBytes;
    QEventLoop loop;
    QObject::connect(&reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    const auto cut = [&] {
        out.tooLarge = true;
        reply.abort();
    };
    QObject::connect(&reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.bound = status >= 200 && status < 300 && successBytes >= 0 ? successBytes : otherBytes;
        // A length over the bound is refused before a byte of the body; a
        // HEAD's length is the resource's, with no body to come.
        bool ok = false;
        const qint64 length = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (!head && ok && length > out.bound)
            cut();
    });
    const auto take = [&] {
        if (out.tooLarge || out.late || !reply.isOpen())
            return;
        out.body += reply.read(std::max<qint64>(0, out.bound + 1 - out.body.size()));
        if (out.body.size() > out.bound)
            cut();
    };
    QObject::connect(&reply, &QNetworkReply::readyRead, &loop, take);
    // A transfer timeout restarts with every byte: a server trickling one
    // now and then would hold the request for ever without this.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        out.late = true;
        reply.abort();
    });
    deadline.start(std::max(1, deadlineMs));
    if (!reply.isFinished())
        loop.exec();
    deadline.stop();
    take(); // what came with the end
    if (out.tooLarge || out.late)
        out.body.clear(); // half an answer is none
    return out;
}

} // namespace ReleaseDeck::RegistryHttp

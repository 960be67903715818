#include "httpbounds.h"

#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstddef>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <linux/tcp.h> // struct tcp_info with tcpi_bytes_received
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#endif

namespace ReleaseDeck::RegistryHttp {

namespace {

// The bytes the kernel has taken in so far on each of this process's TCP
// connections to the URL's port (and address, when the host is one), by
// socket inode. Qt says nothing of an answer until its headers are whole.
QHash<quint64, quint64> receivedFrom(const QUrl &url)
{
    QHash<quint64, quint64> out;
#ifdef Q_OS_LINUX
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const QHostAddress address(url.host());
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return out;
    const int own = ::dirfd(dir);
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        struct stat st = {};
        if (::fstat(int(fd), &st) != 0 || !S_ISSOCK(st.st_mode))
            continue;
        sockaddr_storage peer = {};
        socklen_t length = sizeof peer;
        if (::getpeername(int(fd), reinterpret_cast<sockaddr *>(&peer), &length) != 0
            || (peer.ss_family != AF_INET && peer.ss_family != AF_INET6))
            continue;
        const QHostAddress peerAddress(reinterpret_cast<const sockaddr *>(&peer));
        const int peerPort = ntohs(peer.ss_family == AF_INET ? reinterpret_cast<const sockaddr_in *>(&peer)->sin_port
                                                             : reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port);
        if (peerPort != port || (!address.isNull() && !address.isEqual(peerAddress, QHostAddress::TolerantConversion)))
            continue;
        tcp_info info = {};
        socklen_t size = sizeof info;
        if (::getsockopt(int(fd), IPPROTO_TCP, TCP_INFO, &info, &size) != 0
            || size < socklen_t(offsetof(tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received))
            continue;
        out.insert(quint64(st.st_ino), quint64(info.tcpi_bytes_received));
    }
    ::closedir(dir);
#else
    Q_UNUSED(url);
#endif
    return out;
}

} // namespace

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
    // Until the headers are whole, whether bytes come at all: what the
    // connections to the host had taken in when the request went, against
    // what they take in since. Over TLS the handshake is done by then, but
    // session tickets may still come: a few KiB are not counted.
    const QUrl url = reply.url();
    const quint64 slack = url.scheme() == QLatin1String("https") ? 4096 : 0;
    QHash<quint64, quint64> received = receivedFrom(url);
    bool headers = false;
    QTimer watch;
    const auto sample = [&] {
        if (headers || out.bytesBeforeHeaders)
            return;
        const QHash<quint64, quint64> now = receivedFrom(url);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (it.value() > received.value(it.key()) + slack) {
                out.bytesBeforeHeaders = true;
                watch.stop();
                return;
            }
        }
    };
    QObject::connect(&reply, &QNetworkReply::requestSent, &loop, [&] {
        if (slack > 0) // a new TLS connection: its handshake is no answer
            received.insert(receivedFrom(url));
    });
    QObject::connect(&watch, &QTimer::timeout, &loop, sample);
    watch.start(250);
    QObject::connect(&reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        headers = true;
        watch.stop();
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
    if (reply.error() != QNetworkReply::NoError)
        sample(); // the connection may still be there to ask
    watch.stop();
    take(); // what came with the end
    if (out.tooLarge || out.late)
        out.body.clear(); // half an answer is none
    return out;
}

} // namespace ReleaseDeck::RegistryHttp

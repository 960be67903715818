#pragma once

// What one answer of a registry may be: bounded in bytes and in time, and
// which requests a login may go with.

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace ReleaseDeck::RegistryHttp {

// Scheme, host and port, the default port filled in: what a login is for.
bool sameOrigin(const QUrl &a, const QUrl &b);
// A URL as an error shows where it leads: scheme, host and port only.
QString originOf(const QUrl &url);
// "8 MiB", or "300 bytes".
QString sizeText(qint64 bytes);

struct BoundedBody
{
    QByteArray body;
    qint64 bound = 0;      // the byte bound that applied to this answer
    bool tooLarge = false; // cut off past `bound`
    bool late = false;     // cut off at the deadline
    // Bytes came on the connection before the answer's headers were whole
    // (a server sending header lines without end): Qt tells nothing of
    // them, and its transfer timeout counts them as nothing. Read from
    // the kernel's count for this process's connections to the host and
    // port (Linux); false elsewhere.
    bool bytesBeforeHeaders = false;
};

// Runs `reply` to its end on this thread's event loop, taking its body as
// it comes. A 2xx body may hold successBytes (negative: otherBytes), any
// other otherBytes; past that, or after deadlineMs however steadily the
// bytes come, the reply is aborted and the body is empty.
BoundedBody readBounded(QNetworkReply &reply, bool head, qint64 successBytes, qint64 otherBytes, int deadlineMs);

} // namespace ReleaseDeck::RegistryHttp

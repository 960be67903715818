#include "timedstream.h"

#include "domain/printable.h"

#include <QByteArray>

#include <git2.h>
#include <git2/sys/stream.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ReleaseDeck::Git {

namespace {

constexpr int kDefaultTimeoutSeconds = 20;
std::atomic<int> g_timeoutSeconds{kDefaultTimeoutSeconds};
constexpr int kDefaultDeadlineSeconds = 15 * 60;
std::atomic<int> g_deadlineSeconds{kDefaultDeadlineSeconds};
constexpr qint64 kDefaultMaxBytes = qint64(4) << 30;
std::atomic<qint64> g_maxBytes{kDefaultMaxBytes};
thread_local std::string t_peer;
thread_local std::string t_stopped;

using Clock = std::chrono::steady_clock;

// The first members are those of libgit2 1.5's own git_socket_stream: its
// ssh transport takes the socket from `s` of whatever stream it was given.
// The rest are this connection's deadline and byte count, with the limits
// as they were when it was made.
struct TimedStream
{
    git_stream parent;
    char *host;
    char *port;
    int s;
    int deadlineSeconds;
    Clock::time_point deadline;
    qint64 maxBytes;
    qint64 bytesRead;
};
static_assert(offsetof(TimedStream, parent) == 0);

TimedStream *self(git_stream *stream)
{
    return reinterpret_cast<TimedStream *>(stream);
}

// "host:port" for messages; the host may come from a redirect, so it is
// made printable.
std::string where(const TimedStream *st)
{
    const QString host = printableName(QString::fromUtf8(st->host));
    const QString port = printableName(QString::fromUtf8(st->port));
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host).toStdString() + ':' + port.toStdString();
}

std::string peerKey(const TimedStream *st)
{
    std::string key = std::string(st->host) + ':' + st->port;
    for (char &c : key)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

int fail(const std::string &message)
{
    git_error_set_str(GIT_ERROR_NET, message.c_str());
    return -1;
}

int stopped(std::string message)
{
    t_stopped = std::move(message);
    return fail(t_stopped);
}

int timedOut(const TimedStream *st)
{
    return stopped(where(st) + ": no answer within " + std::to_string(networkTimeout()) + " s");
}

// Past the connection's deadline: a remote that trickles its answer keeps
// the idle spell from running out, not this.
int pastDeadline(const TimedStream *st)
{
    return stopped(where(st) + ": no whole answer within " + std::to_string(st->deadlineSeconds) + " s; stopped");
}

std::string sizeText(qint64 bytes)
{
    constexpr qint64 MiB = qint64(1) << 20;
    return bytes % MiB == 0 ? std::to_string(bytes / MiB) + " MiB" : std::to_string(bytes) + " bytes";
}

int tooLarge(const TimedStream *st)
{
    return stopped(where(st) + ": the answer is larger than " + sizeText(st->maxBytes) + "; stopped");
}

enum class Wait { Ready, Idle, Deadline, Error };

// Waits for `events` on the socket for at most the idle spell, and never
// past the connection's deadline: Ready when ready (or closed, or failed:
// the next call says which), Idle or Deadline when that ran out first,
// Error on an error of poll itself.
Wait waitFor(const TimedStream *st, int fd, short events)
{
    const auto idleEnd = Clock::now() + std::chrono::seconds(networkTimeout());
    const bool byDeadline = st->deadline <= idleEnd;
    const auto end = byDeadline ? st->deadline : idleEnd;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count();
        if (left <= 0)
            return byDeadline ? Wait::Deadline : Wait::Idle;
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, int(std::min<long long>(left, 60 * 60 * 1000)));
        if (rc > 0)
            return Wait::Ready;
        if (rc < 0 && errno != EINTR)
            return Wait::Error;
    }
}

int timedConnect(git_stream *stream)
{
    TimedStream *st = self(stream);
    // The deadline runs from here to the close, whatever is sent and read.
    st->deadline = Clock::now() + std::chrono::seconds(st->deadlineSeconds);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    if (const int rc = ::getaddrinfo(st->host, st->port, &hints, &list); rc != 0)
        return fail("failed to resolve " + where(st) + ": " + ::gai_strerror(rc));
    std::string problem;
    bool anyTimedOut = false;
    // Every address in turn, as the default stream does, each with its own spell.
    for (const addrinfo *a = list; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0) {
            problem = std::strerror(errno);
            continue;
        }
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            const Wait ready = waitFor(st, fd, POLLOUT);
            if (ready == Wait::Deadline) {
                ::close(fd);
                ::freeaddrinfo(list);
                return pastDeadline(st);
            }
            int err = ready == Wait::Error ? errno : 0;
            socklen_t len = sizeof err;
            if (ready == Wait::Ready && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
                err = errno;
            if (ready == Wait::Idle)
                anyTimedOut = true;
            rc = ready == Wait::Ready && err == 0 ? 0 : -1;
            errno = err;
        }
        if (rc != 0) {
            if (errno != 0)
                problem = std::strerror(errno);
            ::close(fd);
            continue;
        }
        // Blocking again: libssh2 expects a blocking socket; reads and
        // writes here wait in poll() and pass MSG_DONTWAIT.
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        ::freeaddrinfo(list);
        st->s = fd;
        t_peer = peerKey(st);
        return 0;
    }
    ::freeaddrinfo(list);
    if (anyTimedOut)
        return timedOut(st);
    return fail("failed to connect to " + where(st) + ": " + (problem.empty() ? "no address" : problem));
}

ssize_t timedRead(git_stream *stream, void *data, size_t len)
{
    TimedStream *st = self(stream);
    t_peer = peerKey(st);
    // One byte past the cap is asked for at most, to tell an answer of
    // exactly the cap from a larger one.
    const qint64 room = std::max<qint64>(st->maxBytes - st->bytesRead, 0);
    len = size_t(std::min<unsigned long long>(len, (unsigned long long)room + 1));
    for (;;) {
        if (Clock::now() >= st->deadline)
            return pastDeadline(st);
        const ssize_t n = ::recv(st->s, data, len, MSG_DONTWAIT);
        if (n >= 0) {
            st->bytesRead += n;
            if (st->bytesRead > st->maxBytes)
                return tooLarge(st);
            return n;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return fail(where(st) + ": error receiving data: " + std::strerror(errno));
        const Wait ready = waitFor(st, st->s, POLLIN);
        if (ready == Wait::Idle)
            return timedOut(st);
        if (ready == Wait::Deadline)
            return pastDeadline(st);
        if (ready == Wait::Error)
            return fail(where(st) + ": error receiving data: " + std::strerror(errno));
    }
}

ssize_t timedWrite(git_stream *stream, const char *data, size_t len, int)
{
    TimedStream *st = self(stream);
    size_t done = 0;
    while (done < len) {
        if (Clock::now() >= st->deadline)
            return pastDeadline(st);
        const ssize_t n = ::send(st->s, data + done, len - done, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n >= 0) {
            done += size_t(n);
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return fail(where(st) + ": error sending data: " + std::strerror(errno));
        const Wait ready = waitFor(st, st->s, POLLOUT);
        if (ready == Wait::Idle)
            return timedOut(st);
        if (ready == Wait::Deadline)
            return pastDeadline(st);
        if (ready == Wait::Error)
            return fail(where(st) + ": error sending data: " + std::strerror(errno));
    }
    return ssize_t(len);
}

int timedClose(git_stream *stream)
{
    TimedStream *st = self(stream);
    if (st->s >= 0)
        ::close(st->s);
    st->s = -1;
    return 0;
}

void timedFree(git_stream *stream)
{
    TimedStream *st = self(stream);
    timedClose(stream);
    std::free(st->host);
    std::free(st->port);
    delete st;
}

int timedStreamNew(git_stream **out, const char *host, const char *port)
{
    auto *st = new TimedStream{};
    st->parent.version = GIT_STREAM_VERSION;
    st->parent.connect = timedConnect;
    st->parent.read = timedRead;
    st->parent.write = timedWrite;
    st->parent.close = timedClose;
    st->parent.free = timedFree;
    st->host = ::strdup(host);
    st->port = ::strdup(port);
    st->s = -1;
    st->deadlineSeconds = networkDeadline();
    st->deadline = Clock::now() + std::chrono::seconds(st->deadlineSeconds);
    st->maxBytes = maxAnswerBytes();
    st->bytesRead = 0;
    // A new connection: what the last one did is not this one's doing.
    t_stopped.clear();
    *out = &st->parent;
    return 0;
}

} // namespace

void registerTimedStream()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("RELEASEDECK_GIT_TIMEOUT_SECONDS", &ok);
    if (ok)
        setNetworkTimeout(seconds);
    const int deadline = qEnvironmentVariableIntValue("RELEASEDECK_GIT_DEADLINE_SECONDS", &ok);
    if (ok)
        setNetworkDeadline(deadline);
    const qint64 maxBytes = qgetenv("RELEASEDECK_GIT_MAX_BYTES").trimmed().toLongLong(&ok);
    if (ok)
        setMaxAnswerBytes(maxBytes);
    static git_stream_registration registration{GIT_STREAM_VERSION, timedStreamNew, nullptr};
    git_stream_register(GIT_STREAM_STANDARD, &registration);
}

void setNetworkDeadline(int seconds)
{
    g_deadlineSeconds = seconds > 0 ? seconds : kDefaultDeadlineSeconds;
}

int networkDeadline()
{
    return g_deadlineSeconds;
}

void setMaxAnswerBytes(qint64 bytes)
{
    g_maxBytes = bytes > 0 ? bytes : kDefaultMaxBytes;
}

qint64 maxAnswerBytes()
{
    return g_maxBytes;
}

void setNetworkTimeout(int seconds)
{
    g_timeoutSeconds = seconds > 0 ? seconds : kDefaultTimeoutSeconds;
}

int networkTimeout()
{
    return g_timeoutSeconds;
}

QString currentPeer()
{
    return QString::fromStdString(t_peer);
}

QString takeStopError()
{
    return QString::fromStdString(std::exchange(t_stopped, std::string()));
}

} // namespace ReleaseDeck::Git

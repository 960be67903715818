#include "timedstream.h"

#include "domain/printable.h"

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
thread_local std::string t_peer;
thread_local std::string t_timeout;

// The first members are those of libgit2 1.5's own git_socket_stream: its
// ssh transport takes the socket from `s` of whatever stream it was given.
struct TimedStream
{
    git_stream parent;
    char *host;
    char *port;
    int s;
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

int timedOut(const TimedStream *st)
{
    t_timeout = where(st) + ": no answer within " + std::to_string(networkTimeout()) + " s";
    return fail(t_timeout);
}

// Waits for `events` on the socket for at most the idle spell: 1 when
// ready (or closed, or failed: the next call says which), 0 when the spell
// passed, -1 on an error of poll itself.
int waitFor(int fd, short events)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(networkTimeout());
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return 0;
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, int(std::min<long long>(left, 60 * 60 * 1000)));
        if (rc > 0)
            return 1;
        if (rc < 0 && errno != EINTR)
            return -1;
    }
}

int timedConnect(git_stream *stream)
{
    TimedStream *st = self(stream);
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
            const int ready = waitFor(fd, POLLOUT);
            int err = ready < 0 ? errno : 0;
            socklen_t len = sizeof err;
            if (ready > 0 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
                err = errno;
            if (ready == 0)
                anyTimedOut = true;
            rc = ready > 0 && err == 0 ? 0 : -1;
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
    for (;;) {
        const ssize_t n = ::recv(st->s, data, len, MSG_DONTWAIT);
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return fail(where(st) + ": error receiving data: " + std::strerror(errno));
        const int ready = waitFor(st->s, POLLIN);
        if (ready == 0)
            return timedOut(st);
        if (ready < 0)
            return fail(where(st) + ": error receiving data: " + std::strerror(errno));
    }
}

ssize_t timedWrite(git_stream *stream, const char *data, size_t len, int)
{
    TimedStream *st = self(stream);
    size_t done = 0;
    while (done < len) {
        const ssize_t n = ::send(st->s, data + done, len - done, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n >= 0) {
            done += size_t(n);
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return fail(where(st) + ": error sending data: " + std::strerror(errno));
        const int ready = waitFor(st->s, POLLOUT);
        if (ready == 0)
            return timedOut(st);
        if (ready < 0)
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
    // A new connection: what the last one did is not this one's doing.
    t_timeout.clear();
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
    static git_stream_registration registration{GIT_STREAM_VERSION, timedStreamNew, nullptr};
    git_stream_register(GIT_STREAM_STANDARD, &registration);
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

QString takeTimeoutError()
{
    return QString::fromStdString(std::exchange(t_timeout, std::string()));
}

} // namespace ReleaseDeck::Git

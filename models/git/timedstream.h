#pragma once

#include <QString>

namespace ReleaseDeck::Git {

// libgit2 1.5 has no server timeout: a remote that takes the connection and
// then says nothing holds a clone, fetch or push for ever. Its plain
// sockets (git://, http://, and the ones under https:// and ssh://) are made
// through the stream registered here, whose connect, read and write give up
// after an idle spell with "host:port: no answer within N s". Over ssh only
// the connect is bounded: libssh2 reads the socket itself.
//
// A remote that keeps the idle timer from running out (a byte a second) is
// stopped by a deadline for the whole connection, "host:port: no whole
// answer within N s; stopped", and one that never stops sending (an endless
// ref advertisement, which libgit2 keeps in memory) by a cap on the bytes
// read from one connection, "host:port: the answer is larger than N MiB;
// stopped". The stream is below TLS, so it sees only bytes, not which part
// of the exchange they belong to: the cap is for the whole connection.
void registerTimedStream(); // once, from ensureInitialised()

// The idle spell, 20 s unless RELEASEDECK_GIT_TIMEOUT_SECONDS says otherwise
// when libgit2 is initialised; 0 or less sets the default back.
void setNetworkTimeout(int seconds);
int networkTimeout();

// The deadline for one connection, from its connect to its close: 15
// minutes unless RELEASEDECK_GIT_DEADLINE_SECONDS says otherwise when
// libgit2 is initialised; 0 or less sets the default back.
void setNetworkDeadline(int seconds);
int networkDeadline();

// The most bytes read from one connection: 4 GiB unless
// RELEASEDECK_GIT_MAX_BYTES says otherwise when libgit2 is initialised; 0
// or less sets the default back.
void setMaxAnswerBytes(qint64 bytes);
qint64 maxAnswerBytes();

// "host:port" (host in lower case) of the connection this thread made or
// read from last, for the login check; empty when none.
QString currentPeer();

// The last timeout, deadline or cap that stopped a connection on this
// thread, once: the TLS layer above the socket replaces libgit2's error
// message with its own. Empty when none.
QString takeStopError();

} // namespace ReleaseDeck::Git

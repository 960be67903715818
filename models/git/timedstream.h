#pragma once

#include <QString>

namespace ReleaseDeck::Git {

// libgit2 1.5 has no server timeout: a remote that takes the connection and
// then says nothing holds a clone, fetch or push for ever. Its plain
// sockets (git://, http://, and the ones under https:// and ssh://) are made
// through the stream registered here, whose connect, read and write give up
// after an idle spell with "host:port: no answer within N s". Over ssh only
// the connect is bounded: libssh2 reads the socket itself.
void registerTimedStream(); // once, from ensureInitialised()

// The idle spell, 20 s unless RELEASEDECK_GIT_TIMEOUT_SECONDS says otherwise
// when libgit2 is initialised; 0 or less sets the default back.
void setNetworkTimeout(int seconds);
int networkTimeout();

// "host:port" (host in lower case) of the connection this thread made or
// read from last, for the login check; empty when none.
QString currentPeer();

// The last timeout on this thread, once: the TLS layer above the socket
// replaces libgit2's error message with its own. Empty when none.
QString takeTimeoutError();

} // namespace ReleaseDeck::Git

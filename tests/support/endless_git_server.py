#!/usr/bin/env python3
"""A git remote whose answer never ends, for tests of what a client does
when a remote keeps talking.

    endless_git_server.py MODE

MODE is one of:

  trickle-http  an HTTP server that reads the request, answers
                "HTTP/1.1 200 OK\\r\\n" and then sends a header one byte a
                second, never ending it: each byte comes well inside any
                idle timeout.
  endless-refs  a git:// server that reads the client's request and then
                sends a ref advertisement with no end: a valid first
                pkt-line "<sha> HEAD\\0caps" and then "<sha> refs/heads/bN"
                pkt-lines, as fast as the client reads them.

Binds 127.0.0.1 at port 0 and prints "ready PORT" once listening. Each
connection is served on a thread of its own until the client closes it.
Runs until killed.
"""
import socket
import sys
import threading
import time

SHA = b"0123456789abcdef0123456789abcdef01234567"
CAPS = (b"multi_ack thin-pack side-band side-band-64k ofs-delta shallow no-progress include-tag "
        b"multi_ack_detailed symref=HEAD:refs/heads/main agent=git/endless")


def pkt(payload):
    return b"%04x" % (len(payload) + 4) + payload


def read_request(connection, end):
    """Reads until `end` has come (or the client closed): True if it came."""
    data = b""
    while end not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return False
        data += chunk
    return True


def trickle_http(connection):
    if not read_request(connection, b"\r\n\r\n"):
        return
    connection.sendall(b"HTTP/1.1 200 OK\r\n")
    header = b"X-Trickle: "
    i = 0
    while True:
        connection.sendall(header[i:i + 1] if i < len(header) else b"a")
        i += 1
        time.sleep(1)


def endless_refs(connection):
    # The client's first pkt-line: "git-upload-pack /path\0host=...\0".
    head = b""
    while len(head) < 4:
        chunk = connection.recv(4 - len(head))
        if not chunk:
            return
        head += chunk
    need = int(head, 16) - 4
    while need > 0:
        chunk = connection.recv(need)
        if not chunk:
            return
        need -= len(chunk)
    connection.sendall(pkt(SHA + b" HEAD\0" + CAPS + b"\n"))
    n = 0
    while True:
        batch = []
        for _ in range(4096):
            batch.append(pkt(SHA + b" refs/heads/b%d\n" % n))
            n += 1
        connection.sendall(b"".join(batch))


def serve(connection, handler):
    with connection:
        try:
            handler(connection)
            # Whatever the handler left: held open until the client closes.
            while connection.recv(65536):
                pass
        except OSError:
            pass  # the client gave up


handlers = {"trickle-http": trickle_http, "endless-refs": endless_refs}
if len(sys.argv) != 2 or sys.argv[1] not in handlers:
    sys.exit("usage: endless_git_server.py %s" % "|".join(sorted(handlers)))
handler = handlers[sys.argv[1]]
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(64)
print("ready %d" % server.getsockname()[1], flush=True)
while True:
    connection, _ = server.accept()
    threading.Thread(target=serve, args=(connection, handler), daemon=True).start()

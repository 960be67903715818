#!/usr/bin/env python3
"""A server that takes every connection and never says a word, for tests
of what a client does when a remote stops answering.

    silent_server.py

Binds 127.0.0.1 at port 0 and prints "ready PORT" once listening. Each
connection is accepted and held open, its bytes read and dropped, until
the client closes it. Runs until killed.
"""
import socket
import threading


def drain(connection):
    with connection:
        while connection.recv(65536):
            pass


server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(64)
print("ready %d" % server.getsockname()[1], flush=True)
while True:
    connection, _ = server.accept()
    threading.Thread(target=drain, args=(connection,), daemon=True).start()

#!/usr/bin/env python3
"""`git daemon` for tests, on a loopback port the system picks.

    git_daemon.py BASE_DIR

Binds 127.0.0.1 at port 0 and prints "ready PORT" once listening, so that
no other test can take the port between choosing and binding it. Each
connection is served by `git daemon --inetd` (the daemon's own protocol
code, as inetd would run it), exporting every repository under BASE_DIR,
pushes allowed. Runs until killed.
"""
import socket
import subprocess
import sys
import threading

base = sys.argv[1]
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(64)
print("ready %d" % server.getsockname()[1], flush=True)
command = ["git", "daemon", "--inetd", "--log-destination=none", "--export-all", "--enable=receive-pack",
           "--base-path=" + base, base]
while True:
    connection, _ = server.accept()
    child = subprocess.Popen(command, stdin=connection, stdout=connection, stderr=subprocess.DEVNULL)
    connection.close()
    threading.Thread(target=child.wait, daemon=True).start()

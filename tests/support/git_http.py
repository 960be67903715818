#!/usr/bin/env python3
"""Serves the git repositories under ROOT over smart HTTP on 127.0.0.1,
through `git http-backend`, to clients that send Basic USER:TOKEN; others
get 401. Writes the port it listens on to PORTFILE. For tests only.

    git_http.py ROOT PORTFILE USER TOKEN [REDIRECT]

With REDIRECT (a base URL such as http://127.0.0.1:PORT), every request is
answered 302 to REDIRECT plus the request's path, login or not, as a
server that moved (or one that wants the login sent elsewhere) answers.
"""
import base64
import http.server
import os
import subprocess
import sys

root, port_file, user, token = sys.argv[1:5]
redirect = sys.argv[5] if len(sys.argv) > 5 else ""
expected = "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()


def read_chunked(stream):
    body = b""
    while True:
        size = int(stream.readline().strip() or b"0", 16)
        if size == 0:
            stream.readline()
            return body
        body += stream.read(size)
        stream.readline()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.serve()

    def do_POST(self):
        self.serve()

    def log_message(self, fmt, *args):
        # The request line and status only: no headers, so no credentials.
        sys.stderr.write("%s\n" % (fmt % args))

    def serve(self):
        # Whether a login came, never what it was.
        sys.stderr.write("authorization %s\n" % ("sent" if "Authorization" in self.headers else "none"))
        if redirect:
            self.send_response(302)
            self.send_header("Location", redirect + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.headers.get("Authorization", "") != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="git"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = read_chunked(self.rfile)
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path, _, query = self.path.partition("?")
        env = dict(os.environ, GIT_PROJECT_ROOT=root, GIT_HTTP_EXPORT_ALL="1", PATH_INFO=path,
                   QUERY_STRING=query, REQUEST_METHOD=self.command, REMOTE_USER=user,
                   REMOTE_ADDR="127.0.0.1", CONTENT_TYPE=self.headers.get("Content-Type", ""),
                   CONTENT_LENGTH=str(len(body)))
        if self.headers.get("Content-Encoding"):
            env["HTTP_CONTENT_ENCODING"] = self.headers["Content-Encoding"]
        out = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True).stdout
        sep = b"\r\n\r\n" if b"\r\n\r\n" in out else b"\n\n"
        head, _, payload = out.partition(sep)
        status, headers = 200, []
        for line in head.replace(b"\r\n", b"\n").split(b"\n"):
            key, _, value = line.decode().partition(":")
            if key.lower() == "status":
                status = int(value.strip().split()[0])
            elif key:
                headers.append((key, value.strip()))
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(port_file + ".tmp", port_file)
server.serve_forever()

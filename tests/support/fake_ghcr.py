#!/usr/bin/env python3
"""A registry front that behaves as ghcr.io does where docker-registry 2.8
cannot: Bearer tokens from a realm named in the challenge, paginated tag
lists with a Link header, and the failures a client must survive.

    fake_ghcr.py USER PASSWORD TAGCOUNT

Repositories (all read-only):
  many       TAGCOUNT tags, v00000 ..., paginated by ?n=&last=
  garbage    a tag list that is not JSON
  flaky      503 on the first request, then the tags
  busy       429 with Retry-After: 1 on the first request, then the tags
  forbidden  403 DENIED, as ghcr.io answers a token without the scope
  loop       a tag list whose second page links back to the first
  endless    a tag list whose every page links to one more
  elsewhere  a tag list whose next page is on another host
  silent     a tag list request that is read and never answered
  truncated  image 1.0.0 whose config blob arrives cut short
  uploads    takes blob uploads, monolithic or in PATCH chunks; the third
             PATCH of a session keeps half its bytes and answers 500, as a
             dropped connection would; a PUT whose bytes do not hash to
             its digest is refused
  trickle    a manifest whose 20 bytes come one every half second
  headers    any GET answers a status line, then header lines, one every
             20 ms, without end (the headers never end, nor the bytes)
  huge       any GET answers a body without a length that runs on for
             64 MiB (endless, as far as a client's bound goes)
  padded     image 1.0.0 whose config blob arrives with 32 MiB more than
             its descriptor says
  pages      a tag list whose every page holds 2 MB and links to one more
  upload-elsewhere  a blob upload session on another port (the "other
             host" below), which takes the bytes without a login
  upload-plain      a blob upload session at plain http://192.0.2.1
  redirected        blobs redirected to the other host, which serves
             REDIRECTED (b"redirected blob\n") without a login
  redirected-plain  blobs redirected to plain http://192.0.2.1
GET /stats (no login) tells the uploads seen, and every request the other
host had with the Authorization header it carried, as JSON.
Listens on 127.0.0.1 at a port the system picks, and prints "ready PORT"
once listening; the other host is a second listener on another port.
"""
import base64
import hashlib
import json
import secrets
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

USER, PASSWORD, COUNT = sys.argv[1], sys.argv[2], int(sys.argv[3])
PORT = 0  # known once bound
TAGS = ["v%05d" % i for i in range(COUNT)]
TOKENS = set()
FIRST = {"flaky": True, "busy": True}
SMALL = ["1.0.0", "1.1.0"]
SESSIONS = {}  # upload id -> {"data": bytearray, "patches": int}
STATS = {"patches": 0, "dropped": 0, "out_of_order": 0, "blobs": [], "elsewhere": []}
OTHER_PORT = 0  # the other host's, known once bound
REDIRECTED = b"redirected blob\n"
OTHER_SESSIONS = {}  # upload path on the other host -> bytes
HUGE_BYTES = 64 * 1024 * 1024
CONFIG = json.dumps({"architecture": "amd64", "os": "linux",
                     "config": {"Labels": {"org.opencontainers.image.revision": "4ea3e4b" * 5}},
                     "rootfs": {"type": "layers", "diff_ids": []}}).encode()
CONFIG_DIGEST = "sha256:" + hashlib.sha256(CONFIG).hexdigest()
MANIFEST = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                       "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                                  "digest": CONFIG_DIGEST, "size": len(CONFIG)},
                       "layers": []}).encode()
DENIED = json.dumps({"errors": [{"code": "DENIED", "message": "permission_denied: The token provided does not "
                                                              "match expected scopes."}]}).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # Headers and body go out as two writes; without this, Nagle and a
        # delayed ACK add 40 ms to every kept-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def challenge(self, scope):
        realm = "http://127.0.0.1:%d/token" % PORT
        value = 'Bearer realm="%s",service="fake-ghcr",scope="%s"' % (realm, scope)
        body = json.dumps({"errors": [{"code": "UNAUTHORIZED", "message": "authentication required"}]}).encode()
        self.reply(401, body, {"WWW-Authenticate": value, "Content-Type": "application/json"})

    def authorised(self, url, action):
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Bearer ") and auth[7:] in TOKENS:
            return True
        name = url.path.split("/")[2] if url.path.count("/") > 2 else ""
        self.challenge("repository:%s:%s" % (name, action))
        return False

    def body(self):
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def session_reply(self, status, upload_id):
        data = SESSIONS[upload_id]["data"]
        headers = {"Location": "/v2/uploads/blobs/uploads/%s" % upload_id, "Docker-Upload-UUID": upload_id}
        if data:
            headers["Range"] = "0-%d" % (len(data) - 1)
        self.reply(status, b"", headers)

    def trickle(self):
        body = b'{"schemaVersion":2}\n'
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        try:
            for i in range(len(body)):
                time.sleep(0.5)
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
        except OSError:
            pass  # the client gave up

    def endless_headers(self):
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self.wfile.flush()
            line = 0
            while True:
                self.wfile.write(b"X-Padding-%d: %s\r\n" % (line, b"x" * 60))
                self.wfile.flush()
                line += 1
                time.sleep(0.02)
        except OSError:
            pass  # the client gave up
        self.close_connection = True

    def endless(self):
        # No Content-Length: the body ends when the connection does.
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        chunk = b'["' + b"x" * 65530 + b'",'
        try:
            for _ in range(HUGE_BYTES // len(chunk)):
                self.wfile.write(chunk)
        except OSError:
            pass

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if not self.authorised(url, "pull,push"):
            return
        self.body()
        if url.path in ("/v2/upload-elsewhere/blobs/uploads/", "/v2/upload-plain/blobs/uploads/"):
            where = "http://127.0.0.1:%d" % OTHER_PORT if "elsewhere" in url.path else "http://192.0.2.1"
            return self.reply(202, b"", {"Location": "%s/upload/%s" % (where, secrets.token_hex(8))})
        if url.path != "/v2/uploads/blobs/uploads/":
            return self.reply(403, DENIED, {"Content-Type": "application/json"})
        upload_id = secrets.token_hex(8)
        SESSIONS[upload_id] = {"data": bytearray(), "patches": 0}
        self.session_reply(202, upload_id)

    def do_PATCH(self):
        url = urllib.parse.urlsplit(self.path)
        if not self.authorised(url, "pull,push"):
            return
        chunk = self.body()
        upload_id = url.path.rsplit("/", 1)[-1]
        session = SESSIONS.get(upload_id)
        if session is None:
            return self.reply(404, b'{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN","message":"no such upload"}]}')
        start = int(self.headers.get("Content-Range", "0-0").split("-")[0])
        if start != len(session["data"]):
            STATS["out_of_order"] += 1
            return self.reply(416, b'{"errors":[{"code":"BLOB_UPLOAD_INVALID","message":"out of order"}]}')
        STATS["patches"] += 1
        session["patches"] += 1
        if session["patches"] == 3:
            STATS["dropped"] += 1
            session["data"] += chunk[: len(chunk) // 2]
            return self.reply(500, b"")
        session["data"] += chunk
        self.session_reply(202, upload_id)

    def do_PUT(self):
        url = urllib.parse.urlsplit(self.path)
        if not self.authorised(url, "pull,push"):
            return
        tail = self.body()
        upload_id = url.path.rsplit("/", 1)[-1]
        session = SESSIONS.pop(upload_id, None)
        if session is None:
            return self.reply(404, b'{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN","message":"no such upload"}]}')
        data = bytes(session["data"]) + tail
        digest = urllib.parse.parse_qs(url.query).get("digest", [""])[0]
        if digest != "sha256:" + hashlib.sha256(data).hexdigest():
            return self.reply(400, b'{"errors":[{"code":"DIGEST_INVALID","message":"digest does not match"}]}')
        STATS["blobs"].append(digest)
        self.reply(201, b"", {"Docker-Content-Digest": digest, "Location": "/v2/uploads/blobs/" + digest})

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/stats":
            return self.reply(200, json.dumps(STATS).encode(), {"Content-Type": "application/json"})
        if url.path.startswith("/v2/uploads/blobs/uploads/"):
            if not self.authorised(url, "pull,push"):
                return
            upload_id = url.path.rsplit("/", 1)[-1]
            if upload_id not in SESSIONS:
                return self.reply(404, b'{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN","message":"no such upload"}]}')
            return self.session_reply(204, upload_id)
        if url.path == "/token":
            expected = "Basic " + base64.b64encode(("%s:%s" % (USER, PASSWORD)).encode()).decode()
            if self.headers.get("Authorization") != expected:
                return self.reply(401, b'{"errors":[{"code":"DENIED","message":"bad credentials"}]}')
            token = secrets.token_hex(16)
            TOKENS.add(token)
            return self.reply(200, json.dumps({"token": token}).encode(), {"Content-Type": "application/json"})
        auth = self.headers.get("Authorization", "")
        if not (auth.startswith("Bearer ") and auth[7:] in TOKENS):
            name = url.path.split("/")[2] if url.path.count("/") > 2 else ""
            return self.challenge("repository:%s:pull" % name)
        if url.path == "/v2/":
            return self.reply(200, b"{}", {"Content-Type": "application/json"})
        parts = url.path.split("/")
        if len(parts) > 2 and parts[2] == "headers":
            return self.endless_headers()
        if len(parts) > 2 and parts[2] == "huge":
            return self.endless()
        if len(parts) == 5 and parts[2] == "trickle" and parts[3] == "manifests":
            return self.trickle()
        if len(parts) == 5 and parts[2] in ("redirected", "redirected-plain") and parts[3] == "blobs":
            where = "http://127.0.0.1:%d" % OTHER_PORT if parts[2] == "redirected" else "http://192.0.2.1"
            return self.reply(307, b"", {"Location": "%s/blob/%s" % (where, parts[4])})
        if len(parts) == 5 and parts[2] == "padded" and parts[3] == "blobs" and parts[4] == CONFIG_DIGEST:
            return self.reply(200, CONFIG + b" " * (32 * 1024 * 1024), {"Content-Type": "application/octet-stream"})
        if len(parts) == 5 and parts[2] in ("truncated", "padded") and parts[3] == "manifests":
            return self.reply(200, MANIFEST, {"Content-Type": "application/vnd.oci.image.manifest.v1+json",
                                              "Docker-Content-Digest": "sha256:" + hashlib.sha256(MANIFEST).hexdigest()})
        if len(parts) == 5 and parts[2] == "truncated" and parts[3] == "blobs" and parts[4] == CONFIG_DIGEST:
            return self.reply(200, CONFIG[: len(CONFIG) // 2], {"Content-Type": "application/octet-stream"})
        if len(parts) != 5 or parts[3:] != ["tags", "list"]:
            return self.reply(404, b'{"errors":[{"code":"NAME_UNKNOWN","message":"not here"}]}')
        name = parts[2]
        if name == "forbidden":
            return self.reply(403, DENIED, {"Content-Type": "application/json"})
        if name == "garbage":
            return self.reply(200, b"<html>not json</html>", {"Content-Type": "application/json"})
        if name == "silent":
            threading.Event().wait()  # until the process ends
        if name == "pages":
            page = int(query.get("page", ["0"])[0])
            body = json.dumps({"name": name, "tags": ["p%d" % page], "padding": "x" * 2000000}).encode()
            return self.reply(200, body, {"Content-Type": "application/json",
                                          "Link": '</v2/pages/tags/list?page=%d>; rel="next"' % (page + 1)})
        if name in ("loop", "endless", "elsewhere"):
            page = int(query.get("page", ["0"])[0])
            target = {"loop": "/v2/loop/tags/list" + ("?page=1" if page == 0 else ""),
                      "endless": "/v2/endless/tags/list?page=%d" % (page + 1),
                      "elsewhere": "http://192.0.2.1/v2/elsewhere/tags/list?page=1"}[name]
            return self.reply(200, json.dumps({"name": name, "tags": ["t%d" % page]}).encode(),
                              {"Content-Type": "application/json", "Link": '<%s>; rel="next"' % target})
        if name in FIRST and FIRST[name]:
            FIRST[name] = False
            if name == "flaky":
                return self.reply(503, b"")
            return self.reply(429, b"", {"Retry-After": "1"})
        tags = TAGS if name == "many" else SMALL
        n = int(query.get("n", ["100"])[0])
        last = query.get("last", [None])[0]
        start = 0
        if last is not None:
            start = tags.index(last) + 1
        page = tags[start:start + n]
        headers = {"Content-Type": "application/json"}
        if start + n < len(tags):
            headers["Link"] = '</v2/%s/tags/list?last=%s&n=%d>; rel="next"' % (name, page[-1], n)
        self.reply(200, json.dumps({"name": name, "tags": page}).encode(), headers)


class OtherHost(Handler):
    """Another origin: takes uploads and serves REDIRECTED to anyone, and
    notes the Authorization header of every request, which must have none."""

    def note(self):
        STATS["elsewhere"].append({"method": self.command, "path": urllib.parse.urlsplit(self.path).path,
                                   "authorization": self.headers.get("Authorization", "")})

    def do_GET(self):
        self.note()
        self.reply(200, REDIRECTED, {"Content-Type": "application/octet-stream"})

    def do_PATCH(self):
        self.note()
        data = OTHER_SESSIONS.setdefault(self.path, bytearray())
        data += self.body()
        self.reply(202, b"", {"Location": "http://127.0.0.1:%d%s" % (OTHER_PORT, self.path),
                              "Range": "0-%d" % (len(data) - 1)})

    def do_PUT(self):
        self.note()
        url = urllib.parse.urlsplit(self.path)
        data = bytes(OTHER_SESSIONS.pop(url.path, b"")) + self.body()
        digest = urllib.parse.parse_qs(url.query).get("digest", [""])[0]
        if digest != "sha256:" + hashlib.sha256(data).hexdigest():
            return self.reply(400, b'{"errors":[{"code":"DIGEST_INVALID","message":"digest does not match"}]}')
        self.reply(201, b"", {"Docker-Content-Digest": digest})


other = ThreadingHTTPServer(("127.0.0.1", 0), OtherHost)
OTHER_PORT = other.server_address[1]
threading.Thread(target=other.serve_forever, daemon=True).start()
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
PORT = server.server_address[1]
print("ready %d" % PORT, flush=True)
server.serve_forever()

#!/usr/bin/env python3
"""Text handling for gitcli_scan.sh: no git access here.

Every git fact this reads was written to files by git processes in
gitcli_scan.sh. This script only parses text (the workspace file, values
files cached from `git cat-file`), applies the rules of the `scan --json`
contract (docs/scan-json.md) and assembles the JSON.

    gitcli_lib.py workspace FILE OUTDIR          repos.tsv, images.tsv, charts.tsv
    gitcli_lib.py images WORKDIR WORKSPACE       refs.tsv and shas.tsv from values rows
    gitcli_lib.py assemble WORKDIR WORKSPACE OUT the scan JSON
"""

import json
import os
import re
import sys

# --------------------------------------------------------------------------
# A small block-YAML reader for the files this benchmark generates: block
# mappings and sequences, one-line flow collections, quoted and plain
# scalars, comments, anchors, aliases, `<<` merges and block scalars.


class Node:
    __slots__ = ("kind", "value", "line", "anchor", "entries", "items", "name")

    def __init__(self, kind, line, anchor=None):
        self.kind = kind        # map, seq, scalar, null, alias
        self.line = line        # 1-based
        self.anchor = anchor
        self.value = None
        self.entries = None     # map: [(key, keyline, node)]
        self.items = None       # seq: [node]
        self.name = None        # alias


NULLS = {"~", "null", "Null", "NULL", ""}


def strip_comment(text):
    """Drops a ` #` comment outside quotes."""
    q = None
    for i, c in enumerate(text):
        if q:
            if c == q:
                q = None
        elif c in "\"'" and (i == 0 or text[i - 1] in " :[{,"):
            q = c
        elif c == "#" and (i == 0 or text[i - 1] == " "):
            return text[:i].rstrip()
    return text.rstrip()


def key_colon(text):
    if text[0] in "\"'":
        close = text.find(text[0], 1)
        if close > 0 and close + 1 < len(text) and text[close + 1] == ":" and \
                (close + 2 == len(text) or text[close + 2] == " "):
            return close + 1
        return -1
    for i, c in enumerate(text):
        if c == ":" and (i + 1 == len(text) or text[i + 1] == " "):
            return i
        if c == "#" and i > 0 and text[i - 1] == " ":
            return -1
    return -1


def unquote(s):
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        return s[1:-1]
    return s


class FlowParser:
    def __init__(self, text, line):
        self.t = text
        self.i = 0
        self.line = line

    def ws(self):
        while self.i < len(self.t) and self.t[self.i] == " ":
            self.i += 1

    def node(self):
        self.ws()
        c = self.t[self.i]
        if c == "{":
            self.i += 1
            n = Node("map", self.line)
            n.entries = []
            while True:
                self.ws()
                if self.t[self.i] == "}":
                    self.i += 1
                    return n
                k = self.scalar_text(":")
                self.i += 1  # ':'
                v = self.node()
                n.entries.append((k, self.line, v))
                self.ws()
                if self.t[self.i] == ",":
                    self.i += 1
        if c == "[":
            self.i += 1
            n = Node("seq", self.line)
            n.items = []
            while True:
                self.ws()
                if self.t[self.i] == "]":
                    self.i += 1
                    return n
                n.items.append(self.node())
                self.ws()
                if self.t[self.i] == ",":
                    self.i += 1
        if c == "*":
            j = self.i + 1
            while j < len(self.t) and self.t[j] not in ",]} ":
                j += 1
            n = Node("alias", self.line)
            n.name = self.t[self.i + 1:j]
            self.i = j
            return n
        quoted = c in "\"'"
        v = self.scalar_text(",]}")
        n = Node("scalar", self.line)
        n.value = v
        if not quoted and v in NULLS:
            n.kind = "null"
            n.value = ""
        return n

    def scalar_text(self, stops):
        self.ws()
        c = self.t[self.i]
        if c in "\"'":
            close = self.t.find(c, self.i + 1)
            v = self.t[self.i + 1:close]
            self.i = close + 1
            self.ws()
            return v
        j = self.i
        while j < len(self.t) and self.t[j] not in stops:
            if self.t[j] == ":" and ":" in stops and (j + 1 < len(self.t) and self.t[j + 1] == " "):
                break
            j += 1
        v = self.t[self.i:j].strip()
        self.i = j
        return v


class BlockParser:
    def __init__(self, text):
        self.lines = []   # (lineno, indent, text)
        raw = text.split("\n")
        self.raw = raw
        i = 0
        while i < len(raw):
            line = raw[i]
            s = line.lstrip(" ")
            if s and not s.startswith("#"):
                self.lines.append([i + 1, len(line) - len(s), s.rstrip()])
            i += 1
        self.pos = 0

    def parse(self):
        if not self.lines:
            return None
        return self.block(self.lines[0][1])

    def block(self, indent):
        text = self.lines[self.pos][2]
        if text == "-" or text.startswith("- "):
            return self.seq(indent)
        return self.map(indent)

    def skip_block_scalar(self, owner_indent):
        while self.pos < len(self.lines) and self.lines[self.pos][1] > owner_indent:
            self.pos += 1

    def value(self, rest, line, owner_indent, nested_ok):
        """The node of a value written after `key:` or `- `."""
        anchor = None
        rest = strip_comment(rest)
        if rest.startswith("&"):
            sp = rest.find(" ")
            anchor = rest[1:] if sp < 0 else rest[1:sp]
            rest = "" if sp < 0 else rest[sp + 1:].strip()
        if rest == "":
            nxt = self.lines[self.pos] if self.pos < len(self.lines) else None
            if nxt and (nxt[1] > owner_indent or
                        (nested_ok and nxt[1] == owner_indent and (nxt[2] == "-" or nxt[2].startswith("- ")))):
                n = self.block(nxt[1])
                n.anchor = anchor
                return n
            n = Node("null", line, anchor)
            n.value = ""
            return n
        if rest.startswith("*"):
            n = Node("alias", line)
            n.name = rest[1:]
            return n
        if rest[0] in "|>":
            self.skip_block_scalar(owner_indent)
            n = Node("scalar", line, anchor)
            n.value = "<block scalar>"
            return n
        if rest[0] in "{[":
            n = FlowParser(rest, line).node()
            n.anchor = anchor
            return n
        n = Node("scalar", line, anchor)
        if rest[0] in "\"'":
            n.value = unquote(rest)
        else:
            n.value = rest
            if rest in NULLS:
                n.kind = "null"
                n.value = ""
        return n

    def map(self, indent):
        n = Node("map", self.lines[self.pos][0])
        n.entries = []
        while self.pos < len(self.lines):
            lineno, ind, text = self.lines[self.pos]
            if ind < indent or (ind == indent and (text == "-" or text.startswith("- "))):
                break
            if ind > indent:
                raise ValueError("line %d: unexpected indentation" % lineno)
            c = key_colon(text)
            if c < 0:
                raise ValueError("line %d: not a mapping entry" % lineno)
            key = unquote(text[:c].strip())
            self.pos += 1
            v = self.value(text[c + 1:].strip(), lineno, indent, True)
            n.entries.append((key, lineno, v))
        return n

    def seq(self, indent):
        n = Node("seq", self.lines[self.pos][0])
        n.items = []
        while self.pos < len(self.lines):
            lineno, ind, text = self.lines[self.pos]
            if ind != indent or not (text == "-" or text.startswith("- ")):
                break
            rest = text[1:]
            off = len(rest) - len(rest.lstrip(" ")) + 1
            rest = rest.strip()
            if rest and not rest.startswith("#") and key_colon(rest) > 0 and rest[0] not in "{[&*":
                # `- key: value`: a mapping whose keys sit at this column
                self.lines[self.pos] = [lineno, indent + off, rest]
                n.items.append(self.map(indent + off))
            else:
                self.pos += 1
                n.items.append(self.value(rest, lineno, indent, False))
        return n


# --------------------------------------------------------------------------
# Image references, per docs/scan-json.md ("imageRefs").


class Fields:
    __slots__ = ("registry", "repository", "tag", "repo_line", "tag_line", "has_repo", "has_tag")

    def __init__(self):
        self.registry = ""
        self.repository = ""
        self.tag = ""
        self.repo_line = 0
        self.tag_line = 0
        self.has_repo = False
        self.has_tag = False

    def copy(self):
        f = Fields()
        for s in Fields.__slots__:
            setattr(f, s, getattr(self, s))
        return f

    def merge_missing(self, o):
        if not self.has_repo and o.has_repo:
            self.repository, self.repo_line, self.has_repo = o.repository, o.repo_line, True
        if not self.registry:
            self.registry = o.registry
        if not self.has_tag and o.has_tag:
            self.tag, self.tag_line, self.has_tag = o.tag, o.tag_line, True


def mentions_image(path):
    return "image" in path or "Image" in path


def split_image(text):
    at = text.find("@")
    if at >= 0:
        return text[:at], text[at + 1:]
    colon = text.rfind(":")
    if colon > text.rfind("/"):
        return text[:colon], text[colon + 1:]
    return text, ""


def find_images(root):
    out = []   # (path, line, repository, tag)
    scalar_anchors = {}
    map_anchors = {}

    def report(path, f, line):
        repo = f.repository
        if f.registry and repo:
            repo = f.registry + "/" + repo
        out.append((path, line, repo, f.tag))

    def assign(f, key, value, line, child):
        if key == "repository":
            f.repository, f.repo_line, f.has_repo = value, line, True
        elif key == "tag":
            f.tag, f.tag_line, f.has_tag = value, line, True
        elif key == "registry":
            f.registry = value
        elif (key == "image" or (len(key) > 5 and key.endswith("Image"))) and value \
                and "{{" not in value and " " not in value:
            repo, tag = split_image(value)
            out.append((child, line, repo, tag))

    def names_image_list(key):
        return key in ("image", "preload", "images") or key.endswith("Image") and len(key) > 5 \
            or key.endswith("Images") and len(key) > 6

    def image_item(value):
        return bool(value) and "/" in value and "{{" not in value and all(" " < c != "\x7f" for c in value)

    def walk(node, path, key=None):
        if node.kind == "map":
            f = Fields()
            for key, keyline, v in node.entries:
                child = key if not path else path + "." + key
                if v.kind == "alias":
                    if key == "<<":
                        if v.name in map_anchors:
                            f.merge_missing(map_anchors[v.name])
                    elif v.name in scalar_anchors:
                        assign(f, key, scalar_anchors[v.name], v.line, child)
                    elif v.name in map_anchors:
                        m = map_anchors[v.name]
                        if m.has_repo or m.has_tag:
                            report(child, m.copy(), v.line)
                elif v.kind in ("scalar", "null"):
                    if v.anchor:
                        scalar_anchors[v.anchor] = v.value
                    assign(f, key, v.value, keyline if v.kind == "null" else v.line, child)
                else:
                    walk(v, child, key)
            like = (f.has_tag or mentions_image(path)) if f.has_repo else (f.has_tag and mentions_image(path))
            if like:
                report(path, f, f.tag_line if f.has_tag else f.repo_line)
            if node.anchor:
                map_anchors[node.anchor] = f
        elif node.kind == "seq":
            # A list under `preload`, `images` or `*Images` holds "repo:tag" strings.
            listed = key is not None and names_image_list(key)
            for i, item in enumerate(node.items):
                child = path + "[%d]" % i
                if item.kind in ("map", "seq"):
                    walk(item, child)
                    continue
                if item.kind in ("scalar", "null") and item.anchor:
                    scalar_anchors[item.anchor] = item.value
                value = item.value if item.kind in ("scalar", "null") else scalar_anchors.get(item.name) \
                    if item.kind == "alias" else None
                if listed and value is not None and image_item(value):
                    repo, tag = split_image(value)
                    out.append((child, item.line, repo, tag))

    if root is not None:
        walk(root, "")
    return out


HEX = set("0123456789abcdef")


def sha_in_tag(tag):
    """The commit id an image tag holds, or None (docs/scan-json.md, `sha`)."""
    t = tag
    if t.startswith("sha-"):
        t = t[4:]
        if "-" in t:
            t = t[:t.index("-")]
    elif len(t) > 41 and t[40] == "-" and set(t[:40]) <= HEX:
        return t[:40]
    elif not any(c in "abcdef" for c in t):
        return None
    if 7 <= len(t) <= 40 and set(t) <= HEX:
        return t
    return None


# --------------------------------------------------------------------------
# Versions (docs/workspace.md, DESIGN §1): SemVer, with X.Y.Z-fixN after X.Y.Z.

IDENT = re.compile(r"^[0-9A-Za-z-]+$")
NUM = re.compile(r"^(0|[1-9][0-9]*)$")


def parse_version(text):
    if not text:
        return None
    rest = text
    build = []
    if "+" in rest:
        rest, b = rest.split("+", 1)
        build = b.split(".")
        if any(not IDENT.match(x) for x in build):
            return None
    pre = []
    if "-" in rest:
        rest, p = rest.split("-", 1)
        pre = p.split(".")
        for x in pre:
            if not IDENT.match(x) or (x.isdigit() and len(x) > 1 and x[0] == "0"):
                return None
    core = rest.split(".")
    if len(core) != 3 or any(not NUM.match(x) for x in core):
        return None
    return (int(core[0]), int(core[1]), int(core[2]), pre, build)


def version_error(text):
    """Why text is not a version, in the words releasedeck uses."""
    if not text:
        return "empty version"
    core = text.split("+", 1)[0].split("-", 1)[0].split(".")
    if len(core) != 3:
        return 'expected MAJOR.MINOR.PATCH, got "%s"' % ".".join(core)
    for what, x in zip(("major", "minor", "patch"), core):
        if not x:
            return "empty %s version" % what
        if not x.isdigit():
            return '%s version "%s" is not a number' % (what, x)
        if len(x) > 1 and x[0] == "0":
            return "leading zero in %s version" % what
    return "invalid pre-release or build metadata"


def fix_number(v):
    pre = v[3]
    if len(pre) == 1 and re.match(r"^fix[1-9][0-9]*$", pre[0]):
        return int(pre[0][3:])
    return 0


def version_text(v):
    s = "%d.%d.%d" % v[:3]
    if v[3]:
        s += "-" + ".".join(v[3])
    if v[4]:
        s += "+" + ".".join(v[4])
    return s


def kind_of(v):
    if fix_number(v):
        return "fix"
    return "release" if not v[3] else "prerelease"


def is_release(v):
    return not v[3] or fix_number(v) > 0


def cmp_ids(a, b):
    for x, y in zip(a, b):
        xn, yn = x.isdigit(), y.isdigit()
        if xn and yn:
            if int(x) != int(y):
                return -1 if int(x) < int(y) else 1
        elif xn != yn:
            return -1 if xn else 1
        elif x != y:
            return -1 if x < y else 1
    return (len(a) > len(b)) - (len(a) < len(b))


def version_key(v):
    """Sort key: pre-releases, then the release, then its fixes in order."""
    rank = 2 if fix_number(v) else (1 if not v[3] else 0)
    return (v[0], v[1], v[2], rank, fix_number(v), _IdsKey(v[3]) if rank == 0 else _IdsKey([]))


class _IdsKey:
    def __init__(self, ids):
        self.ids = ids

    def __lt__(self, o):
        return cmp_ids(self.ids, o.ids) < 0

    def __eq__(self, o):
        return cmp_ids(self.ids, o.ids) == 0


def template_split(t):
    i = t.index("{version}")
    return t[:i], t[i + len("{version}"):]


def template_text(t, tag):
    pre, suf = template_split(t)
    if len(tag) <= len(pre) + len(suf) or not tag.startswith(pre) or not tag.endswith(suf):
        return None
    return tag[len(pre):len(tag) - len(suf)]


# --------------------------------------------------------------------------
# Workspace file


def yaml_to_py(n):
    if n is None:
        return None
    if n.kind == "map":
        return {k: yaml_to_py(v) for k, _, v in n.entries}
    if n.kind == "seq":
        return [yaml_to_py(x) for x in n.items]
    if n.kind == "null":
        return None
    return n.value


def load_workspace(path):
    with open(path) as f:
        ws = yaml_to_py(BlockParser(f.read()).parse())
    base = os.path.dirname(os.path.abspath(path))
    repos = []
    for r in ws.get("repos") or []:
        t = r.get("releaseTags", "{version}")
        if t is None:
            t = []
        if isinstance(t, str):
            t = [t]
        repos.append({"id": r["id"], "path": os.path.normpath(os.path.join(base, r["path"])), "templates": t})
    comps = ws.get("components") or []
    for c in comps:
        c.setdefault("kind", "image")
        c["aliases"] = c.get("aliases") or []
        if c["kind"] == "chart":
            c.setdefault("tags", c["chart"] + "/{version}")
    return ws, repos, comps


def cmd_workspace(path, outdir):
    ws, repos, comps = load_workspace(path)
    with open(os.path.join(outdir, "repos.tsv"), "w") as f:
        for r in repos:
            f.write("%s\t%s\n" % (r["id"], r["path"]))
    with open(os.path.join(outdir, "charts.tsv"), "w") as f:
        for c in comps:
            if c["kind"] == "chart":
                pre, suf = template_split(c["tags"])
                # '|'-separated: bash `read` would merge empty tab-separated fields
                f.write("%s|%s|%s|%s|%s\n" % (c["id"], c["repo"], pre, suf,
                                                   " ".join([c["chart"]] + c["aliases"])))


# --------------------------------------------------------------------------
# images: values rows -> refs.tsv, shas.tsv


def iter_tsv(path):
    """Rows one at a time: contains.tsv runs to millions of lines."""
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                if line.strip():
                    yield line.rstrip("\n").split("\t")


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip()]


def cmd_images(work, workspace):
    ws, repos, comps = load_workspace(workspace)
    builders = {}
    for c in comps:
        if c["kind"] == "image":
            for name in [c["image"]] + c["aliases"]:
                builders.setdefault(name, c["repo"])
    cache = {}

    def scan(blob):
        if blob not in cache:
            with open(os.path.join(work, "blobs", blob)) as f:
                text = f.read()
            try:
                cache[blob] = (find_images(BlockParser(text).parse()), "")
            except (ValueError, IndexError) as e:
                cache[blob] = ([], str(e))
        return cache[blob]

    # chartfiles.tsv: tag, Chart.yaml path, name, values.yaml blob of that directory
    chartfiles = {}
    for tag, path, name, vblob in read_tsv(os.path.join(work, "chartfiles.tsv")):
        chartfiles.setdefault(tag, []).append((path, name, vblob))
    refs = []
    errors = []
    for comp, repo, tag, file, blob in read_tsv(os.path.join(work, "values.tsv")):
        images, err = scan(blob)
        if err:
            errors.append("%s\t%s: %s" % (tag, file, err))
        rows = []
        for path, line, repository, value in images:
            rows.append([repo, tag, file, path, line, repository, value])
        # subchart overrides: `sub.image.tag` with no repository
        for r in rows:
            if r[5] or "." not in r[3] or r[3].index(".") == 0:
                continue
            sub, rest = r[3].split(".", 1)
            for cpath, cname, vblob in chartfiles.get(tag, []):
                d = cpath[:-len("Chart.yaml")]
                dirname = d.rstrip("/").split("/")[-1] if d else ""
                if cname != sub and dirname != sub:
                    continue
                if vblob == "-":
                    continue
                for p2, _, repo2, _ in scan(vblob)[0]:
                    if p2 == rest:
                        r[5] = repo2
                        break
                break
        refs.extend(rows)
    shas = set()
    with open(os.path.join(work, "refs.tsv"), "w") as f:
        for repo, tag, file, path, line, repository, value in refs:
            sha = sha_in_tag(value)
            resolved = ""
            if sha:
                resolved = builders.get(repository, "")
                if resolved:
                    shas.add((resolved, sha))
            f.write("\t".join([repo, tag, file, path, str(line), repository, value, sha or "", resolved]) + "\n")
    with open(os.path.join(work, "shas.tsv"), "w") as f:
        for repo, sha in sorted(shas):
            f.write("%s\t%s\n" % (repo, sha))
    with open(os.path.join(work, "values-errors.tsv"), "w") as f:
        for e in errors:
            f.write(e + "\n")


# --------------------------------------------------------------------------
# assemble


def iso(d):
    if not d:
        return ""
    return d[:-6] + "Z" if d.endswith("+00:00") else d


def cmd_assemble(work, workspace, out, sample):
    ws, repos, comps = load_workspace(workspace)
    by_id = {r["id"]: r for r in repos}
    repo_rows = []
    releases = []
    problems = []
    tags_by_repo = {}
    for r in repos:
        head = (open(os.path.join(work, "head-%s" % r["id"])).read().strip()
                if os.path.exists(os.path.join(work, "head-%s" % r["id"])) else "")
        tags = read_tsv(os.path.join(work, "tags-%s.tsv" % r["id"]))
        tags_by_repo[r["id"]] = {}
        for name, otype, oid, ptype, poid, tagger, pdate, cdate in tags:
            annotated = otype == "tag"
            commit = poid if annotated else oid
            ctype = ptype if annotated else otype
            if ctype != "commit":
                problems.append("%s: tag '%s' points to a %s, not a commit" % (r["id"], name, ctype))
                continue
            date = tagger if annotated else cdate
            tags_by_repo[r["id"]][name] = (commit, iso(date), annotated)
        repo_rows.append({"id": r["id"], "path": r["path"], "head": head or None, "tagCount": len(tags)})
        rows = []
        for name, (commit, date, annotated) in tags_by_repo[r["id"]].items():
            for t in r["templates"]:
                txt = template_text(t, name)
                v = parse_version(txt) if txt is not None else None
                if v:
                    rows.append((version_key(v), name, {
                        "repo": r["id"], "tag": name, "version": version_text(v), "kind": kind_of(v),
                        "commit": commit, "date": date, "annotated": annotated}))
                    break
        rows.sort(key=lambda x: (x[0], x[1]))
        releases.extend(x[2] for x in rows)

    # earliest release per (repo, commit) from `git tag --contains`
    earliest = {}
    for repo, commit, tag in iter_tsv(os.path.join(work, "contains.tsv")):
        best = earliest.get((repo, commit))
        for t in by_id[repo]["templates"]:
            txt = template_text(t, tag)
            v = parse_version(txt) if txt is not None else None
            if v and is_release(v):
                k = (version_key(v), tag)
                if best is None or k < best[0]:
                    best = (k, tag)
                break
        if best:
            earliest[(repo, commit)] = best
    resolved = {}
    for repo, sha, status, commit in read_tsv(os.path.join(work, "resolved.tsv")):
        resolved[(repo, sha)] = (status, commit)

    charts = []
    for row in read_tsv(os.path.join(work, "charts-out.tsv")):
        comp, repo, tag, vtext, commit, date, chart, path, version, app, places = row[:11]
        unreadable = [p for p in row[11:] if p]
        v = parse_version(vtext)
        places = [p for p in places.split(" ") if p]
        probs = []
        if not places:
            probs.append("chart '%s' not found at this commit" % chart)
            probs.extend(unreadable)
        else:
            if len(places) > 1:
                probs.append("chart '%s' found in %d places (%s); using the first"
                             % (chart, len(places), ", ".join(places)))
            if v is None:
                probs.append("tag name holds no version: %s" % version_error(vtext))
            elif version != version_text(v):
                probs.append("tag says %s but Chart.yaml version is %s" % (version_text(v), version or "(none)"))
        charts.append({
            "repo": repo, "component": comp, "tag": tag, "tagVersion": version_text(v) if v else None,
            "commit": commit, "date": iso(date), "chart": chart, "path": path if places else None,
            "version": version, "appVersion": app, "image": None, "problems": probs})
    refs = []
    for repo, tag, file, path, line, repository, value, sha, rrepo in read_tsv(os.path.join(work, "refs.tsv")):
        status, commit, er = "not-a-sha", None, None
        if sha:
            if not rrepo:
                status = "unmapped"
            else:
                status, commit = resolved.get((rrepo, sha), ("not-found", ""))
                commit = commit or None
                if commit and (rrepo, commit) in earliest:
                    er = earliest[(rrepo, commit)][1]
        refs.append({"repo": repo, "tag": tag, "file": file, "path": path, "line": int(line),
                     "repository": repository, "value": value, "sha": sha or None,
                     "resolvedRepo": rrepo or None, "commit": commit, "earliestRelease": er,
                     "status": status})
    # chart `image`: top-level `image` of the chart's own values.yaml
    first_image = {}
    for r in refs:
        first_image.setdefault((r["tag"], r["file"], r["path"]), r)
    for c in charts:
        if c["path"] is not None and c["image"] is None:
            own = (c["path"] + "/" if c["path"] else "") + "values.yaml"
            r = first_image.get((c["tag"], own, "image"))
            if r:
                c["image"] = {"repository": r["repository"], "tag": r["value"]}
    for line in read_tsv(os.path.join(work, "values-errors.tsv")):
        tag, msg = line[0], "\t".join(line[1:])
        for c in charts:
            if c["tag"] == tag:
                c["problems"].append(msg)
    doc = {"workspace": os.path.abspath(workspace), "name": ws.get("name") or "",
           "scannedAt": "", "repos": repo_rows, "releases": releases, "charts": charts,
           "imageRefs": refs, "problems": problems}
    if sample and sample > 1:
        doc["sample"] = {"every": sample,
                         "note": "only every %d-th chart tag was read; charts and imageRefs are partial" % sample}
    with open(out, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)


def main():
    cmd = sys.argv[1]
    if cmd == "workspace":
        cmd_workspace(sys.argv[2], sys.argv[3])
    elif cmd == "images":
        cmd_images(sys.argv[2], sys.argv[3])
    elif cmd == "assemble":
        cmd_assemble(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    else:
        raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Adds a file under any name git can store to a branch of a repository.

    hostile_tree.py REPO BRANCH FOLDER NAME CONTENT

Makes a commit on BRANCH whose tree holds FOLDER/NAME with CONTENT. The
tree object is written byte for byte, so NAME may be what `git mktree`
refuses (`../../x`, `a\\b`); only `git fsck` would complain. Prints the
new commit id.

    hostile_tree.py REPO BRANCH FOLDER --deep N

Makes a commit on BRANCH whose FOLDER holds N folders, each in the one
before (`d/d/d/...`), with a Chart.yaml at the bottom. The N tree objects
are written straight into the object folder.
"""
import hashlib
import os
import zlib
import subprocess
import sys


def git(repo, *args, data=None):
    return subprocess.run(["git", "-C", repo, *args], input=data, check=True,
                          stdout=subprocess.PIPE).stdout


def entries(repo, tree):
    out = []
    for line in git(repo, "ls-tree", "-z", tree).split(b"\0"):
        if not line:
            continue
        meta, name = line.split(b"\t", 1)
        mode, kind, oid = meta.split(b" ")
        out.append((mode, kind, oid, name))
    return out


def write_tree(repo, items):
    # Git orders entries by name, folders as if their name ended in '/'.
    def key(item):
        mode, kind, oid, name = item
        return name + b"/" if kind == b"tree" else name
    raw = b"".join(mode.lstrip(b"0") + b" " + name + b"\0" + bytes.fromhex(oid.decode())
                   for mode, kind, oid, name in sorted(items, key=key))
    return git(repo, "hash-object", "-w", "-t", "tree", "--literally", "--stdin", data=raw).strip()


def with_entry(repo, tree, parts, name, oid, mode=b"100644", kind=b"blob"):
    """The tree with NAME (a blob, or a folder) added at the folder PARTS."""
    items = entries(repo, tree)
    if not parts:
        return write_tree(repo, items + [(mode, kind, oid, name)])
    head = parts[0].encode()
    for i, (m, k, o, entry) in enumerate(items):
        if entry == head and k == b"tree":
            items[i] = (m, k, with_entry(repo, o.decode(), parts[1:], name, oid, mode, kind), entry)
            return write_tree(repo, items)
    sys.exit(f"no folder {parts[0]} in {tree}")


def write_loose(repo, kind, raw):
    body = kind + b" " + str(len(raw)).encode() + b"\0" + raw
    oid = hashlib.sha1(body).hexdigest()
    objects = git(repo, "rev-parse", "--git-path", "objects").strip().decode()
    if not os.path.isabs(objects):
        objects = os.path.join(repo, objects)
    folder = os.path.join(objects, oid[:2])
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, oid[2:])
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(zlib.compress(body))
    return oid


def deep_tree(repo, levels):
    blob = write_loose(repo, b"blob", b"apiVersion: v2\nname: deep\nversion: 1.0.0\n")
    oid = write_loose(repo, b"tree", b"100644 Chart.yaml\0" + bytes.fromhex(blob))
    for _ in range(levels):
        oid = write_loose(repo, b"tree", b"40000 d\0" + bytes.fromhex(oid))
    return oid.encode()


def main():
    if len(sys.argv) == 6 and sys.argv[4] == "--deep":
        repo, branch, folder = sys.argv[1:4]
        name, blob = b"d", deep_tree(repo, int(sys.argv[5]) - 1)
        tip = git(repo, "rev-parse", branch).strip().decode()
        root = git(repo, "rev-parse", tip + "^{tree}").strip().decode()
        parts = [p for p in folder.split("/") if p]
        tree = with_entry(repo, root, parts, name, blob, b"040000", b"tree")
        commit = git(repo, "-c", "user.name=Mallory", "-c", "user.email=mallory@example.com",
                     "commit-tree", tree.decode(), "-p", tip, "-m", "Add deep folders", data=b"").strip().decode()
        git(repo, "update-ref", "refs/heads/" + branch, commit, tip)
        print(commit)
        return
    repo, branch, folder, name, content = sys.argv[1:6]
    blob = git(repo, "hash-object", "-w", "--stdin", data=content.encode()).strip()
    tip = git(repo, "rev-parse", branch).strip().decode()
    root = git(repo, "rev-parse", tip + "^{tree}").strip().decode()
    tree = with_entry(repo, root, [p for p in folder.split("/") if p], name.encode(), blob)
    commit = git(repo, "-c", "user.name=Mallory", "-c", "user.email=mallory@example.com",
                 "commit-tree", tree.decode(), "-p", tip, "-m", "Add " + name, data=b"").strip().decode()
    git(repo, "update-ref", "refs/heads/" + branch, commit, tip)
    print(commit)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Adds a file under any name git can store to a branch of a repository.

    hostile_tree.py REPO BRANCH FOLDER NAME CONTENT

Makes a commit on BRANCH whose tree holds FOLDER/NAME with CONTENT. The
tree object is written byte for byte, so NAME may be what `git mktree`
refuses (`../../x`, `a\\b`); only `git fsck` would complain. Prints the
new commit id.
"""
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


def with_entry(repo, tree, parts, name, blob):
    items = entries(repo, tree)
    if not parts:
        return write_tree(repo, items + [(b"100644", b"blob", blob, name)])
    head = parts[0].encode()
    for i, (mode, kind, oid, entry) in enumerate(items):
        if entry == head and kind == b"tree":
            items[i] = (mode, kind, with_entry(repo, oid.decode(), parts[1:], name, blob), entry)
            return write_tree(repo, items)
    sys.exit(f"no folder {parts[0]} in {tree}")


def main():
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

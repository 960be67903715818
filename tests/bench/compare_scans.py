#!/usr/bin/env python3
"""Compares `releasedeck scan --json` output with gitcli_scan.sh output.

    compare_scans.py RELEASEDECK.json GITCLI.json [--examples N]

Prints the counts of releases, charts and imageRefs on both sides and the
rows that differ. When the git-CLI output is sampled (every K-th chart tag),
the chart and imageRef comparison is restricted to the tags it read.
Rows are matched by key: releases by (repo, tag); charts by (repo, tag);
imageRefs by (repo, tag, file, path, n-th occurrence of that path).
"""

import argparse
import collections
import json

REF_FIELDS = ["line", "value", "repository", "sha", "resolvedRepo", "status", "commit", "earliestRelease"]
RELEASE_FIELDS = ["version", "kind", "commit", "date", "annotated"]
CHART_FIELDS = ["component", "tagVersion", "commit", "date", "path", "version", "appVersion", "image", "problems"]


def keyed(rows, key):
    out = {}
    seen = collections.Counter()
    for r in rows:
        k = key(r)
        seen[k] += 1
        out[k + (seen[k],)] = r
    return out


def diff(name, a, b, fields, examples, label_a, label_b):
    only_a = [k for k in a if k not in b]
    only_b = [k for k in b if k not in a]
    changed = collections.Counter()
    bad = []
    for k in a:
        if k not in b:
            continue
        d = [f for f in fields if a[k].get(f) != b[k].get(f)]
        if d:
            bad.append((k, d))
            changed[tuple(d)] += 1
    print("- %s: %d rows in %s, %d in %s; %d only in %s, %d only in %s, %d matched rows differ"
          % (name, len(a), label_a, len(b), label_b, len(only_a), label_a, len(only_b), label_b, len(bad)))
    for fs, n in changed.most_common():
        print("    %6d rows differ in %s" % (n, ", ".join(fs)))
    shown = 0
    by_kind = collections.defaultdict(list)
    for k, d in bad:
        by_kind[tuple(d)].append(k)
    for fs, keys in by_kind.items():
        for k in keys[:examples]:
            print("    e.g. %s" % " ".join(str(x) for x in k[:-1]))
            for f in fs:
                print("         %-16s %s: %s | %s: %s" % (f, label_a, json.dumps(a[k].get(f)),
                                                         label_b, json.dumps(b[k].get(f))))
            shown += 1
    for k in only_a[:examples]:
        print("    only in %s: %s" % (label_a, json.dumps(a[k])))
    for k in only_b[:examples]:
        print("    only in %s: %s" % (label_b, json.dumps(b[k])))
    return len(bad) + len(only_a) + len(only_b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("releasedeck")
    ap.add_argument("gitcli")
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args()
    with open(args.releasedeck) as f:
        rd = json.load(f)
    with open(args.gitcli) as f:
        gc = json.load(f)
    la, lb = "releasedeck", "git-cli"
    sampled = "sample" in gc
    tags = {(c["repo"], c["tag"]) for c in gc["charts"]}
    rd_charts = [c for c in rd["charts"] if not sampled or (c["repo"], c["tag"]) in tags]
    rd_refs = [r for r in rd["imageRefs"] if not sampled or (r["repo"], r["tag"]) in tags]
    print("| array | releasedeck | git CLI |")
    print("|---|---:|---:|")
    print("| releases | %d | %d |" % (len(rd["releases"]), len(gc["releases"])))
    print("| charts | %d | %d |" % (len(rd["charts"]), len(gc["charts"])))
    print("| imageRefs | %d | %d |" % (len(rd["imageRefs"]), len(gc["imageRefs"])))
    print("| problems | %d | %d |" % (len(rd["problems"]), len(gc["problems"])))
    if sampled:
        print("\nThe git-CLI run was sampled (%s): charts and imageRefs are compared on the %d chart tags it read "
              "(%d releasedeck imageRefs on those tags)." % (gc["sample"]["note"], len(tags), len(rd_refs)))
    print()
    status = collections.Counter(r["status"] for r in rd_refs)
    print("releasedeck imageRef status counts (compared tags): " +
          ", ".join("%s %d" % kv for kv in sorted(status.items())))
    print()
    total = 0
    total += diff("releases", keyed(rd["releases"], lambda r: (r["repo"], r["tag"])),
                  keyed(gc["releases"], lambda r: (r["repo"], r["tag"])), RELEASE_FIELDS, args.examples, la, lb)
    total += diff("charts", keyed(rd_charts, lambda r: (r["repo"], r["tag"])),
                  keyed(gc["charts"], lambda r: (r["repo"], r["tag"])), CHART_FIELDS, args.examples, la, lb)
    rk = lambda r: (r["repo"], r["tag"], r["file"], r["path"])
    total += diff("imageRefs", keyed(rd_refs, rk), keyed(gc["imageRefs"], rk), REF_FIELDS, args.examples, la, lb)
    rd_p, gc_p = set(rd["problems"]), set(gc["problems"])
    print("- workspace problems: %d only in releasedeck, %d only in git-cli" % (len(rd_p - gc_p), len(gc_p - rd_p)))
    for p in sorted(rd_p - gc_p)[:args.examples]:
        print("    only in releasedeck: " + p)
    for p in sorted(gc_p - rd_p)[:args.examples]:
        print("    only in git-cli: " + p)
    total += len(rd_p ^ gc_p)
    print("\n%s" % ("outputs agree" if total == 0 else "%d differing rows in total" % total))


if __name__ == "__main__":
    main()

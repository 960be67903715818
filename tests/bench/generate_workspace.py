#!/usr/bin/env python3
"""Generates a large ReleaseDeck workspace for the scan benchmark.

    generate_workspace.py DIR [--commit-graph] [--no-repack]

writes DIR/repos/oss.git (100,000 commits, 2,000 X.Y.Z release tags),
DIR/repos/charts.git (5,000 commits, 3,000 chart release tags across three
charts, values.yaml files of ~1,500 lines) and DIR/releasedeck.yaml.

Both repositories are written with one `git fast-import` stream each, so the
cost is that of hashing and compressing the objects, not of starting one git
process per commit. Everything is deterministic: fixed seeds, fixed dates and
a fixed identity, so the same git version produces the same object ids.

After the import each repository is brought into the shape of a fresh
`git clone`: one packfile (`git repack -adf`) and packed refs
(`git pack-refs --all`). A fresh clone has no commit-graph file
(fetch.writeCommitGraph defaults to false), so none is written unless
--commit-graph is given.

Python standard library only.
"""

import argparse
import bisect
import json
import os
import random
import shutil
import subprocess
import sys
import time

SEED = 20240601
BASE_TS = 1640995200  # 2022-01-01T00:00:00Z
OSS_COMMITS = 100_000
OSS_MINORS = 1_600       # X.Y.0 releases on main
OSS_PATCHES = 400        # X.Y.Z (Z > 0) releases on release branches
MAIN_RELEASE_EVERY = 60  # main commits between two minor releases
CHARTS_COMMITS = 5_000
OPENHANDS_TAGS = 1_500
RUNTIME_API_TAGS = 900
IMAGE_LOADER_TAGS = 600
DAY = 86400

OFFSETS = ["+0000", "+0200", "-0500", "+0530", "-0700", "+0100", "+0900", "-0300"]
AUTHORS = [
    ("Ada Lovelace", "ada@example.com"), ("Grace Hopper", "grace@example.com"),
    ("Alan Turing", "alan@example.com"), ("Edsger Dijkstra", "edsger@example.com"),
    ("Barbara Liskov", "barbara@example.com"), ("Donald Knuth", "don@example.com"),
    ("Frances Allen", "fran@example.com"), ("Ken Thompson", "ken@example.com"),
    ("Margaret Hamilton", "margaret@example.com"), ("Dennis Ritchie", "dmr@example.com"),
    ("Radia Perlman", "radia@example.com"), ("John Backus", "backus@example.com"),
    ("Sophie Wilson", "sophie@example.com"), ("Niklaus Wirth", "wirth@example.com"),
    ("Karen Sparck Jones", "ksj@example.com"), ("Leslie Lamport", "lamport@example.com"),
]
RELEASE_BOT = ("release-bot", "release-bot@example.com")


def log(msg):
    print(msg, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


# --------------------------------------------------------------------------
# fast-import stream


class FastImport:
    def __init__(self, repo):
        self.proc = subprocess.Popen(
            ["git", "-C", repo, "fast-import", "--quiet", "--done",
             "--export-marks=" + os.path.join(repo, "bench-marks")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1 << 20)
        self.out = self.proc.stdin
        self.mark = 0
        self.commits = 0

    def _data(self, payload):
        if isinstance(payload, str):
            payload = payload.encode()
        self.out.write(b"data %d\n" % len(payload))
        self.out.write(payload)
        self.out.write(b"\n")

    def commit(self, ref, ts, off, msg, who, parent=None, merges=(), files=(), deletes=()):
        self.mark += 1
        self.commits += 1
        name, email = who
        w = self.out.write
        w(b"commit %s\nmark :%d\n" % (ref.encode(), self.mark))
        ident = ("%s <%s> %d %s\n" % (name, email, ts, off)).encode()
        w(b"author " + ident)
        w(b"committer " + ident)
        self._data(msg)
        if parent is not None:
            w(b"from :%d\n" % parent)
        for m in merges:
            w(b"merge :%d\n" % m)
        for path in deletes:
            w(b"D %s\n" % path.encode())
        for path, content in files:
            w(b"M 100644 inline %s\n" % path.encode())
            self._data(content)
        w(b"\n")
        return self.mark

    def annotated_tag(self, name, target, ts, off, msg, who=RELEASE_BOT):
        w = self.out.write
        w(b"tag %s\nfrom :%d\n" % (name.encode(), target))
        w(("tagger %s <%s> %d %s\n" % (who[0], who[1], ts, off)).encode())
        self._data(msg)

    def lightweight_tag(self, name, target):
        self.out.write(b"reset refs/tags/%s\nfrom :%d\n\n" % (name.encode(), target))

    def sha_of(self, mark):
        self.out.write(b"get-mark :%d\n" % mark)
        self.out.flush()
        return self.proc.stdout.readline().decode().strip()

    def finish(self):
        self.out.write(b"done\n")
        self.out.close()
        self.proc.stdout.read()
        if self.proc.wait() != 0:
            raise SystemExit("git fast-import failed")


def read_marks(repo):
    marks = {}
    with open(os.path.join(repo, "bench-marks")) as f:
        for line in f:
            m, sha = line.split()
            marks[int(m[1:])] = sha
    os.remove(os.path.join(repo, "bench-marks"))
    return marks


def init_bare(path):
    run(["git", "init", "-q", "--bare", "-b", "main", path])
    # Keep the import from packing and gc-ing behind our back.
    run(["git", "-C", path, "config", "gc.auto", "0"])


# --------------------------------------------------------------------------
# OSS repository


def fmt_version(m, patch=0):
    return "%d.%d.%d" % (m // 250, m % 250, patch)


def gen_oss(path):
    rng = random.Random(SEED)
    init_bare(path)
    fi = FastImport(path)
    seq = [0]

    def stamp():
        seq[0] += 1
        s = seq[0]
        ts = BASE_TS + s * 900 + (s * 7919) % 600
        who = AUTHORS[(s * 31) % len(AUTHORS)]
        off = OFFSETS[(s * 31) % len(OFFSETS)]
        return ts, off, who

    tags = []          # (name, mark, annotated, tag_ts, tag_off, commit_ts)
    info = {"releases": {}, "pool": [], "backports": [], "branch_only": []}

    def add_tag(name, mark, commit_ts, annotated=None, kind="release"):
        if annotated is None:
            annotated = rng.random() < 0.5
        tag_ts = commit_ts
        off = OFFSETS[len(tags) % len(OFFSETS)]
        if annotated:
            tag_ts = commit_ts + rng.randint(600, 3 * DAY)
            fi.annotated_tag(name, mark, tag_ts, off, "%s %s\n" % (kind.capitalize(), name))
        else:
            fi.lightweight_tag(name, mark)
        tags.append((name, mark, annotated, tag_ts, off, commit_ts))
        return tag_ts

    # Release branches: every 4th minor; patch counts that sum to OSS_PATCHES.
    branch_minors = [m for m in range(1, OSS_MINORS + 1) if m % 4 == 0]
    counts = [rng.choice([0, 1, 1, 1, 2, 2, 3]) for _ in branch_minors]
    while sum(counts) != OSS_PATCHES:
        i = rng.randrange(len(counts))
        if sum(counts) > OSS_PATCHES and counts[i] > 0:
            counts[i] -= 1
        elif sum(counts) < OSS_PATCHES and counts[i] < 4:
            counts[i] += 1
    patch_count = dict(zip(branch_minors, counts))

    events = {}        # main step -> list of actions

    def schedule(step, action):
        events.setdefault(step, []).append(action)

    noise = {
        9000: ("ext-v0.0.99-test", True), 12000: ("v0.5.0", False), 15500: ("0.0.1-alpha", False),
        21000: ("nightly-2022-09-30", False), 25000: ("1.0.7-cli", True), 25100: ("1.0.8-cli", False),
        30000: ("cli-1.0.7", False), 33000: ("ext-v0.1.0", True), 40000: ("Replicated/Beta/1189", False),
        47000: ("2.0.0-beta.1", True), 52000: ("latest-cli", False), 60000: ("1.0.7-cli-hotfix", False),
        66000: ("cloud-1.37.2", False), 70000: ("ext-v0.0.99-test2", False), 80000: ("4.0.0-beta.2", True),
        90000: ("v5.0.0", False),
    }

    main_count = 0
    minor = 0
    recent = []
    main_ref = "refs/heads/main"
    last_main = None
    fix_budget = 25

    def backport_commits(branch, n, label):
        mark = None
        ts = None
        for j in range(n):
            ts, off, who = stamp()
            k = rng.randrange(240)
            path_ = "openhands/%s/mod%d.py" % (["core", "server", "runtime", "agent"][k % 4], k)
            mark = fi.commit(branch["ref"], ts, off, "[%s] Backport fix %d\n" % (label, j), who,
                             files=[(path_, "# %s\nREVISION = 'backport-%s-%d'\n" % (path_, label, j))])
            branch["tip"] = mark
            info["backports"].append(mark)
        return mark, ts

    while fi.commits < OSS_COMMITS:
        main_count += 1
        ts, off, who = stamp()
        k = main_count % 240
        path_ = "openhands/%s/mod%d.py" % (["core", "server", "runtime", "agent"][k % 4], k)
        last_main = fi.commit(main_ref, ts, off, "Update module %d (#%d)\n" % (k, main_count), who,
                              files=[(path_, "# %s\nREVISION = %d\nAUTHOR = %r\n" % (path_, main_count, who[0]))])
        recent.append(last_main)
        if len(recent) > 30:
            recent.pop(0)
        if main_count % 300 == 0:
            info["pool"].append(last_main)

        if main_count in noise:
            name, ann = noise[main_count]
            add_tag(name, last_main, ts, ann, "tag")

        # Release candidates shortly before some minors.
        if minor < OSS_MINORS and main_count % MAIN_RELEASE_EVERY == 50 and (minor + 1) % 20 == 0:
            add_tag(fmt_version(minor + 1) + "-rc1", last_main, ts, None, "prerelease")

        if minor < OSS_MINORS and main_count % MAIN_RELEASE_EVERY == 0:
            minor += 1
            v = fmt_version(minor)
            tag_ts = add_tag(v, last_main, ts)
            info["releases"][v] = (last_main, tag_ts)
            n = patch_count.get(minor)
            if n is not None:
                branch = {"ref": "refs/heads/release/%d.%d" % (minor // 250, minor % 250),
                          "tip": last_main, "fresh": True}
                step = main_count
                for p in range(1, n + 1):
                    step += rng.randint(30, 150)
                    schedule(step, ("patch", branch, minor, p))
                if n and rng.random() < 0.35:
                    schedule(step + 20, ("mergeback", branch, minor))

        for action in events.pop(main_count, []):
            if fi.commits + 6 > OSS_COMMITS:
                break
            if action[0] == "patch":
                _, branch, m, p = action
                label = fmt_version(m, p)
                if branch["fresh"]:
                    # first commit on a new branch: say where it starts
                    branch["fresh"] = False
                    ts2, off2, who2 = stamp()
                    k2 = rng.randrange(240)
                    p2 = "openhands/%s/mod%d.py" % (["core", "server", "runtime", "agent"][k2 % 4], k2)
                    mark = fi.commit(branch["ref"], ts2, off2, "[%s] Backport fix\n" % label, who2,
                                     parent=branch["tip"],
                                     files=[(p2, "# %s\nREVISION = 'backport-%s'\n" % (p2, label))])
                    branch["tip"] = mark
                    info["backports"].append(mark)
                    info["branch_only"].append(mark)
                mark, bts = backport_commits(branch, rng.randint(0, 2), label)
                if mark is None:
                    mark, bts = branch["tip"], ts
                tag_ts = add_tag(label, branch["tip"], bts)
                info["releases"][label] = (branch["tip"], tag_ts)
                if fix_budget > 0 and rng.random() < 0.08:
                    fix_budget -= 1
                    mark, bts = backport_commits(branch, 1, label + "-fix1")
                    fixname = label + "-fix1"
                    tag_ts = add_tag(fixname, mark, bts, None, "fix")
                    info["releases"][fixname] = (mark, tag_ts)
            elif action[0] == "mergeback":
                _, branch, m = action
                ts2, off2, who2 = stamp()
                last_main = fi.commit(main_ref, ts2, off2,
                                      "Merge branch '%s'\n" % branch["ref"][11:], who2,
                                      merges=[branch["tip"]])

        # A feature branch merged back every 450 main commits.
        if main_count % 450 == 225 and fi.commits + 8 < OSS_COMMITS:
            fork = recent[-15]
            feat = "features/feature_%d.py" % main_count
            tip = None
            for j in range(4):
                ts2, off2, who2 = stamp()
                tip = fi.commit("refs/heads/feature", ts2, off2, "Feature %d, part %d\n" % (main_count, j),
                                who2, parent=fork if j == 0 else None,
                                files=[(feat, "# feature %d\nPART = %d\n" % (main_count, j))])
            ts2, off2, who2 = stamp()
            last_main = fi.commit(main_ref, ts2, off2, "Merge pull request #%d from feature\n" % main_count,
                                  who2, merges=[tip],
                                  files=[(feat, "# feature %d\nPART = %d\n" % (main_count, 3))])
            recent.append(last_main)

    fi.finish()
    run(["git", "-C", path, "update-ref", "-d", "refs/heads/feature"])
    marks = read_marks(path)
    n_release = sum(1 for t in tags if t[0].count(".") == 2 and t[0].replace(".", "").isdigit())
    return {"fi_commits": fi.commits, "tags": tags, "marks": marks, "info": info,
            "n_release_tags": n_release, "n_minors": minor}


# --------------------------------------------------------------------------
# values.yaml text


def hex_of(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


THIRD_PARTY = [
    ("docker.io/library/nginx", "1.25.3"), ("docker.io/library/redis", "7.2.4-alpine"),
    ("quay.io/prometheus/node-exporter", "v1.7.0"), ("docker.io/bitnami/kubectl", "1.29.1"),
    ("ghcr.io/example/docs-proxy", "sha-5e6f7a8b9c"), ("docker.io/library/busybox", "1.36"),
    ("registry.k8s.io/ingress-nginx/controller", "v1.9.5"), ("docker.io/grafana/loki", "2.9.4"),
    ("ghcr.io/other-org/agent-sidecar", "2cc50b0"), ("docker.io/library/postgres", "16.1"),
]

CONFIG_KEYS = ["logLevel", "timeoutSeconds", "maxConnections", "featureFlags", "retention", "cacheSize",
               "batchSize", "workerCount", "queueName", "region"]


def filler_section(lines, idx, rev, tag_for, with_image, flavour):
    """One ~36-line service or configuration block."""
    name = "svc%02d" % idx
    a = lines.append
    a("")
    a("# ---------------------------------------------------------------------------")
    a("# %s: %s" % (name, ["ingestion worker", "conversation store", "billing sync", "audit trail",
                           "webhook relay", "search indexer"][idx % 6]))
    a("# ---------------------------------------------------------------------------")
    a("%s:" % name)
    a("  enabled: %s" % ("true" if (idx + rev) % 7 else "false"))
    a("  replicaCount: %d" % (1 + (idx * 3 + rev) % 4))
    if with_image:
        repo, tag = tag_for(idx)
        a("  image:")
        a("    repository: %s" % repo)
        if tag is None:
            a("    tag:")
        elif tag == "":
            a("    tag: \"\"")
        else:
            a("    tag: \"%s\"" % tag if (idx % 2) else "    tag: %s" % tag)
        a("    pullPolicy: IfNotPresent")
    else:
        a("  settings:")
        for j in range(3):
            a("    %s: %s" % (CONFIG_KEYS[(idx + j) % len(CONFIG_KEYS)], ["info", 30, 512, "'on'", "7d"][(idx + j) % 5]))
    a("  resources:")
    a("    limits: {cpu: \"%d\", memory: %dGi}" % (1 + idx % 3, 1 + idx % 4))
    a("    requests:")
    a("      cpu: %dm" % (100 + 50 * (idx % 5)))
    a("      memory: %dMi" % (256 * (1 + idx % 3)))
    a("  env:")
    a("    - name: LOG_LEVEL")
    a("      value: \"%s\"" % ["info", "debug", "warn"][idx % 3])
    a("    - name: SERVICE_URL")
    a("      value: \"http://{{ .Release.Name }}-%s:8080\"" % name)
    a("    - name: CONFIG_REVISION")
    a("      value: \"%d\"" % (rev * 100 + idx))
    a("  podAnnotations:")
    a("    checksum/config: '{{ include (print $.Template.BasePath \"/%s-configmap.yaml\") . | sha256sum }}'" % name)
    a("  service:")
    a("    type: ClusterIP")
    a("    port: %d" % (8000 + idx))
    a("  livenessProbe:")
    a("    httpGet:")
    a("      path: /health")
    a("      port: http")
    a("    initialDelaySeconds: %d" % (5 + idx % 10))
    a("  nodeSelector: {}")
    a("  tolerations: []")
    if flavour % 3 == 0:
        a("  affinity:")
        a("    podAntiAffinity:")
        a("      preferredDuringSchedulingIgnoredDuringExecution:")
        a("        - weight: 100")
        a("          podAffinityTerm:")
        a("            topologyKey: kubernetes.io/hostname")
    else:
        a("  affinity: {}")


def render_openhands_values(st):
    L = []
    a = L.append
    V = st["V"]
    a("# Default values for the OpenHands Enterprise chart.")
    a("# This is a YAML-formatted file; declare variables to be passed into your templates.")
    a("# Release workflow revision: %d" % st["rev"])
    a("")
    a("global:")
    a("  # The release tag every OpenHands image shares.")
    a("  releaseTag: &releaseTag %s" % V)
    a("  imageRegistry: ghcr.io")
    a("  imagePullSecrets: []")
    a("  storageClass: \"\"")
    a("  domain: \"{{ .Release.Name }}.example.com\"")
    a("")
    a("_imageDefaults: &imageDefaults")
    a("  registry: ghcr.io")
    a("  pullPolicy: IfNotPresent")
    a("")
    a("replicaCount: %d" % (2 + st["rev"] % 3))
    a("")
    a("image:")
    a("  repository: ghcr.io/openhands/enterprise-server")
    a("  tag: %s  # set by the release workflow" % st["es_tag"])
    a("  pullPolicy: IfNotPresent")
    a("")
    a("imagePullSecrets:")
    a("  - name: ghcr-pull")
    a("nameOverride: \"\"")
    a("fullnameOverride: \"\"")
    a("")
    a("runtime:")
    a("  image: &runtimeImage")
    a("    repository: %s" % st["runtime_repo"])
    a("    tag: \"%s\"" % st["runtime_tag"])
    a("  warmImage: *runtimeImage")
    a("  # Rendered by the template: not an image reference of its own.")
    a("  legacyImage: \"{{ .Values.global.imageRegistry }}/all-hands-ai/runtime:{{ .Chart.AppVersion }}\"")
    a("  warmPool:")
    a("    size: %d" % (2 + st["rev"] % 5))
    a("    ttl: 30m")
    a("")
    a("sandbox:")
    a("  defaultImage: \"docker.io/library/python:3.12-slim\"")
    a("  runtimeImage: \"%s:%s\"" % (st["runtime_repo"], st["sandbox_tag"]))
    a("  volumes:")
    a("    - name: workspace")
    a("      emptyDir: {}")
    a("")
    a("worker:")
    a("  image:")
    a("    <<: *imageDefaults")
    a("    repository: openhands/enterprise-server")
    a("    tag: %s" % st["worker_tag"])
    a("  concurrency: %d" % (4 + st["rev"] % 4))
    a("")
    a("integrations:")
    a("  enabled: true")
    a("  image: {repository: ghcr.io/openhands/enterprise-server, tag: \"%s\"}" % st["integ_tag"])
    a("")
    a("keycloak:")
    a("  image: {repository: quay.io/keycloak/keycloak, tag: \"24.0.%d\"}" % (st["rev"] % 5))
    a("")
    a("docsProxy:")
    a("  image: ghcr.io/example/docs-proxy:sha-5e6f7a8b9c")
    a("")
    a("migrations:")
    a("  image: \"ghcr.io/openhands/enterprise-server@sha256:%s\"" % st["digest"])
    a("  initImage: busybox:1.36")
    a("")
    a("jobs:")
    a("  cleanup:")
    a("    schedule: \"0 3 * * *\"")
    a("    image:")
    a("      repository: ghcr.io/openhands/enterprise-server")
    a("      tag: *releaseTag")
    a("")
    a("imageLoader:")
    a("  source:")
    a("    repository: ghcr.io/openhands/runtime")
    a("  image:")
    a("    repository: ghcr.io/openhands/image-loader")
    a("    tag: \"%s\"" % st["il_tag"])
    a("")
    a("runtime-api:")
    a("  enabled: true")
    a("  image:")
    a("    tag: %s" % st["rapi_tag"])
    a("")
    a("postgresql:")
    a("  enabled: true")
    a("  image:")
    a("    registry: docker.io")
    a("    repository: bitnami/postgresql")
    a("    tag: 15.4.0-debian-11-r%d" % (10 + st["rev"] % 40))
    a("  auth:")
    a("    database: openhands")
    a("    username: openhands")
    a("    existingSecret: openhands-postgresql")
    a("")
    a("redis:")
    a("  enabled: true")
    a("  architecture: standalone")
    a("")
    a("extraContainers:")
    a("  - name: log-shipper")
    a("    image: \"fluent/fluent-bit:2.2.%d\"" % (st["rev"] % 3))
    a("  - name: cache-warmer")
    a("    image: ghcr.io/openhands/runtime:%s" % st["warmer_tag"])
    a("")
    a("extraConfig: |")
    a("  # Copied verbatim into a ConfigMap: the lines below are text, not values.")
    a("  image: ghcr.io/openhands/runtime:deadbeefcafe")
    a("  tag: sha-0000000")
    a("  release: %s" % V)
    a("")
    a("telemetry:")
    a("  image:")
    a("    repository: ghcr.io/openhands/openhands")
    a("    tag: \"{{ .Chart.AppVersion }}\"")
    a("")
    a("scheduler:")
    a("  image:")
    a("    repository: ghcr.io/openhands/enterprise-server")
    a("    tag: \"%s\"" % st["extra_tag"])
    a("  buildNumber:")
    a("    image:")
    a("      repository: ghcr.io/openhands/enterprise-server")
    a("      tag: \"%s\"" % st["digits_tag"])
    a("")
    a("ingress:")
    a("  enabled: true")
    a("  className: nginx")
    a("  annotations:")
    a("    cert-manager.io/cluster-issuer: letsencrypt")
    a("  hosts:")
    a("    - host: \"{{ .Values.global.domain }}\"")
    a("      paths:")
    a("        - path: /")
    a("          pathType: Prefix")
    a("  tls: []")
    for idx in range(st["sections"]):
        filler_section(L, idx, st["rev"], st["svc_tag"], idx % 3 == 1, idx)
    a("")
    return "\n".join(L)


def render_runtime_api_values(st):
    L = []
    a = L.append
    a("# Default values for runtime-api.")
    a("# Release workflow revision: %d" % st["rev"])
    a("replicaCount: %d" % (1 + st["rev"] % 3))
    a("")
    a("image:")
    a("  repository: ghcr.io/openhands/runtime-api")
    a("  tag: %s" % st["tag"])
    a("  pullPolicy: IfNotPresent")
    a("")
    a("warmRuntimes:")
    a("  enabled: true")
    a("  image:")
    a("    repository: %s" % st["runtime_repo"])
    a("    tag: \"%s\"" % st["runtime_tag"])
    a("  count: %d" % (1 + st["rev"] % 6))
    a("")
    a("legacy:")
    a("  image: ghcr.io/all-hands-ai/runtime-api:%s" % st["legacy_tag"])
    a("")
    a("database:")
    a("  image:")
    a("    registry: docker.io")
    a("    repository: bitnami/postgresql")
    a("    tag: 16.1.0")
    a("  host: \"{{ .Release.Name }}-postgresql\"")
    a("")
    a("cleanupImage: docker.io/bitnami/kubectl:1.29.%d" % (st["rev"] % 4))
    for idx in range(st["sections"]):
        filler_section(L, idx, st["rev"], st["svc_tag"], idx % 4 == 2, idx)
    a("")
    return "\n".join(L)


def render_image_loader_values(st):
    L = []
    a = L.append
    a("# Default values for image-loader.")
    a("# Release workflow revision: %d" % st["rev"])
    a("image:")
    a("  repository: ghcr.io/openhands/image-loader")
    a("  tag: \"%s\"" % st["tag"])
    a("")
    a("preload:")
    a("  schedule: \"*/30 * * * *\"")
    a("  images:")
    a("    - name: runtime")
    a("      image: ghcr.io/openhands/runtime:%s" % st["runtime_tag"])
    a("    - name: python")
    a("      image: docker.io/library/python:3.12-slim")
    a("    - name: enterprise")
    a("      image: \"ghcr.io/openhands/enterprise-server:%s\"" % st["es_tag"])
    a("")
    a("loaderImage: ghcr.io/openhands/image-loader:%s" % st["self_tag"])
    for idx in range(st["sections"]):
        filler_section(L, idx, st["rev"], st["svc_tag"], idx % 5 == 3, idx)
    a("")
    return "\n".join(L)


REDIS_VALUES = """# Bundled redis subchart (inert unless redis.enabled).
image:
  registry: docker.io
  repository: bitnami/redis
  tag: 7.2.4-debian-12-r%d
sentinel:
  enabled: false
  image:
    registry: docker.io
    repository: bitnami/redis-sentinel
    tag: 7.2.4-debian-12-r%d
metrics:
  enabled: false
  image:
    registry: docker.io
    repository: bitnami/redis-exporter
    tag: 1.55.0
master:
  persistence:
    enabled: true
    size: 8Gi
"""


def render_saas_values(st):
    return """# Overrides for the SaaS deployment.
image:
  tag: %s
runtime:
  image:
    repository: ghcr.io/openhands/runtime
    tag: "%s"
ingress:
  hosts:
    - host: app.all-hands.dev
      paths:
        - path: /
          pathType: Prefix
resources:
  limits: {cpu: "4", memory: 8Gi}
""" % (st["es_tag"], st["runtime_tag"])


CI_VALUES = """# Values used by chart-testing in CI.
image:
  repository: ghcr.io/openhands/enterprise-server
  tag: %s
postgresql:
  enabled: false
"""


def chart_yaml(name, version, app_version, description, deps=()):
    out = ["apiVersion: v2", "name: %s" % name,
           "description: %s  # shown by helm search" % description,
           "type: application",
           "# Bumped by the release workflow.",
           version, app_version]
    if deps:
        out.append("dependencies:")
        for d in deps:
            out.extend(d)
    out.append("maintainers:")
    out.append("  - name: release-team")
    out.append("    email: release@example.com")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# charts repository


def gen_charts(path, oss, oss_path):
    rng = random.Random(SEED + 1)
    init_bare(path)
    marks = oss["marks"]
    info = oss["info"]
    # OSS releases in date order (tag date), with their commit ids.
    rel = sorted(info["releases"].items(), key=lambda kv: (kv[1][1], kv[0]))
    rel_sha = {v: marks[m] for v, (m, _) in rel}
    pool = [marks[m] for m in info["pool"]]
    backports = [marks[m] for m in info["backports"]]
    branch_only = [marks[m] for m in info["branch_only"]]

    # All OSS object ids: for non-existent ids, ambiguous prefixes and a tree id.
    objs = subprocess.run(["git", "-C", oss_path, "cat-file", "--batch-all-objects",
                           "--batch-check=%(objectname) %(objecttype)"],
                          check=True, capture_output=True, text=True).stdout.split("\n")
    objs = sorted(tuple(l.split()) for l in objs if l)
    ids = [o[0] for o in objs]
    ambiguous = []
    for i in range(1, len(objs)):
        if objs[i][0][:7] == objs[i - 1][0][:7] and "commit" in (objs[i][1], objs[i - 1][1]):
            ambiguous.append(objs[i][0][:7])
    tree_ids = [o[0] for o in objs if o[1] == "tree"]
    tree_prefix = None
    for t in tree_ids[1000:]:
        j = bisect.bisect_left(ids, t[:7])
        if j + 1 < len(ids) and ids[j + 1].startswith(t[:7]):
            continue
        tree_prefix = t[:7]
        break

    def missing_hex(n):
        while True:
            h = hex_of(rng, n)
            j = bisect.bisect_left(ids, h)
            if j < len(ids) and ids[j].startswith(h):
                continue
            if any(c in "abcdef" for c in h):
                return h

    # ---- the release plan: events at timestamps
    t_end = BASE_TS + 100_000 * 900 + 30 * DAY
    span = t_end - BASE_TS
    oh_idx = sorted(rng.sample(range(len(rel)), OPENHANDS_TAGS - 100))
    oh_set = set(oh_idx)
    events = []   # (ts, order, chart, version, oss_version)
    for i in oh_idx:
        v, (m, tag_ts) = rel[i]
        events.append((tag_ts + 7 * DAY, 0, "openhands", v, v))
    fixed = rng.sample(oh_idx, 100)
    fix2 = set(rng.sample(fixed, 20))
    extra = 0
    for i in fixed:
        v, (m, tag_ts) = rel[i]
        if "-fix" in v or v + "-fix1" in rel_sha:
            continue
        events.append((tag_ts + 9 * DAY, 0, "openhands", v + "-fix1", v))
        extra += 1
        if i in fix2 and extra < 100:
            events.append((tag_ts + 11 * DAY, 0, "openhands", v + "-fix2", v))
            extra += 1
        if extra >= 100:
            break
    # make up the count with more fix1 releases of versions without a fix
    cand = [i for i in oh_idx if i not in set(fixed) and "-fix" not in rel[i][0]
            and rel[i][0] + "-fix1" not in rel_sha]
    while extra < 100:
        i = cand.pop(rng.randrange(len(cand)))
        v, (m, tag_ts) = rel[i]
        events.append((tag_ts + 8 * DAY, 0, "openhands", v + "-fix1", v))
        extra += 1
    # runtime-api: some on the same commits as an openhands release
    oh_events = [e for e in events if "-fix" not in e[3]]
    shared = 150
    ra = sorted(rng.sample(range(len(oh_events)), shared), key=lambda i: oh_events[i][0])
    for i in ra:
        e = oh_events[i]
        events.append((e[0], 1, "runtime-api", e[4], e[4]))
    ra_versions = {oh_events[i][4] for i in ra}
    others = [i for i in range(len(rel)) if rel[i][0] not in ra_versions]
    for i in sorted(rng.sample(others, RUNTIME_API_TAGS - shared)):
        v, (m, tag_ts) = rel[i]
        events.append((tag_ts + 7 * DAY + 3600, 1, "runtime-api", v, v))
    # image-loader: its own versions, a tenth on openhands release commits
    il_times = []
    for k in range(IMAGE_LOADER_TAGS):
        if k % 10 == 0:
            e = oh_events[rng.randrange(len(oh_events))]
            il_times.append(e[0])
        else:
            il_times.append(BASE_TS + 20 * DAY + rng.randrange(span - 30 * DAY))
    il_times.sort()
    for k, t in enumerate(il_times):
        events.append((t, 2, "image-loader", "0.%d.%d" % (1 + k // 80, k % 80), None))
    # Re-staging: a few openhands tags land on the commit of the previous one.
    events.sort()
    oh_pos = [i for i, e in enumerate(events) if e[2] == "openhands"]
    for j in rng.sample(range(1, len(oh_pos)), 12):
        a_, b_ = events[oh_pos[j - 1]], events[oh_pos[j]]
        events[oh_pos[j]] = (a_[0], 0.5) + b_[2:]
    events.sort()

    # Group events by timestamp: one release commit per timestamp.
    release_commits = []
    for e in events:
        if release_commits and release_commits[-1][0] == e[0]:
            release_commits[-1][1].append(e)
        else:
            release_commits.append((e[0], [e]))
    n_regular = CHARTS_COMMITS - len(release_commits)
    assert n_regular > 0
    regular_times = [BASE_TS + DAY + (span - DAY) * i // n_regular + 1 for i in range(n_regular)]
    timeline = [(t, None) for t in regular_times] + release_commits
    timeline.sort(key=lambda x: (x[0], x[1] is not None))

    # ---- chart state
    def svc_tagger(st_rng_seed, V, sha, kind):
        r = random.Random(st_rng_seed)
        def tag_for(idx):
            c = r.random()
            if idx % 5 == 4:
                repo, tag = THIRD_PARTY[(idx + st_rng_seed) % len(THIRD_PARTY)]
                return repo, tag
            repo = ["ghcr.io/openhands/enterprise-server", "ghcr.io/openhands/openhands",
                    "ghcr.io/openhands/runtime-api"][idx % 3]
            if idx % 17 == 6:
                return repo, None if idx % 2 else ""
            if c < 0.45:
                return repo, V
            if c < 0.7:
                return repo, "sha-" + sha[:7]
            if c < 0.8:
                return repo, sha[:10]
            if c < 0.9:
                return repo, "sha-" + pool[r.randrange(len(pool))][:7]
            return repo, "sha-" + missing_hex(7)
        return tag_for

    st_oh = {"rev": 0}
    st_ra = {"rev": 0}
    st_il = {"rev": 0}
    cur = {"oh_version": "0.0.0", "oh_app": 'appVersion: "0.0.0"', "ra_version": "0.0.0",
           "ra_app": "appVersion: 0.0.0", "il_version": "0.1.0", "il_app": "appVersion: 1.0",
           "oss_v": rel[0][0], "il_tag": "0.1.0", "ra_tag": rel[0][0]}
    fi = FastImport(path)
    seq = [0]
    history_charts_ids = []   # charts commit marks in order, for sha- tags of image-loader

    def oss_form(r, V, sha):
        c = r.random()
        if c < 0.35:
            return V
        if c < 0.55:
            return "sha-" + sha[:7]
        if c < 0.65:
            return sha[:10]
        if c < 0.72:
            return "sha-" + pool[r.randrange(len(pool))][:7]
        if c < 0.77:
            return "sha-" + backports[r.randrange(len(backports))][:7]
        if c < 0.80:
            return "sha-" + branch_only[r.randrange(len(branch_only))][:7]
        if c < 0.86:
            return "sha-" + missing_hex(7)
        if c < 0.89:
            return missing_hex(10)
        if c < 0.92 and ambiguous:
            return "sha-" + ambiguous[r.randrange(len(ambiguous))]
        if c < 0.93 and tree_prefix:
            return "sha-" + tree_prefix
        if c < 0.96:
            return sha[:7] if any(ch in "abcdef" for ch in sha[:7]) else "sha-" + sha[:7]
        return sha[:12]

    def refresh_oh(V, r, oss_v):
        sha = rel_sha[oss_v]
        st_oh.update({
            "V": V, "es_tag": oss_form(r, oss_v, sha),
            "runtime_repo": "ghcr.io/all-hands-ai/runtime" if seq[0] < 1800 else "ghcr.io/openhands/runtime",
            "runtime_tag": (sha + "-nikolaik") if r.random() < 0.8 else (oss_v + "-nikolaik"),
            "sandbox_tag": (sha + "-nikolaik") if r.random() < 0.7 else missing_hex(40) + "-nikolaik",
            "worker_tag": oss_form(r, oss_v, sha), "integ_tag": oss_form(r, oss_v, sha),
            "warmer_tag": oss_form(r, oss_v, sha), "extra_tag": oss_form(r, oss_v, sha),
            "digits_tag": "2024%04d" % (seq[0] % 10000),
            "digest": hex_of(r, 64), "il_tag": cur["il_tag"], "rapi_tag": cur["ra_tag"],
            "sections": 38 + (seq[0] // 400) % 7,
            "svc_tag": svc_tagger(seq[0], oss_v, sha, "oh"),
        })

    def refresh_ra(r, oss_v):
        sha = rel_sha[oss_v]
        st_ra.update({
            "tag": oss_form(r, oss_v, sha),
            "runtime_repo": "ghcr.io/openhands/runtime",
            "runtime_tag": sha + "-nikolaik",
            "legacy_tag": "sha-" + sha[:7],
            "sections": 40 + (seq[0] // 500) % 5,
            "svc_tag": svc_tagger(seq[0] + 7, oss_v, sha, "ra"),
        })
        cur["ra_tag"] = st_ra["tag"] if r.random() < 0.5 else oss_v

    def refresh_il(r, version):
        oss_v = cur["oss_v"]
        sha = rel_sha[oss_v]
        own = None
        if len(history_charts_ids) > 40 and r.random() < 0.4:
            own = fi.sha_of(history_charts_ids[-r.randint(5, 40)])
        c = r.random()
        if own and c < 0.6:
            tag = "sha-" + own[:7]
        elif own:
            tag = own[:10]
        elif c < 0.1:
            tag = "sha-" + sha[:7]   # an OSS commit: not in the charts repository
        else:
            tag = version
        cur["il_tag"] = tag
        st_il.update({
            "tag": tag, "runtime_tag": "sha-" + sha[:7], "es_tag": oss_v,
            "self_tag": tag if r.random() < 0.5 else version,
            "sections": 40 + (seq[0] // 700) % 4,
            "svc_tag": svc_tagger(seq[0] + 13, oss_v, sha, "il"),
        })

    r0 = random.Random(SEED + 2)
    refresh_oh("0.0.0", r0, rel[0][0])
    refresh_ra(r0, rel[0][0])
    refresh_il(r0, "0.1.0")
    il_moved_at = CHARTS_COMMITS // 2
    ra_renamed_at = CHARTS_COMMITS * 15 // 100

    def il_dir():
        return "charts/image-loader" if seq[0] >= il_moved_at else "charts/image-loader/chart"

    def oh_chart():
        return chart_yaml("openhands", "version: %s # the chart release" % cur["oh_version"], cur["oh_app"],
                          "OpenHands Enterprise",
                          deps=[["  - name: redis", "    version: 0.0.0", "    condition: redis.enabled"],
                                ["  - name: postgresql", "    version: 15.x.x",
                                 "    repository: oci://registry-1.docker.io/bitnamicharts"],
                                ["  - name: runtime-api", "    version: '*'",
                                 "    repository: file://../runtime-api"]])

    def ra_chart():
        name = "runtime-api-helm" if seq[0] < ra_renamed_at else "runtime-api"
        return chart_yaml(name, "version: \"%s\"" % cur["ra_version"], cur["ra_app"], "Runtime API")

    def il_chart():
        return chart_yaml("image-loader", "version: %s" % cur["il_version"], cur["il_app"],
                          "Pre-pulls runtime images on every node")

    def template(chart, rev):
        return ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-%s\n"
                "  labels:\n    revision: \"%d\"\nspec:\n  template:\n    spec:\n      containers:\n"
                "        - name: %s\n          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n"
                % (chart, rev, chart))

    def all_files():
        d = il_dir()
        return [
            ("README.md", "# OpenHands Cloud charts\n"),
            (".github/workflows/release.yaml", "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
                                                "    container:\n      image: ghcr.io/openhands/ci:%d\n" % seq[0]),
            ("charts/openhands/Chart.yaml", oh_chart()),
            ("charts/openhands/values.yaml", render_openhands_values(st_oh)),
            ("charts/openhands/values-saas.yaml", render_saas_values(st_oh)),
            ("charts/openhands/ci/values-kind.yaml", CI_VALUES % st_oh["es_tag"]),
            ("charts/openhands/templates/deployment.yaml", template("openhands", 0)),
            ("charts/openhands/charts/redis/Chart.yaml",
             chart_yaml("redis", "version: 0.0.0", "appVersion: \"7.2.4\"", "Inert bundled redis")),
            ("charts/openhands/charts/redis/values.yaml", REDIS_VALUES % (1, 1)),
            ("charts/runtime-api/Chart.yaml", ra_chart()),
            ("charts/runtime-api/values.yaml", render_runtime_api_values(st_ra)),
            ("charts/runtime-api/templates/deployment.yaml", template("runtime-api", 0)),
            (d + "/Chart.yaml", il_chart()),
            (d + "/values.yaml", render_image_loader_values(st_il)),
            (d + "/templates/daemonset.yaml", template("image-loader", 0)),
        ]

    tags = []
    tag_rng = random.Random(SEED + 3)
    first = True
    n_regular_done = 0
    for t, evs in timeline:
        seq[0] += 1
        who = AUTHORS[(seq[0] * 7) % len(AUTHORS)]
        off = OFFSETS[(seq[0] * 3) % len(OFFSETS)]
        files = []
        deletes = []
        if first:
            files = all_files()
            msg = "Initial charts\n"
            first = False
        elif seq[0] == il_moved_at:
            deletes = ["charts/image-loader/chart"]
            files = [(p, c) for p, c in all_files() if p.startswith("charts/image-loader/")]
            msg = "Move the image-loader chart to charts/image-loader\n"
        elif seq[0] == ra_renamed_at:
            files = [("charts/runtime-api/Chart.yaml", ra_chart())]
            msg = "Rename runtime-api-helm to runtime-api\n"
        elif evs is None:
            n_regular_done += 1
            kind = n_regular_done % 20
            r = random.Random(seq[0])
            if kind < 7:
                c = ["openhands", "runtime-api"][kind % 2]
                files = [("charts/%s/templates/deployment.yaml" % c, template(c, seq[0]))]
                msg = "%s: template tweak\n" % c
            elif kind < 10:
                files = [("README.md", "# OpenHands Cloud charts\n\nRevision %d.\n" % seq[0])]
                msg = "docs\n"
            elif kind < 13:
                st_oh["rev"] += 1
                files = [("charts/openhands/values.yaml", render_openhands_values(st_oh))]
                msg = "openhands: tune defaults\n"
            elif kind < 15:
                st_ra["rev"] += 1
                files = [("charts/runtime-api/values.yaml", render_runtime_api_values(st_ra))]
                msg = "runtime-api: tune defaults\n"
            elif kind < 16:
                st_il["rev"] += 1
                files = [(il_dir() + "/values.yaml", render_image_loader_values(st_il))]
                msg = "image-loader: tune defaults\n"
            elif kind < 17:
                files = [("charts/openhands/charts/redis/values.yaml", REDIS_VALUES % (seq[0] % 50, seq[0] % 7))]
                msg = "redis: bump patch\n"
            else:
                files = [(".github/workflows/release.yaml",
                          "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
                          "    container:\n      image: ghcr.io/openhands/ci:%d\n" % seq[0])]
                msg = "ci\n"
        else:
            r = random.Random(seq[0] * 13 + 1)
            changed = set()
            names = []
            for (_, order, chart, version, oss_v) in evs:
                names.append("%s/%s" % (chart, version))
                if chart == "openhands":
                    cur["oss_v"] = oss_v
                    cur["oh_version"] = version
                    era = seq[0] * 4 // CHARTS_COMMITS
                    if era == 0:
                        cur["oh_app"] = "appVersion: sha-%s" % rel_sha[oss_v][:7]
                    elif era == 1:
                        cur["oh_app"] = "appVersion: %s" % oss_v
                    elif era == 2:
                        cur["oh_app"] = "appVersion: \"%s\"  # image tag" % oss_v
                    else:
                        cur["oh_app"] = "appVersion: '%s'" % oss_v
                    changed.add("oh")
                elif chart == "runtime-api":
                    cur["ra_version"] = version
                    cur["ra_app"] = "appVersion: %s" % version if r.random() < 0.7 else \
                        "appVersion: sha-%s" % rel_sha[oss_v][:7]
                    refresh_ra(r, oss_v)
                    changed.add("ra")
                    changed.add("oh")
                else:
                    if r.random() < 0.98:
                        cur["il_version"] = version   # 2%: the tag is cut but Chart.yaml is not bumped
                    cur["il_app"] = ["appVersion: 1.0", "appVersion: \"1.0.0\"", "appVersion: cloud-1.37.2",
                                     "appVersion: '1.0'"][seq[0] % 4]
                    refresh_il(r, version)
                    changed.add("il")
                    changed.add("oh")
            st_oh["rev"] += 1
            refresh_oh(cur["oh_version"], r, cur["oss_v"])
            files.append(("charts/openhands/Chart.yaml", oh_chart()))
            files.append(("charts/openhands/values.yaml", render_openhands_values(st_oh)))
            if r.random() < 0.3:
                files.append(("charts/openhands/values-saas.yaml", render_saas_values(st_oh)))
            if r.random() < 0.1:
                files.append(("charts/openhands/ci/values-kind.yaml", CI_VALUES % st_oh["es_tag"]))
            if "ra" in changed:
                st_ra["rev"] += 1
                files.append(("charts/runtime-api/Chart.yaml", ra_chart()))
                files.append(("charts/runtime-api/values.yaml", render_runtime_api_values(st_ra)))
            if "il" in changed:
                st_il["rev"] += 1
                files.append((il_dir() + "/Chart.yaml", il_chart()))
                files.append((il_dir() + "/values.yaml", render_image_loader_values(st_il)))
            msg = "Release %s\n" % ", ".join(names)
        mark = fi.commit("refs/heads/main", t, off, msg, who, files=files, deletes=deletes)
        history_charts_ids.append(mark)
        for (_, order, chart, version, oss_v) in (evs or []):
            name = "%s/%s" % (chart, version)
            if tag_rng.random() < 0.4:
                tts = t + tag_rng.randint(60, 2 * DAY)
                fi.annotated_tag(name, mark, tts, OFFSETS[len(tags) % len(OFFSETS)], "Chart release %s\n" % name)
                tags.append((name, True))
            else:
                fi.lightweight_tag(name, mark)
                tags.append((name, False))
    fi.finish()
    read_marks(path)
    return {"commits": fi.commits, "tags": tags, "release_commits": len(release_commits),
            "ambiguous_prefixes": len(ambiguous), "tree_prefix": tree_prefix}


WORKSPACE = """# Benchmark workspace written by tests/bench/generate_workspace.py.
name: ReleaseDeck benchmark (large)
repos:
  - id: oss
    path: repos/oss.git
    releaseTags: "{version}"
  - id: charts
    path: repos/charts.git
    releaseTags: []
components:
  - id: enterprise-server
    kind: image
    image: ghcr.io/openhands/enterprise-server
    repo: oss
  - id: runtime
    kind: image
    image: ghcr.io/openhands/runtime
    aliases: [ghcr.io/all-hands-ai/runtime]
    repo: oss
  - id: openhands
    kind: image
    image: ghcr.io/openhands/openhands
    repo: oss
  - id: runtime-api
    kind: image
    image: ghcr.io/openhands/runtime-api
    aliases: [ghcr.io/all-hands-ai/runtime-api]
    repo: oss
  - id: image-loader
    kind: image
    image: ghcr.io/openhands/image-loader
    repo: charts
  - id: openhands-chart
    kind: chart
    repo: charts
    chart: openhands
    tags: "openhands/{version}"
    image: enterprise-server
  - id: runtime-api-chart
    kind: chart
    repo: charts
    chart: runtime-api
    aliases: [runtime-api-helm]
    tags: "runtime-api/{version}"
    image: runtime-api
  - id: image-loader-chart
    kind: chart
    repo: charts
    chart: image-loader
    tags: "image-loader/{version}"
    image: image-loader
"""


def odd_tags(path, specs):
    """Tags real repositories sometimes carry: on a blob, on a tree, with no version."""
    for name, rev in specs:
        oid = subprocess.run(["git", "-C", path, "rev-parse", rev], check=True, capture_output=True,
                             text=True).stdout.strip()
        run(["git", "-C", path, "update-ref", "refs/tags/" + name, oid])


def finish_repo(path, commit_graph, repack):
    done = []
    if repack:
        t = time.monotonic()
        run(["git", "-C", path, "repack", "-adfq"])
        done.append("git repack -adf (%.1fs)" % (time.monotonic() - t))
    run(["git", "-C", path, "pack-refs", "--all"])
    done.append("git pack-refs --all")
    if commit_graph:
        t = time.monotonic()
        run(["git", "-C", path, "commit-graph", "write", "--reachable"])
        done.append("git commit-graph write --reachable (%.1fs)" % (time.monotonic() - t))
    else:
        done.append("no commit-graph")
    return done


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--commit-graph", action="store_true",
                    help="also write a commit-graph file (a fresh clone has none)")
    ap.add_argument("--no-repack", action="store_true", help="keep fast-import's packs as they are")
    args = ap.parse_args()
    out = os.path.abspath(args.dir)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "repos"))
    env_git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
    t0 = time.monotonic()
    oss_path = os.path.join(out, "repos", "oss.git")
    charts_path = os.path.join(out, "repos", "charts.git")

    t = time.monotonic()
    oss = gen_oss(oss_path)
    t_oss = time.monotonic() - t
    log("oss: %d commits, %d tags (%d X.Y.Z releases, %d minors), fast-import %.1fs"
        % (oss["fi_commits"], len(oss["tags"]), oss["n_release_tags"], oss["n_minors"], t_oss))
    t = time.monotonic()
    odd_tags(oss_path, [("docs-blob", "main:openhands/core/mod0.py")])
    oss_done = finish_repo(oss_path, args.commit_graph, not args.no_repack)
    log("oss: " + ", ".join(oss_done) + " (%.1fs)" % (time.monotonic() - t))

    t = time.monotonic()
    charts = gen_charts(charts_path, oss, oss_path)
    t_charts = time.monotonic() - t
    log("charts: %d commits (%d release commits), %d chart tags, fast-import %.1fs"
        % (charts["commits"], charts["release_commits"], len(charts["tags"]), t_charts))
    log("charts: %d ambiguous 7-hex OSS prefixes available; tree prefix %s"
        % (charts["ambiguous_prefixes"], charts["tree_prefix"]))
    t = time.monotonic()
    odd_tags(charts_path, [("charts-tree", "main^{tree}"), ("openhands/latest", "main")])
    charts_done = finish_repo(charts_path, args.commit_graph, not args.no_repack)
    log("charts: " + ", ".join(charts_done) + " (%.1fs)" % (time.monotonic() - t))

    with open(os.path.join(out, "releasedeck.yaml"), "w") as f:
        f.write(WORKSPACE)
    total = time.monotonic() - t0
    summary = {
        "git": env_git, "seconds": round(total, 1),
        "oss": {"commits": oss["fi_commits"], "tags": len(oss["tags"]),
                "releaseTagsXYZ": oss["n_release_tags"], "maintenance": oss_done},
        "charts": {"commits": charts["commits"], "chartTags": len(charts["tags"]),
                   "maintenance": charts_done},
    }
    with open(os.path.join(out, "generated.json"), "w") as f:
        json.dump(summary, f, indent=2)
    for p in (oss_path, charts_path):
        size = 0
        for root, _, fs in os.walk(p):
            size += sum(os.path.getsize(os.path.join(root, x)) for x in fs)
        log("%s: %.1f MB on disk" % (os.path.relpath(p, out), size / 1e6))
    log("generated %s in %.1fs" % (out, total))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the seed corpora in tests/fuzz/corpus/ from a demo workspace, the
YAML in the unit and integration tests, and a few hand-made inputs.

    releasedeck demo init /tmp/demo
    tests/fuzz/make_seeds.py /tmp/demo

Existing seeds are replaced. Keep each corpus to a few dozen small files.
"""
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile

here = os.path.dirname(os.path.abspath(__file__))
tests = os.path.dirname(here)
demo = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit(__doc__)
corpus = os.path.join(here, 'corpus')
written = {}


def seed(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data)
    written[target] = written.get(target, 0) + 1


def git_show(repo, rev_path):
    return subprocess.run(['git', '-C', repo, 'show', rev_path], check=True, capture_output=True).stdout


def git_lines(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), check=True, capture_output=True, text=True).stdout.split()


def raw_strings(path):
    text = open(path, encoding='utf-8').read()
    return [m.group(2) for m in re.finditer(r'R"([^(\s]*)\((.*?)\)\1"', text, re.S)]


def sha(data):
    return 'sha256:' + hashlib.sha256(data).hexdigest()


for target in ('version', 'blockyaml', 'workspace', 'manifest', 'oci', 'chart'):
    folder = os.path.join(corpus, target)
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))

charts_repo = os.path.join(demo, 'repos', 'charts.git')
test_yaml = []
for sub in ('unit', 'integration'):
    folder = os.path.join(tests, sub)
    for name in sorted(os.listdir(folder)):
        if name.endswith('.cpp'):
            test_yaml += [(name, s) for s in raw_strings(os.path.join(folder, name))]

# --- version: a tag template, then versions and tag names, one a line.
tags = {}
for repo in ('oss', 'runtime-api', 'charts'):
    for tag in git_lines(os.path.join(demo, 'repos', repo + '.git'), 'tag'):
        prefix = tag.rsplit('/', 1)[0] + '/' if '/' in tag else ''
        tags.setdefault(prefix, []).append(tag)
for i, (prefix, names) in enumerate(sorted(tags.items())):
    seed('version', 'demo-tags-%d' % i, prefix + '{version}\n' + '\n'.join(names[:12]) + '\n')
seed('version', 'fixes', '{version}\n0.73.0-rc1\n0.73.0\n0.73.0-fix1\n0.73.0-fix2\n0.73.1\n0.73.0-fix10\n')
seed('version', 'semver-precedence', 'v{version}\n1.0.0-alpha\n1.0.0-alpha.1\n1.0.0-alpha.beta\n1.0.0-beta\n'
     '1.0.0-beta.2\n1.0.0-beta.11\n1.0.0-rc.1\n1.0.0\nv1.0.0+build.5\n')
seed('version', 'refused', '{version}{version}\n01.2.3\n1.2\n1.2.3-\n1.2.3-01\n1.2.3+\n1.2.3-a..b\n'
     '18446744073709551616.0.0\n1.2.3-x_y\n')
seed('version', 'edges', 'no placeholder\n18446744073709551615.0.0\n1.0.0-fix0\n1.0.0-fix01\n'
     '1.0.0-fix9223372036854775807\n1.0.0-fix9223372036854775808\n1.0.0-fix1.1\n1.0.0-fix1+meta\n0.0.0\n')
seed('version', 'suffix', '{version}-nikolaik\n0.73.0-nikolaik\n0.73.0\n0.73.0-fix1-nikolaik\n-nikolaik\n')
seed('version', 'build', 'release-{version}-final\n1.0.0+a.b\n1.0.0+001\nrelease-1.0.0-final\n1.0.0-0\n1.0.0-x-y-z.--\n')
literals = []
for name in ('tst_version.cpp', 'tst_tagtemplate.cpp'):
    text = open(os.path.join(tests, 'unit', name), encoding='utf-8').read()
    literals += [s for s in re.findall(r'"([^"\\\n]{1,60})"', text) if re.search(r'\d', s)]
for i in range(0, min(len(literals), 48), 12):
    seed('version', 'tests-%d' % (i // 12), '{version}\n' + '\n'.join(literals[i:i + 12]) + '\n')

# --- blockyaml: values files, Chart.yaml files and other YAML.
for chart in ('openhands', 'runtime-api', 'image-loader'):
    for f in ('values.yaml', 'Chart.yaml'):
        seed('blockyaml', 'demo-%s-%s' % (chart, f), git_show(charts_repo, 'HEAD:charts/%s/%s' % (chart, f)))
seed('blockyaml', 'demo-customers.yaml', open(os.path.join(demo, 'customers.yaml'), 'rb').read())
seed('blockyaml', 'demo-releasedeck.yaml', open(os.path.join(demo, 'releasedeck.yaml'), 'rb').read())
for i, (name, text) in enumerate(test_yaml):
    if re.search(r'^\s*[\w"\'-]+:', text, re.M) and 'releases:' not in text and 'repos:' not in text:
        seed('blockyaml', 'test-%s-%d' % (name[:-4], i), text)
seed('blockyaml', 'anchors-merge', 'defaults: &d\n  repository: ghcr.io/x/base\n  tag: "1.0"\nworker:\n  <<: *d\n'
     '  tag: 1.1\nlist:\n- &first a\n- *first\n- ~\n-\n- null\n')
seed('blockyaml', 'flow', 'resources: {limits: {cpu: 1, memory: 1Gi}, requests: {}}\nargs: [a, "b c", \'d\', [1, 2]]\n'
     'image: {repository: ghcr.io/x/y, tag: sha-abcdef1}\nempty: { }\nnulls: {a: , b: ~}\n')
seed('blockyaml', 'quoted', 'a: "esc\\"aped \\t \\u00fc \\x41 \\U0001F600"\nb: \'single\'\n"quoted key": 1\n'
     '\'single key\': "#not a comment"\nc: "a: b"  # trailing\n')
seed('blockyaml', 'block-scalars', 'script: |\n  echo "image: not/this:one"\n\n  done\nfolded: >-\n  one\n  two\n'
     'keep: |+\n  text\n\nimage: x:1\n')
seed('blockyaml', 'sequences', 'env:\n- name: A\n  value: "1"\n- name: B\nsidecars:\n  - image: busybox:1.36\n'
     '    name: s\n  -\n    nested: true\n')
seed('blockyaml', 'comments-only', '# only a comment\n\n   # and another\n')
seed('blockyaml', 'top-sequence', '- a\n- b: c\n  d: e\n- [x]\n')
seed('blockyaml', 'plain-odd', 'url: http://example.com/x\nneg: -1\ncolon: a:b\nhash: a#b\nkey with spaces: v\n'
     'a#b: c\nhttp://x: y\n')

# --- workspace: releasedeck.yaml files.
seed('workspace', 'demo-releasedeck.yaml', open(os.path.join(demo, 'releasedeck.yaml'), 'rb').read())
for i, (name, text) in enumerate(test_yaml):
    if 'repos:' in text or 'components:' in text:
        seed('workspace', 'test-%s-%d' % (name[:-4], i), text)
seed('workspace', 'registries', 'repos:\n  - id: oss\n    path: ../oss\nregistries:\n'
     '  - id: ghcr\n    url: https://ghcr.io\n  - id: local\n    url: http://127.0.0.1:5000\n    insecure: true\n'
     '    host: localhost:5000\n  - id: ca\n    url: https://r.example\n    caFile: ca.pem\n'
     '  - id: layout\n    layout: registry\n    host: ghcr.io\n')
seed('workspace', 'calendar-policy', 'name: x\nrepos:\n  - {id: oss, path: ., releaseTags: [v{version}, "{version}"]}\n'
     'policy:\n  staggerDays: 365\n  selfApproval: true\ncalendar:\n  freezes:\n'
     '    - {from: 2026-12-21, to: 2027-01-04, reason: holidays}\n    - {from: 2027-01-04, to: 2026-12-21}\n'
     'manifest:\n  repo: oss\n  path: docs/releases.yaml\n')
seed('workspace', 'components', 'repos:\n  - id: r\n    path: r\ncomponents:\n'
     '  - {id: i, image: ghcr.io/o/i, repo: r, imageTag: "v{version}", train: saas, aliases: [docker.io/o/i]}\n'
     '  - {id: c, kind: chart, chart: c, repo: r, tags: "c/{version}", image: i, oci: oci://ghcr.io/o/charts/c}\n'
     '  - {id: bad, kind: chart, chart: c, repo: r, train: oss}\n')
seed('workspace', 'not-a-map', '- just\n- a list\n')
seed('workspace', 'broken', 'repos: [\n  - id: oss\n')
seed('workspace', 'empty', '')
seed('workspace', 'odd-types', 'name: [a]\nrepos:\n  - id: {a: b}\n    path: [x]\n  - 7\ncomponents: x\n'
     'policy: [1]\ncalendar: {freezes: {a: b}}\nmanifest: x\nregistries: {}\n')

# --- manifest: releases.yaml files, some ending in a control line.
releases = git_show(charts_repo, 'HEAD:releases.yaml').decode()
lines = releases.splitlines(keepends=True)
starts = [i for i, line in enumerate(lines) if line.startswith('  - version:')]
seed('manifest', 'demo-first-three', ''.join(lines[:starts[3]]))
seed('manifest', 'demo-last-two', ''.join(lines[:starts[0]] + lines[starts[-2]:]))
seed('manifest', 'demo-edit', ''.join(lines[:starts[2]]) + '#@ 7 0.99.0\n')
for i, (name, text) in enumerate(test_yaml):
    if 'releases:' in text:
        seed('manifest', 'test-%s-%d' % (name[:-4], i), text)
        seed('manifest', 'test-%s-%d-edit' % (name[:-4], i), text + '#@ %d approved\n' % (i * 3 + 1))
seed('manifest', 'empty', '# What each version means.\nreleases:\n')
seed('manifest', 'flow', 'releases: [{version: 1.0.0, enterprise: {state: staged, due: "2026-11-24T14:00:00Z"}}]\n'
     '#@ 2 1.0.1\n')
seed('manifest', 'empty-list', 'releases: []\nother: 1\n#@ 9 0.1.0\n')
seed('manifest', 'anchors', 'releases:\n  - version: 1.0.0\n    ossCommit: &c "4ea3e4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7"\n'
     '    enterprise: {state: &s staged}\n  - version: 1.1.0\n    ossCommit: *c\n    enterprise:\n      state: *s\n'
     '#@ 4 it\'s "quoted"\n')
seed('manifest', 'bad-entries', 'releases:\n  - version: 1.0.0\n    ossCommit: nothex\n  - version: 1.0.0\n'
     '    enterprise:\n      state: staged\n  - version: 01.0\n  - [x]\n#@ 1 true\n')
seed('manifest', 'audit-shapes', 'releases:\n- version: 2.0.0\n  audit: []\n- version: 2.1.0\n  audit:\n'
     '  - {at: "2026-01-01T00:00:00Z", by: me, action: stage}\n  images:\n    a: sha256:%s\n#@ 3 x y z\n' % ('a' * 64))

# --- oci: an index.json, then blobs, separated by "\n--\n".
def layout_seed(name, repository, tag_count):
    folder = os.path.join(demo, 'registry', repository)
    index = open(os.path.join(folder, 'index.json'), 'rb').read()
    entries = json.loads(index)['manifests'][:tag_count]
    parts = [json.dumps({'schemaVersion': 2, 'manifests': entries}).encode()]
    for entry in entries:
        manifest = open(os.path.join(folder, 'blobs', 'sha256', entry['digest'][7:]), 'rb').read()
        parts.append(manifest)
        config = json.loads(manifest)['config']['digest']
        parts.append(open(os.path.join(folder, 'blobs', 'sha256', config[7:]), 'rb').read())
    seed('oci', name, b'\n--\n'.join(parts))


layout_seed('demo-runtime', 'openhands/runtime', 2)
layout_seed('demo-enterprise-server', 'openhands/enterprise-server', 1)
layout_seed('demo-chart-openhands', 'openhands/charts/openhands', 2)
layout_seed('demo-chart-runtime-api', 'openhands/charts/runtime-api', 1)
config = json.dumps({'architecture': 'amd64', 'os': 'linux', 'config': {'Labels': {
    'org.opencontainers.image.revision': '4ea3e4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7',
    'org.opencontainers.image.version': '0.73.0', 'org.opencontainers.image.source': 'https://example.com/x'}}})
manifest = json.dumps({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json',
                       'config': {'mediaType': 'application/vnd.oci.image.config.v1+json', 'digest': 'sha256:@3',
                                  'size': len(config)}, 'layers': []})
image_index = json.dumps({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.index.v1+json', 'manifests': [
    {'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:@2', 'size': 1,
     'platform': {'os': 'linux', 'architecture': 'arm64'}},
    {'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:@2', 'size': 1,
     'platform': {'os': 'linux', 'architecture': 'amd64'}}]})
layout_index = json.dumps({'schemaVersion': 2, 'manifests': [
    {'mediaType': 'application/vnd.oci.image.index.v1+json', 'digest': 'sha256:@1', 'size': 10,
     'annotations': {'org.opencontainers.image.ref.name': 'multi'}},
    {'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:@2', 'size': 10,
     'annotations': {'org.opencontainers.image.ref.name': '1.0.0'}}]})
seed('oci', 'image-index', '\n--\n'.join([layout_index, image_index, manifest, config]))
docker = manifest.replace('application/vnd.oci.image.manifest.v1+json',
                          'application/vnd.docker.distribution.manifest.v2+json')
docker_list = image_index.replace('application/vnd.oci.image.index.v1+json',
                                  'application/vnd.docker.distribution.manifest.list.v2+json')
seed('oci', 'docker-v2', '\n--\n'.join([layout_index, docker_list, docker, config]))
chart_config = json.dumps({'apiVersion': 'v2', 'name': 'c', 'version': '1.0.0', 'appVersion': '1.0.0'})
chart_manifest = json.dumps({'schemaVersion': 2, 'config': {
    'mediaType': 'application/vnd.cncf.helm.config.v1+json', 'digest': 'sha256:@2', 'size': len(chart_config)},
    'layers': [{'mediaType': 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', 'digest': 'sha256:@2', 'size': 1}]})
chart_index = json.dumps({'schemaVersion': 2, 'manifests': [
    {'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:@1', 'size': 1,
     'annotations': {'org.opencontainers.image.ref.name': '1.0.0'}}]})
seed('oci', 'chart', '\n--\n'.join([chart_index, chart_manifest, chart_config]))
seed('oci', 'odd-descriptors', '{"manifests":[{"digest":"sha256:@1","size":-1,"annotations":'
     '{"org.opencontainers.image.ref.name":"neg"}},{"digest":"sha256:@1","size":"7","annotations":'
     '{"org.opencontainers.image.ref.name":"str"}},{"digest":"sha256:@1","size":1e3,"annotations":'
     '{"org.opencontainers.image.ref.name":"big"}},{"digest":"latest","size":1,"annotations":'
     '{"org.opencontainers.image.ref.name":"tagref"}},{"annotations":{"org.opencontainers.image.ref.name":""}}]}'
     '\n--\n{"config":{"digest":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}}')
seed('oci', 'not-json', '{"manifests": [\n--\nnot json at all\n--\n[]')
seed('oci', 'no-manifests', '{"schemaVersion": 2}')
seed('oci', 'empty-index', '{"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}\n--\n'
     '{"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}')

# --- chart: archives of the demo charts, and plain bundles.
def tgz(files, top):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode='w', format=tarfile.PAX_FORMAT) as tar:
        for path, data in sorted(files.items()):
            info = tarfile.TarInfo(top + '/' + path)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return raw.getvalue()


for chart in ('openhands', 'runtime-api', 'image-loader'):
    names = git_lines(charts_repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'charts/' + chart)
    files = {n[len('charts/' + chart) + 1:]: git_show(charts_repo, 'HEAD:' + n) for n in names}
    tar = tgz(files, chart)
    seed('chart', 'demo-%s.tgz' % chart, gzip.compress(tar, mtime=0))
    if chart == 'runtime-api':
        seed('chart', 'demo-%s.tar' % chart, tar)
    bundle = files.pop('Chart.yaml').decode()
    for path, data in sorted(files.items()):
        bundle += '== %s\n%s' % (path, data.decode())
    seed('chart', 'bundle-%s' % chart, bundle)
seed('chart', 'chart-yaml-only', 'apiVersion: v2\nname: c\nversion: 1.0.0\nappVersion: "1.0"\n')
seed('chart', 'helmignore', 'name: c\nversion: 1.0.0+build.1\n== .helmignore\n# comment\n*.bak\n/secret/\n!keep.bak\n'
     'docs/\n== a.bak\nx\n== keep.bak\ny\n== secret/key\nz\n== docs/readme\nr\n== templates/.hidden\nh\n'
     '== templates/deploy.yaml\nkind: Deployment\n')
seed('chart', 'unsafe-names', 'name: c\nversion: 1.0.0\n== ../escape\nx\n== a\\\\b\ny\n== .git/config\nz\n'
     '== Templates/a\n1\n== templates/b\n2\n')
seed('chart', 'odd-chart-yaml', 'name: &n c\nversion: *n\nappVersion: [1]\nmaintainers:\n  - {name: x}\n'
     'annotations:\n  a: |\n    text\n== values.yaml\nimage: {repository: r, tag: t}\n')
seed('chart', 'bad-names', 'name: ../c\nversion: 1.0.0\n== values.yaml\nimage:\n  repository: ghcr.io/x/y\n')
seed('chart', 'values-anchors', 'name: v\nversion: 0.1.0\n== values.yaml\nimage: &i\n  repository: ghcr.io/o/i\n'
     '  tag: "1.0"\nwarm:\n  image: *i\nsidecar:\n  <<: *i\n  tag: 2\n')

for target, n in sorted(written.items()):
    print('%s: %d seeds' % (target, n))

#!/usr/bin/env python3
"""Checks the source layout against the build's own link graph.

Each folder under models/, and widgets/ and app/, is one library in CMake.
A file may include a header of another folder ("workspace/scanner.h") only when
its library links that folder's library, directly or through another: so a
lower folder never includes a higher one, and the links in the CMakeLists
are the one statement of the layering. Also checked: no source file under
models/ or widgets/ over 600 lines, no folder of models/ with more than 12
translation units.

    check_layout.py SOURCE_DIR
"""
import os
import re
import sys

MAX_LINES = 600
MAX_UNITS = 12

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')
failures = []


def cmake_commands(text, name):
    # add_library(x ...) / target_link_libraries(x ...), comments dropped.
    text = re.sub(r'#[^\n]*', '', text)
    return [m.group(1).split() for m in re.finditer(name + r'\s*\(([^)]*)\)', text)]


folder_of_target = {}
links = {}
for top in ('models', 'widgets', 'app'):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        if 'CMakeLists.txt' not in files:
            continue
        text = open(os.path.join(dirpath, 'CMakeLists.txt')).read()
        for args in cmake_commands(text, 'add_library'):
            folder_of_target[args[0]] = os.path.relpath(dirpath, root)
        for args in cmake_commands(text, 'target_link_libraries'):
            links.setdefault(args[0], set()).update(a for a in args[1:] if a.startswith('releasedeck_'))

target_of_folder = {f: t for t, f in folder_of_target.items()}
if not target_of_folder.get('models/domain') or not target_of_folder.get('models/git'):
    sys.exit('check_layout: no model libraries found under %s/models' % root)


def closure(target):
    seen, todo = set(), [target]
    while todo:
        t = todo.pop()
        for d in links.get(t, ()):
            if d not in seen:
                seen.add(d)
                todo.append(d)
    return seen


include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
checked = 0
for folder, target in sorted(target_of_folder.items()):
    reachable = {folder_of_target[t] for t in closure(target) if t in folder_of_target}
    directory = os.path.join(root, folder)
    units = 0
    for dirpath, _, files in os.walk(directory):
        # A subfolder with its own library is checked on its own.
        rel = os.path.relpath(dirpath, root)
        if rel != folder and rel in target_of_folder:
            continue
        for name in sorted(files):
            if not name.endswith(('.cpp', '.h')):
                continue
            path = os.path.join(dirpath, name)
            shown = os.path.relpath(path, root)
            text = open(path, encoding='utf-8').read()
            checked += 1
            if name.endswith('.cpp'):
                units += 1
            lines = text.count('\n')
            if folder.split('/')[0] in ('models', 'widgets') and lines > MAX_LINES:
                failures.append('%s: %d lines, over %d' % (shown, lines, MAX_LINES))
            for m in include.finditer(text):
                header = m.group(1)
                line = text.count('\n', 0, m.start()) + 1
                parts = header.split('/')
                if len(parts) == 1:
                    continue  # beside the file, or a library's own public folder
                other = 'models/' + parts[0]
                if other not in target_of_folder:
                    continue
                if other != folder and other not in reachable:
                    failures.append('%s:%d: includes "%s", but %s does not link %s'
                                    % (shown, line, header, target, target_of_folder[other]))
                elif not os.path.isfile(os.path.join(root, 'models', header)):
                    failures.append('%s:%d: includes "%s", which does not exist' % (shown, line, header))
    if folder.startswith('models/') and units > MAX_UNITS:
        failures.append('%s: %d translation units, over %d' % (folder, units, MAX_UNITS))

for f in failures:
    print(f)
print('%d files in %d libraries checked: %d problem(s)' % (checked, len(target_of_folder), len(failures)))
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Checks the committed translations against a fresh lupdate of the sources.

The build runs lupdate over the sources into copies of the committed .ts
files (app/CMakeLists.txt, releasedeck_translations_check); this reads each
copy beside its committed file and fails when

  - a text is new: in the sources, not in the committed file;
  - a text is untranslated (type="unfinished");
  - a text is left over: gone from the sources, yet still in the committed
    file (type="vanished" or "obsolete" in the copy);
  - a source file with tr() is not among the sources lupdate was given
    (a library missing from app/CMakeLists.txt's list).

Each problem is one line naming the text and where it is, a few of each
kind at most.

    check_translations.py SOURCE_DIR CHECK_DIR releasedeck_de.ts [releasedeck_en.ts ...]
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

SHOWN = 5


def messages(path):
    """(context, source, comment) -> (translation type, numerus, locations)."""
    out = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name', '')
        for m in context.iter('message'):
            key = (name, m.findtext('source', ''), m.findtext('comment', ''))
            t = m.find('translation')
            kind = t.get('type', '') if t is not None else 'unfinished'
            if t is not None and not kind:
                forms = [f.text or '' for f in t.iter('numerusform')] if m.get('numerus') == 'yes' else [t.text or '']
                if not all(f.strip() for f in forms):
                    kind = 'empty'
            locations = [(loc.get('filename', ''), loc.get('line', '')) for loc in m.iter('location')]
            out[key] = (kind, locations)
    return out


def where(copy_dir, source_dir, locations):
    if not locations:
        return 'no location'
    filename, line = locations[0]
    path = os.path.normpath(os.path.join(copy_dir, filename))
    return '%s:%s' % (os.path.relpath(path, source_dir), line)


def short(text):
    text = text.replace('\n', '\\n')
    return text if len(text) <= 90 else text[:87] + '...'


def check(source_dir, check_dir, name):
    committed_path = os.path.join(source_dir, 'translations', name)
    copy_path = os.path.join(check_dir, name)
    if not os.path.exists(copy_path):
        return ['%s: no fresh copy at %s: build the target releasedeck_translations_check first' % (name, copy_path)]
    committed = messages(committed_path)
    fresh = messages(copy_path)
    copy_dir = os.path.dirname(copy_path)
    kinds = {
        'new': [],
        'untranslated': [],
        'left over': [],
    }
    for key, (kind, locations) in fresh.items():
        context, source, _ = key
        if kind in ('vanished', 'obsolete'):
            kinds['left over'].append('"%s" (%s), no longer in the sources' % (short(source), context))
        elif key not in committed:
            kinds['new'].append('"%s" (%s) at %s' % (short(source), context, where(copy_dir, source_dir, locations)))
        elif kind in ('unfinished', 'empty'):
            kinds['untranslated'].append('"%s" (%s) at %s' % (short(source), context, where(copy_dir, source_dir, locations)))
    # lupdate drops a gone text that had no translation: missing in the copy.
    for key in committed:
        if key not in fresh:
            kinds['left over'].append('"%s" (%s), no longer in the sources' % (short(key[1]), key[0]))
    problems = []
    for kind, found in kinds.items():
        for line in found[:SHOWN]:
            problems.append('translations/%s: %s text: %s' % (name, kind, line))
        if len(found) > SHOWN:
            problems.append('translations/%s: ... and %d more %s texts' % (name, len(found) - SHOWN, kind))
    if problems:
        problems.append('translations/%s: run the target update_translations, translate, and commit the file' % name)
    return problems


def unlisted_sources(source_dir, check_dir):
    """Files with tr() that lupdate was not given."""
    listed = set()
    with open(os.path.join(check_dir, 'sources.lst')) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('-I'):
                listed.add(os.path.normpath(line))
    translated = re.compile(r'\btr\(\s*"|QCoreApplication::translate\(|Q_DECLARE_TR_FUNCTIONS')
    out = []
    for top in ('app', 'widgets', 'models'):
        for dirpath, _, files in os.walk(os.path.join(source_dir, top)):
            for name in sorted(files):
                if not name.endswith(('.cpp', '.h')):
                    continue
                path = os.path.normpath(os.path.join(dirpath, name))
                if path in listed:
                    continue
                with open(path, encoding='utf-8') as f:
                    if translated.search(f.read()):
                        out.append('%s: has texts to translate, but is not among the sources lupdate reads '
                                   '(app/CMakeLists.txt, translated_sources)' % os.path.relpath(path, source_dir))
    return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    source_dir, check_dir = (os.path.abspath(a) for a in sys.argv[1:3])
    problems = []
    for name in sys.argv[3:]:
        problems += check(source_dir, check_dir, name)
    if os.path.exists(os.path.join(check_dir, 'sources.lst')):
        problems += unlisted_sources(source_dir, check_dir)[:SHOWN]
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print('translations: every text in the sources is translated, none left over')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Builds the Debian package from a build tree into a folder of its own and
checks it with the tools a distribution uses: dpkg-deb for the control
fields and the files, dpkg for who owns each library the program needs,
desktop-file-validate and appstreamcli for the desktop file and the
metainfo, file for the icons.

usage: check_package.py BUILD_DIR [CPACK]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

APP_ID = "org.releasedeck.ReleaseDeck"
ICON_SIZES = [16, 32, 48, 64, 128, 256]
# Qt's translation files begin with these 16 bytes (QTranslator's magic).
QM_MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
                  0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def must(args, **kwargs):
    r = run(args, **kwargs)
    if r.returncode != 0:
        sys.exit("FAIL: %s exited with %d:\n%s%s" % (" ".join(args), r.returncode, r.stdout, r.stderr))
    return r.stdout


def expected_files():
    files = {
        "usr/bin/releasedeck",
        "usr/share/applications/%s.desktop" % APP_ID,
        "usr/share/metainfo/%s.metainfo.xml" % APP_ID,
        "usr/share/icons/hicolor/scalable/apps/%s.svg" % APP_ID,
        "usr/share/man/man1/releasedeck.1.gz",
        "usr/share/releasedeck/translations/releasedeck_de.qm",
        "usr/share/releasedeck/translations/releasedeck_en.qm",
        "usr/share/doc/releasedeck/copyright",
    }
    for size in ICON_SIZES:
        files.add("usr/share/icons/hicolor/%dx%d/apps/%s.png" % (size, size, APP_ID))
    return files


def owning_package(soname):
    """The Debian package that installed the library `soname`, by dpkg."""
    r = run(["dpkg-query", "-S", "*/" + soname])
    owners = set()
    for line in r.stdout.splitlines():
        package, _, path = line.partition(": ")
        if os.path.basename(path.strip()) == soname:
            owners.update(p.strip().split(":")[0] for p in package.split(","))
    return owners


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    cpack = sys.argv[2] if len(sys.argv) == 3 else "cpack"
    work = tempfile.mkdtemp(prefix="releasedeck-package-")
    try:
        check_package(build, cpack, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("FAIL:\n  " + "\n  ".join(failures))
        return 1
    print("package checked")
    return 0


def check_package(build, cpack, work):
    out = os.path.join(work, "out")
    # -B: the package and CPack's staging tree in this test's own folder.
    must([cpack, "--config", os.path.join(build, "CPackConfig.cmake"), "-G", "DEB", "-B", out], cwd=work)
    debs = [f for f in os.listdir(out) if f.endswith(".deb")]
    if not check(len(debs) == 1, "cpack made %s, not one .deb" % debs):
        return
    deb = os.path.join(out, debs[0])

    # The control fields, as dpkg-deb reads them.
    print(must(["dpkg-deb", "-I", deb]))
    fields = {}
    for name in ["Package", "Version", "Architecture", "Maintainer", "Section", "Priority", "Depends", "Description", "Homepage"]:
        fields[name] = must(["dpkg-deb", "-f", deb, name]).strip()
    arch = must(["dpkg", "--print-architecture"]).strip()
    check(fields["Package"] == "releasedeck", "Package: %r" % fields["Package"])
    check(fields["Architecture"] == arch, "Architecture: %r, not %r" % (fields["Architecture"], arch))
    check(re.fullmatch(r"\d+\.\d+\.\d+(-\d+)?", fields["Version"]) is not None, "Version: %r" % fields["Version"])
    check(debs[0] == "releasedeck_%s_%s.deb" % (fields["Version"], arch), "file name %s is not Debian's" % debs[0])
    check(re.fullmatch(r"[^<>]+ <[^@<>\s]+@[^@<>\s]+>", fields["Maintainer"]) is not None, "Maintainer: %r" % fields["Maintainer"])
    check(fields["Section"] == "devel", "Section: %r" % fields["Section"])
    check(fields["Priority"] == "optional", "Priority: %r" % fields["Priority"])
    description = fields["Description"].splitlines()
    check(len(description) > 2 and "built using CMake" not in description[0], "Description: %r" % fields["Description"])
    check(fields["Homepage"].startswith("https://"), "Homepage: %r" % fields["Homepage"])

    # Depends as dpkg-shlibdeps computed it: versioned, and naming the
    # package of every library the program needs.
    depends = {}
    for alternative in re.split(r"[,|]", fields["Depends"]):
        m = re.fullmatch(r"\s*([a-z0-9][a-z0-9.+-]+)\s*(\(([<>=]+)\s*([^)]+)\))?\s*", alternative)
        if check(m is not None, "Depends entry %r" % alternative):
            depends[m.group(1)] = m.group(4)
    check(any(re.fullmatch(r"libgit2-\d[\d.]*", p) for p in depends), "Depends names no libgit2: %s" % fields["Depends"])
    for qt in ["libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6", "libqt6svg6"]:
        check(qt in depends, "Depends names no %s: %s" % (qt, fields["Depends"]))
    check(all(v for v in depends.values()), "Depends has unversioned entries: %s" % fields["Depends"])
    recommends = must(["dpkg-deb", "-f", deb, "Recommends"]).strip()
    check("qt6-translations-l10n" in recommends, "Recommends does not name qt6-translations-l10n: %r" % recommends)

    # The files, as dpkg-deb lists them: exactly the program and its
    # desktop files, nothing from the tests, no libraries or headers.
    listing = must(["dpkg-deb", "-c", deb])
    files = set()
    for line in listing.splitlines():
        parts = line.split(None, 5)
        path = parts[5].split(" -> ")[0]
        if not line.startswith("d"):
            files.add(path[2:] if path.startswith("./") else path)
    for path in sorted(files):
        check(not re.search(r"(^|/)(tst_|bench_|fuzz_)|\.a$|\.h$|testsupport", path), "packaged from the tests or the build: " + path)
    check(files == expected_files(),
          "files missing: %s; files not expected: %s" % (sorted(expected_files() - files), sorted(files - expected_files())))

    root = os.path.join(work, "root")
    must(["dpkg-deb", "-x", deb, root])
    # The licence in Debian's machine-readable copyright format.
    copyright_text = open(os.path.join(root, "usr/share/doc/releasedeck/copyright")).read()
    check(copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"),
          "usr/share/doc/releasedeck/copyright is not in the machine-readable format")
    check("\nLicense: MIT\n" in copyright_text, "usr/share/doc/releasedeck/copyright names no MIT licence")
    program = os.path.join(root, "usr/bin/releasedeck")

    # The libraries the program needs (its ELF NEEDED entries), each owned
    # by a package that Depends names.
    dynamic = must(["objdump", "-p", program])
    needed = re.findall(r"^\s*NEEDED\s+(\S+)", dynamic, re.M)
    check(len(needed) >= 5, "NEEDED: %s" % needed)
    check(not re.search(r"^\s*(RPATH|RUNPATH)\s", dynamic, re.M), "the program has a search path of its own (RPATH)")
    for soname in needed:
        owners = owning_package(soname)
        if check(owners, "no package owns %s" % soname):
            check(owners & depends.keys(), "%s comes from %s, which Depends does not name" % (soname, sorted(owners)))

    # The program runs from the package's tree and knows its version.
    version = run([program, "--version"])
    check(version.returncode == 0 and version.stdout == "releasedeck %s\n" % fields["Version"].split("-")[0],
          "releasedeck --version: %r %r" % (version.stdout, version.stderr))

    # The desktop file and the metainfo, by the tools distributions use.
    desktop = os.path.join(root, "usr/share/applications/%s.desktop" % APP_ID)
    r = run(["desktop-file-validate", desktop])
    check(r.returncode == 0 and r.stdout.strip() == "" and r.stderr.strip() == "",
          "desktop-file-validate: %s%s" % (r.stdout, r.stderr))
    metainfo = os.path.join(root, "usr/share/metainfo/%s.metainfo.xml" % APP_ID)
    r = run(["appstreamcli", "validate", "--no-net", "--strict", "--explain", metainfo])
    check(r.returncode == 0 and not re.search(r"^[EWI]: ", r.stdout, re.M),
          "appstreamcli validate: %s%s" % (r.stdout, r.stderr))
    # The installed tree as a whole: the metainfo's launchable names the
    # desktop file, which names an icon the tree holds.
    r = run(["appstreamcli", "validate-tree", "--no-net", "--strict", "--explain", root])
    check(r.returncode == 0 and not re.search(r"^[EWI]: ", r.stdout, re.M),
          "appstreamcli validate-tree: %s%s" % (r.stdout, r.stderr))
    with open(metainfo, encoding="utf-8") as f:
        text = f.read()
    for element in ["content_rating", "developer_name", "url", "releases", "launchable"]:
        check("<%s" % element in text, "the metainfo has no <%s>" % element)
    # Software centres show the first release as the version they offer.
    release = re.search(r'<release\s+version="([^"]+)"', text)
    check(release is not None and release.group(1) == fields["Version"].split("-")[0],
          "the metainfo's newest release is %s, the package's version %s"
          % (release.group(1) if release else None, fields["Version"]))

    # Icon= finds the icons under hicolor, at every size, of the right size.
    icon = re.search(r"^Icon=(.*)$", open(desktop, encoding="utf-8").read(), re.M)
    if check(icon is not None, "the desktop file has no Icon="):
        check(icon.group(1) == APP_ID, "Icon=%s, not the application id" % icon.group(1))
        for size in ICON_SIZES:
            png = os.path.join(root, "usr/share/icons/hicolor/%dx%d/apps/%s.png" % (size, size, icon.group(1)))
            if check(os.path.exists(png), "no %dx%d icon" % (size, size)):
                kind = must(["file", "-b", png])
                check(kind.startswith("PNG image data, %d x %d," % (size, size)), "%s: %s" % (png, kind))
        svg = os.path.join(root, "usr/share/icons/hicolor/scalable/apps/%s.svg" % icon.group(1))
        check(os.path.exists(svg) and "SVG" in must(["file", "-b", svg]), "no scalable icon")

    # The manual page is gzip -9n (no name, no time stamp) and man reads it.
    man = os.path.join(root, "usr/share/man/man1/releasedeck.1.gz")
    header = open(man, "rb").read(10)
    check(header[:2] == b"\x1f\x8b" and header[4:8] == b"\0\0\0\0" and not header[3] & 0x08,
          "the manual page is not compressed with gzip -n")
    r = run(["man", "--warnings", "-l", man], env=dict(os.environ, MANWIDTH="80", MANPAGER="cat", HOME=work))
    check(r.returncode == 0 and r.stderr == "" and "releasedeck" in r.stdout, "man -l: %s" % r.stderr)

    qm = os.path.join(root, "usr/share/releasedeck/translations/releasedeck_de.qm")
    check(open(qm, "rb").read(16) == QM_MAGIC, "releasedeck_de.qm is no Qt translation file")


if __name__ == "__main__":
    sys.exit(main())

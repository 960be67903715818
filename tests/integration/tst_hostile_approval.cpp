// Forged approvals and manifests, and identities that would make one
// person read as two: each tried the way an attacker would.
#include "hostile.h"

#include "yaml/duplicatekeys.h"

using namespace OpsTest;
using namespace HostileTest;

TEST_CASE("A hand-made 'approved' without a colleague's approve line is a scan problem, and publish refuses it", "[hostile][approval][operations]")
{
    OpsDemo d;
    struct Case
    {
        const char *approver; // "" for no approve line at all
        const char *problem;
        bool allowedBySelfApproval;
    };
    const Case cases[] = {
        {"", "0.75.0 is approved, but its audit trail has no approve after the last stage (by Riley Release <riley@example.com>)", false},
        {"Riley Release <RILEY@example.com>",
         "0.75.0 is approved only by Riley Release <riley@example.com>, who staged it; another release manager approves it "
         "(policy.selfApproval allows it)",
         true},
    };
    const Case which = GENERATE_REF(from_range(std::begin(cases), std::end(cases)));
    INFO(which.approver);
    // Committed by the stager herself, so that only the trail is at fault.
    const int line = forgeManifest(d, [&](QByteArray &t) { approveBy(t, which.approver); }, "  - version: 0.75.0",
                                   QStringLiteral("Riley Release <riley@example.com>"));
    REQUIRE(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    const QByteArray problem = QStringLiteral("charts:releases.yaml:%1: %2").arg(line).arg(QLatin1String(which.problem)).toUtf8();

    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString());
    CHECK(scan.out.contains(problem));
    const QStringList publish{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")};
    for (const Person &who : {d.riley, d.avery}) {
        const ProcessResult r = d.cli(who, publish);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err == "releasedeck: publish: " + problem + "\n");
    }
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));

    // With self-approval allowed, the stager's own approve line is enough.
    QByteArray ws = OpsDemo::readFile(d.file);
    REQUIRE(ws.contains("\npolicy:\n"));
    ws.replace("\npolicy:\n", "\npolicy:\n  selfApproval: true\n");
    writeFile(d.file, ws);
    const ProcessResult allowed = d.cli(d.riley, publish);
    INFO(allowed.err.toStdString());
    CHECK((allowed.exitCode == 0) == which.allowedBySelfApproval);
    CHECK(d.cli(d.riley, {QStringLiteral("scan")}).out.contains(problem) == !which.allowedBySelfApproval);
}

TEST_CASE("An approve line whose 'by' is not one plain name and address counts for nobody", "[hostile][approval][operations]")
{
    // Each names the stager (Riley) in a way a string compare takes for someone else.
    const char *forged[] = {
        "Riley Release <riley@example.com> ",         // a trailing space
        "Riley Release <riley@example.com>\\t",       // a tab, as YAML writes it
        "Riley Release",                               // no address
        "Riley Release <>",                            // an empty one
        "Riley Release <riley\\u200b@example.com>",   // a zero-width space
        "Riley Release <riley@example.com> <x@y.z>",  // two
    };
    const char *by = GENERATE_REF(from_range(std::begin(forged), std::end(forged)));
    INFO(by);
    OpsDemo d;
    const int line = forgeManifest(d, [&](QByteArray &t) { approveBy(t, by); }, "  - version: 0.75.0",
                                   QStringLiteral("Riley Release <riley@example.com>"));
    REQUIRE(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    const QByteArray problem = QStringLiteral("charts:releases.yaml:%1: 0.75.0 is approved, but its approve line's 'by' (\"").arg(line).toUtf8();
    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString());
    CHECK(scan.out.contains(problem));
    CHECK(scan.out.contains("\") is not one plain \"Name <e-mail>\""));
    const ProcessResult r = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith("releasedeck: publish: " + problem));
    CHECK(r.err.count('\n') == 1);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
}

TEST_CASE("A stage line in a colleague's name before one's own approve is still one's own approval", "[hostile][approval][operations]")
{
    OpsDemo d;
    const int line = forgeManifest(d, [&](QByteArray &t) {
        approveBy(t, "Riley Release <riley@example.com>");
        const qsizetype approve = t.indexOf("      action: approve\n", t.indexOf("  - version: 0.75.0\n"));
        const qsizetype start = t.lastIndexOf("    - at:", approve);
        t.insert(start, "    - at: \"2026-12-01T08:00:00Z\"\n      by: \"Avery Approver <avery@example.com>\"\n      action: restage\n"
                        "      note: \"new images\"\n");
    }, "  - version: 0.75.0", QStringLiteral("Riley Release <riley@example.com>"));
    const QByteArray problem = QStringLiteral("charts:releases.yaml:%1: 0.75.0 is approved only by Riley Release <riley@example.com>, who "
                                              "staged it; another release manager approves it (policy.selfApproval allows it)")
                                   .arg(line)
                                   .toUtf8();
    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString());
    CHECK(scan.out.contains(problem));
    const ProcessResult r = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")});
    INFO(r.err.toStdString());
    CHECK(r.err == "releasedeck: publish: " + problem + "\n");
}

TEST_CASE("An approve line in a colleague's name, committed by someone else, does not publish", "[hostile][approval][operations]")
{
    OpsDemo d;
    forgeManifest(d, [&](QByteArray &t) { approveBy(t, "Avery Approver <avery@example.com>"); }, "  - version: 0.75.0",
                  QStringLiteral("Riley Release <riley@example.com>"));
    // git blame names the line's author, as publish must.
    const QString text = QString::fromUtf8(run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("show"),
                                                                        QStringLiteral("main:releases.yaml")}).out);
    const int at = text.indexOf(QLatin1String("  - version: 0.75.0\n"));
    const int approveEntry = int(text.lastIndexOf(QLatin1String("    - at:"), text.indexOf(QLatin1String("action: approve"), at)));
    const int approveLine = int(text.left(approveEntry).count(QLatin1Char('\n'))) + 1;
    const ProcessResult blame = run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("blame"), QStringLiteral("--porcelain"),
                                                            QStringLiteral("-L"), QStringLiteral("%1,%1").arg(approveLine), QStringLiteral("main"),
                                                            QStringLiteral("--"), QStringLiteral("releases.yaml")});
    REQUIRE(blame.out.contains("\nauthor-mail <riley@example.com>\n"));
    const QString commit = QString::fromUtf8(blame.out.left(12));
    const ProcessResult r = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err == QStringLiteral("releasedeck: publish: charts:releases.yaml:%1: the approve line by Avery Approver <avery@example.com> was "
                                  "committed by Riley Release <riley@example.com> in %2: a line of the trail is committed by the person it names\n")
                       .arg(approveLine)
                       .arg(commit)
                       .toUtf8());
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
}

TEST_CASE("An alias in the manifest, or an alias used as a key, is an error at its line, not a second meaning", "[hostile][yaml][approval]")
{
    OpsDemo d;
    // 0.75.0's trail borrowed from 0.74.0's, which a colleague approved.
    const int line = forgeManifest(d, [&](QByteArray &t) {
        const qsizetype old = t.indexOf("    audit:\n", t.indexOf("  - version: 0.74.0\n"));
        REQUIRE(old > 0);
        t.replace(old, qsizetype(strlen("    audit:\n")), "    audit: &trail\n");
        approveBy(t, "");
        const qsizetype mine = t.indexOf("    audit:\n", t.indexOf("  - version: 0.75.0\n"));
        REQUIRE(mine > 0);
        const qsizetype end = t.indexOf("\n  - version:", mine);
        t.replace(mine, (end < 0 ? t.size() - 1 : end) - mine, "    audit: *trail");
    }, "    audit: *trail");
    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(scan.out.toStdString() << scan.err.toStdString());
    CHECK(scan.out.contains(QStringLiteral("charts:releases.yaml:%1:12: an alias (*name) repeats another part of the manifest; write the value out")
                                .arg(line)
                                .toUtf8()));
    const ProcessResult r = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("an alias (*name) repeats another part of the manifest"));

    // `*sa : true` is the key `selfApproval` a second time, as YAML reads an alias.
    const auto twice = ReleaseDeck::findDuplicateKey("policy:\n  &sa selfApproval: false\n  *sa : true\n");
    REQUIRE(twice);
    CHECK(twice->key == QLatin1String("selfApproval"));
    CHECK(twice->line == 3);
    CHECK(twice->firstLine == 2);
    QByteArray ws = OpsDemo::readFile(d.file);
    REQUIRE(ws.contains("\npolicy:\n"));
    ws.replace("\npolicy:\n", "\npolicy:\n  &sa selfApproval: false\n  *sa : true\n");
    writeFile(d.file, ws);
    const ProcessResult load = d.cli(d.riley, {QStringLiteral("scan")});
    INFO(load.out.toStdString() << load.err.toStdString());
    CHECK(load.exitCode != 0);
    CHECK((load.out + load.err).contains("'selfApproval' is written twice in one mapping"));
}

TEST_CASE("An approval committed before the re-stage it follows does not approve what was re-staged", "[hostile][approval][operations]")
{
    OpsDemo d;
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    const QString approved = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    // Riley, in a commit of his own, slips a re-stage in before Avery's approve.
    forgeManifest(d, [&](QByteArray &t) {
        const qsizetype approve = t.indexOf("      action: approve\n", t.indexOf("  - version: 0.75.0\n"));
        REQUIRE(approve > 0);
        const qsizetype start = t.lastIndexOf("    - at:", approve);
        t.insert(start, "    - at: \"2026-11-01T00:00:00Z\"\n      by: \"Riley Release <riley@example.com>\"\n      action: restage\n"
                        "      note: \"other images\"\n");
    }, "  - version: 0.75.0", QStringLiteral("Riley Release <riley@example.com>"));
    // git agrees the approve was committed first.
    CHECK(run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), approved,
                                      QStringLiteral("main")})
              .exitCode == 0);
    const ProcessResult r = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("the approve line by Avery Approver <avery@example.com> (").toUtf8()));
    CHECK(r.err.contains(QStringLiteral("in %1) is not later than the restage it follows").arg(approved.left(12)).toUtf8()));
    CHECK(r.err.count('\n') == 1);
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
}

TEST_CASE("Charts changed after the approval are not published until approved again", "[hostile][approval][operations]")
{
    OpsDemo d;
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    const QString approved = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    d.chartsCommit(QStringLiteral("charts/openhands/values.yaml"), "extra: evil.example.com/backdoor\n", QStringLiteral("Change values"));
    // git sees the folder differ between the approval and the tip.
    CHECK(run(QStringLiteral("git"), {QStringLiteral("-C"), d.charts, QStringLiteral("diff"), QStringLiteral("--quiet"), approved,
                                      QStringLiteral("main"), QStringLiteral("--"), QStringLiteral("charts/openhands")})
              .exitCode == 1);
    for (const bool dryRun : {true, false}) {
        QStringList args{QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")};
        if (dryRun)
            args.append(QStringLiteral("--dry-run"));
        const ProcessResult r = d.cli(d.riley, args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err == QStringLiteral("releasedeck: publish: charts/openhands changed after 0.75.0 was approved by Avery Approver "
                                      "<avery@example.com> in %1: what is published is what was approved, so approve it again\n")
                           .arg(approved.left(12))
                           .toUtf8());
    }
    CHECK(d.digest(QStringLiteral("openhands/charts/openhands"), QStringLiteral("0.75.0")).isEmpty());
}

TEST_CASE("A workspace with a problem makes no plan, so nothing it skipped is left out quietly", "[hostile][operations]")
{
    OpsDemo d;
    REQUIRE(d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")}).exitCode == 0);
    QByteArray ws = OpsDemo::readFile(d.file);
    REQUIRE(ws.contains("    oci: ghcr.io/openhands/charts/openhands\n"));
    ws.replace("    oci: ghcr.io/openhands/charts/openhands\n", "    oci: ghcr.io/OpenHands/charts/openhands\n");
    writeFile(d.file, ws);
    const int line = lineOf(QString::fromUtf8(ws), QStringLiteral("oci: ghcr.io/OpenHands"));
    const ProcessResult r = d.cli(d.riley, {QStringLiteral("publish"), QStringLiteral("--early"), QStringLiteral("test")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith(QStringLiteral("releasedeck: publish: %1:%2:10: component 'openhands-chart': oci 'ghcr.io/OpenHands/charts/openhands': ")
                               .arg(d.file)
                               .arg(line)
                               .toUtf8()));
    CHECK(r.err.endsWith("; plans are made only from a workspace that reads without problems\n"));
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("approved"));
    CHECK(d.digest(QStringLiteral("openhands/charts/runtime-api"), QStringLiteral("0.75.0")).isEmpty());
}

TEST_CASE("A second YAML document or a byte order mark inside the manifest is an error, not ignored", "[hostile][yaml]")
{
    struct Case
    {
        const char *what;
        std::function<void(QByteArray &)> edit;
        const char *marker;
        const char *problem;
    };
    const Case cases[] = {
        {"second document", [](QByteArray &t) { t.append("---\nreleases: []\n"); }, "releases: []",
         "a second YAML document; the manifest is one document, so this one would be ignored"},
        {"byte order mark",
         [](QByteArray &t) {
             const qsizetype at = t.indexOf("      state: staged\n", t.indexOf("  - version: 0.75.0\n"));
             t.replace(at, qsizetype(strlen("      state: staged\n")), "      state: \"\xEF\xBB\xBFstaged\"\n");
         },
         "state: \"\xEF\xBB\xBFstaged\"", "a byte order mark (U+FEFF) inside the text, where it is invisible"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        OpsDemo d;
        const int line = forgeManifest(d, c.edit, c.marker);
        const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
        INFO(scan.out.toStdString() << scan.err.toStdString());
        CHECK(scan.out.contains(QStringLiteral("charts:releases.yaml:%1:").arg(line).toUtf8()));
        CHECK(scan.out.contains(c.problem));
    }
}

TEST_CASE("A git identity with a newline or angle bracket is refused before any commit is made", "[hostile][operations]")
{
    OpsDemo d;
    for (const auto &[config, shown] : {std::pair{QByteArray("[user]\n\tname = \"Avery\\nApprover\"\n\temail = avery@example.com\n"),
                                                  QByteArray("git config user.name holds '\\x0a'")},
                                        std::pair{QByteArray("[user]\n\tname = Avery\n\temail = \"avery@example.com>\\nX: y\"\n"),
                                                  QByteArray("git config user.email holds '>'")},
                                        // Invisible: a line separator, NEL, a right-to-left override, a zero-width space.
                                        std::pair{QByteArray("[user]\n\tname = Avery\xe2\x80\xa8" "Approver\n\temail = avery@example.com\n"),
                                                  QByteArray("git config user.name holds '\\u{2028}'")},
                                        std::pair{QByteArray("[user]\n\tname = Avery\xc2\x85" "Approver\n\temail = avery@example.com\n"),
                                                  QByteArray("git config user.name holds '\\x85'")},
                                        std::pair{QByteArray("[user]\n\tname = Avery \xe2\x80\xaerevorppA\n\temail = avery@example.com\n"),
                                                  QByteArray("git config user.name holds '\\u{202e}'")},
                                        std::pair{QByteArray("[user]\n\tname = Avery\n\temail = avery\xe2\x80\x8b@example.com\n"),
                                                  QByteArray("git config user.email holds '\\u{200b}'")}}) {
        writeFile(d.avery.home + QLatin1String("/.gitconfig"), config);
        // git itself reads the name with its newline.
        const QString before = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const ProcessResult r = d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith("releasedeck: approve: " + shown + "; set it to one plain line"));
        // git reads the value as written.
        CHECK(run(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--file"), d.avery.home + QLatin1String("/.gitconfig"),
                                          QStringLiteral("--get-regexp"), QStringLiteral("user")})
                  .exitCode == 0);
        CHECK(r.err.count('\n') == 1);
        CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);
    }
}

TEST_CASE("A git user.email that is not one address is refused before it is written into a trail", "[hostile][operations]")
{
    OpsDemo d;
    for (const char *email : {"avery", "avery at example.com", "avery@example.com avery@example.org"}) {
        INFO(email);
        writeFile(d.avery.home + QLatin1String("/.gitconfig"), QByteArray("[user]\n\tname = Avery\n\temail = ") + email + "\n");
        const QString before = git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const ProcessResult r = d.cli(d.avery, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--note"), QStringLiteral("ok")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QByteArray("releasedeck: approve: git config user.email '") + email + "' is not one e-mail address"));
        CHECK(git(d.charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);
    }
}

TEST_CASE("A key written twice in the workspace or the manifest is an error at the second one, not a silent first-wins", "[hostile][yaml]")
{
    OpsDemo d;
    // A second repos: block, as someone merging two workspace files writes it.
    QByteArray ws = OpsDemo::readFile(d.file);
    const int first = lineOf(QString::fromUtf8(ws), QStringLiteral("repos:"));
    ws.append("repos:\n  - id: extra\n    path: repos/oss.git\n");
    writeFile(d.file, ws);
    const int second = int(ws.count('\n')) - 2;
    // yaml-cpp and PyYAML read it without a word, the first (or last) wins.
    CHECK(readWithPyYaml(ws, false).isObject());
    const ProcessResult scan = d.cli(d.riley, {QStringLiteral("scan")});
    CHECK(scan.exitCode == 1);
    CHECK(scan.err == QStringLiteral("releasedeck: %1:%2:1: 'repos' is written twice in one mapping (first on line %3); only one is read\n")
                          .arg(d.file)
                          .arg(second)
                          .arg(first)
                          .toUtf8());

    // In the manifest, a second state: in one release.
    OpsDemo m;
    const int line = forgeManifest(m, [](QByteArray &t) {
        const qsizetype at = t.indexOf("      state: staged\n", t.indexOf("  - version: 0.75.0\n"));
        t.insert(at, "      state: published\n");
    }, "      state: staged");
    const ProcessResult manifest = m.cli(m.riley, {QStringLiteral("scan")});
    CHECK(manifest.out.contains(QStringLiteral("charts:releases.yaml:%1:7: 'state' is written twice in one mapping (first on line %2)")
                                    .arg(line)
                                    .arg(line - 1)
                                    .toUtf8()));
    const ProcessResult publish = m.cli(m.riley, {QStringLiteral("approve"), QStringLiteral("0.75.0"), QStringLiteral("--dry-run")});
    CHECK(publish.exitCode == 1);
    CHECK(publish.err.contains("'state' is written twice"));
}

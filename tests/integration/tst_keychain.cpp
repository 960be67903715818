// Registry logins in the system keychain. Runs inside with_keyring.sh: a
// D-Bus session and an unlocked GNOME keyring of its own, the Secret
// Service a desktop has. secret-tool, which shares no code with
// ReleaseDeck, reads and writes the same entries.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "registry/httpregistry.h"
#include "platform/keychain.h"
#include "mainwindow.h"
#include "registry/registrycheck.h"
#include "registrylogindialog.h"
#include "itemmodels/registrymodel.h"
#include "registryserver.h"
#include "registryview.h"
#include "workspace/workspaceloader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

QHash<QString, RegistryLogin> readLogins(const QStringList &hosts, QString *error)
{
    Keychain keychain;
    QSignalSpy loaded(&keychain, &Keychain::loaded);
    keychain.read(hosts);
    REQUIRE(loaded.wait(10000));
    *error = loaded.front().at(1).toString();
    return loaded.front().at(0).value<QHash<QString, RegistryLogin>>();
}

// secret-tool's view of an entry: its attributes as QtKeychain stores them.
ProcessResult secretTool(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), args);
    REQUIRE(p.waitForStarted(-1));
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(10000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST_CASE("A login saved in the keychain is found by secret-tool, and no file holds it", "[keychain]")
{
    Keychain keychain;
    QSignalSpy written(&keychain, &Keychain::written);
    keychain.write(QStringLiteral("ghcr.io"), {QStringLiteral("robot"), QStringLiteral("pw-7c1e55")});
    REQUIRE(written.wait(10000));
    CHECK(written.front().at(1).toString() == QString());

    const ProcessResult search = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"),
                                             QStringLiteral("ghcr.io")});
    INFO(search.out.toStdString() << search.err.toStdString());
    CHECK(search.out.contains("pw-7c1e55"));
    CHECK(search.out.contains(Keychain::service().toUtf8()));

    // Nothing under HOME holds the password in the clear: the keyring file is encrypted.
    QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            INFO(f.fileName().toStdString());
            CHECK_FALSE(f.readAll().contains("pw-7c1e55"));
        }
    }

    QString error;
    const auto logins = readLogins({QStringLiteral("ghcr.io"), QStringLiteral("quay.io")}, &error);
    CHECK(error == QString());
    REQUIRE(logins.size() == 1);
    CHECK(logins.value(QStringLiteral("ghcr.io")).username == QLatin1String("robot"));
    CHECK(logins.value(QStringLiteral("ghcr.io")).password == QLatin1String("pw-7c1e55"));

    QSignalSpy forgotten(&keychain, &Keychain::forgotten);
    keychain.forget(QStringLiteral("ghcr.io"));
    REQUIRE(forgotten.wait(10000));
    CHECK(forgotten.front().at(1).toString() == QString());
    CHECK(readLogins({QStringLiteral("ghcr.io")}, &error).isEmpty());
    CHECK(secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), QStringLiteral("ghcr.io")})
              .out.isEmpty());
}

TEST_CASE("A login secret-tool stored signs the registry check in to an htpasswd registry", "[keychain][registry]")
{
    RegistryServer server(QStringLiteral("robot"), QStringLiteral("pw-from-keychain"));
    REQUIRE(server.isRunning());
    // Stored as QtKeychain's Secret Service entries are: the key as `user`,
    // the service as `server`.
    const ProcessResult store = secretTool({QStringLiteral("store"), QStringLiteral("--label=registry"),
                                            QStringLiteral("user"), server.address(), QStringLiteral("server"),
                                            Keychain::service(), QStringLiteral("type"), QStringLiteral("plaintext")},
                                           R"({"username":"robot","password":"pw-from-keychain"})");
    INFO(store.err.toStdString());
    REQUIRE(store.exitCode == 0);

    QString error;
    const auto logins = readLogins({server.address()}, &error);
    CHECK(error == QString());
    REQUIRE(logins.contains(server.address()));

    RegistryConfig config;
    config.id = QStringLiteral("lab");
    config.url = server.url();
    config.host = server.address();
    // Without the keychain's login the registry refuses; with it, it answers.
    HttpRepository anonymous(RegistryEndpoint::fromConfig(config), QStringLiteral("any/thing"));
    CHECK_FALSE(onWorker([&] { return anonymous.ping(&error); }));
    CHECK(error.contains(QLatin1String("HTTP 401")));
    HttpRepository signedIn(RegistryEndpoint::fromConfig(config, logins.value(server.address())), QStringLiteral("any/thing"));
    CHECK(onWorker([&] { return signedIn.ping(&error); }));
    CHECK_FALSE(error.contains(QLatin1String("pw-from-keychain")));

    // The environment's login comes before the keychain's.
    qputenv("RELEASEDECK_REGISTRY_LAB_USER", "robot");
    qputenv("RELEASEDECK_REGISTRY_LAB_PASSWORD", "wrong");
    HttpRepository fromEnvironment(RegistryEndpoint::fromConfig(config, logins.value(server.address())),
                                   QStringLiteral("any/thing"));
    CHECK_FALSE(onWorker([&] { return fromEnvironment.ping(&error); }));
    qunsetenv("RELEASEDECK_REGISTRY_LAB_USER");
    qunsetenv("RELEASEDECK_REGISTRY_LAB_PASSWORD");
}

// Run by the test below in a process of its own, whose session bus is
// gone: a connection already made would hide that.
TEST_CASE("keychain read probe", "[.probe]")
{
    QString error;
    const auto logins = readLogins({QStringLiteral("ghcr.io")}, &error);
    std::printf("logins=%d\nerror=%s\n", int(logins.size()), qPrintable(error));
}

TEST_CASE("Without a Secret Service the keychain says so in one line", "[keychain][badinput]")
{
    const ProcessResult probe = run(QCoreApplication::applicationFilePath(), {QStringLiteral("keychain read probe")}, {},
                                    {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")}});
    INFO(probe.out.toStdString() << probe.err.toStdString());
    CHECK(probe.exitCode == 0);
    const QStringList lines = QString::fromUtf8(probe.out).split(QLatin1Char('\n'));
    CHECK(lines.contains(QStringLiteral("logins=0")));
    QString error;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("error=")))
            error = line.mid(6);
    }
    CHECK(error.startsWith(QLatin1String("The keychain could not be read: ")));
}

TEST_CASE("A login saved in the dialog signs the app in to the registry, and forgotten it is refused", "[keychain][gui]")
{
    QTemporaryDir tmp;
    QString error;
    const QString demo = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(demo.isEmpty());
    RegistryServer server(QStringLiteral("robot"), QStringLiteral("pw-dialog-4821"));
    REQUIRE(server.isRunning());
    const ProcessResult copy = run(QStringLiteral("skopeo"),
                                   {QStringLiteral("copy"), QStringLiteral("--preserve-digests"),
                                    QStringLiteral("--dest-tls-verify=false"),
                                    QStringLiteral("--dest-creds=robot:pw-dialog-4821"),
                                    QStringLiteral("oci:%1/demo/registry/openhands/openhands:0.73.0").arg(tmp.path()),
                                    QStringLiteral("docker://%1/openhands/openhands:0.73.0").arg(server.address())});
    INFO(copy.err.toStdString());
    REQUIRE(copy.exitCode == 0);
    const QString file = withRegistries(demo, QStringLiteral("http.yaml"),
                                        QStringLiteral("registries:\n  - id: lab\n    url: %1\n    host: ghcr.io\n")
                                            .arg(server.url()));
    const WorkspaceLoad load = WorkspaceLoader::load(file);
    REQUIRE(load.problems.isEmpty());

    // The user types a login into the dialog and saves it.
    RegistryLoginDialog dialog(load.workspace);
    dialog.show();
    // It reads the keychain first, without blocking.
    REQUIRE_EVENTUALLY(dialog.saveButton()->isEnabled(), 10000);
    CHECK(dialog.statusText() == QString());
    QTest::keyClicks(dialog.userEdit(), QStringLiteral("robot"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("pw-dialog-4821"));
    QSignalSpy changed(&dialog, &RegistryLoginDialog::loginsChanged);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    REQUIRE(changed.wait(10000));
    CHECK(dialog.passwordEdit()->text().isEmpty());
    const ProcessResult lookup = secretTool({QStringLiteral("lookup"), QStringLiteral("user"), QStringLiteral("ghcr.io"),
                                             QStringLiteral("server"), Keychain::service()});
    CHECK(lookup.out.contains("\"password\":\"pw-dialog-4821\""));

    // The window's registry check signs in with it.
    MainWindow window;
    window.show();
    QSignalSpy checked(&window, &MainWindow::registryChecked);
    window.openWorkspace(file);
    REQUIRE(checked.wait(60000));
    RegistryReportPtr report = window.registryView()->model()->report();
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
    int present = 0;
    for (const ArtifactStatus &s : report->status)
        present += s.state == ArtifactStatus::State::Present ? 1 : 0;
    CHECK(present == 1); // the one image copied in

    // Forgotten, the registry refuses the check, and says why in one line.
    QSignalSpy forgotten(&dialog, &RegistryLoginDialog::loginsChanged);
    QTest::mouseClick(dialog.forgetButton(), Qt::LeftButton);
    REQUIRE(forgotten.wait(10000));
    window.registryView()->checkAgainButton()->click();
    REQUIRE(checked.wait(60000));
    report = window.registryView()->model()->report();
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().contains(QLatin1String("HTTP 401")));
    CHECK_FALSE(report->problems.first().contains(QLatin1String("pw-dialog-4821")));
}

// Renders the dialog to $RELEASEDECK_SHOT for a look at it; not run by default.
TEST_CASE("login dialog picture", "[.shot]")
{
    Workspace ws;
    RegistryConfig lab;
    lab.id = QStringLiteral("ghcr");
    lab.url = QStringLiteral("https://ghcr.io");
    lab.host = QStringLiteral("ghcr.io");
    ws.registries = {lab};
    RegistryLoginDialog dialog(ws);
    dialog.show();
    REQUIRE_EVENTUALLY(dialog.saveButton()->isEnabled(), 10000);
    QTest::keyClicks(dialog.userEdit(), QStringLiteral("release-bot"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("secret"));
    dialog.grab().save(qEnvironmentVariable("RELEASEDECK_SHOT"));
}

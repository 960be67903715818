#include "registrylogindialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ReleaseDeck {

RegistryLoginDialog::RegistryLoginDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_keychain(new Keychain(this))
    , m_registry(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save to Keychain"), this))
    , m_forget(new QPushButton(tr("&Forget"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Registry Logins"));
    for (const RegistryConfig &r : workspace.registries) {
        if (!r.url.isEmpty()) {
            m_registries.append(r);
            m_registry->addItem(tr("%1 — %2").arg(r.id, r.url));
        }
    }
    // Git remotes over https: operations push to them with a token.
    for (const RepoConfig &repo : workspace.repos) {
        const QUrl url(repo.remote);
        if (!url.scheme().startsWith(QLatin1String("http")))
            continue;
        RegistryConfig git;
        git.id = repo.id;
        git.url = repo.remote;
        git.host = url.host();
        m_registries.append(git);
        m_gitHosts.insert(git.host);
        m_registry->addItem(tr("git remote %1 — %2").arg(repo.id, url.toString(QUrl::RemovePassword)));
    }
    m_registry->setAccessibleName(tr("Registry"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password or token"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password or access token"));
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Registry:"), m_registry);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_forget, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Logins are kept in the system keychain, one per registry host, and never in a "
                                "file. A login in the environment variables comes first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_source);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_registry, &QComboBox::currentIndexChanged, this, &RegistryLoginDialog::showRegistry);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const RegistryConfig &r = m_registries.at(m_registry->currentIndex());
        if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
            m_status->setText(tr("Enter a user name and a password or token."));
            return;
        }
        setBusy(true, tr("Saving…"));
        m_keychain->write(r.host, {m_user->text().trimmed(), m_password->text()});
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        setBusy(true, tr("Forgetting…"));
        m_keychain->forget(m_registries.at(m_registry->currentIndex()).host);
    });
    connect(m_keychain, &Keychain::written, this, [this](const QString &host, const QString &error) {
        m_password->clear();
        setBusy(false, error.isEmpty() ? tr("Saved the login for %1 in the keychain.").arg(host) : error);
        if (error.isEmpty())
            emit loginsChanged();
    });
    connect(m_keychain, &Keychain::forgotten, this, [this](const QString &host, const QString &error) {
        m_user->clear();
        m_password->clear();
        setBusy(false, error.isEmpty() ? tr("Forgot the login for %1.").arg(host) : error);
        if (error.isEmpty())
            emit loginsChanged();
    });
    connect(m_keychain, &Keychain::loaded, this,
            [this](const QHash<QString, RegistryLogin> &logins, const QString &error) {
                if (m_registries.isEmpty())
                    return;
                const RegistryConfig &r = m_registries.at(m_registry->currentIndex());
                const RegistryLogin login = logins.value(r.host);
                QString text = login.isEmpty() ? tr("No login for %1 in the keychain.").arg(r.host)
                                               : tr("The keychain has a login for %1 as %2.").arg(r.host, login.username);
                const QString variable = m_gitHosts.contains(r.host) ? QStringLiteral("RELEASEDECK_GIT_TOKEN") : r.userVariable();
                if (!qEnvironmentVariableIsEmpty(variable.toLatin1().constData()))
                    text = tr("Signed in from the environment (%1), which comes first.").arg(variable);
                m_source->setText(text);
                if (m_user->text().isEmpty())
                    m_user->setText(login.username);
                setBusy(false, error);
            });

    if (m_registries.isEmpty()) {
        m_source->setText(tr("This workspace reaches no registry or git remote over HTTP: layout folders need no login."));
        for (QWidget *w : {static_cast<QWidget *>(m_registry), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_save),
                           static_cast<QWidget *>(m_forget)})
            w->setEnabled(false);
    } else {
        showRegistry();
    }
}

QString RegistryLoginDialog::statusText() const
{
    return m_status->text();
}

void RegistryLoginDialog::showRegistry()
{
    if (m_registry->currentIndex() < 0)
        return;
    m_user->clear();
    m_password->clear();
    setBusy(true, tr("Reading the keychain…"));
    m_keychain->read({m_registries.at(m_registry->currentIndex()).host});
}

void RegistryLoginDialog::setBusy(bool busy, const QString &status)
{
    m_save->setEnabled(!busy);
    m_forget->setEnabled(!busy);
    m_registry->setEnabled(!busy);
    m_status->setText(status);
    emit busyChanged(busy);
}

} // namespace ReleaseDeck

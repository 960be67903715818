#pragma once

#include "domain/workspace.h"
#include "platform/keychain.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ReleaseDeck {

// Saves or forgets the login of a workspace's HTTP registries in the
// system keychain. The password field is never filled from the keychain;
// a login from the environment is shown as such and takes precedence.
class RegistryLoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegistryLoginDialog(const Workspace &workspace, QWidget *parent = nullptr);

    QComboBox *registryBox() const { return m_registry; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *forgetButton() const { return m_forget; }
    QString statusText() const;

signals:
    void loginsChanged();
    void busyChanged(bool busy);

private:
    void showRegistry();
    void setBusy(bool busy, const QString &status);

    QList<RegistryConfig> m_registries; // registries, then https git remotes
    QSet<QString> m_gitHosts;
    Keychain *m_keychain;
    QComboBox *m_registry;
    QLabel *m_source;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_save;
    QPushButton *m_forget;
    QLabel *m_status;
};

} // namespace ReleaseDeck

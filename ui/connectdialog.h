#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lodestar::ui {

/// File > Connect to PostgreSQL…: the fields of a postgresql:// address, a "Test connection" button
/// that tries them off the GUI thread, and the address to open. An empty password leaves it to
/// PGPASSWORD or ~/.pgpass; a typed one is kept in memory only, never in the settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// The address the fields make, password included when one was typed.
    QString address() const;
    /// Fills the fields from an address (a recent one, say); the password stays empty.
    void setAddress(const QString &address);

private:
    void testConnection();
    void showTestResult();
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_schema;
    QComboBox *m_sslMode;
    QLabel *m_result;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<QString> m_watcher;
};

} // namespace lodestar::ui

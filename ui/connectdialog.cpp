#include "connectdialog.h"

#include "models/store/postgresaddress.h"
#include "models/store/postgresworkspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace lodestar::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(qEnvironmentVariable("USER"), this))
    , m_password(new QLineEdit(this))
    , m_schema(new QLineEdit(QStringLiteral("lodestar"), this))
    , m_sslMode(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_schema->setObjectName(QStringLiteral("schema"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when empty"));
    m_schema->setToolTip(tr("The schema that holds Lodestar's tables; one database can hold several workspaces"));
    for (const char *mode : {"prefer", "require", "verify-ca", "verify-full", "disable"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("SS&L mode:"), m_sslMode);
    form->addRow(m_test, m_result);
    form->addRow(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ConnectDialog::showTestResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_host, m_database, m_user, m_schema})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    updateButtons();
}

// A test still connecting (up to the connect timeout) finishes on its pool thread; its result is dropped.
ConnectDialog::~ConnectDialog()
{
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    if (m_sslMode->currentText() != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentText());
    if (m_schema->text().trimmed() != QLatin1String("lodestar"))
        query.addQueryItem(QStringLiteral("schema"), m_schema->text().trimmed());
    url.setQuery(query);
    return url.toString();
}

void ConnectDialog::setAddress(const QString &address)
{
    const auto parsed = PostgresAddress::parse(address);
    if (!parsed)
        return;
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port);
    m_database->setText(parsed->database);
    m_user->setText(parsed->user);
    m_schema->setText(parsed->schema);
    m_sslMode->setCurrentText(parsed->sslmode.isEmpty() ? QStringLiteral("prefer") : parsed->sslmode);
}

void ConnectDialog::testConnection()
{
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    m_watcher.setFuture(QtConcurrent::run([url = address()] {
        const auto described = postgres::describe(url);
        return described ? *described : described.errorString();
    }));
}

void ConnectDialog::showTestResult()
{
    m_result->setText(m_watcher.result());
    updateButtons();
}

void ConnectDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty() && !m_schema->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_test->setEnabled(complete && !m_watcher.isRunning());
}

} // namespace lodestar::ui

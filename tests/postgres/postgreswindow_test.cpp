// The window's side of a PostgreSQL workspace: File > Connect to PostgreSQL… and its Test Connection,
// and the same figures as for a SQLite copy of the data.
#include "postgresserver.h"
#include "testsupport.h"

#include "ui/connectdialog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

using lodestar::test::PostgresServer;
using lodestar::test::server;
using lodestar::test::str;
using lodestar::test::runLodestar;
using lodestar::test::TempWorkspace;

namespace {

template <typename Widget>
Widget *field(const QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<Widget *>(str(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

QStringList cdnowImport(const QString &db)
{
    return {str("import"), str("--db"), db, str("--transactions"), lodestar::test::testData(str("engine/cdnowElog.csv")),
            str("--map"), str("customer_id=sampleid"), str("--map"), str("date=date"), str("--map"), str("amount=sales")};
}

} // namespace

TEST(PostgresWindow, ConnectDialogTestsTheConnectionAndKeepsATypedPasswordOutOfNothingButTheAddress)
{
    LODESTAR_REQUIRE_POSTGRES();
    const QUrl server(PostgresServer::get().url);
    lodestar::ui::ConnectDialog dialog;
    field<QLineEdit>(dialog, "host")->setText(server.host());
    field<QSpinBox>(dialog, "port")->setValue(server.port());
    field<QLineEdit>(dialog, "database")->setText(str("lodestar_test"));
    field<QLineEdit>(dialog, "user")->setText(server.userName());
    field<QLineEdit>(dialog, "schema")->setText(str("t_dialog"));
    EXPECT_EQ(dialog.address(), QStringLiteral("postgresql://%1@%2:%3/lodestar_test?schema=t_dialog")
                                    .arg(server.userName(), server.host()).arg(server.port()));

    field<QLineEdit>(dialog, "password")->setText(str("wrong-password"));
    auto *result = field<QLabel>(dialog, "testResult");
    const auto testAndWait = [&] {
        field<QPushButton>(dialog, "testConnection")->click();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000 && !field<QPushButton>(dialog, "testConnection")->isEnabled())
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        return result->text();
    };
    EXPECT_TRUE(testAndWait().contains(str("did not accept the password"))) << qPrintable(result->text());
    EXPECT_FALSE(result->text().contains(str("wrong-password")));

    field<QLineEdit>(dialog, "password")->setText(server.password());
    PostgresServer::get().run(str("DROP SCHEMA IF EXISTS t_dialog CASCADE"));
    EXPECT_TRUE(testAndWait().contains(str("Connected to PostgreSQL 15"))) << qPrintable(result->text());
    EXPECT_TRUE(result->text().contains(str("no workspace in the schema t_dialog yet"))) << qPrintable(result->text());
    ASSERT_EQ(runLodestar(cdnowImport(dialog.address())).exitCode, 0);
    EXPECT_TRUE(testAndWait().contains(str("holds a workspace of 2"))) << qPrintable(result->text());
    EXPECT_TRUE(result->text().contains(str("357 customer"))) << qPrintable(result->text());
}

TEST(PostgresWindow, TheOverviewOfAServerWorkspaceIsThatOfItsSqliteCopy)
{
    LODESTAR_REQUIRE_POSTGRES();
    PostgresServer::get().run(str("DROP SCHEMA IF EXISTS t_window CASCADE"));
    const QString onServer = PostgresServer::get().workspace(str("t_window"));
    TempWorkspace file;
    ASSERT_EQ(runLodestar(cdnowImport(onServer)).exitCode, 0);
    ASSERT_EQ(runLodestar(cdnowImport(file.dbPath())).exitCode, 0);
    // The overview's tiles and trend are these figures (one analysis service for window and CLI).
    for (const QStringList &command : {QStringList{str("kpis"), str("--period"), str("quarter")}, QStringList{str("summary")}}) {
        const auto server = runLodestar(command + QStringList{str("--db"), onServer, str("--json")});
        const auto local = runLodestar(command + QStringList{str("--db"), file.dbPath(), str("--json")});
        ASSERT_EQ(server.exitCode, 0) << server.out.constData() << server.err.constData();
        QJsonObject serverJson = QJsonDocument::fromJson(server.out).object();
        QJsonObject localJson = QJsonDocument::fromJson(local.out).object();
        serverJson.remove(str("workspace"));
        localJson.remove(str("workspace"));
        EXPECT_EQ(serverJson, localJson) << qPrintable(command.first());
    }
    const QString png = file.filePath(str("overview.png"));
    const auto shot = runLodestar({str("screenshot"), str("--db"), onServer, str("--view"), str("overview"), str("--out"), png});
    ASSERT_EQ(shot.exitCode, 0) << shot.out.constData() << shot.err.constData();
    EXPECT_FALSE(QImage(png).isNull());
}

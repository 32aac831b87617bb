// Command-line outputs (issue 12, items 5, 7 and 8): --out never lands on the workspace or a
// device, every CSV is safe to open in a spreadsheet, and a failed write leaves nothing half done.
#include "testsupport.h"
#include "csvreadback.h"
#include "workspaceprobe.h"

#include "models/import/csvreader.h"
#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace lodestar;
using namespace lodestar::test;

namespace {

// Every command that writes a file, with the options it needs besides --out.
struct Writer
{
    QString name;
    QStringList options;
};

QList<Writer> writers(const QString &db)
{
    const QStringList base{QStringLiteral("--db"), db};
    return {{QStringLiteral("clv"), base},
            {QStringLiteral("report"), base},
            {QStringLiteral("rejects"), base + QStringList{QStringLiteral("--import"), QStringLiteral("1")}},
            {QStringLiteral("screenshot"), base + QStringList{QStringLiteral("--view"), QStringLiteral("overview")}}};
}

QStringList command(const Writer &writer, const QString &out)
{
    return QStringList{writer.name} + writer.options + QStringList{QStringLiteral("--out"), out};
}

// Ids a spreadsheet would evaluate, one per trigger, and ones that need quoting.
const QStringList kHostileIds{
    QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@SUM(1+1)"), QStringLiteral("+1+1"), QStringLiteral("-2+3"),
    QStringLiteral("\t=1+1"), QStringLiteral("\r=1+1"), QStringLiteral("split\rid"), QStringLiteral("a,\"b\""),
};

bool evaluatedBySpreadsheet(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

bool isNumber(const QString &cell)
{
    bool ok = false;
    cell.toDouble(&ok);
    return ok;
}

class CliOutput : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_workspace = std::make_unique<TempWorkspace>();
        // Rows with an unreadable date, so the import has rejected rows to export.
        // Enough customers and rejected rows that every output is larger than the simulated full disk.
        QByteArray csv = transactionsCsv(6000, 1500, 41);
        for (int i = 0; i < kHostileIds.size(); ++i)
            csv += "C" + QByteArray::number(i) + ",2023-12-30,-12.50,R" + QByteArray::number(i) + '\n';
        for (int i = 0; i < 2000; ++i)
            csv += "C" + QByteArray::number(i) + ",not a date,1.00,X" + QByteArray::number(i) + '\n';
        const QString file = s_workspace->writeFile(QStringLiteral("seed.csv"), csv);
        const auto imported = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), s_workspace->dbPath(),
                                           QStringLiteral("--transactions"), file});
        s_ready = imported.exitCode == 0;
        if (!s_ready)
            return;
        // Hostile ids as an earlier import (or a future reader without trimming) might have stored them.
        auto store = Store::open(s_workspace->dbPath());
        s_ready = bool(store);
        for (int i = 0; s_ready && i < kHostileIds.size(); ++i) {
            QSqlQuery query((*store)->database());
            query.prepare(QStringLiteral("UPDATE customers SET external_id = ? WHERE external_id = ?"));
            query.addBindValue(kHostileIds.at(i));
            query.addBindValue(QStringLiteral("C%1").arg(i));
            s_ready = query.exec() && query.numRowsAffected() == 1;
        }
    }
    static void TearDownTestSuite() { s_workspace.reset(); }

    void SetUp() override
    {
        ASSERT_TRUE(s_ready) << "could not build the workspace";
        m_digest = workspaceDigest(db());
        m_dataDigest = workspaceDataDigest(db());
    }

    static QString db() { return s_workspace->dbPath(); }
    static QString scratch(const QString &name) { return s_workspace->filePath(name); }

    void expectWorkspaceUnchanged() const
    {
        EXPECT_EQ(workspaceDigest(db()), m_digest);
        EXPECT_EQ(integrityCheck(db()), QStringLiteral("ok"));
    }

    static inline std::unique_ptr<TempWorkspace> s_workspace;
    static inline bool s_ready = false;
    QByteArray m_digest;
    QByteArray m_dataDigest;
};

} // namespace

TEST_F(CliOutput, OutOntoTheWorkspaceOrItsFilesIsRefusedByEveryCommand)
{
    const QString symlink = scratch(QStringLiteral("looks-harmless.pdf"));
    QFile::remove(symlink);
    ASSERT_TRUE(QFile::link(db(), symlink));
    const QString hardLink = scratch(QStringLiteral("hard-link.csv"));
    QFile::remove(hardLink);
    ASSERT_EQ(::link(QFile::encodeName(db()).constData(), QFile::encodeName(hardLink).constData()), 0);
    const QString relative = QDir(QDir::currentPath()).relativeFilePath(db());
    for (const Writer &writer : writers(db())) {
        for (const QString &out : {db(), relative, db() + QStringLiteral("-wal"), db() + QStringLiteral("-shm"), symlink, hardLink}) {
            const auto result = runLodestar(command(writer, out), 60000);
            EXPECT_EQ(result.exitCode, 2) << qPrintable(writer.name) << " --out " << qPrintable(out) << ": " << result.err.constData();
            EXPECT_TRUE(result.err.contains("workspace")) << result.err.constData();
            EXPECT_EQ(messageLines(result.err).size(), 1) << result.err.constData();
        }
    }
    expectWorkspaceUnchanged();
}

TEST_F(CliOutput, OutOntoADeviceOrFifoIsRefusedAndLeftAlone)
{
    const QString fifo = scratch(QStringLiteral("out.fifo"));
    QFile::remove(fifo);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QStringList targets{fifo, s_workspace->filePath(QString())};
    if (QFileInfo::exists(QStringLiteral("/dev/full")))
        targets << QStringLiteral("/dev/full");
    for (const Writer &writer : writers(db())) {
        for (const QString &out : targets) {
            const auto result = runLodestar(command(writer, out), 60000);
            EXPECT_EQ(result.exitCode, 2) << qPrintable(writer.name) << " --out " << qPrintable(out) << ": " << result.err.constData();
        }
    }
    struct stat status{};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &status), 0);
    EXPECT_TRUE(S_ISFIFO(status.st_mode));
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        ASSERT_EQ(::stat("/dev/full", &status), 0);
        EXPECT_TRUE(S_ISCHR(status.st_mode)) << "/dev/full was replaced";
    }
}

TEST_F(CliOutput, ClvCsvHasNoCellASpreadsheetEvaluates)
{
    const QString out = scratch(QStringLiteral("clv.csv"));
    const auto result = runLodestar({QStringLiteral("clv"), QStringLiteral("--db"), db(), QStringLiteral("--out"), out});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QList<QStringList> records = lodestar::test::readCsvBack(out);
    ASSERT_GT(records.size(), 1);
    const QStringList header = records.first();
    ASSERT_EQ(header.size(), 11);
    QStringList ids;
    for (const QStringList &record : records) {
        ASSERT_EQ(record.size(), header.size()) << qPrintable(record.join(QLatin1Char('|')));
        for (qsizetype column = 0; column < record.size(); ++column) {
            const QString &cell = record.at(column);
            const bool numeric = column >= 1 && column <= 8 && &record != &records.first();
            // Text cells never start a formula; number columns hold numbers (a minus sign included).
            if (numeric)
                EXPECT_TRUE(cell.isEmpty() || isNumber(cell)) << qPrintable(header.at(column)) << ": " << qPrintable(cell);
            else
                EXPECT_FALSE(evaluatedBySpreadsheet(cell)) << qPrintable(header.at(column)) << ": " << qPrintable(cell);
        }
        ids << record.first();
    }
    // Every hostile id is there, guarded but otherwise exactly as stored.
    for (const QString &id : kHostileIds)
        EXPECT_TRUE(ids.contains(evaluatedBySpreadsheet(id) ? QLatin1Char('\'') + id : id)) << qPrintable(id);
    // A successful command may store its fits; the data is untouched.
    EXPECT_EQ(workspaceDataDigest(db()), m_dataDigest);
    EXPECT_EQ(integrityCheck(db()), QStringLiteral("ok"));
}

// A full disk, simulated with the shell's file-size limit (writes past it fail with EFBIG, as they
// fail with ENOSPC on a full disk): each command exits non-zero, says so, and the earlier file
// stays whole; no temporary file is left beside it.
TEST_F(CliOutput, FullDiskLeavesThePreviousOutputWholeAndNoTemporaryFile)
{
    const QString folder = scratch(QStringLiteral("full"));
    ASSERT_TRUE(QDir().mkpath(folder));
    qsizetype written = 0;
    for (const Writer &writer : writers(db())) {
        const QString out = QDir(folder).filePath(writer.name + QStringLiteral(".out"));
        QFile previous(out);
        ASSERT_TRUE(previous.open(QIODevice::WriteOnly));
        previous.write("previous output\n");
        previous.close();
        QString script = QStringLiteral("trap '' XFSZ; ulimit -f 96 || exit 97; exec \"$LODESTAR\"");
        for (const QString &argument : command(writer, out))
            script += QStringLiteral(" '") + argument + QLatin1Char('\'');
        const auto result = runShell(script);
        ASSERT_NE(result.exitCode, 97) << "cannot limit the file size";
        EXPECT_NE(result.exitCode, 0) << qPrintable(writer.name) << ": " << result.out.constData();
        EXPECT_GT(result.exitCode, 0) << qPrintable(writer.name) << " crashed: " << result.err.constData();
        EXPECT_TRUE(result.err.contains("annot write")) << qPrintable(writer.name) << ": " << result.err.constData();
        QFile after(out);
        ASSERT_TRUE(after.open(QIODevice::ReadOnly));
        EXPECT_EQ(after.readAll(), QByteArray("previous output\n")) << qPrintable(writer.name);
        EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), ++written)
            << qPrintable(QDir(folder).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')));
    }
    expectWorkspaceUnchanged();
}

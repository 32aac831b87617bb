#include "uitestsupport.h"

#include "models/store/datasetreader.h"
#include "models/store/importhistory.h"
#include "models/store/store.h"
#include "ui/imports/importfilespage.h"
#include "ui/imports/importmappingpage.h"
#include "ui/imports/importrunpage.h"
#include "ui/imports/importwizard.h"
#include "ui/workspacefiles.h"

#include <QComboBox>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>

using namespace lodestar;
using namespace lodestar::test;
using lodestar::ui::ImportWizard;

namespace {

class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ui::workspacefiles::createWorkspace(m_workspace.dbPath()).ok());
        m_wizard = std::make_unique<ImportWizard>(m_workspace.dbPath());
        m_wizard->show();
    }
    void TearDown() override
    {
        // Never leave a worker writing into a folder that is about to go.
        if (m_wizard->runPage()->isRunning()) {
            m_wizard->runPage()->cancel();
            waitForRun();
        }
    }

    static QString fixture(const QString &name) { return testData(QStringLiteral("import/") + name); }

    /// Runs the event loop until the run page reports the end of the import.
    bool waitForRun(int timeoutMs = 60000)
    {
        if (!m_wizard->runPage()->isRunning())
            return m_wizard->runPage()->isComplete();
        QEventLoop loop;
        bool finished = false;
        QObject::connect(m_wizard->runPage(), &ui::ImportRunPage::completeChanged, &loop, [&] {
            if (m_wizard->runPage()->isComplete()) {
                finished = true;
                loop.quit();
            }
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return finished;
    }

    Dataset dataset() const
    {
        auto store = Store::open(m_workspace.dbPath(), Store::Mode::ReadOnly);
        EXPECT_TRUE(store.ok()) << qPrintable(store.errorString());
        return store ? readDataset(**store).value() : Dataset{};
    }

    qsizetype importCount() const
    {
        auto store = Store::open(m_workspace.dbPath(), Store::Mode::ReadOnly);
        return store ? listImports(**store).value().size() : -1;
    }

    TempWorkspace m_workspace;
    std::unique_ptr<ImportWizard> m_wizard;
};

QDate dateOf(EpochSeconds seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
}

} // namespace

TEST_F(ImportWizardTest, ImportWizard_FilePageRefusesToGoOnWithoutAFile)
{
    m_wizard->next();
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::FilePage);
    EXPECT_FALSE(m_wizard->filesPage()->problem().isEmpty());
}

TEST_F(ImportWizardTest, ImportWizard_FilePageRefusesAMissingFile)
{
    m_wizard->setFile(ImportKind::Transactions, m_workspace.filePath(QStringLiteral("missing.csv")));
    m_wizard->next();
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::FilePage);
    EXPECT_TRUE(m_wizard->filesPage()->problem().contains(QStringLiteral("missing.csv")));
}

TEST_F(ImportWizardTest, ImportWizard_PreviewShowsTheFirstRowsOfTheFile)
{
    m_wizard->setFile(ImportKind::Transactions, testData(QStringLiteral("engine/cdnowElog.csv")));
    m_wizard->next();
    const ui::ImportMappingPage *page = m_wizard->mappingPage(ImportKind::Transactions);
    ASSERT_EQ(m_wizard->currentPage(), page);
    const QStandardItemModel *preview = page->preview();
    EXPECT_EQ(preview->rowCount(), 20);
    ASSERT_EQ(preview->columnCount(), 5);
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("masterid"));
    // The file's first record: 4,1,19970101,2,29.33
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("4"));
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("19970101"));
    EXPECT_EQ(preview->item(0, 4)->text(), QStringLiteral("29.33"));
    EXPECT_TRUE(page->previewInfo().contains(QStringLiteral("cdnowElog.csv")));
}

TEST_F(ImportWizardTest, ImportWizard_GuessesTheColumnsFromTheHeader)
{
    m_wizard->setFile(ImportKind::Transactions, testData(QStringLiteral("engine/cdnowElog.csv")));
    m_wizard->next();
    const ui::ImportMappingPage *page = m_wizard->mappingPage(ImportKind::Transactions);
    ASSERT_NE(page->columnChooser(QStringLiteral("customer_id")), nullptr);
    EXPECT_EQ(page->columnChooser(QStringLiteral("customer_id"))->currentText(), QStringLiteral("masterid"));
    EXPECT_EQ(page->columnChooser(QStringLiteral("date"))->currentText(), QStringLiteral("date"));
    EXPECT_EQ(page->columnChooser(QStringLiteral("amount"))->currentText(), QStringLiteral("sales"));
    EXPECT_EQ(page->columnChooser(QStringLiteral("quantity"))->currentText(), QStringLiteral("cds"));
    EXPECT_EQ(page->columnChooser(QStringLiteral("order_id"))->currentData().toInt(), -1);
    EXPECT_TRUE(page->isComplete());
}

TEST_F(ImportWizardTest, ImportWizard_WaitsUntilEveryRequiredFieldHasAColumn)
{
    m_wizard->setFile(ImportKind::Transactions, fixture(QStringLiteral("wizard_transactions.csv")));
    m_wizard->next();
    ui::ImportMappingPage *page = m_wizard->mappingPage(ImportKind::Transactions);
    QComboBox *amount = page->columnChooser(QStringLiteral("amount"));
    ASSERT_NE(amount, nullptr);
    amount->setCurrentIndex(0); // "(choose a column)"
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_F(ImportWizardTest, ImportWizard_ImportsWithTheChangedMappingAndDateFormat)
{
    m_wizard->setFile(ImportKind::Transactions, fixture(QStringLiteral("wizard_transactions.csv")));
    m_wizard->next();
    ui::ImportMappingPage *page = m_wizard->mappingPage(ImportKind::Transactions);
    QComboBox *amount = page->columnChooser(QStringLiteral("amount"));
    ASSERT_NE(amount, nullptr);
    EXPECT_EQ(amount->currentText(), QStringLiteral("Total"));
    amount->setCurrentIndex(amount->findText(QStringLiteral("Net")));
    // Every date of the file fits both orders; without a choice the importer would assume month first.
    QComboBox *dates = page->dateFormatChooser();
    dates->setCurrentIndex(dates->findData(QStringLiteral("d/M/yyyy")));

    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::RunPage);
    ASSERT_TRUE(waitForRun());

    const QList<ImportReport> &reports = m_wizard->runPage()->reports();
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports[0].counts.rowsRead, 4);
    EXPECT_EQ(reports[0].counts.imported, 4);
    EXPECT_EQ(reports[0].counts.rejected, 0);
    EXPECT_EQ(reports[0].dateOrder, QStringLiteral("d/M/yyyy"));
    EXPECT_FALSE(reports[0].dateOrderDetected);
    EXPECT_EQ(m_wizard->runPage()->progress(), 1000);
    EXPECT_TRUE(m_wizard->runPage()->summary().contains(QStringLiteral("wizard_transactions.csv")));

    const Dataset data = dataset();
    ASSERT_EQ(data.transactions.size(), 4u);
    double total = 0;
    bool aprilSeventh = false;
    for (const TransactionRecord &transaction : data.transactions) {
        total += transaction.amount;
        aprilSeventh = aprilSeventh || dateOf(transaction.occurredAt) == QDate(2024, 4, 7);
    }
    EXPECT_DOUBLE_EQ(total, 250.0); // the Net column, not Total (300)
    EXPECT_TRUE(aprilSeventh) << "07/04/2024 read day first";
}

TEST_F(ImportWizardTest, ImportWizard_ImportsSeveralFilesWithOnePageEachAndOneSummary)
{
    m_wizard->setFile(ImportKind::Transactions, fixture(QStringLiteral("wizard_transactions.csv")));
    m_wizard->setFile(ImportKind::Customers, fixture(QStringLiteral("wizard_customers.csv")));
    m_wizard->setFile(ImportKind::Spend, fixture(QStringLiteral("wizard_spend.csv")));
    m_wizard->setFile(ImportKind::Nps, fixture(QStringLiteral("wizard_nps.csv")));
    QList<ImportKind> visited;
    for (int step = 0; step < 4; ++step) {
        m_wizard->next();
        auto *page = qobject_cast<ui::ImportMappingPage *>(m_wizard->currentPage());
        ASSERT_NE(page, nullptr) << "step " << step;
        EXPECT_GT(page->preview()->rowCount(), 0);
        EXPECT_TRUE(page->isComplete()) << qPrintable(kindName(page->kind()));
        visited << page->kind();
    }
    // Customers first, so the transactions attach to the customers file's rows.
    EXPECT_EQ(visited, (QList<ImportKind>{ImportKind::Customers, ImportKind::Transactions, ImportKind::Spend, ImportKind::Nps}));
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::RunPage);
    ASSERT_TRUE(waitForRun());

    const QList<ImportReport> &reports = m_wizard->runPage()->reports();
    ASSERT_EQ(reports.size(), 4);
    EXPECT_EQ(reports[0].kind, ImportKind::Customers);
    EXPECT_EQ(reports[0].counts.imported, 4);
    EXPECT_EQ(reports[1].counts.imported, 4);
    EXPECT_EQ(reports[2].counts.imported, 3);
    EXPECT_EQ(reports[3].counts.imported, 2);
    const QString summary = m_wizard->runPage()->summary();
    for (const char *file : {"wizard_customers.csv", "wizard_transactions.csv", "wizard_spend.csv", "wizard_nps.csv"})
        EXPECT_TRUE(summary.contains(QLatin1String(file))) << file;

    const Dataset data = dataset();
    EXPECT_EQ(data.customers.size(), 4u);
    EXPECT_EQ(data.transactions.size(), 4u);
    EXPECT_EQ(data.spend.size(), 3u);
    EXPECT_EQ(data.nps.size(), 2u);
}

TEST_F(ImportWizardTest, ImportWizard_SkipsThePagesOfKindsWithoutAFile)
{
    m_wizard->setFile(ImportKind::Transactions, fixture(QStringLiteral("wizard_transactions.csv")));
    m_wizard->setFile(ImportKind::Nps, fixture(QStringLiteral("wizard_nps.csv")));
    m_wizard->next();
    EXPECT_EQ(m_wizard->currentPage(), m_wizard->mappingPage(ImportKind::Transactions));
    m_wizard->next();
    EXPECT_EQ(m_wizard->currentPage(), m_wizard->mappingPage(ImportKind::Nps));
    m_wizard->next();
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::RunPage);
    ASSERT_TRUE(waitForRun());
    EXPECT_EQ(m_wizard->runPage()->reports().size(), 2);
}

TEST_F(ImportWizardTest, ImportWizard_CancelLeavesTheStoreUnchanged)
{
    // First a small import, so "unchanged" means more than "empty".
    m_wizard->setFile(ImportKind::Transactions, fixture(QStringLiteral("wizard_transactions.csv")));
    m_wizard->next();
    m_wizard->next();
    ASSERT_TRUE(waitForRun());
    const std::size_t transactionsBefore = dataset().transactions.size();
    const qsizetype importsBefore = importCount();
    ASSERT_EQ(transactionsBefore, 4u);

    const QByteArray dates[] = {",2024-05-12,", ",2024-11-27,"};
    QByteArray large = "customer_id,date,amount\n";
    for (int row = 0; row < 600000; ++row)
        large += "L" + QByteArray::number(row % 5000) + dates[row % 2] + QByteArray::number(10 + row % 90) + ".50\n";
    const QString path = m_workspace.writeFile(QStringLiteral("large.csv"), large);

    ImportWizard wizard(m_workspace.dbPath());
    wizard.show();
    wizard.setFile(ImportKind::Transactions, path);
    wizard.next();
    // Cancel once the worker reports progress: the importer is mid-file then.
    bool cancelled = false;
    ui::ImportRunPage *run = wizard.runPage();
    QObject::connect(run->findChild<QProgressBar *>(), &QProgressBar::valueChanged, run, [&](int value) {
        if (value > 0 && !cancelled) {
            cancelled = true;
            run->findChild<QPushButton *>()->click();
        }
    });
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPage);
    QEventLoop loop;
    QObject::connect(run, &ui::ImportRunPage::importFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (run->isRunning())
        loop.exec();
    ASSERT_TRUE(run->isComplete());

    EXPECT_TRUE(cancelled);
    EXPECT_TRUE(run->reports().isEmpty());
    EXPECT_TRUE(run->summary().contains(QStringLiteral("cancelled"))) << qPrintable(run->summary());
    EXPECT_EQ(dataset().transactions.size(), transactionsBefore);
    EXPECT_EQ(importCount(), importsBefore);
}

TEST_F(ImportWizardTest, ImportWizard_FileLabelsJumpToTheirFileWithAMnemonic)
{
    // A label shows its '&' literally unless it has a buddy to jump to.
    for (const QLabel *label : m_wizard->filesPage()->findChildren<QLabel *>()) {
        if (label->text().startsWith(QLatin1Char('&'))) {
            EXPECT_TRUE(qobject_cast<QLineEdit *>(label->buddy())) << qPrintable(label->text());
        }
    }
    EXPECT_EQ(m_wizard->filesPage()->findChildren<QLineEdit *>().size(), 4);
}

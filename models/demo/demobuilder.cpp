#include "demobuilder.h"

#include "demogenerator.h"
#include "models/import/importer.h"
#include "models/store/store.h"
#include "models/store/transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace lodestar::demo {

Result<QList<ImportReport>> buildDemoWorkspace(Store &store)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{QCoreApplication::translate("demo", "Cannot create a temporary folder for the demo data."), folder.errorString()};
    if (Status status = writeDemoFiles(generateDemoData(), folder.path()); !status)
        return status.error();
    // Customers first, so transactions and responses attach to the customers' full records.
    const std::pair<ImportKind, const char *> files[] = {
        {ImportKind::Customers, "customers.csv"},
        {ImportKind::Transactions, "transactions.csv"},
        {ImportKind::Spend, "spend.csv"},
        {ImportKind::Nps, "nps.csv"},
    };
    // One transaction for the four files: a full disk halfway must not leave customers without
    // their transactions (a half demo that a second run then refuses to replace).
    TransactionGuard transaction(store.database());
    if (!transaction.isActive())
        return Error{QCoreApplication::translate("demo", "Cannot import the demo data: %1")
                         .arg(QCoreApplication::translate("import", "The workspace cannot be written (it may be locked or read-only).")),
                     transaction.beginError()};
    QList<ImportReport> reports;
    Importer importer(store);
    for (const auto &[kind, name] : files) {
        ImportOptions options;
        options.kind = kind;
        options.path = QDir(folder.path()).filePath(QString::fromLatin1(name));
        auto report = importer.run(options);
        if (!report)
            return Error{QCoreApplication::translate("demo", "Cannot import the demo data: %1").arg(report.errorString()), report.errorDetail()};
        reports << std::move(report).value();
    }
    if (Status status = transaction.commit(); !status)
        return Error{QCoreApplication::translate("demo", "Cannot import the demo data: %1").arg(status.errorString()), status.errorDetail()};
    return reports;
}

} // namespace lodestar::demo

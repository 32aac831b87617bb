#pragma once

#include "testsupport.h"

#include "models/import/importer.h"
#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

#include <memory>

namespace lodestar::test {

/// A fresh workspace and helpers to import text into it and count what arrived.
class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Store::open(m_workspace.dbPath());
        ASSERT_TRUE(opened) << qPrintable(opened.errorString());
        m_store = std::move(opened).value();
    }

    Result<ImportReport> importText(const QByteArray &contents, ImportOptions options = {},
                                    const QString &name = QStringLiteral("input.csv"))
    {
        options.path = m_workspace.writeFile(name, contents);
        return importFile(options);
    }

    Result<ImportReport> importFile(const ImportOptions &options)
    {
        Importer importer(*m_store);
        importer.setProgress(m_progress);
        auto report = importer.run(options);
        m_failure = importer.failure();
        return report;
    }

    ImportOptions kind(ImportKind kind) const
    {
        ImportOptions options;
        options.kind = kind;
        return options;
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(m_store->database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    double real(const QString &sql) const
    {
        QSqlQuery query(m_store->database());
        return query.exec(sql) && query.next() ? query.value(0).toDouble() : -1.0;
    }

    QString text(const QString &sql) const
    {
        QSqlQuery query(m_store->database());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    qint64 transactions() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")); }
    qint64 customers() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM customers")); }

    TempWorkspace m_workspace;
    std::unique_ptr<Store> m_store;
    ImportProgress *m_progress = nullptr;
    ImportFailure m_failure = ImportFailure::None;
};

} // namespace lodestar::test

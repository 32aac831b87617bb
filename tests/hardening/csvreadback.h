#pragma once

// Reads a CSV file the project wrote back with the import reader, for tests that check every cell.

#include "models/import/csvreader.h"

#include <QList>
#include <QStringList>

#include <gtest/gtest.h>

namespace lodestar::test {

/// One list of fields per record, fields as written (no trimming).
inline QList<QStringList> readCsvBack(const QString &path)
{
    CsvReader reader;
    EXPECT_TRUE(reader.open(path, CsvFormat{CsvFormat::Split::Delimited, ','}));
    QList<QStringList> records;
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (int i = 0; i < record.size(); ++i) {
            const std::string_view field = record.field(i);
            fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
        }
        records << fields;
    }
    EXPECT_TRUE(reader.status()) << qPrintable(reader.status().errorString());
    return records;
}

} // namespace lodestar::test

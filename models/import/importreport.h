#pragma once

#include "csvformat.h"
#include "dateparser.h"
#include "columnmapping.h"
#include "importkind.h"
#include "textencoding.h"
#include "models/store/importrepository.h"
#include "models/store/importrows.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lodestar {

/// What to import and how to read it; everything but kind and path is detected when not given.
struct ImportOptions
{
    ImportKind kind = ImportKind::Transactions;
    QString path;
    std::optional<CsvFormat> format;
    bool hasHeader = true;
    QList<ColumnOverride> mapping;
    std::optional<DayMonthOrder> dateOrder;
    /// Set when the user named the date format: only then are two-digit years ("24-01-01") read.
    bool dateFormatGiven = false;
    std::optional<TextEncoding> encoding;
    /// Dates outside [earliestDate, latestDate] are rejected rows: a 9999-12-31 "open end" or a
    /// 3024 typo would otherwise stretch every analysis over centuries. Defaults: 1900-01-01 and
    /// the day after the import (a file written in a time zone ahead of this machine's).
    std::optional<QDate> earliestDate;
    std::optional<QDate> latestDate;
};

/// What one file's import did; counts are complete, the rejects list holds the first kMaxRejects.
struct ImportReport
{
    static constexpr int kMaxRejects = 1000;

    ImportKind kind = ImportKind::Transactions;
    QString file;
    qint64 importId = 0;
    ImportCounts counts;
    qint64 customersCreated = 0;
    bool alreadyImported = false; ///< same content was imported before: nothing was added
    QString format;               ///< "comma", "whitespace", …
    QString encoding;             ///< "utf-8", "windows-1252" or "latin-1"
    QString dateOrder;            ///< "d/M/yyyy" or "M/d/yyyy" when the file has such dates
    bool dateOrderDetected = false;
    bool dateOrderAmbiguous = false; ///< no value told the order apart; M/d/yyyy was assumed
    QJsonObject mapping;
    QList<RejectedRow> rejects;
};

/// Why an import did not finish, so the command line can pick its exit code. A full disk and a
/// workspace locked by another process count as unusable input: the user's to fix, not a fault.
enum class ImportFailure { None, UnusableInput, Cancelled, StoreFailure };

} // namespace lodestar

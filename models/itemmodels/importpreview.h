#pragma once

#include "models/import/importkind.h"
#include "models/result.h"

#include <QList>
#include <QStringList>

namespace lodestar {

/// The first rows of a CSV file and the importer's guess of which column holds which field,
/// for the import wizard's preview and mapping pages.
struct ImportPreview
{
    QString format;               ///< "comma", "semicolon", "whitespace" …
    QStringList header;
    QList<QStringList> rows;      ///< the first records after the header
    QList<int> guessedColumns;    ///< per fieldsOf(kind) entry: 0-based column or -1
};

Result<ImportPreview> previewCsv(const QString &path, ImportKind kind, int maxRows = 20);

} // namespace lodestar

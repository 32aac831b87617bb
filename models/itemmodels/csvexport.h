#pragma once

#include "models/result.h"

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace lodestar {

/// Makes a cell safe to open in a spreadsheet: text starting with = + - @ tab or CR is
/// prefixed with ' so it is never evaluated as a formula (CSV injection).
QString neutraliseFormula(const QString &cell);

/// Quotes a field for RFC 4180 CSV when it holds a comma, quote or line break.
QString quoteCsvField(const QString &field);

/// Writes a table model as UTF-8 CSV with a header row: numbers raw (C locale, full precision),
/// text neutralised against formula injection. The vertical header becomes the first column
/// when withRowHeaders is set.
Status writeCsv(const QAbstractItemModel &model, QIODevice &device, bool withRowHeaders = false);
Status writeCsvFile(const QAbstractItemModel &model, const QString &path, bool withRowHeaders = false);

} // namespace lodestar

#pragma once

#include "models/result.h"

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace lodestar {

/// Writes a table model as UTF-8 CSV with a header row: numbers raw (C locale, full precision),
/// text through the project's one CSV writer (csvwriter.h), which guards it against formula
/// injection. The vertical header becomes the first column when withRowHeaders is set.
Status writeCsv(const QAbstractItemModel &model, QIODevice &device, bool withRowHeaders = false);
/// Writes the file whole or not at all (OutputFile), never over one of protectedFiles.
Status writeCsvFile(const QAbstractItemModel &model, const QString &path, bool withRowHeaders = false,
                    const QStringList &protectedFiles = {});

} // namespace lodestar

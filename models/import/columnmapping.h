#pragma once

#include "importkind.h"
#include "models/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace lodestar {

/// An explicit --map FIELD=COLUMN: the column by header name or 1-based position.
using ColumnOverride = QPair<QString, QString>;

/// Which column of a file holds which field: explicit overrides first, then the header names
/// matched against each field's aliases (case, space and underscore blind).
class ColumnMapping
{
public:
    /// header is empty for a file without a header row; columnCount is then the first record's width.
    static Result<ColumnMapping> resolve(ImportKind kind, const QStringList &header, int columnCount,
                                         const QList<ColumnOverride> &overrides);

    /// 0-based column of a field, or -1 when the file does not have it.
    int column(ImportField field) const { return m_columns.value(field, -1); }
    int columnCount() const { return m_columnCount; }
    /// The header name of a column, or "column N" (1-based) without a header.
    QString columnName(int index) const;
    /// Columns no field uses, in file order (kept as customer attributes).
    QList<int> unmappedColumns() const;
    /// field name -> column name, stored with the import so it can be repeated.
    QJsonObject toJson() const;

private:
    ImportKind m_kind = ImportKind::Transactions;
    QStringList m_header;
    int m_columnCount = 0;
    QHash<ImportField, int> m_columns;
};

} // namespace lodestar

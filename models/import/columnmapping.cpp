#include "columnmapping.h"

#include <QCoreApplication>

namespace lodestar {

namespace {

QString fieldNames(ImportKind kind)
{
    QStringList names;
    for (const FieldSpec &spec : fieldsOf(kind))
        names << spec.name;
    return names.join(QStringLiteral(", "));
}

// A column by 1-based position or by header name (exact first, then normalised); -1 if none.
int findColumn(const QString &column, const QStringList &header, int columnCount)
{
    bool isNumber = false;
    const int position = column.toInt(&isNumber);
    if (isNumber)
        return position >= 1 && position <= columnCount ? position - 1 : -1;
    if (const qsizetype exact = header.indexOf(column); exact >= 0)
        return int(exact);
    const QString wanted = normaliseColumnName(column);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (normaliseColumnName(header.at(i)) == wanted)
            return int(i);
    }
    return -1;
}

} // namespace

Result<ColumnMapping> ColumnMapping::resolve(ImportKind kind, const QStringList &header, int columnCount,
                                             const QList<ColumnOverride> &overrides)
{
    ColumnMapping mapping;
    mapping.m_kind = kind;
    mapping.m_header = header;
    mapping.m_columnCount = columnCount;
    QList<int> used;
    for (const auto &[fieldName, column] : overrides) {
        const FieldSpec *spec = findField(kind, fieldName);
        if (!spec)
            return Error{QCoreApplication::translate("import", "unknown field '%1' for a %2 file (fields: %3)").arg(fieldName, kindName(kind), fieldNames(kind)), {}};
        const int index = findColumn(column, header, columnCount);
        if (index < 0)
            return Error{QCoreApplication::translate("import", "the %1 file has no column '%2' (it has %3 columns%4)")
                             .arg(kindName(kind), column).arg(columnCount)
                             .arg(header.isEmpty() ? QString() : QStringLiteral(": ") + header.join(QStringLiteral(", "))), {}};
        mapping.m_columns.insert(spec->field, index);
        used << index;
    }
    QStringList normalised;
    for (const QString &name : header)
        normalised << normaliseColumnName(name);
    for (const FieldSpec &spec : fieldsOf(kind)) {
        if (mapping.m_columns.contains(spec.field))
            continue;
        for (const QString &alias : spec.aliases) {
            const int index = int(normalised.indexOf(alias));
            if (index >= 0 && !used.contains(index)) {
                mapping.m_columns.insert(spec.field, index);
                used << index;
                break;
            }
        }
    }
    for (const FieldSpec &spec : fieldsOf(kind)) {
        if (spec.required && !mapping.m_columns.contains(spec.field)) {
            const QString columns = header.isEmpty() ? QCoreApplication::translate("import", "the file has no header row, so map columns by position")
                                                     : QCoreApplication::translate("import", "columns: ") + header.join(QStringLiteral(", "));
            return Error{QCoreApplication::translate("import", "no column for %1 in the %2 file; name it with --map %1=COLUMN (%3)")
                             .arg(spec.name, kindName(kind), columns), {}};
        }
    }
    return mapping;
}

QString ColumnMapping::columnName(int index) const
{
    if (index >= 0 && index < m_header.size() && !m_header.at(index).isEmpty())
        return m_header.at(index);
    return QStringLiteral("column %1").arg(index + 1);
}

QList<int> ColumnMapping::unmappedColumns() const
{
    QList<int> result;
    for (int i = 0; i < m_columnCount; ++i) {
        if (!m_columns.values().contains(i))
            result << i;
    }
    return result;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject object;
    for (const FieldSpec &spec : fieldsOf(m_kind)) {
        if (m_columns.contains(spec.field))
            object.insert(spec.name, columnName(m_columns.value(spec.field)));
    }
    return object;
}

} // namespace lodestar

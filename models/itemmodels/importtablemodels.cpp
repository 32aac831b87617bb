#include "importtablemodels.h"

#include "itemroles.h"
#include "valueformat.h"

#include <QDateTime>
#include <QLocale>

namespace lodestar {

ImportListModel::ImportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportListModel::setImports(QList<ImportEntry> imports)
{
    beginResetModel();
    m_imports = std::move(imports);
    endResetModel();
}

const ImportEntry *ImportListModel::importAt(int row) const
{
    return row >= 0 && row < m_imports.size() ? &m_imports[row] : nullptr;
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_imports.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    const ImportEntry *entry = importAt(index.row());
    if (!entry || (role != Qt::DisplayRole && role != RawValueRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= RowsRead ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case Kind: return entry->kind;
    case File: return entry->fileName;
    case ImportedAt: {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(entry->importedAt);
        return raw ? QVariant(at.toString(Qt::ISODate)) : QVariant(QLocale().toString(at, QLocale::ShortFormat));
    }
    case RowsRead: return raw ? QVariant(entry->counts.rowsRead) : QVariant(format::count(entry->counts.rowsRead));
    case Imported: return raw ? QVariant(entry->counts.imported) : QVariant(format::count(entry->counts.imported));
    case Rejected: return raw ? QVariant(entry->counts.rejected) : QVariant(format::count(entry->counts.rejected));
    case Duplicates: return raw ? QVariant(entry->counts.duplicates) : QVariant(format::count(entry->counts.duplicates));
    default: return {};
    }
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case File: return tr("File");
    case ImportedAt: return tr("Imported at");
    case RowsRead: return tr("Rows read");
    case Imported: return tr("Imported");
    case Rejected: return tr("Rejected");
    case Duplicates: return tr("Duplicates");
    default: return {};
    }
}

RejectTableModel::RejectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectTableModel::setRejects(QList<RejectedRow> rejects)
{
    beginResetModel();
    m_rejects = std::move(rejects);
    endResetModel();
}

int RejectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rejects.size());
}

int RejectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rejects.size() || (role != Qt::DisplayRole && role != RawValueRole))
        return {};
    const RejectedRow &row = m_rejects[index.row()];
    switch (index.column()) {
    case Line: return role == RawValueRole ? QVariant(row.line) : QVariant(format::count(row.line));
    case ColumnName: return row.column;
    case Value: return row.value;
    case Reason: return row.reason;
    default: return {};
    }
}

QVariant RejectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case ColumnName: return tr("Column");
    case Value: return tr("Value");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace lodestar

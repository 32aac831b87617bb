#pragma once

#include "models/store/importhistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace lodestar {

/// Past imports, newest first: kind, file, time and row counts.
class ImportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, File, ImportedAt, RowsRead, Imported, Rejected, Duplicates, ColumnCount };

    explicit ImportListModel(QObject *parent = nullptr);

    void setImports(QList<ImportEntry> imports);
    const ImportEntry *importAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportEntry> m_imports;
};

/// The rejected rows of one import: line, column, raw value and why.
class RejectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, ColumnName, Value, Reason, ColumnCount };

    explicit RejectTableModel(QObject *parent = nullptr);

    void setRejects(QList<RejectedRow> rejects);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rejects;
};

} // namespace lodestar

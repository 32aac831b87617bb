#pragma once

#include "models/culture/maturitymatrix.h"

#include <QAbstractTableModel>

namespace lodestar {

/// The maturity matrix as a table: one row per capability. Level, target, owner, evidence and
/// entered KPI values are editable; an edit is not written here but announced with
/// assessmentEdited(), so the view can put it on its undo stack.
class MaturityMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CapabilityColumn, FromColumn, ScaleColumn, ToColumn, LevelColumn, TargetColumn, GapColumn,
                  OwnerColumn, KpiColumn, KpiValueColumn, TrendColumn, EvidenceColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, TargetRole, GapRole, AssessedRole };

    explicit MaturityMatrixModel(QObject *parent = nullptr);

    void setMatrix(const MaturityMatrix &matrix);
    const MaturityMatrix &matrix() const { return m_matrix; }
    /// The assessment a row shows for the matrix quarter (carried forward or new, when not assessed in it).
    Assessment assessmentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The user changed a cell; after is the whole assessment for the matrix quarter.
    void assessmentEdited(const lodestar::Assessment &after);

private:
    QVariant display(const MatrixRow &row, int column) const;

    MaturityMatrix m_matrix;
};

} // namespace lodestar

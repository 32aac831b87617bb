#include "maturitymatrixmodel.h"

#include "models/culture/cultureformat.h"

#include <cmath>

namespace lodestar {

MaturityMatrixModel::MaturityMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void MaturityMatrixModel::setMatrix(const MaturityMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

Assessment MaturityMatrixModel::assessmentAt(int row) const
{
    const MatrixRow &r = m_matrix.rows.at(static_cast<std::size_t>(row));
    Assessment assessment;
    assessment.capability = r.capability;
    assessment.quarter = m_matrix.quarter;
    assessment.level = r.assessed ? r.level : kMinLevel;
    assessment.target = r.assessed ? r.target : kMaxLevel;
    assessment.owner = r.owner;
    // A carried-forward row keeps level, target and owner; evidence and entered KPI are per quarter.
    const bool sameQuarter = r.assessed && r.assessedIn == m_matrix.quarter;
    assessment.evidence = sameQuarter ? r.evidence : QString();
    if (sameQuarter && !r.kpiComputed) {
        assessment.kpiValue = r.kpiValue;
        assessment.kpiPeriod = r.kpiPeriod;
    }
    return assessment;
}

int MaturityMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.rows.size());
}

int MaturityMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaturityMatrixModel::display(const MatrixRow &row, int column) const
{
    switch (column) {
    case CapabilityColumn: return capabilityName(row.capability);
    case FromColumn: return capabilityFrom(row.capability);
    case ToColumn: return capabilityTo(row.capability);
    case ScaleColumn: return row.assessed ? tr("%1 → %2").arg(row.level).arg(row.target) : tr("not assessed");
    case LevelColumn: return formatLevel(row.level);
    case TargetColumn: return formatLevel(row.target);
    case GapColumn: return row.assessed ? QVariant(row.gap) : QVariant(QStringLiteral("–"));
    case OwnerColumn: return row.owner;
    case KpiColumn: return capabilityKpi(row.capability);
    case KpiValueColumn: return formatCultureValue(row.kpiValue, row.kpiUnit);
    case EvidenceColumn: return row.evidence;
    case TrendColumn: {
        QStringList levels;
        for (const MatrixTrendPoint &point : row.trend)
            levels << QString::number(point.level);
        return levels.join(QStringLiteral(" → "));
    }
    default: return {};
    }
}

QVariant MaturityMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MatrixRow &row = m_matrix.rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::EditRole:
        if (index.column() == LevelColumn)
            return row.assessed ? row.level : kMinLevel;
        if (index.column() == TargetColumn)
            return row.assessed ? row.target : kMaxLevel;
        if (index.column() == KpiValueColumn)
            return std::isnan(row.kpiValue) ? QVariant(0.0) : QVariant(row.kpiValue);
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CapabilityColumn || index.column() == ScaleColumn)
            return tr("From: %1\nTo: %2\nEvidence: %3").arg(capabilityFrom(row.capability), capabilityTo(row.capability),
                                                           row.evidence.isEmpty() ? tr("none yet") : row.evidence);
        if (index.column() == KpiValueColumn)
            return row.kpiComputed ? tr("Computed from the data for %1").arg(row.kpiPeriod)
                                   : tr("Entered for %1").arg(row.kpiPeriod.isEmpty() ? tr("no period yet") : row.kpiPeriod);
        return {};
    case LevelRole: return row.level;
    case TargetRole: return row.target;
    case GapRole: return row.gap;
    case AssessedRole: return row.assessed;
    default: return {};
    }
}

QVariant MaturityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Capability"), QT_TR_NOOP("From (transactional)"), QT_TR_NOOP("Level: current → target"),
        QT_TR_NOOP("To (CLV-centric culture)"), QT_TR_NOOP("Level"), QT_TR_NOOP("Target"), QT_TR_NOOP("Gap"),
        QT_TR_NOOP("Owner"), QT_TR_NOOP("Primary KPI"), QT_TR_NOOP("KPI value"), QT_TR_NOOP("Trend"), QT_TR_NOOP("Evidence")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

Qt::ItemFlags MaturityMatrixModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    const bool enteredKpi = index.isValid() && !m_matrix.rows[static_cast<std::size_t>(index.row())].kpiComputed;
    if (column == LevelColumn || column == TargetColumn || column == OwnerColumn || column == EvidenceColumn
        || (column == KpiValueColumn && enteredKpi))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MaturityMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Assessment after = assessmentAt(index.row());
    bool ok = true;
    switch (index.column()) {
    case LevelColumn: after.level = value.toInt(&ok); break;
    case TargetColumn: after.target = value.toInt(&ok); break;
    case OwnerColumn: after.owner = value.toString().trimmed(); break;
    case EvidenceColumn: after.evidence = value.toString(); break;
    case KpiValueColumn:
        after.kpiValue = value.toDouble(&ok);
        after.kpiPeriod = m_matrix.quarter.toString();
        break;
    default: return false;
    }
    if (!ok || after.level < kMinLevel || after.level > kMaxLevel || after.target < kMinLevel || after.target > kMaxLevel)
        return false;
    if (after == assessmentAt(index.row()) && m_matrix.rows[static_cast<std::size_t>(index.row())].assessedIn == m_matrix.quarter)
        return false;
    emit assessmentEdited(after);
    return true;
}

} // namespace lodestar

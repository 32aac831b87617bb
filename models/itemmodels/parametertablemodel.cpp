#include "parametertablemodel.h"

#include "itemroles.h"
#include "valueformat.h"

namespace lodestar {

ParameterTableModel::ParameterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ParameterTableModel::setFits(const std::vector<ModelFit> &fits)
{
    beginResetModel();
    m_rows.clear();
    for (const ModelFit &fit : fits) {
        for (std::size_t i = 0; i < fit.parameters.size(); ++i) {
            const double error = i < fit.standardErrors.size() ? fit.standardErrors[i] : kUnknown;
            m_rows.push_back({modelName(fit.model), fit.parameterNames.value(static_cast<qsizetype>(i)),
                              fit.parameters[i], error});
        }
    }
    endResetModel();
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Estimate ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Model: return row.model;
    case Parameter: return row.parameter;
    case Estimate: return role == RawValueRole ? QVariant(row.estimate) : QVariant(format::number(row.estimate, 4));
    case StandardError:
        return role == RawValueRole ? QVariant(row.standardError) : QVariant(format::number(row.standardError, 4));
    default: return {};
    }
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model: return tr("Model");
    case Parameter: return tr("Parameter");
    case Estimate: return tr("Estimate");
    case StandardError: return tr("Standard error");
    default: return {};
    }
}

QString ParameterTableModel::modelName(const QString &key)
{
    if (key == QLatin1String("bgnbd"))
        return tr("BG/NBD");
    if (key == QLatin1String("mbgnbd"))
        return tr("MBG/NBD");
    if (key == QLatin1String("pareto-nbd"))
        return tr("Pareto/NBD");
    if (key == QLatin1String("gamma-gamma"))
        return tr("Gamma-Gamma");
    return key;
}

} // namespace lodestar

#pragma once

#include "models/engine/analysis.h"

#include <QAbstractTableModel>

#include <vector>

namespace lodestar {

/// Fitted parameters of the transaction and spend models with their standard errors.
class ParameterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Model, Parameter, Estimate, StandardError, ColumnCount };

    explicit ParameterTableModel(QObject *parent = nullptr);

    void setFits(const std::vector<ModelFit> &fits);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString modelName(const QString &key);

private:
    struct Row
    {
        QString model;
        QString parameter;
        double estimate = 0.0;
        double standardError = 0.0;
    };
    std::vector<Row> m_rows;
};

} // namespace lodestar

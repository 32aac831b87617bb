#pragma once

#include "models/itemmodels/analysissnapshot.h"

#include <QWidget>

class QLabel;

namespace lodestar::ui {

namespace charts {
class LineChart;
}

/// One customer: attributes and value, cumulative purchases over time and the model's P(alive)
/// along that history.
class CustomerDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDetailPanel(QWidget *parent = nullptr);

    /// Shows a customer (index into Dataset::customers), or clears the panel with -1.
    void showCustomer(const AnalysisSnapshot &snapshot, int customer);
    int customer() const { return m_customer; }
    charts::LineChart *purchaseChart() const { return m_purchases; }
    charts::LineChart *aliveChart() const { return m_alive; }

private:
    int m_customer = -1;
    QLabel *m_heading;
    QLabel *m_facts;
    charts::LineChart *m_purchases;
    charts::LineChart *m_alive;
};

} // namespace lodestar::ui

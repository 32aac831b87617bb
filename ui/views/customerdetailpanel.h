#pragma once

#include "models/itemmodels/analysissnapshot.h"
#include "models/itemmodels/customerhistory.h"

#include <QWidget>

class QLabel;
class QTableWidget;

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
    /// The customer's transactions, newest first.
    QTableWidget *transactionTable() const { return m_transactions; }

private:
    void showTransactions(const CustomerHistory &history);

    int m_customer = -1;
    QLabel *m_heading;
    QLabel *m_facts;
    charts::LineChart *m_purchases;
    charts::LineChart *m_alive;
    QTableWidget *m_transactions;
};

} // namespace lodestar::ui

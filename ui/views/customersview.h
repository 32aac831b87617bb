#pragma once

#include "segmentsview.h"
#include "view.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace lodestar {
class CustomerTableModel;
}

namespace lodestar::ui {

class CustomerDetailPanel;
class CustomerFilterProxy;

/// Every customer in a sortable, searchable table (lazy: smooth at 100,000 rows) with a detail
/// panel for the selected one.
class CustomersView : public View
{
    Q_OBJECT
public:
    explicit CustomersView(QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("customers"); }
    QString title() const override { return tr("Customers"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;
    charts::ChartWidget *exportChart() const override;

    /// Limits the table to one segment (from the Segments view); an empty key clears it.
    void showSegment(SegmentDimension dimension, const QString &key);
    void setSearchText(const QString &text);
    /// Rows shown after search and segment filtering.
    int visibleCustomers() const;
    void selectRow(int row);
    CustomerDetailPanel *detailPanel() const { return m_detail; }

private:
    void selectionChanged();
    void followVisibleRows();
    void clearSegment();

    AnalysisSnapshot m_snapshot;
    CustomerTableModel *m_model;
    CustomerFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_segmentLabel;
    QToolButton *m_clearSegment;
    QLabel *m_count;
    QTableView *m_table;
    CustomerDetailPanel *m_detail;
    bool m_showingAnalysis = false;
};

} // namespace lodestar::ui

#pragma once

#include "models/itemmodels/analysissnapshot.h"

#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QDateEdit;
class QTimer;

namespace lodestar::ui {

/// The global filters every view shares: date range, period, channel, region, plan and tier.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// New choices (channels …) and date limits for a newly loaded workspace; resets the filter.
    void setWorkspace(const FilterOptions &options, const QDate &first, const QDate &last);
    AnalysisFilter filter() const;
    void setFilter(const AnalysisFilter &filter);
    void reset();

    void setChannel(const QString &channel);
    void setPeriod(Period period);

signals:
    void filterChanged(const lodestar::AnalysisFilter &filter);

private:
    void emitChanged();
    static void fillChoices(QComboBox *box, const QString &all, const QStringList &values);
    void showAttributeChoices(const FilterOptions &options);
    void setDates(const QDate &first, const QDate &last);

    QDate m_first;
    QDate m_last;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_channel;
    QComboBox *m_region;
    QComboBox *m_plan;
    QComboBox *m_tier;
    QTimer *m_dateDelay;
    QLabel *m_missing;   ///< says once which attributes the data lacks and how to add them
    std::vector<std::pair<QComboBox *, QLabel *>> m_attributes; ///< channel, region, plan with their labels
    bool m_updating = false;
};

} // namespace lodestar::ui

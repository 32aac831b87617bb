#pragma once

#include "models/itemmodels/analysissnapshot.h"

#include <QWidget>

class QComboBox;
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
    bool m_updating = false;
};

} // namespace lodestar::ui

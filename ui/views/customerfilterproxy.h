#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace lodestar::ui {

/// Sorts customers by raw values and filters them by a text search over the id and the text
/// columns plus an optional segment predicate (a drill-down from the Segments view).
class CustomerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using Predicate = std::function<bool(int customer)>;

    explicit CustomerFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setSegmentPredicate(Predicate predicate);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    Predicate m_segment;
};

} // namespace lodestar::ui

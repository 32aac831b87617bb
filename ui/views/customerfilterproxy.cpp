#include "customerfilterproxy.h"

#include "models/itemmodels/customertablemodel.h"
#include "models/itemmodels/itemroles.h"

namespace lodestar::ui {

CustomerFilterProxy::CustomerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void CustomerFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void CustomerFilterProxy::setSegmentPredicate(Predicate predicate)
{
    m_segment = std::move(predicate);
    invalidateRowsFilter();
}

bool CustomerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_segment && m_search.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    if (m_segment) {
        const int customer = model->index(sourceRow, 0, sourceParent).data(CustomerIndexRole).toInt();
        if (!m_segment(customer))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (const int column : {CustomerTableModel::Id, CustomerTableModel::TierColumn, CustomerTableModel::RfmSegment,
                             CustomerTableModel::Channel, CustomerTableModel::Region, CustomerTableModel::Plan}) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        if (index.data(RawValueRole).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
        // Tiers and RFM segments are shown translated ("Hoch" for "High"): match what the user sees too.
        const bool translated = column == CustomerTableModel::TierColumn || column == CustomerTableModel::RfmSegment;
        if (translated && index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace lodestar::ui

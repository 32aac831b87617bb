#include "importkindtitle.h"

#include <QCoreApplication>

namespace lodestar::ui {

QString kindTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Transactions: return QCoreApplication::translate("ImportWizard", "Transactions");
    case ImportKind::Customers: return QCoreApplication::translate("ImportWizard", "Customers");
    case ImportKind::Spend: return QCoreApplication::translate("ImportWizard", "Marketing spend");
    case ImportKind::Nps: return QCoreApplication::translate("ImportWizard", "NPS responses");
    }
    return {};
}

} // namespace lodestar::ui

#include "cultureeditcommand.h"

#include "culturecache.h"

#include <QCoreApplication>

namespace lodestar::ui {

CultureEditCommand::CultureEditCommand(CultureCache &cache) : m_cache(cache) {}

void CultureEditCommand::write(const std::function<Status(const Store &)> &change)
{
    const Store *store = m_cache.store();
    m_cache.recordWrite(store ? change(*store) : Status(Error{QCoreApplication::translate("culture", "No workspace is open."), {}}));
}

} // namespace lodestar::ui

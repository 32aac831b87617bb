#include "cultureeditcommand.h"

#include "culturecache.h"

#include <QCoreApplication>

namespace lodestar::ui {

CultureEditCommand::CultureEditCommand(CultureCache &cache) : m_cache(cache) {}

void CultureEditCommand::write(const std::function<Status(const Store &)> &change)
{
    const Store *store = m_cache.store();
    const Status status = store ? change(*store) : Status(Error{QCoreApplication::translate("culture", "No workspace is open."), {}});
    // A step that did not happen must not stay on the stack: QUndoStack drops an obsolete command.
    setObsolete(!status);
    m_cache.recordWrite(status);
}

} // namespace lodestar::ui

#pragma once

#include "models/result.h"

#include <QUndoCommand>

#include <functional>

namespace lodestar {
class Store;
}

namespace lodestar::ui {

class CultureCache;

/// An undoable edit of the culture records: it writes through the workspace the cache holds and
/// hands the outcome to the cache, which announces a refused write and lets every culture page
/// (and the Overview banner) refresh. A refused write leaves the undo stack without the command.
class CultureEditCommand : public QUndoCommand
{
protected:
    explicit CultureEditCommand(CultureCache &cache);

    /// Runs one change against the workspace (the stacks holding these commands are cleared when
    /// it changes) and reports the outcome.
    void write(const std::function<Status(const Store &)> &change);

private:
    CultureCache &m_cache;
};

} // namespace lodestar::ui

#pragma once

#include "models/culture/assessment.h"
#include "models/result.h"

#include <QUndoCommand>

#include <optional>

namespace lodestar {
class Store;
}

namespace lodestar::ui {

/// One in-place edit of the maturity matrix, undoable: redo saves the new assessment, undo
/// restores the one it replaced (or removes it when the quarter had none).
class AssessmentCommand : public QUndoCommand
{
public:
    AssessmentCommand(Store &store, std::optional<Assessment> before, Assessment after);

    void redo() override;
    void undo() override;
    /// The workspace refused the last write (e.g. read-only); the message says why.
    const QString &failure() const { return m_failure; }

private:
    void apply(const Status &status);

    Store &m_store;
    std::optional<Assessment> m_before;
    Assessment m_after;
    QString m_failure;
};

} // namespace lodestar::ui

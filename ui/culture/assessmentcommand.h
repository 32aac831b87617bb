#pragma once

#include "cultureeditcommand.h"

#include "models/culture/assessment.h"

#include <optional>

namespace lodestar::ui {

/// One in-place edit of the maturity matrix, undoable: redo saves the new assessment, undo
/// restores the one it replaced (or removes it when the quarter had none).
class AssessmentCommand : public CultureEditCommand
{
public:
    AssessmentCommand(CultureCache &cache, std::optional<Assessment> before, Assessment after);

    void redo() override;
    void undo() override;

private:
    std::optional<Assessment> m_before;
    Assessment m_after;
};

} // namespace lodestar::ui

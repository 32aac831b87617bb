#include "assessmentcommand.h"

#include "models/store/assessmentrepository.h"

#include <QCoreApplication>

namespace lodestar::ui {

AssessmentCommand::AssessmentCommand(CultureCache &cache, std::optional<Assessment> before, Assessment after)
    : CultureEditCommand(cache), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("culture", "Edit %1 for %2").arg(capabilityName(m_after.capability), m_after.quarter.toString()));
}

void AssessmentCommand::redo()
{
    write([this](const Store &store) { return AssessmentRepository(store).save(m_after); });
}

void AssessmentCommand::undo()
{
    write([this](const Store &store) {
        const AssessmentRepository repository(store);
        return m_before ? repository.save(*m_before) : repository.remove(m_after.capability, m_after.quarter);
    });
}

} // namespace lodestar::ui

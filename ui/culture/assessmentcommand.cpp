#include "assessmentcommand.h"

#include "ui/culture/culturecache.h"
#include "models/store/assessmentrepository.h"

#include <QCoreApplication>

namespace lodestar::ui {

AssessmentCommand::AssessmentCommand(Store &store, std::optional<Assessment> before, Assessment after)
    : m_store(store), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("culture", "Edit %1 for %2").arg(capabilityName(m_after.capability), m_after.quarter.toString()));
}

void AssessmentCommand::redo()
{
    apply(AssessmentRepository(m_store).save(m_after));
}

void AssessmentCommand::undo()
{
    const AssessmentRepository repository(m_store);
    apply(m_before ? repository.save(*m_before) : repository.remove(m_after.capability, m_after.quarter));
}

void AssessmentCommand::apply(const Status &status)
{
    m_failure = status ? QString() : status.errorString();
    CultureCache::instance().invalidate();
}

} // namespace lodestar::ui

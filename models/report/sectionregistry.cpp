#include "sectionregistry.h"

#include "models/report/sections/sections.h"

#include <QCoreApplication>

namespace lodestar::report {

const std::vector<SectionEntry> &sectionRegistry()
{
    static const std::vector<SectionEntry> entries{
        {SectionId::Definition, QT_TRANSLATE_NOOP("report", "How we define Customer Lifetime Value"), buildDefinitionSection},
        {SectionId::Summary, QT_TRANSLATE_NOOP("report", "Executive summary"), buildSummarySection},
        {SectionId::Trends, QT_TRANSLATE_NOOP("report", "CLV and revenue trends"), buildTrendSection},
        {SectionId::Segments, QT_TRANSLATE_NOOP("report", "Segments"), buildSegmentSection},
        {SectionId::Cohorts, QT_TRANSLATE_NOOP("report", "Cohorts"), buildCohortSection},
        {SectionId::Channels, QT_TRANSLATE_NOOP("report", "Channels"), buildChannelSection},
        {SectionId::Culture, QT_TRANSLATE_NOOP("report", "Culture, goals and guardrails"), buildCultureSection},
        {SectionId::Appendix, QT_TRANSLATE_NOOP("report", "Appendix: model and data quality"), buildAppendixSection},
    };
    return entries;
}

QString sectionTitle(SectionId id)
{
    if (id == SectionId::Cover)
        return QCoreApplication::translate("report", "Cover");
    for (const auto &entry : sectionRegistry())
        if (entry.id == id)
            return QCoreApplication::translate("report", entry.title);
    return QString();
}

} // namespace lodestar::report

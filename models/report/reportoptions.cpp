#include "reportoptions.h"

#include <algorithm>

namespace lodestar::report {

namespace {

struct SectionName
{
    SectionId id;
    QLatin1StringView key;
};

// Keys are part of the command line: keep them stable once released.
constexpr SectionName kSectionNames[] = {
    {SectionId::Cover, QLatin1StringView("cover")},
    {SectionId::Definition, QLatin1StringView("definition")},
    {SectionId::Summary, QLatin1StringView("summary")},
    {SectionId::Trends, QLatin1StringView("trends")},
    {SectionId::Segments, QLatin1StringView("segments")},
    {SectionId::Cohorts, QLatin1StringView("cohorts")},
    {SectionId::Channels, QLatin1StringView("channels")},
    {SectionId::Culture, QLatin1StringView("culture")},
    {SectionId::Appendix, QLatin1StringView("appendix")},
};

} // namespace

bool ReportOptions::includes(SectionId id) const
{
    return sections.empty() || std::find(sections.begin(), sections.end(), id) != sections.end();
}

QString sectionKey(SectionId id)
{
    for (const auto &name : kSectionNames)
        if (name.id == id)
            return QString(name.key);
    return QString();
}

std::optional<SectionId> sectionFromKey(const QString &key)
{
    for (const auto &name : kSectionNames)
        if (key.trimmed().compare(name.key, Qt::CaseInsensitive) == 0)
            return name.id;
    return std::nullopt;
}

const std::vector<SectionId> &allSections()
{
    static const std::vector<SectionId> sections = [] {
        std::vector<SectionId> ids;
        for (const auto &name : kSectionNames)
            ids.push_back(name.id);
        return ids;
    }();
    return sections;
}

std::optional<std::vector<SectionId>> parseSections(const QString &list, QString *unknownKey)
{
    std::vector<SectionId> ids;
    for (const QString &key : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto id = sectionFromKey(key);
        if (!id) {
            if (unknownKey)
                *unknownKey = key.trimmed();
            return std::nullopt;
        }
        ids.push_back(*id);
    }
    return ids;
}

std::optional<PageSize> pageSizeFromName(const QString &name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return PageSize::A4;
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return PageSize::Letter;
    return std::nullopt;
}

} // namespace lodestar::report

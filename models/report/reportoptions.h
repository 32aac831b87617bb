#pragma once

#include "models/report/reportdocument.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lodestar::report {

enum class PageSize { A4, Letter };

/// What to export: chosen in the export dialog or from `lodestar report` options.
struct ReportOptions
{
    QString quarter;                 ///< "2025Q4"; empty: the latest complete quarter
    std::vector<SectionId> sections; ///< in any order; empty: every section
    PageSize pageSize = PageSize::A4;
    bool landscape = false;
    QString language = QStringLiteral("en"); ///< "en", "de" or "fr": texts and number formats
    QString company;                 ///< empty: the workspace file's name
    QString logoPath;                ///< empty: no logo on the cover
    QString filters;                 ///< the app's global filters in words; empty: none applied

    bool includes(SectionId id) const;
};

/// Stable key of a section: the --sections value ("cover", "summary", …).
QString sectionKey(SectionId id);
std::optional<SectionId> sectionFromKey(const QString &key);
/// Every section in reading order.
const std::vector<SectionId> &allSections();
/// Parses "summary,cohorts"; nullopt names the first unknown key in unknownKey.
std::optional<std::vector<SectionId>> parseSections(const QString &list, QString *unknownKey = nullptr);
std::optional<PageSize> pageSizeFromName(const QString &name);

} // namespace lodestar::report

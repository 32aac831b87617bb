#pragma once

#include "models/report/reportcontext.h"
#include "models/report/reportdocument.h"

#include <vector>

namespace lodestar::report {

/// Builds one section's content from the context; never fails: missing data becomes a note.
using SectionBuilder = Section (*)(const ReportContext &context);

struct SectionEntry
{
    SectionId id;
    const char *title; ///< translation source, context "report"
    SectionBuilder build;
};

/// The flowed sections in reading order (the cover is drawn on its own). A new section is one
/// builder function and one entry here; the renderer and the export dialog pick it up.
const std::vector<SectionEntry> &sectionRegistry();

/// Translated title of a section, the cover included, for headings and the export dialog.
QString sectionTitle(SectionId id);

} // namespace lodestar::report

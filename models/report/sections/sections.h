#pragma once

// One builder per flowed section, registered in sectionregistry.cpp, plus the small helpers
// they share. Builders only read the context and never fail: missing data becomes a note.

#include "models/report/reportcontext.h"
#include "models/report/reportdocument.h"

namespace lodestar::report {

Section buildDefinitionSection(const ReportContext &context);
Section buildSummarySection(const ReportContext &context);
Section buildTrendSection(const ReportContext &context);
Section buildSegmentSection(const ReportContext &context);
Section buildCohortSection(const ReportContext &context);
Section buildChannelSection(const ReportContext &context);
Section buildCultureSection(const ReportContext &context);
Section buildAppendixSection(const ReportContext &context);

namespace detail {

Paragraph note(const QString &text);
/// Customers, shares, revenue and CLV of each segment, with the key column titled keyHeader.
Table segmentTable(const std::vector<SegmentSummary> &segments, const QString &keyHeader);
/// False when the breakdown has nothing to tell: no segment, or only the customers without the attribute.
bool recorded(const std::vector<SegmentSummary> &segments);
/// A section with its registered title and no blocks yet.
Section startSection(SectionId id);

} // namespace detail

} // namespace lodestar::report

#pragma once

// Hand-made engine results and PDF helpers shared by the report tests, so the report's
// structure is tested without fitting models on real data.

#include "models/engine/analysis.h"
#include "models/report/reportcontext.h"

#include <QString>
#include <QStringList>

namespace lodestar::test {

/// A small valuation and insights with known figures: average CLV 104.1 (prev 100),
/// revenue 107.3k (prev 100k), three tiers, two channels, four quarterly cohorts.
struct HandMadeAnalysis
{
    HandMadeAnalysis();

    report::ReportContext context(const report::ReportOptions &options = {}) const;

    Valuation valuation;
    Insights insights;
    const CultureSnapshot *culture = nullptr;
};

/// Text of a PDF (pages first..last, 1-based; 0 = all) with runs of whitespace collapsed to one space.
/// Empty when pdftotext is missing.
QString pdfText(const QString &path, int first = 0, int last = 0);
/// Page count from pdfinfo; -1 when it is missing.
int pdfPageCount(const QString &path);
/// "Page size:" line of pdfinfo, e.g. "595.276 x 841.89 pts (A4)".
QString pdfPageSize(const QString &path);
bool popplerAvailable();

} // namespace lodestar::test

#define LODESTAR_REQUIRE_POPPLER()                                           \
    do {                                                                     \
        if (!::lodestar::test::popplerAvailable())                           \
            GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) not installed"; \
    } while (false)

#pragma once

// The QBR report as plain data: what each section says, not how it looks. The renderer in
// ui/report paginates it; tests read it without a display.

#include <QString>
#include <QStringList>

#include <limits>
#include <utility>
#include <variant>
#include <vector>

namespace lodestar::report {

/// The report's sections in reading order; the keys ("summary", …) are the --sections values.
enum class SectionId { Cover, Definition, Summary, Trends, Segments, Cohorts, Channels, Culture, Appendix };

/// A sub-heading inside a section.
struct Heading
{
    QString text;
};

/// A paragraph; Lead is the larger opening text, Note the small grey text (caveats, "no data yet").
struct Paragraph
{
    enum class Style { Body, Lead, Note, Warning };
    QString text;
    Style style = Style::Body;
};

/// A table whose header row repeats on every page it spans.
struct Table
{
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<bool> numeric; ///< per column: right-aligned figures
};

/// One headline figure as a card: value, change vs the previous quarter and a sparkline.
struct Scorecard
{
    QString label;
    QString value;
    QString previous;        ///< "prev. $1,234"
    QString change;          ///< "▲ +4.1%"
    int direction = 0;       ///< +1 better, -1 worse, 0 flat or unknown: colours the change
    std::vector<double> history;
};

struct ScorecardGrid
{
    std::vector<Scorecard> cards;
};

/// How a chart's values read on its axis and labels.
enum class ValueKind { Money, Percent, Ratio, Number };

struct ChartSeries
{
    QString name;
    std::vector<double> values; ///< one per category; NaN is a gap
};

/// A chart as data. Line and Bar share categories × series; Heatmap uses rows × categories.
struct Chart
{
    enum class Kind { Line, Bar, HorizontalBar, Heatmap };
    Kind kind = Kind::Line;
    QString title;
    QStringList categories;
    std::vector<ChartSeries> series;   ///< Line/Bar; Heatmap: one series per row (name = row label)
    ValueKind valueKind = ValueKind::Number;
    QString xTitle;                    ///< axis title under the categories, e.g. "Quarters since acquisition"
    QString valueTitle;                ///< title of the value axis, e.g. "Average CLV ($)"; empty: none
    double referenceValue = std::numeric_limits<double>::quiet_NaN(); ///< a target drawn as a line (3 for 3:1)
    QString referenceName;             ///< its legend entry, e.g. "Target 3:1"
    double heightMm = 70.0;
};

using Block = std::variant<Heading, Paragraph, Table, ScorecardGrid, Chart>;

struct Section
{
    SectionId id = SectionId::Definition;
    QString title;
    std::vector<Block> blocks;
};

/// The first page, drawn on its own rather than flowed.
struct Cover
{
    QString company;
    QString title;
    QString quarter;      ///< "2025Q4", for the running header
    QString period;       ///< "2025Q4 (1 Oct – 31 Dec 2025)"
    QString generatedOn;
    QString logoPath;     ///< empty: no logo
    QString filters;      ///< "Filters: channel = Paid search" or empty
    QString definition;   ///< short form, repeated on the cover so no figure is read without it
    /// The quarter's headline figures as (label, value), so the cover says something on its own.
    std::vector<std::pair<QString, QString>> highlights;
};

struct Document
{
    bool hasCover = true;
    Cover cover;
    QString footer;       ///< the definition's short text, on every page
    std::vector<Section> sections;
};

} // namespace lodestar::report

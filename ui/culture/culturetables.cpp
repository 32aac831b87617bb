#include "culturetables.h"

#include "models/culture/cultureformat.h"
#include "models/engine/metricregistry.h"
#include "models/itemmodels/valueformat.h"
#include "ui/charts/chartpalette.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QTreeWidget>

#include <algorithm>

namespace lodestar::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(culture)
};

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

void prepare(QTableWidget *table, const QStringList &headers, int rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(rows);
}

// The first column takes the spare width, the figures their content's, rows one line high:
// the whole scorecard fits beside the goals without scrolling.
void finish(QTableWidget *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

QString percentUnit(Indicator indicator)
{
    return isPercentIndicator(indicator) ? QStringLiteral("percent") : QStringLiteral("number");
}

} // namespace

QColor verdictColour(Verdict verdict)
{
    QColor colour;
    switch (verdict) {
    case Verdict::OnTrack: colour = charts::ChartPalette::series(0); break;
    case Verdict::Watch: colour = charts::ChartPalette::series(1); break;
    case Verdict::OffTrack: colour = charts::ChartPalette::series(3); break;
    case Verdict::NoData: colour = QColor(Qt::gray); break;
    }
    // The colour is text in a table: vermillion and grey alone miss 4.5:1 on white and on dark bases.
    return charts::ChartPalette::readableOn(colour, QGuiApplication::palette().color(QPalette::Base));
}

void fillScorecardTable(QTableWidget *table, const Scorecard &scorecard)
{
    const int rows = static_cast<int>(scorecard.financial.size() + scorecard.customer.size()) + 2;
    prepare(table, {Text::tr("Indicator"), Text::tr("Target"), Text::tr("Actual"), Text::tr("Previous"), Text::tr("Trend"), Text::tr("Status")}, rows);
    int row = 0;
    for (const auto &[title, side] : {std::pair{Text::tr("Financial"), &scorecard.financial}, std::pair{Text::tr("Customer"), &scorecard.customer}}) {
        auto *heading = new QTableWidgetItem(title);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        table->setItem(row++, 0, heading);
        for (const ScorecardRow &r : *side) {
            setRow(table, row, {r.name, formatCultureValue(r.target, r.unit), formatCultureValue(r.actual, r.unit),
                                formatCultureValue(r.previous, r.unit), format::trend(r.trend), verdictName(r.verdict)});
            // The registry's formula sentence: what the figure is and which period it covers.
            const MetricDefinition *definition = findMetric(r.metric);
            table->item(row, 0)->setToolTip(definition ? definition->tooltip() : r.name);
            table->item(row, 5)->setForeground(verdictColour(r.verdict));
            ++row;
        }
    }
    finish(table);
    // Indicator names run long in some languages (French, German): they wrap within the name column
    // rather than being cut, and a row grows to the lines its name needs.
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Wrapping stops at words: the table asks for room for its figures plus the longest word of a
    // name, so a squeezed page cuts neither "Umsatzwachstum" nor "Nicht im Plan".
    int longestWord = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem *item = table->item(row, 0)) {
            for (const QString &word : item->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, table->fontMetrics().horizontalAdvance(word));
        }
    }
    int figures = 0;
    for (int column = 1; column < table->columnCount(); ++column) {
        int widest = table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (const QTableWidgetItem *item = table->item(row, column))
                widest = std::max(widest, table->fontMetrics().horizontalAdvance(item->text()) + 12);
        }
        figures += widest;
    }
    table->setMinimumWidth(longestWord + figures + table->verticalScrollBar()->sizeHint().width() + 2 * table->frameWidth() + 24);
}

void fillChannelTable(QTableWidget *table, const std::vector<ChannelValue> &channels)
{
    prepare(table, {Text::tr("Channel"), Text::tr("Customers"), Text::tr("CAC"), Text::tr("Average CLV"), Text::tr("LTV:CAC"), Text::tr("Payback (months)"),
                    Text::tr("Spend"), Text::tr("CLV minus spend")}, static_cast<int>(channels.size()));
    for (int row = 0; row < static_cast<int>(channels.size()); ++row) {
        const ChannelValue &c = channels[static_cast<std::size_t>(row)];
        setRow(table, row, {c.channel, QString::number(c.customers), formatCultureValue(c.cac, QStringLiteral("money")),
                            formatCultureValue(c.averageClv, QStringLiteral("money")), formatCultureValue(c.ltvToCac, QStringLiteral("ratio")),
                            formatCultureValue(c.paybackMonths, QStringLiteral("months")), formatCultureValue(c.spend, QStringLiteral("money")),
                            formatCultureValue(c.netValue, QStringLiteral("money"))});
        if (c.ltvToCac < 1.0)
            table->item(row, 4)->setForeground(verdictColour(Verdict::OffTrack));
    }
    finish(table);
}

void fillExperimentTable(QTableWidget *table, const std::vector<ExperimentResult> &experiments)
{
    prepare(table, {Text::tr("Experiment"), Text::tr("Period"), Text::tr("Treatment / control"), Text::tr("Incremental CLV (95% CI)"),
                    Text::tr("Incremental retention (95% CI)"), Text::tr("Incremental revenue (95% CI)")}, static_cast<int>(experiments.size()));
    const auto interval = [](const Estimate &e, const QString &unit) {
        return Text::tr("%1 [%2 … %3]").arg(formatCultureValue(e.difference, unit), formatCultureValue(e.low, unit), formatCultureValue(e.high, unit));
    };
    for (int row = 0; row < static_cast<int>(experiments.size()); ++row) {
        const ExperimentResult &r = experiments[static_cast<std::size_t>(row)];
        setRow(table, row, {r.experiment.name, r.experiment.start.toString(Qt::ISODate) + QStringLiteral(" – ") + r.experiment.end.toString(Qt::ISODate),
                            Text::tr("%1 / %2").arg(r.treatment.customers).arg(r.control.customers), interval(r.incrementalClv, QStringLiteral("money")),
                            interval(r.incrementalRetention, QStringLiteral("pp")), interval(r.incrementalRevenue, QStringLiteral("money"))});
        table->item(row, 0)->setData(Qt::UserRole, r.experiment.id);
        table->item(row, 0)->setToolTip(r.experiment.hypothesis + (r.warning.isEmpty() ? QString() : QStringLiteral("\n") + r.warning));
        table->item(row, 3)->setToolTip(r.incrementalClv.significant() ? Text::tr("The interval excludes zero: a durable effect.")
                                                                       : Text::tr("The interval includes zero: no proven effect yet."));
    }
    finish(table);
}

void fillGoalTree(QTreeWidget *tree, const std::vector<Team> &teams, const std::vector<GoalProgress> &goals)
{
    tree->clear();
    tree->setHeaderLabels({Text::tr("Team / goal"), Text::tr("CLV driver"), Text::tr("Quarter"), Text::tr("Target"), Text::tr("Actual"), Text::tr("Progress"), Text::tr("Status")});
    for (const Team &team : teams) {
        auto *teamItem = new QTreeWidgetItem(tree, {team.name});
        teamItem->setData(0, Qt::UserRole, team.id);
        QFont bold = teamItem->font(0);
        bold.setBold(true);
        teamItem->setFont(0, bold);
        for (const GoalProgress &p : goals) {
            if (p.goal.teamId != team.id)
                continue;
            const QString unit = percentUnit(p.goal.indicator);
            auto *item = new QTreeWidgetItem(teamItem, {p.goal.name, driverName(p.driver), p.goal.period.toString(),
                                                        formatCultureValue(p.goal.target, unit), formatCultureValue(p.actual, unit),
                                                        formatCultureValue(p.progress, QStringLiteral("percent")), verdictName(p.verdict)});
            item->setData(0, Qt::UserRole, p.goal.id);
            item->setToolTip(0, p.goal.name); // in full, should a long translation squeeze the column
            item->setForeground(6, verdictColour(p.verdict));
            item->setToolTip(4, p.computed ? Text::tr("Computed from the data") : Text::tr("Entered"));
        }
    }
    tree->expandAll();
    // Every column as wide as its longest entry, goal names included; a narrow pane scrolls
    // sideways instead of cutting names (a stretched name column was squeezed to "Raise re…").
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace lodestar::ui

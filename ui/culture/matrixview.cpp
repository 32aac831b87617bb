#include "matrixview.h"

#include "assessmentcommand.h"
#include "culturecache.h"
#include "levelscaledelegate.h"
#include "models/culture/cultureformat.h"
#include "models/culture/maturitymatrixmodel.h"
#include "ui/charts/linechart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace lodestar::ui {

MatrixView::MatrixView(CultureCache &cache, QWidget *parent)
    : View(parent)
    , m_cache(cache)
    , m_model(new MaturityMatrixModel(this))
    , m_table(new QTableView(this))
    , m_quarters(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_trend(new charts::LineChart(charts::LineChart::XAxis::Periods, this))
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LevelScaleDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("CLV maturity matrix"));
    m_trend->setTitle(tr("Maturity level by quarter"));
    m_trend->setAxisTitles(tr("Quarter"), tr("Level (1\u20135)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_table);
    layout->addWidget(m_trend, 1);

    // Queued: the edit resets the model, which must not happen inside the delegate's setModelData().
    connect(m_model, &MaturityMatrixModel::assessmentEdited, this, [this](const Assessment &after) {
        QTimer::singleShot(0, this, [this, after] { recordEdit(after); });
    });
    connect(&m_cache, &CultureCache::changed, this, &MatrixView::refresh);
    connect(m_quarters, &QComboBox::activated, this, [this](int index) {
        setQuarter(Quarter::parse(m_quarters->itemData(index).toString()));
    });
}

QWidget *MatrixView::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>CLV maturity matrix</b> — self-assessment per quarter; double-click a level, target, "
                                "owner, evidence or entered KPI to change it"), header);
    title->setWordWrap(true);
    auto *undo = new QToolButton(header);
    undo->setDefaultAction(m_undo->createUndoAction(header, tr("Undo")));
    auto *redo = new QToolButton(header);
    redo->setDefaultAction(m_undo->createRedoAction(header, tr("Redo")));
    m_quarters->setAccessibleName(tr("Quarter"));
    layout->addWidget(title, 1);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Quarter:"), header));
    layout->addWidget(m_quarters);
    layout->addWidget(undo);
    layout->addWidget(redo);
    return header;
}

void MatrixView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    if (snapshot.workspacePath != m_analysis.workspacePath) {
        m_undo->clear();
        m_quarter.reset();
    }
    m_analysis = snapshot;
    refresh();
}

void MatrixView::setQuarter(std::optional<Quarter> quarter)
{
    m_quarter = quarter;
    refresh();
}

void MatrixView::refresh()
{
    const auto culture = m_cache.snapshot(m_analysis);
    if (!culture) {
        m_model->setMatrix({});
        m_summary->clear();
        return;
    }
    const Quarter fallback = culture->matrix.quarter;
    const MaturityMatrix matrix = buildMaturityMatrix(culture->records.assessments, m_quarter, culture->kpis, fallback);
    m_model->setMatrix(matrix);
    fillQuarters(matrix.quarters, matrix.quarter);
    m_summary->setText(tr("Average level %1 · average gap %2")
                           .arg(formatCultureValue(matrix.averageLevel, QStringLiteral("score")),
                                formatCultureValue(matrix.averageGap, QStringLiteral("score"))));
    fitTable();
    showTrend();
}

// The six rows fit without scrolling; the trend chart takes the rest of the page.
void MatrixView::fitTable()
{
    m_table->resizeColumnsToContents();
    const std::pair<int, int> wrapped[] = {{MaturityMatrixModel::FromColumn, 150}, {MaturityMatrixModel::ToColumn, 170},
                                           {MaturityMatrixModel::ScaleColumn, 200}, {MaturityMatrixModel::KpiColumn, 150},
                                           {MaturityMatrixModel::OwnerColumn, 150}, {MaturityMatrixModel::EvidenceColumn, 300}};
    for (const auto &[column, width] : wrapped)
        m_table->setColumnWidth(column, width);
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height + m_table->horizontalScrollBar()->sizeHint().height());
}

void MatrixView::fillQuarters(const std::vector<Quarter> &assessed, const Quarter &shown)
{
    std::vector<Quarter> choices = assessed;
    // The quarter after the newest lets a team start the next assessment.
    const Quarter newest = choices.empty() ? shown : std::max(choices.back(), shown);
    choices.push_back(newest.next());
    if (std::find(choices.begin(), choices.end(), shown) == choices.end())
        choices.push_back(shown);
    std::sort(choices.begin(), choices.end());
    m_quarters->clear();
    for (const Quarter &quarter : choices)
        m_quarters->addItem(quarter.toString(), quarter.toString());
    m_quarters->setCurrentIndex(m_quarters->findData(shown.toString()));
}

void MatrixView::showTrend()
{
    // One shared axis of the quarters any capability was assessed in, oldest first.
    std::vector<Quarter> quarters;
    for (const MatrixRow &row : m_model->matrix().rows)
        for (const MatrixTrendPoint &point : row.trend)
            quarters.push_back(point.quarter);
    std::sort(quarters.begin(), quarters.end());
    quarters.erase(std::unique(quarters.begin(), quarters.end()), quarters.end());
    QStringList labels;
    for (const Quarter &quarter : quarters)
        labels << quarter.toString();

    std::vector<charts::LineSeries> series;
    const auto rows = m_model->matrix().rows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<double> levels(quarters.size(), std::numeric_limits<double>::quiet_NaN());
        for (const MatrixTrendPoint &point : rows[r].trend) {
            const auto at = std::lower_bound(quarters.begin(), quarters.end(), point.quarter);
            levels[static_cast<std::size_t>(at - quarters.begin())] = point.level;
        }
        auto line = charts::LineSeries::fromPeriods(capabilityName(rows[r].capability), levels);
        line.markers = true;
        // A level holds until the next assessment; capabilities at the same level are drawn a hair apart
        // so none hides another.
        line.steps = true;
        line.drawnOffset = (static_cast<double>(r) - static_cast<double>(rows.size() - 1) / 2.0) * 0.04;
        series.push_back(line);
    }
    m_trend->setPeriods(labels);
    m_trend->setSeries(series);
}

void MatrixView::recordEdit(const Assessment &after)
{
    Store *store = m_cache.store();
    if (!store)
        return;
    std::optional<Assessment> before;
    if (const auto culture = m_cache.snapshot(m_analysis)) {
        for (const Assessment &assessment : culture->records.assessments) {
            if (assessment.capability == after.capability && assessment.quarter == after.quarter)
                before = assessment;
        }
    }
    m_quarter = after.quarter;
    m_undo->push(new AssessmentCommand(m_cache, before, after));
}

const QAbstractItemModel *MatrixView::exportTable() const
{
    return m_model;
}

charts::ChartWidget *MatrixView::exportChart() const
{
    return m_trend;
}

} // namespace lodestar::ui

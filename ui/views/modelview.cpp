#include "modelview.h"

#include "tableviews.h"
#include "models/itemmodels/modeldiagnostics.h"
#include "models/itemmodels/parametertablemodel.h"
#include "models/itemmodels/valueformat.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/linechart.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTableView>

namespace lodestar::ui {

namespace {

QString unitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return ModelView::tr("days");
    case TimeUnit::Month: return ModelView::tr("months");
    case TimeUnit::Week: break;
    }
    return ModelView::tr("weeks");
}

} // namespace

ModelView::ModelView(QWidget *parent)
    : View(parent)
    , m_warning(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_parameters(new ParameterTableModel(this))
    , m_table(createTableView(this))
    , m_tracking(new charts::LineChart(charts::LineChart::XAxis::Dates, this))
    , m_alive(new charts::HeatmapWidget(this))
{
    m_warning->setWordWrap(true);
    m_warning->setAutoFillBackground(true);
    m_warning->setMargin(8);
    m_warning->setVisible(false);
    QPalette warningColours = m_warning->palette();
    warningColours.setColor(QPalette::Window, charts::ChartPalette::negative());
    warningColours.setColor(QPalette::WindowText, charts::ChartPalette::textOn(charts::ChartPalette::negative()));
    m_warning->setPalette(warningColours);
    m_warning->setAccessibleName(tr("Model warning"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_parameters);
    m_table->setAccessibleName(tr("Fitted parameters"));
    m_tracking->setTitle(tr("Repeat purchases per month: actual vs predicted"));
    m_tracking->setValueFormat(charts::ValueFormat::Count);
    m_tracking->setAxisTitles(tr("Month"), tr("Repeat purchases"));
    m_alive->setValueFormat(charts::ValueFormat::Percent);

    auto *grid = new QGridLayout;
    grid->addWidget(m_summary, 0, 0);
    grid->addWidget(m_table, 1, 0);
    grid->addWidget(m_tracking, 0, 1, 2, 1);
    grid->addWidget(m_alive, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(grid, 1);
}

void ModelView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    // Only a new valuation changes the model; filter changes leave this page alone.
    if (snapshot.valuation == m_shown && m_shown)
        return;
    m_shown = snapshot.valuation;
    const Valuation empty;
    const Valuation &valuation = snapshot.valuation ? *snapshot.valuation : empty;
    std::vector<ModelFit> fits;
    if (valuation.transactionModel)
        fits.push_back(*valuation.transactionModel);
    if (valuation.spendModel)
        fits.push_back(*valuation.spendModel);
    m_parameters->setFits(fits);
    QStringList lines;
    for (const ModelFit &fit : fits)
        lines << tr("%1: log-likelihood %2 over %3 customers, %4.")
                     .arg(ParameterTableModel::modelName(fit.model), format::number(fit.logLikelihood, 1),
                          format::count(fit.customers), fit.converged ? tr("converged") : tr("did not converge"));
    if (fits.empty())
        lines << (snapshot.valuation ? tr("The %1 method fits no probabilistic model.").arg(methodKey(valuation.definition.method))
                                     : tr("No valuation yet."));
    else
        lines << tr("Time unit: %1. Calibration ends %2.")
                     .arg(unitName(valuation.definition.timeUnit), QLocale().toString(valuation.calibrationEnd, QLocale::ShortFormat));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    showWarnings(valuation);
    showTracking(snapshot);
    showAliveMatrix(valuation);
}

void ModelView::showWarnings(const Valuation &valuation)
{
    QStringList warnings = valuation.warnings;
    for (const auto *fit : {&valuation.transactionModel, &valuation.spendModel}) {
        if (!fit->has_value())
            continue;
        if (!(*fit)->converged)
            warnings.prepend(tr("The %1 fit did not converge: treat its CLV figures with caution.")
                                 .arg(ParameterTableModel::modelName((*fit)->model)));
        if (!(*fit)->warning.isEmpty())
            warnings << (*fit)->warning;
    }
    warnings.removeDuplicates();
    m_warning->setText(QStringLiteral("\u26A0 ") + warnings.join(QStringLiteral("\n\u26A0 ")));
    m_warning->setVisible(!warnings.isEmpty());
}

void ModelView::showTracking(const AnalysisSnapshot &snapshot)
{
    if (!snapshot.data || !snapshot.valuation) {
        m_tracking->setSeries({});
        return;
    }
    const TrackingSeries tracking = trackingSeries(*snapshot.data, *snapshot.valuation);
    auto actual = charts::LineSeries::fromDates(tr("Actual"), tracking.monthStarts, tracking.actual);
    auto predicted = charts::LineSeries::fromDates(tr("Predicted"), tracking.monthStarts, tracking.predicted);
    predicted.dashed = true;
    m_tracking->setTitle(tr("Repeat purchases per month: actual vs predicted (calibration ends %1)")
                             .arg(QLocale().toString(tracking.calibrationEnd, QLocale::ShortFormat)));
    m_tracking->setSeries({actual, predicted});
}

void ModelView::showAliveMatrix(const Valuation &valuation)
{
    const AliveMatrix matrix = aliveMatrix(valuation);
    QStringList rows;
    for (const int x : matrix.frequencies)
        rows << QString::number(x);
    QStringList columns;
    for (const double recency : matrix.recencies)
        columns << QLocale().toString(recency, 'f', 0);
    m_alive->setTitle(tr("P(alive) by frequency and recency, for a customer first seen %1 %2 ago")
                          .arg(QLocale().toString(matrix.age, 'f', 0), unitName(valuation.definition.timeUnit)));
    m_alive->setAxisTitles(tr("Repeat purchases"), tr("Recency: %1 from first purchase to last").arg(unitName(valuation.definition.timeUnit)));
    m_alive->setData(rows, columns, matrix.probability);
}

QString ModelView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString ModelView::summaryText() const
{
    return m_summary->text();
}

const QAbstractItemModel *ModelView::exportTable() const
{
    return m_parameters;
}

charts::ChartWidget *ModelView::exportChart() const
{
    return m_tracking;
}

} // namespace lodestar::ui

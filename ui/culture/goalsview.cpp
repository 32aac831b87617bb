#include "goalsview.h"

#include "culturecache.h"
#include "culturetables.h"
#include "experimentspanel.h"
#include "goalspanel.h"
#include "guardrailbanner.h"
#include "thresholdspanel.h"

#include <QGroupBox>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

#include <algorithm>

namespace lodestar::ui {

namespace {

QTableWidget *readOnlyTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setAccessibleName(name);
    return table;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

GoalsView::GoalsView(CultureCache &cache, QWidget *parent)
    : View(parent)
    , m_cache(cache)
    , m_banner(new GuardrailBanner(20, this))
    , m_goals(new GoalsPanel(cache, this))
    , m_scorecard(readOnlyTable(this, tr("Balanced scorecard")))
    , m_channels(readOnlyTable(this, tr("Net value per channel")))
    , m_experiments(new ExperimentsPanel(cache, this))
    , m_thresholds(new ThresholdsPanel(cache, this))
{
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_goals);
    top->addWidget(titled(tr("Balanced scorecard (trailing quarters)"), m_scorecard, this));
    // The goals have seven columns against the scorecard's six narrow ones; an even split cut the
    // goal names in French, while the scorecard's names wrap.
    top->setStretchFactor(0, 4);
    top->setStretchFactor(1, 3);
    auto *bottom = new QTabWidget(this);
    bottom->addTab(m_channels, tr("Net value per channel"));
    bottom->addTab(m_experiments, tr("Experiments"));
    // Ten rows of thresholds are taller than the tab usually is; they scroll rather than squeeze.
    auto *thresholds = new QScrollArea(this);
    thresholds->setWidget(m_thresholds);
    thresholds->setWidgetResizable(true);
    thresholds->setFrameShape(QFrame::NoFrame);
    bottom->addTab(thresholds, tr("Guardrail thresholds"));
    // The warnings sit above the splitter at the height of their text, up to a cap beyond which they
    // scroll, so the tables below get the rest of the page rather than a fixed share of it.
    m_warnings = new QScrollArea(this);
    m_warnings->setWidget(m_banner);
    m_warnings->setWidgetResizable(true);
    m_warnings->setFrameShape(QFrame::NoFrame);
    m_warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Sized by fitWarnings from its height for the width; its own Minimum policy would make the scroll
    // area reserve the label's size hint, which assumes a narrow wrap and is far too tall.
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_warnings->hide();
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(top);
    m_split->addWidget(bottom);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addWidget(m_split, 1);
    connect(&m_cache, &CultureCache::changed, this, &GoalsView::refresh);
}

void GoalsView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    m_analysis = snapshot;
    refresh();
}

void GoalsView::refresh()
{
    const auto culture = m_cache.snapshot(m_analysis);
    m_goals->showCulture(m_analysis.workspacePath, culture);
    m_experiments->showCulture(m_analysis, culture);
    m_thresholds->showSettings(culture ? &culture->records.settings : nullptr);
    if (!culture) {
        m_banner->setWarnings({});
        fitWarnings();
        return;
    }
    m_banner->setWarnings(culture->warnings);
    fitWarnings();
    fillScorecardTable(m_scorecard, culture->scorecard);
    fillChannelTable(m_channels, culture->channels);
}

// The warnings take the height of their text at the current width, at most a quarter of the page.
void GoalsView::fitWarnings()
{
    m_warnings->setVisible(m_banner->isVisibleTo(m_warnings));
    if (m_warnings->isHidden())
        return;
    // The page's width rather than the pane's, which is stale while the pane is being shown.
    const QMargins margins = layout()->contentsMargins();
    const int width = this->width() > 200 ? this->width() - margins.left() - margins.right() : 1100;
    const int hfw = m_banner->heightForWidth(width);
    const int needed = hfw > 0 ? hfw : m_banner->sizeHint().height();
    m_warnings->setFixedHeight(std::min(needed, std::max(120, height() / 4)));
}

void GoalsView::resizeEvent(QResizeEvent *event)
{
    View::resizeEvent(event);
    fitWarnings();
}

QTableWidget *GoalsView::experimentTable() const
{
    return m_experiments->table();
}

QTreeWidget *GoalsView::goalTree() const
{
    return m_goals->tree();
}

const QAbstractItemModel *GoalsView::exportTable() const
{
    return m_scorecard->model();
}

} // namespace lodestar::ui

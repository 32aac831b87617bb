#include "experimentspanel.h"

#include "culturecache.h"
#include "culturetables.h"
#include "experimentdialog.h"

#include "models/store/experimentrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lodestar::ui {

ExperimentsPanel::ExperimentsPanel(CultureCache &cache, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_table(new QTableWidget(this)), m_problems(new QLabel(this)),
      m_add(new QPushButton(tr("New experiment…"), this)), m_remove(new QPushButton(tr("Delete experiment"), this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Experiments"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ExperimentsPanel::askNewExperiment);
    connect(m_remove, &QPushButton::clicked, this, &ExperimentsPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExperimentsPanel::updateButtons);
    updateButtons();
}

void ExperimentsPanel::showCulture(const AnalysisSnapshot &analysis, std::shared_ptr<const CultureSnapshot> culture)
{
    m_analysis = analysis;
    m_culture = std::move(culture);
    fillExperimentTable(m_table, m_culture ? m_culture->experiments : std::vector<ExperimentResult>{});
    // An experiment that cannot be evaluated (say, its filter names a plan no customer has) is
    // missing from the table; say why rather than let it vanish.
    const QStringList problems = m_culture ? m_culture->problems : QStringList();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    updateButtons();
}

bool ExperimentsPanel::addExperiment(const Experiment &experiment)
{
    const Store *store = m_cache.store();
    if (!store)
        return false;
    const auto id = ExperimentRepository(*store).save(experiment);
    m_cache.recordWrite(id ? Status() : Status(id.error()));
    return bool(id);
}

void ExperimentsPanel::removeExperiment(qint64 experimentId)
{
    const Store *store = m_cache.store();
    // The refresh after the write replaces m_culture; this copy keeps the loop's records alive.
    const auto culture = m_culture;
    if (!store || !culture)
        return;
    for (const Experiment &experiment : culture->records.experiments) {
        if (experiment.id != experimentId)
            continue;
        const auto answer = QMessageBox::question(this, tr("Delete an experiment"),
                                                  tr("Delete the experiment %1 and its customer lists? This cannot be undone.").arg(experiment.name),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            m_cache.recordWrite(ExperimentRepository(*store).remove(experimentId));
        return;
    }
}

void ExperimentsPanel::askNewExperiment()
{
    if (!m_culture || !m_analysis.isComplete())
        return;
    QStringList taken;
    for (const Experiment &experiment : m_culture->records.experiments)
        taken << experiment.name;
    ExperimentDialog dialog(m_analysis, taken, this);
    if (dialog.exec() == QDialog::Accepted && dialog.problem().isEmpty())
        addExperiment(dialog.experiment());
}

void ExperimentsPanel::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (!selected.isEmpty())
        removeExperiment(m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong());
}

void ExperimentsPanel::updateButtons()
{
    m_add->setEnabled(m_culture && m_analysis.isComplete());
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

} // namespace lodestar::ui

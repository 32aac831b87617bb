#include "experimentdialog.h"

#include "armeditor.h"

#include "models/culture/quarter.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lodestar::ui {

ExperimentDialog::ExperimentDialog(const AnalysisSnapshot &analysis, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent), m_takenNames(takenNames), m_name(new QLineEdit(this)), m_hypothesis(new QPlainTextEdit(this)),
      m_start(new QDateEdit(this)), m_end(new QDateEdit(this)),
      m_treatment(new ArmEditor(tr("Treatment: the customers the initiative reached"), analysis, this)),
      m_control(new ArmEditor(tr("Control: comparable customers it did not reach"), analysis, this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New experiment"));
    m_hypothesis->setPlaceholderText(tr("What the treatment should change, and why it should last"));
    m_hypothesis->setTabChangesFocus(true);
    m_hypothesis->setMaximumHeight(m_hypothesis->fontMetrics().lineSpacing() * 4);
    // The last quarter of the data is the usual first guess for a period just run.
    const QDate end = analysis.valuation ? analysis.valuation->dataEnd : QDate::currentDate();
    for (QDateEdit *date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_start->setDate(Quarter::containing(end).start());
    m_end->setDate(end);
    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_end);
    period->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Hypothesis:"), m_hypothesis);
    form->addRow(tr("Period:"), period);
    auto *arms = new QHBoxLayout;
    arms->addWidget(m_treatment);
    arms->addWidget(m_control);
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(arms);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ExperimentDialog::update);
    connect(m_start, &QDateEdit::dateChanged, this, &ExperimentDialog::update);
    connect(m_end, &QDateEdit::dateChanged, this, &ExperimentDialog::update);
    connect(m_treatment, &ArmEditor::selectionChanged, this, &ExperimentDialog::update);
    connect(m_control, &ArmEditor::selectionChanged, this, &ExperimentDialog::update);
    update();
}

Experiment ExperimentDialog::experiment() const
{
    Experiment experiment;
    experiment.name = m_name->text().trimmed();
    experiment.hypothesis = m_hypothesis->toPlainText().trimmed();
    experiment.start = m_start->date();
    experiment.end = m_end->date();
    experiment.treatment = m_treatment->selection();
    experiment.control = m_control->selection();
    return experiment;
}

QString ExperimentDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the experiment a name.");
    if (m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("There is already an experiment called %1.").arg(name);
    if (m_end->date() < m_start->date())
        return tr("The period ends before it starts.");
    if (!m_treatment->problem().isEmpty())
        return tr("Treatment: %1").arg(m_treatment->problem());
    if (!m_control->problem().isEmpty())
        return tr("Control: %1").arg(m_control->problem());
    if (m_treatment->selection().filter == m_control->selection().filter && m_treatment->selection().externalIds == m_control->selection().externalIds)
        return tr("Treatment and control select the same customers.");
    return {};
}

void ExperimentDialog::update()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace lodestar::ui

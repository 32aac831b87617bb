#include "goaldialog.h"

#include "models/culture/goaltarget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include <cmath>

namespace lodestar::ui {

GoalDialog::GoalDialog(const std::vector<Team> &teams, const Goal &initial, QWidget *parent)
    : QDialog(parent), m_teams(teams), m_id(initial.id), m_team(new QComboBox(this)), m_name(new QLineEdit(initial.name, this)),
      m_indicator(new QComboBox(this)), m_quarter(new QLineEdit(initial.period.toString(), this)),
      m_target(new QDoubleSpinBox(this)), m_actual(new QDoubleSpinBox(this))
{
    setWindowTitle(initial.id == 0 ? tr("Add a team goal") : tr("Edit a team goal"));
    for (const Team &team : teams) {
        m_team->addItem(team.name);
        if (team.id == initial.teamId)
            m_team->setCurrentIndex(m_team->count() - 1);
    }
    for (Indicator indicator : {Indicator::Retention, Indicator::Expansion, Indicator::SecondPurchase, Indicator::Nps,
                                Indicator::AverageClv, Indicator::Entered})
        m_indicator->addItem(tr("%1 — drives %2").arg(indicatorName(indicator), driverName(driverOf(indicator))),
                             static_cast<int>(indicator));
    m_indicator->setCurrentIndex(m_indicator->findData(static_cast<int>(initial.indicator)));
    for (QDoubleSpinBox *spin : {m_target, m_actual}) {
        spin->setRange(-kGoalValueLimit, kGoalValueLimit);
        spin->setDecimals(3);
    }
    m_target->setValue(initial.target);
    if (!std::isnan(initial.enteredActual))
        m_actual->setValue(initial.enteredActual);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Goal:"), m_name);
    form->addRow(tr("Indicator:"), m_indicator);
    form->addRow(tr("Quarter:"), m_quarter);
    form->addRow(tr("Target (shares as fractions):"), m_target);
    form->addRow(tr("Actual (entered measures):"), m_actual);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &GoalDialog::indicatorChanged);
    const auto updateOk = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete()); };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    connect(m_quarter, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    indicatorChanged();
}

void GoalDialog::indicatorChanged()
{
    m_actual->setEnabled(static_cast<Indicator>(m_indicator->currentData().toInt()) == Indicator::Entered);
}

bool GoalDialog::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && Quarter::parse(m_quarter->text()) && !m_teams.empty();
}

Goal GoalDialog::goal() const
{
    Goal goal;
    goal.id = m_id;
    const int team = m_team->currentIndex();
    goal.teamId = team >= 0 && team < static_cast<int>(m_teams.size()) ? m_teams[static_cast<std::size_t>(team)].id : 0;
    goal.name = m_name->text().trimmed();
    goal.indicator = static_cast<Indicator>(m_indicator->currentData().toInt());
    goal.period = Quarter::parse(m_quarter->text()).value_or(Quarter{});
    goal.target = m_target->value();
    goal.enteredActual = m_actual->isEnabled() ? m_actual->value() : std::nan("");
    return goal;
}

} // namespace lodestar::ui

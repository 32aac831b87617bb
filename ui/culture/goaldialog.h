#pragma once

#include "models/culture/goal.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace lodestar::ui {

/// Asks for a team goal, new (id 0) or to edit: team, name, indicator (and so the CLV driver),
/// quarter, target and, for an entered measure, the actual.
class GoalDialog : public QDialog
{
    Q_OBJECT
public:
    GoalDialog(const std::vector<Team> &teams, const Goal &initial, QWidget *parent = nullptr);

    /// The goal as entered, with the initial goal's id; period invalid when the quarter text is not a quarter.
    Goal goal() const;
    bool isComplete() const;

private:
    void indicatorChanged();

    std::vector<Team> m_teams;
    qint64 m_id;
    QComboBox *m_team;
    QLineEdit *m_name;
    QComboBox *m_indicator;
    QLineEdit *m_quarter;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_actual;
};

} // namespace lodestar::ui

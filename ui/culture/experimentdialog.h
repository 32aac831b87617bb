#pragma once

#include "models/culture/experiment.h"
#include "models/itemmodels/analysissnapshot.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lodestar::ui {

class ArmEditor;

/// Asks for a new experiment: name, hypothesis, period and the treatment and control customers.
/// OK stays disabled, with the reason shown, until the experiment can be evaluated.
class ExperimentDialog : public QDialog
{
    Q_OBJECT
public:
    /// takenNames: the experiments already stored (names are unique in a workspace).
    ExperimentDialog(const AnalysisSnapshot &analysis, const QStringList &takenNames, QWidget *parent = nullptr);

    Experiment experiment() const;
    /// Why the experiment cannot be saved yet, or empty.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *hypothesisEdit() const { return m_hypothesis; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    ArmEditor *treatment() const { return m_treatment; }
    ArmEditor *control() const { return m_control; }

private:
    void update();

    QStringList m_takenNames;
    QLineEdit *m_name;
    QPlainTextEdit *m_hypothesis;
    QDateEdit *m_start;
    QDateEdit *m_end;
    ArmEditor *m_treatment;
    ArmEditor *m_control;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace lodestar::ui

#pragma once

#include "view.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lodestar::ui {

class MarginOverridesEditor;

/// Edits the workspace's CLV definition; Apply stores it and re-values every customer.
/// The plain-language text follows the edits, so users see what they are about to apply.
class DefinitionView : public View
{
    Q_OBJECT
public:
    explicit DefinitionView(QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("definition"); }
    QString title() const override { return tr("Definition"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;

    /// The definition the workspace uses (shown until the user edits it).
    void setDefinition(const ClvDefinition &definition);
    /// The definition as edited.
    ClvDefinition editedDefinition() const;
    QString plainText() const;
    void setHorizonMonths(int months);
    void apply();

signals:
    void definitionApplied(const lodestar::ClvDefinition &definition);

private:
    void edited();
    void showTierCutoffRows();
    QWidget *createForm();
    QWidget *createMarginGroup();

    ClvDefinition m_applied;
    QComboBox *m_method;
    QSpinBox *m_horizon;
    QDoubleSpinBox *m_discount;
    QDoubleSpinBox *m_margin;
    QComboBox *m_unit;
    QDoubleSpinBox *m_highShare;
    QDoubleSpinBox *m_mediumShare;
    QComboBox *m_tierCutoff;
    QDoubleSpinBox *m_highAmount;
    QDoubleSpinBox *m_mediumAmount;
    MarginOverridesEditor *m_overrides;
    QFormLayout *m_form = nullptr;
    QDoubleSpinBox *m_atRisk;
    QLabel *m_text;
    QLabel *m_error;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace lodestar::ui

#include "definitionview.h"

#include "marginoverrideseditor.h"

#include "models/itemmodels/valueformat.h"
#include "ui/charts/chartpalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lodestar::ui {

namespace {

QDoubleSpinBox *percentBox(QWidget *parent, double maximum)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, maximum);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

// A tier cut-off in the workspace's currency; the locale formats it.
QDoubleSpinBox *amountBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setPrefix(format::currencySymbol());
    box->setRange(0.0, 1e12);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

DefinitionView::DefinitionView(QWidget *parent)
    : View(parent)
    , m_method(new QComboBox(this))
    , m_horizon(new QSpinBox(this))
    , m_discount(percentBox(this, 100.0))
    , m_margin(percentBox(this, 100.0))
    , m_unit(new QComboBox(this))
    , m_highShare(percentBox(this, 100.0))
    , m_mediumShare(percentBox(this, 100.0))
    , m_tierCutoff(new QComboBox(this))
    , m_highAmount(amountBox(this, QStringLiteral("highTierAmount")))
    , m_mediumAmount(amountBox(this, QStringLiteral("mediumTierAmount")))
    , m_overrides(new MarginOverridesEditor(this))
    , m_atRisk(percentBox(this, 100.0))
    , m_text(new QLabel(this))
    , m_error(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply and recompute"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    m_method->addItem(tr("BG/NBD + Gamma-Gamma (predictive)"), static_cast<int>(ClvMethod::BgNbdGammaGamma));
    m_method->addItem(tr("MBG/NBD + Gamma-Gamma (predictive; one-time buyers can be lost)"), static_cast<int>(ClvMethod::MbgNbdGammaGamma));
    m_method->addItem(tr("Pareto/NBD + Gamma-Gamma (predictive)"), static_cast<int>(ClvMethod::ParetoNbdGammaGamma));
    m_method->addItem(tr("Historic (realised margin)"), static_cast<int>(ClvMethod::Historic));
    m_method->addItem(tr("Simple formula (margin × retention)"), static_cast<int>(ClvMethod::SimpleFormula));
    m_unit->addItem(tr("Day"), static_cast<int>(TimeUnit::Day));
    m_unit->addItem(tr("Week"), static_cast<int>(TimeUnit::Week));
    m_unit->addItem(tr("Month"), static_cast<int>(TimeUnit::Month));
    m_tierCutoff->setObjectName(QStringLiteral("tierCutoff"));
    m_tierCutoff->addItem(tr("Share of customers"), static_cast<int>(TierCutoff::Share));
    m_tierCutoff->addItem(tr("CLV amount"), static_cast<int>(TierCutoff::Amount));
    m_horizon->setRange(1, 120);
    m_horizon->setSuffix(tr(" months"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFrameShape(QFrame::StyledPanel);
    m_text->setMargin(10);
    m_text->setAccessibleName(tr("Definition in plain language"));
    m_text->setMaximumWidth(640);
    QPalette errorColours = m_error->palette();
    errorColours.setColor(QPalette::WindowText, charts::ChartPalette::negative());
    m_error->setPalette(errorColours);
    m_error->setWordWrap(true);
    m_apply->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createForm());
    layout->addWidget(createMarginGroup());
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch();

    for (QComboBox *box : {m_method, m_unit, m_tierCutoff})
        connect(box, &QComboBox::currentIndexChanged, this, &DefinitionView::edited);
    connect(m_tierCutoff, &QComboBox::currentIndexChanged, this, &DefinitionView::showTierCutoffRows);
    connect(m_horizon, &QSpinBox::valueChanged, this, &DefinitionView::edited);
    for (QDoubleSpinBox *box : {m_discount, m_margin, m_highShare, m_mediumShare, m_highAmount, m_mediumAmount, m_atRisk})
        connect(box, &QDoubleSpinBox::valueChanged, this, &DefinitionView::edited);
    connect(m_overrides, &MarginOverridesEditor::overridesEdited, this, &DefinitionView::edited);
    connect(m_apply, &QPushButton::clicked, this, &DefinitionView::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] { setDefinition(m_applied); });
    setDefinition(ClvDefinition{});
}

QWidget *DefinitionView::createForm()
{
    auto *group = new QGroupBox(tr("How Lodestar values a customer"), this);
    m_form = new QFormLayout(group);
    m_form->addRow(tr("&Method:"), m_method);
    m_form->addRow(tr("&Horizon:"), m_horizon);
    m_form->addRow(tr("Annual &discount rate:"), m_discount);
    m_form->addRow(tr("Gross &margin:"), m_margin);
    m_form->addRow(tr("Model &time unit:"), m_unit);
    m_form->addRow(tr("Tiers &cut by:"), m_tierCutoff);
    m_form->addRow(tr("&High tier: top share of customers by CLV"), m_highShare);
    m_form->addRow(tr("M&edium tier: next share of customers"), m_mediumShare);
    m_form->addRow(tr("&High tier: CLV at least"), m_highAmount);
    m_form->addRow(tr("M&edium tier: CLV at least"), m_mediumAmount);
    m_form->addRow(tr("At risk when P(alive) &below:"), m_atRisk);
    group->setMaximumWidth(640);
    return group;
}

QWidget *DefinitionView::createMarginGroup()
{
    auto *group = new QGroupBox(tr("Gross margin per plan or channel (a plan's margin wins)"), this);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_overrides);
    group->setMaximumWidth(640);
    return group;
}

void DefinitionView::showTierCutoffRows()
{
    // Only the cut-offs in use are shown; the others keep their values for switching back.
    const bool byAmount = static_cast<TierCutoff>(m_tierCutoff->currentData().toInt()) == TierCutoff::Amount;
    for (QWidget *box : {m_highShare, m_mediumShare})
        m_form->setRowVisible(box, !byAmount);
    for (QWidget *box : {m_highAmount, m_mediumAmount})
        m_form->setRowVisible(box, byAmount);
}

void DefinitionView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    // The definition arrives through setDefinition(); the snapshot only brings the plans and
    // channels a margin can be set for.
    m_overrides->setKnownValues(snapshot.options.plans, snapshot.options.channels);
}

void DefinitionView::setDefinition(const ClvDefinition &definition)
{
    m_applied = definition;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_method), QSignalBlocker(m_unit), QSignalBlocker(m_horizon),
                                       QSignalBlocker(m_discount), QSignalBlocker(m_margin), QSignalBlocker(m_highShare),
                                       QSignalBlocker(m_mediumShare), QSignalBlocker(m_tierCutoff),
                                       QSignalBlocker(m_highAmount), QSignalBlocker(m_mediumAmount),
                                       QSignalBlocker(m_overrides), QSignalBlocker(m_atRisk)};
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(definition.method)));
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(definition.timeUnit)));
    m_horizon->setValue(definition.horizonMonths);
    m_discount->setValue(definition.annualDiscountRate * 100.0);
    m_margin->setValue(definition.grossMargin * 100.0);
    m_highShare->setValue(definition.highTierShare * 100.0);
    m_mediumShare->setValue(definition.mediumTierShare * 100.0);
    m_tierCutoff->setCurrentIndex(m_tierCutoff->findData(static_cast<int>(definition.tierCutoff)));
    m_highAmount->setValue(definition.highTierAmount);
    m_mediumAmount->setValue(definition.mediumTierAmount);
    m_overrides->setOverrides(definition.marginByPlan, definition.marginByChannel);
    m_atRisk->setValue(definition.atRiskProbability * 100.0);
    showTierCutoffRows();
    edited();
}

ClvDefinition DefinitionView::editedDefinition() const
{
    ClvDefinition definition = m_applied;
    definition.method = static_cast<ClvMethod>(m_method->currentData().toInt());
    definition.timeUnit = static_cast<TimeUnit>(m_unit->currentData().toInt());
    definition.horizonMonths = m_horizon->value();
    definition.annualDiscountRate = m_discount->value() / 100.0;
    definition.grossMargin = m_margin->value() / 100.0;
    definition.highTierShare = m_highShare->value() / 100.0;
    definition.mediumTierShare = m_mediumShare->value() / 100.0;
    definition.tierCutoff = static_cast<TierCutoff>(m_tierCutoff->currentData().toInt());
    definition.highTierAmount = m_highAmount->value();
    definition.mediumTierAmount = m_mediumAmount->value();
    definition.marginByPlan = m_overrides->marginByPlan();
    definition.marginByChannel = m_overrides->marginByChannel();
    definition.atRiskProbability = m_atRisk->value() / 100.0;
    return definition;
}

void DefinitionView::edited()
{
    const ClvDefinition definition = editedDefinition();
    m_overrides->setNewRowMargin(definition.grossMargin);
    QString error = m_overrides->problem();
    if (error.isEmpty())
        error = definition.validationError();
    m_text->setText(definition.plainText());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const bool changed = !(definition == m_applied);
    m_apply->setEnabled(error.isEmpty() && changed);
    m_revert->setEnabled(changed);
}

QString DefinitionView::plainText() const
{
    return m_text->text();
}

void DefinitionView::setHorizonMonths(int months)
{
    m_horizon->setValue(months);
}

void DefinitionView::apply()
{
    const ClvDefinition definition = editedDefinition();
    if (!definition.validationError().isEmpty() || !m_overrides->problem().isEmpty())
        return;
    m_applied = definition;
    edited();
    emit definitionApplied(definition);
}

} // namespace lodestar::ui

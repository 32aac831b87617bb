#include "thresholdspanel.h"

#include "culturecache.h"

#include "models/store/culturesettingsrepository.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lodestar::ui {

namespace {

constexpr double kPercent = 100.0;

// The settings' accepted range by key, from the single list the repository checks against.
std::pair<double, double> rangeOf(const char *key)
{
    CultureSettings settings;
    for (const CultureSettings::Field &field : settings.fields()) {
        if (qstrcmp(field.key, key) == 0)
            return {field.minimum, field.maximum};
    }
    return {0.0, 0.0};
}

double storedValue(CultureSettings settings, const QString &key)
{
    for (const CultureSettings::Field &field : settings.fields()) {
        if (key == QLatin1String(field.key))
            return field.real ? *field.real : *field.integer;
    }
    return 0.0;
}

} // namespace

ThresholdsPanel::ThresholdsPanel(CultureCache &cache, QWidget *parent) : QWidget(parent), m_cache(cache)
{
    auto *intro = new QLabel(tr("What counts as growth bought at the expense of lifetime value differs per business. "
                                "A change applies at once to the warnings here and on the Overview, and to the "
                                "command line and the report."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addRow(form, "min_ltv_to_cac", tr("Lowest LTV:CAC of a channel:"), 1.0, 2);
    addRow(form, "max_payback_months", tr("Longest CAC payback (months):"), 1.0, 1);
    addRow(form, "min_discount_rise", tr("Discount rise that warns:"), kPercent, 1);
    addRow(form, "min_margin_fall", tr("…together with a gross-margin fall of:"), kPercent, 1);
    addRow(form, "expansion_threshold", tr("Quarter revenue rise that counts as an expansion:"), kPercent, 0);
    addRow(form, "expansion_spike_ratio", tr("Churn or refunds after an expansion, times the usual rate:"), 1.0, 2);
    addRow(form, "min_expanded_customers", tr("Fewest expanded customers to judge:"), 1.0, 0);
    addRow(form, "cohort_retention_drop", tr("Cohort retention drop that warns:"), kPercent, 1);
    addRow(form, "cohorts_compared", tr("Cohorts compared:"), 1.0, 0);
    addRow(form, "window_quarters", tr("Rolling window (quarters):"), 1.0, 0);
    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    connect(defaults, &QPushButton::clicked, this, &ThresholdsPanel::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch(1);
    setEnabled(false);
}

void ThresholdsPanel::addRow(QFormLayout *form, const char *key, const QString &label, double scale, int decimals)
{
    auto *spin = new QDoubleSpinBox(this);
    const auto [minimum, maximum] = rangeOf(key);
    spin->setRange(minimum * scale, maximum * scale);
    spin->setDecimals(decimals);
    spin->setSingleStep(decimals == 0 ? 1.0 : (scale == kPercent ? 0.5 : 0.1));
    if (scale == kPercent)
        spin->setSuffix(QStringLiteral(" ") + QLocale().percent());
    // Arrows apply at once; typed digits apply when the field is left, not at every keystroke.
    spin->setKeyboardTracking(false);
    spin->setAccessibleName(label);
    form->addRow(label, spin);
    m_rows.push_back({QString::fromLatin1(key), spin, scale});
    const Row added = m_rows.back();
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, added] { save(added); });
}

void ThresholdsPanel::showSettings(const CultureSettings *settings)
{
    setEnabled(settings != nullptr);
    if (!settings)
        return;
    for (const Row &r : m_rows) {
        const QSignalBlocker blocker(r.spin);
        r.spin->setValue(storedValue(*settings, r.key) * r.scale);
    }
}

void ThresholdsPanel::setValue(const QString &key, double shownValue)
{
    if (const Row *r = row(key))
        r->spin->setValue(shownValue);
}

double ThresholdsPanel::value(const QString &key) const
{
    const Row *r = row(key);
    return r ? r->spin->value() : 0.0;
}

void ThresholdsPanel::save(const Row &r)
{
    const Store *store = m_cache.store();
    if (!store)
        return;
    // 'g' with 10 digits: the stored text reads back as the value shown, without binary noise.
    m_cache.recordWrite(CultureSettingsRepository(*store).set(r.key, QString::number(r.spin->value() / r.scale, 'g', 10)));
}

// One write and one refresh for the lot, rather than a recomputation per threshold.
void ThresholdsPanel::restoreDefaults()
{
    const Store *store = m_cache.store();
    if (!store)
        return;
    const CultureSettingsRepository repository(*store);
    const CultureSettings defaults;
    Status outcome;
    for (const Row &r : m_rows) {
        if (Status status = repository.set(r.key, QString::number(storedValue(defaults, r.key), 'g', 10)); !status)
            outcome = status;
    }
    m_cache.recordWrite(outcome);
}

const ThresholdsPanel::Row *ThresholdsPanel::row(const QString &key) const
{
    for (const Row &r : m_rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

} // namespace lodestar::ui

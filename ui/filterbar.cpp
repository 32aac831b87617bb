#include "filterbar.h"

#include "models/engine/segmentlabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace lodestar::ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_channel(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_dateDelay(new QTimer(this))
    , m_missing(new QLabel(this))
{
    m_period->addItem(tr("Quarter"), static_cast<int>(Period::Quarter));
    m_period->addItem(tr("Month"), static_cast<int>(Period::Month));
    m_tier->addItem(tr("All tiers"));
    for (const Tier tier : {Tier::High, Tier::Medium, Tier::Low})
        m_tier->addItem(segmentLabel(tierName(tier)), static_cast<int>(tier));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_dateDelay->setSingleShot(true);
    m_dateDelay->setInterval(300);
    auto *resetButton = new QToolButton(this);
    resetButton->setText(tr("Reset filters"));
    resetButton->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never cut to "Reset fil…"
    for (QComboBox *box : {m_channel, m_region, m_plan, m_tier}) {
        // Long channel names would push the bar wider than a 1024-pixel window; the popup shows them whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    m_missing->setForegroundRole(QPalette::PlaceholderText);
    m_missing->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(buddyLabel(tr("&Period:"), m_period, this));
    layout->addWidget(m_period);
    layout->addWidget(buddyLabel(tr("&From:"), m_from, this));
    layout->addWidget(m_from);
    layout->addWidget(buddyLabel(tr("&To:"), m_to, this));
    layout->addWidget(m_to);
    m_attributes = {{m_channel, buddyLabel(tr("C&hannel:"), m_channel, this)},
                    {m_region, buddyLabel(tr("Re&gion:"), m_region, this)},
                    {m_plan, buddyLabel(tr("P&lan:"), m_plan, this)}};
    for (const auto &[box, label] : m_attributes) {
        layout->addWidget(label);
        layout->addWidget(box);
    }
    layout->addWidget(buddyLabel(tr("Tie&r:"), m_tier, this));
    layout->addWidget(m_tier);
    layout->addWidget(resetButton);
    layout->addWidget(m_missing, 1);

    for (QComboBox *box : {m_period, m_channel, m_region, m_plan, m_tier})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_dateDelay, qOverload<>(&QTimer::start));
    connect(m_dateDelay, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(resetButton, &QToolButton::clicked, this, &FilterBar::reset);
    fillChoices(m_channel, tr("All channels"), {});
    fillChoices(m_region, tr("All regions"), {});
    fillChoices(m_plan, tr("All plans"), {});
}

void FilterBar::fillChoices(QComboBox *box, const QString &all, const QStringList &values)
{
    box->clear();
    box->addItem(all);
    for (const QString &value : values)
        box->addItem(value, value);
}

void FilterBar::setWorkspace(const FilterOptions &options, const QDate &first, const QDate &last)
{
    m_updating = true;
    fillChoices(m_channel, tr("All channels"), options.channels);
    fillChoices(m_region, tr("All regions"), options.regions);
    fillChoices(m_plan, tr("All plans"), options.plans);
    showAttributeChoices(options);
    setDates(first, last);
    m_tier->setCurrentIndex(0);
    m_dateDelay->stop();
    m_updating = false;
}

// A filter with only "All…" to offer is left out; one line says what would bring it.
void FilterBar::showAttributeChoices(const FilterOptions &options)
{
    const QStringList *values[] = {&options.channels, &options.regions, &options.plans};
    const QString names[] = {tr("channel"), tr("region"), tr("plan")};
    QStringList missing;
    for (std::size_t i = 0; i < m_attributes.size(); ++i) {
        const bool shown = !values[i]->isEmpty();
        m_attributes[i].first->setVisible(shown);
        m_attributes[i].second->setVisible(shown);
        if (!shown)
            missing << names[i];
    }
    m_missing->setVisible(!missing.isEmpty());
    m_missing->setText(tr("No %1 in the data: import a customers file with them to filter by them.")
                           .arg(missing.join(tr(", "))));
    m_missing->setWordWrap(true);
}

// Without transactions there is no range: the edits show a dash, not the last workspace's dates.
void FilterBar::setDates(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    const bool known = first.isValid() && last.isValid();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setSpecialValueText(known ? QString() : QStringLiteral("\u2014"));
        if (known) {
            edit->setDateRange(first, last);
        } else {
            edit->setDateRange(QDate(2000, 1, 1), QDate(2000, 1, 1));
        }
        edit->setEnabled(known);
    }
    m_from->setDate(known ? first : m_from->minimumDate());
    m_to->setDate(known ? last : m_to->minimumDate());
}

AnalysisFilter FilterBar::filter() const
{
    AnalysisFilter filter;
    // The whole data range is "no date filter", so a workspace that grows keeps showing all of it.
    if (m_first.isValid() && m_from->date() != m_first)
        filter.from = m_from->date();
    if (m_last.isValid() && m_to->date() != m_last)
        filter.to = m_to->date();
    filter.channel = m_channel->currentData().toString();
    filter.region = m_region->currentData().toString();
    filter.plan = m_plan->currentData().toString();
    if (m_tier->currentIndex() > 0)
        filter.tier = static_cast<Tier>(m_tier->currentData().toInt());
    filter.period = static_cast<Period>(m_period->currentData().toInt());
    return filter;
}

void FilterBar::setFilter(const AnalysisFilter &filter)
{
    m_updating = true;
    m_from->setDate(filter.from.isValid() ? filter.from : m_first);
    m_to->setDate(filter.to.isValid() ? filter.to : m_last);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(filter.channel)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(filter.region)));
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(filter.plan)));
    m_tier->setCurrentIndex(filter.tier ? std::max(0, m_tier->findData(static_cast<int>(*filter.tier))) : 0);
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(filter.period)));
    m_dateDelay->stop();
    m_updating = false;
    emitChanged();
}

void FilterBar::reset()
{
    AnalysisFilter all;
    all.period = filter().period;
    setFilter(all);
}

void FilterBar::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
}

void FilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

void FilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}

} // namespace lodestar::ui

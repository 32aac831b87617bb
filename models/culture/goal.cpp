#include "goal.h"

#include <QCoreApplication>

#include <array>

namespace lodestar {

namespace {

struct IndicatorText
{
    Indicator indicator;
    const char *key;
    const char *name;
};

constexpr std::array<IndicatorText, 6> kIndicators{{
    {Indicator::Retention, "retention", QT_TRANSLATE_NOOP("culture", "Retention")},
    {Indicator::Expansion, "expansion", QT_TRANSLATE_NOOP("culture", "Cross-sell / expansion")},
    {Indicator::SecondPurchase, "second-purchase", QT_TRANSLATE_NOOP("culture", "Product adoption (second purchase)")},
    {Indicator::Nps, "nps", QT_TRANSLATE_NOOP("culture", "Advocacy (NPS)")},
    {Indicator::AverageClv, "average-clv", QT_TRANSLATE_NOOP("culture", "Average CLV")},
    {Indicator::Entered, "entered", QT_TRANSLATE_NOOP("culture", "Entered measure")},
}};

} // namespace

QString indicatorKey(Indicator indicator)
{
    return QLatin1String(kIndicators[static_cast<std::size_t>(indicator)].key);
}

std::optional<Indicator> indicatorFromKey(const QString &key)
{
    for (const IndicatorText &text : kIndicators) {
        if (key.compare(QLatin1String(text.key), Qt::CaseInsensitive) == 0)
            return text.indicator;
    }
    return std::nullopt;
}

QString indicatorName(Indicator indicator)
{
    return QCoreApplication::translate("culture", kIndicators[static_cast<std::size_t>(indicator)].name);
}

// Which lever of CLV the indicator moves, so a team sees why its goal matters.
ClvDriver driverOf(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Retention: return ClvDriver::Lifetime;
    case Indicator::Expansion: return ClvDriver::OrderValue;
    case Indicator::SecondPurchase: return ClvDriver::Frequency;
    case Indicator::Nps: return ClvDriver::Advocacy;
    case Indicator::AverageClv:
    case Indicator::Entered: return ClvDriver::Clv;
    }
    return ClvDriver::Clv;
}

QString driverName(ClvDriver driver)
{
    switch (driver) {
    case ClvDriver::Lifetime: return QCoreApplication::translate("culture", "Lifetime");
    case ClvDriver::OrderValue: return QCoreApplication::translate("culture", "Order value");
    case ClvDriver::Frequency: return QCoreApplication::translate("culture", "Frequency");
    case ClvDriver::Advocacy: return QCoreApplication::translate("culture", "Advocacy");
    case ClvDriver::Clv: return QCoreApplication::translate("culture", "CLV overall");
    }
    return {};
}

bool isPercentIndicator(Indicator indicator)
{
    return indicator == Indicator::Retention || indicator == Indicator::Expansion
           || indicator == Indicator::SecondPurchase;
}

} // namespace lodestar

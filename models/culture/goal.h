#pragma once

#include "models/culture/quarter.h"
#include "models/engine/dataset.h"

#include <QString>

#include <optional>

namespace lodestar {

/// Leading indicators known to move CLV; all but Entered are computed from the data.
enum class Indicator { Retention, Expansion, SecondPurchase, Nps, AverageClv, Entered };

/// The part of CLV an indicator feeds: CLV = margin x purchases over the customer's lifetime.
enum class ClvDriver { Lifetime, OrderValue, Frequency, Advocacy, Clv };

struct Team
{
    qint64 id = 0;
    QString name;
    int position = 0; ///< order on the page and in reports
};

struct Goal
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString name;
    Indicator indicator = Indicator::Retention;
    Quarter period;
    double target = 0.0;
    double enteredActual = kUnknown; ///< used when the indicator is Entered (or the data cannot give it)
};

QString indicatorKey(Indicator indicator);               ///< "retention", "expansion", …
std::optional<Indicator> indicatorFromKey(const QString &key);
QString indicatorName(Indicator indicator);              ///< translated
ClvDriver driverOf(Indicator indicator);
QString driverName(ClvDriver driver);                    ///< translated, short: "Lifetime", "Order value", …
/// True when the indicator is a share (shown as a percentage).
bool isPercentIndicator(Indicator indicator);

} // namespace lodestar

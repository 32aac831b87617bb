#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace lodestar {

enum class ClvMethod { BgNbdGammaGamma, ParetoNbdGammaGamma, Historic, SimpleFormula };
enum class TimeUnit { Day, Week, Month };

/// The workspace's one documented CLV definition; every figure is computed under it.
struct ClvDefinition
{
    ClvMethod method = ClvMethod::BgNbdGammaGamma;
    int horizonMonths = 36;
    double annualDiscountRate = 0.10;
    double grossMargin = 0.30;               ///< global margin, fraction of net revenue
    QMap<QString, double> marginByPlan;      ///< overrides the global margin
    QMap<QString, double> marginByChannel;   ///< overrides the global margin (plan wins)
    TimeUnit timeUnit = TimeUnit::Week;
    QDate calibrationStart;                  ///< null: from the first transaction
    QDate calibrationEnd;                    ///< null: the last transaction date
    double highTierShare = 0.20;             ///< top 20% of CLV are High
    double mediumTierShare = 0.30;           ///< the next 30% are Medium
    double atRiskProbability = 0.5;          ///< P(alive) below this is at risk

    /// "CLV = expected gross margin over the next 3 years, discounted at 10%/yr, from …".
    QString plainText() const;
    /// One line for footers and the status bar.
    QString shortText() const;
    QJsonObject toJson() const;
    static ClvDefinition fromJson(const QJsonObject &json);
    /// Margin for a customer of this plan and channel.
    double marginFor(const QString &plan, const QString &channel) const;

    bool operator==(const ClvDefinition &) const = default;
};

QString methodKey(ClvMethod method);      ///< "bgnbd-gg", "pareto-nbd-gg", "historic", "simple"
QString timeUnitKey(TimeUnit unit);       ///< "day", "week", "month"

} // namespace lodestar

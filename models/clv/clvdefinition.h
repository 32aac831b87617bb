#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace lodestar {

/// Stored by key (methodKey()); new methods go at the end, so the window's stored indexes keep their meaning.
enum class ClvMethod { BgNbdGammaGamma, ParetoNbdGammaGamma, Historic, SimpleFormula, MbgNbdGammaGamma };

/// A method that predicts with a purchase model and Gamma-Gamma spend.
bool isPredictive(ClvMethod method);
/// The purchase model's display name of a predictive method ("BG/NBD"), or empty.
QString purchaseModelName(ClvMethod method);
enum class TimeUnit { Day, Week, Month };
/// How the High and Medium tiers are cut: by share of customers or by a CLV amount.
enum class TierCutoff { Share, Amount };

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
    TierCutoff tierCutoff = TierCutoff::Share;
    double highTierAmount = 0.0;             ///< amount mode: CLV at or above this is High
    double mediumTierAmount = 0.0;           ///< amount mode: CLV at or above this (below High) is Medium
    double atRiskProbability = 0.5;          ///< P(alive) below this is at risk

    /// "CLV = expected gross margin over the next 3 years, discounted at 10%/yr, from …".
    QString plainText() const;
    /// "High: top 20% of CLV; Medium: next 30%; Low: the rest", or the same by amounts.
    QString tierText() const;
    /// One line for footers and the status bar.
    QString shortText() const;
    QJsonObject toJson() const;
    static ClvDefinition fromJson(const QJsonObject &json);
    /// Margin for a customer of this plan and channel.
    double marginFor(const QString &plan, const QString &channel) const;
    /// Empty when usable; otherwise one sentence naming the bad setting.
    QString validationError() const;
    /// A copy with null calibration dates replaced by the data's, so plainText() can name them.
    ClvDefinition resolved(const QDate &firstPurchase, const QDate &lastPurchase) const;
    /// Monthly discount rate equivalent to the annual one: (1 + annual)^(1/12) - 1.
    double monthlyDiscountRate() const;
    /// Length of the time unit in days (a month is 365.25 / 12 days).
    double unitDays() const;

    bool operator==(const ClvDefinition &) const = default;
};

QString methodKey(ClvMethod method);      ///< "bgnbd-gg", "mbgnbd-gg", "pareto-nbd-gg", "historic", "simple"
QString timeUnitKey(TimeUnit unit);       ///< "day", "week", "month"
QString tierCutoffKey(TierCutoff cutoff); ///< "share", "amount"
std::optional<TierCutoff> tierCutoffFromKey(const QString &key);
std::optional<ClvMethod> methodFromKey(const QString &key);   ///< also accepts "bgnbd", "pareto-nbd"
std::optional<TimeUnit> timeUnitFromKey(const QString &key);
double timeUnitDays(TimeUnit unit);

} // namespace lodestar

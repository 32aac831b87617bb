#include "valueformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace lodestar::format {

namespace {

QString &currencyOverride()
{
    static QString symbol;
    return symbol;
}

} // namespace

QString unknown()
{
    return QStringLiteral("\u2014");
}

QString trend(const QString &direction)
{
    if (direction == QLatin1String("up"))
        return QCoreApplication::translate("format", "▲ up");
    if (direction == QLatin1String("down"))
        return QCoreApplication::translate("format", "▼ down");
    if (direction == QLatin1String("flat"))
        return QCoreApplication::translate("format", "◆ flat");
    return unknown();
}

QString currencySymbol()
{
    if (!currencyOverride().isEmpty())
        return currencyOverride();
    const QString symbol = QLocale().currencySymbol(QLocale::CurrencySymbol);
    return symbol.isEmpty() ? QStringLiteral("$") : symbol;
}

void setCurrencySymbol(const QString &symbol)
{
    currencyOverride() = symbol;
}

QString money(double value, int decimals)
{
    if (!known(value))
        return unknown();
    const QLocale locale;
    // The C locale (no LANG set) puts the symbol after the number; read it the English way instead.
    if (locale.language() == QLocale::C) {
        const QString number = locale.toString(std::abs(value), 'f', decimals);
        return (value < 0 ? QStringLiteral("-") : QString()) + currencySymbol() + number;
    }
    return locale.toCurrencyString(value, currencySymbol(), decimals);
}

QString compactMoney(double value)
{
    if (!known(value))
        return unknown();
    const double magnitude = std::abs(value);
    const QLocale locale;
    // The English business abbreviations; translators place the amount (%1) and the symbol (%2)
    // their own way, e.g. "%1 Tsd. %2" in German.
    if (magnitude >= 1e9)
        return QCoreApplication::translate("format", "%2%1B", "money in billions: %1 amount, %2 currency symbol")
            .arg(locale.toString(value / 1e9, 'f', 2), currencySymbol());
    if (magnitude >= 1e6)
        return QCoreApplication::translate("format", "%2%1M", "money in millions: %1 amount, %2 currency symbol")
            .arg(locale.toString(value / 1e6, 'f', 2), currencySymbol());
    if (magnitude >= 1e4)
        return QCoreApplication::translate("format", "%2%1K", "money in thousands: %1 amount, %2 currency symbol")
            .arg(locale.toString(value / 1e3, 'f', 1), currencySymbol());
    return money(value, magnitude < 100 ? 2 : 0);
}

QString percent(double fraction, int decimals)
{
    if (!known(fraction))
        return unknown();
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLocale().percent();
}

QString change(double fraction)
{
    if (!known(fraction))
        return unknown();
    const QString arrow = fraction > 0.0005 ? QStringLiteral("\u25B2 +")
                          : fraction < -0.0005 ? QStringLiteral("\u25BC ")
                                               : QStringLiteral("\u25C6 ");
    return arrow + percent(fraction);
}

QString number(double value, int decimals)
{
    if (!known(value))
        return unknown();
    return QLocale().toString(value, 'f', decimals);
}

QString ratio(double value)
{
    if (!known(value))
        return unknown();
    return QCoreApplication::translate("format", "%1:1", "a ratio such as LTV:CAC, 3.2:1").arg(number(value, 1));
}

QString months(double value)
{
    return number(value, 1);
}

QString metric(MetricUnit unit, double value)
{
    if (!known(value))
        return unknown();
    switch (unit) {
    case MetricUnit::Money: return money(value, std::abs(value) < 100.0 ? 2 : 0);
    case MetricUnit::Ratio: return ratio(value);
    case MetricUnit::Months: return months(value);
    case MetricUnit::Percent: return percent(value, 1);
    case MetricUnit::PercentagePoints:
        return QCoreApplication::translate("culture", "%1 pp").arg((value >= 0 ? QStringLiteral("+") : QString()) + number(value * 100.0, 1));
    case MetricUnit::Count: return count(static_cast<qint64>(std::llround(value)));
    case MetricUnit::Days: return QCoreApplication::translate("culture", "%1 days").arg(number(value, 0));
    case MetricUnit::Points: return number(value, 0);
    case MetricUnit::Score: return number(value, 1);
    case MetricUnit::Number: break;
    }
    return number(value, 2);
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace lodestar::format

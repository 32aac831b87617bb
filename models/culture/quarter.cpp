#include "quarter.h"

#include <QRegularExpression>

namespace lodestar {

std::optional<Quarter> Quarter::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt()};
}

Quarter Quarter::containing(const QDate &date)
{
    return {date.year(), (date.month() - 1) / 3 + 1};
}

QString Quarter::toString() const
{
    return QStringLiteral("%1Q%2").arg(year).arg(number);
}

QDate Quarter::start() const
{
    return {year, (number - 1) * 3 + 1, 1};
}

QDate Quarter::end() const
{
    return next().start().addDays(-1);
}

Quarter Quarter::next() const
{
    return number == 4 ? Quarter{year + 1, 1} : Quarter{year, number + 1};
}

Quarter Quarter::previous() const
{
    return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1};
}

int Quarter::quartersUntil(const Quarter &other) const
{
    return (other.year - year) * 4 + (other.number - number);
}

} // namespace lodestar

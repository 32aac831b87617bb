#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace lodestar {

/// A calendar quarter such as 2025Q4: the period assessments, goals and the scorecard use.
struct Quarter
{
    int year = 1970;
    int number = 1; ///< 1-4

    /// Accepts "2025Q4" (and "2025-Q4", lower case q); nullopt for anything else.
    static std::optional<Quarter> parse(const QString &text);
    static Quarter containing(const QDate &date);

    QString toString() const; ///< "2025Q4": the key stored in the workspace
    QDate start() const;
    QDate end() const;
    Quarter next() const;
    Quarter previous() const;
    /// Whole quarters from this one to other (negative when other is earlier).
    int quartersUntil(const Quarter &other) const;

    auto operator<=>(const Quarter &) const = default;
};

} // namespace lodestar

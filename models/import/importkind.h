#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lodestar {

/// The four kinds of file a workspace imports; the names are stored in imports.kind.
enum class ImportKind { Transactions, Customers, Spend, Nps };

/// A column the importer understands; not every kind has every field.
enum class ImportField {
    CustomerId, Date, Amount, OrderId, Quantity, Discount, Cost, Currency,
    SignupDate, Channel, Region, Plan, AcquisitionCost, Month, Score,
};

/// What a kind of file may contain: the field, its stable name and the header names it answers to.
struct FieldSpec
{
    ImportField field;
    QString name;         ///< as written in --map and shown in rejects ("customer_id")
    bool required;
    QStringList aliases;  ///< normalised header names, most specific first
};

QString kindName(ImportKind kind);
std::optional<ImportKind> kindFromName(const QString &name);

/// The fields of one kind of file, required ones first.
const QList<FieldSpec> &fieldsOf(ImportKind kind);

/// The spec of a field by its name within a kind, or nullptr.
const FieldSpec *findField(ImportKind kind, const QString &name);

/// Lower-cases and drops spaces, underscores, dots and dashes, so "Customer ID" matches "customer_id".
QString normaliseColumnName(const QString &name);

} // namespace lodestar

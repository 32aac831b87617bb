#include "fitcacherepository.h"

#include "sqldialect.h"
#include "store.h"
#include "storeerror.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>
#include <optional>

namespace lodestar {

namespace {

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    return array;
}

std::vector<double> numbersFrom(const QJsonArray &array)
{
    std::vector<double> values;
    for (const QJsonValue &v : array)
        values.push_back(v.isDouble() ? v.toDouble() : std::nan(""));
    return values;
}

QString resultText(const FitResult &result)
{
    QJsonArray names;
    for (const std::string &name : result.parameterNames)
        names.append(QString::fromStdString(name));
    // Every field of the result, so a reused fit prints as the fresh one did (intervals, reasons).
    const QJsonObject json{{QStringLiteral("names"), names},
                           {QStringLiteral("confidence_low"), numbers(result.confidenceLow)},
                           {QStringLiteral("confidence_high"), numbers(result.confidenceHigh)},
                           {QStringLiteral("at_boundary"), result.atBoundary},
                           {QStringLiteral("stopped_at_limit"), result.stoppedAtLimit},
                           {QStringLiteral("reason"), QString::fromStdString(result.reason)},
                           {QStringLiteral("hint"), QString::fromStdString(result.hint)},
                           {QStringLiteral("parameters"), numbers(result.parameters)},
                           {QStringLiteral("standard_errors"), numbers(result.standardErrors)},
                           {QStringLiteral("log_likelihood"), std::isfinite(result.logLikelihood) ? QJsonValue(result.logLikelihood) : QJsonValue()},
                           {QStringLiteral("customers"), result.customers},
                           {QStringLiteral("converged"), result.converged},
                           {QStringLiteral("iterations"), result.iterations},
                           {QStringLiteral("message"), QString::fromStdString(result.message)}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<FitResult> resultFrom(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    FitResult result;
    for (const QJsonValue &name : json.value(QStringLiteral("names")).toArray())
        result.parameterNames.push_back(name.toString().toStdString());
    result.parameters = numbersFrom(json.value(QStringLiteral("parameters")).toArray());
    result.standardErrors = numbersFrom(json.value(QStringLiteral("standard_errors")).toArray());
    const QJsonValue logLikelihood = json.value(QStringLiteral("log_likelihood"));
    result.logLikelihood = logLikelihood.isDouble() ? logLikelihood.toDouble() : std::nan("");
    result.customers = json.value(QStringLiteral("customers")).toDouble();
    result.converged = json.value(QStringLiteral("converged")).toBool();
    result.iterations = json.value(QStringLiteral("iterations")).toInt();
    result.message = json.value(QStringLiteral("message")).toString().toStdString();
    result.confidenceLow = numbersFrom(json.value(QStringLiteral("confidence_low")).toArray());
    result.confidenceHigh = numbersFrom(json.value(QStringLiteral("confidence_high")).toArray());
    result.atBoundary = json.value(QStringLiteral("at_boundary")).toBool();
    result.stoppedAtLimit = json.value(QStringLiteral("stopped_at_limit")).toBool();
    result.reason = json.value(QStringLiteral("reason")).toString().toStdString();
    result.hint = json.value(QStringLiteral("hint")).toString().toStdString();
    if (result.parameters.size() != result.parameterNames.size())
        return std::nullopt;
    return result;
}

} // namespace

FitCacheRepository::FitCacheRepository(const Store &store) : m_store(store) {}

Result<std::vector<FitCacheEntry>> FitCacheRepository::load() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT model, input_stamp, fitted_on, result FROM model_fits")))
        return queryError(QCoreApplication::translate("store", "Cannot read the stored model fits."), query);
    std::vector<FitCacheEntry> entries;
    while (query.next()) {
        // A damaged row is a missing fit, not an error: the model is simply fitted again.
        if (auto result = resultFrom(query.value(3).toString()))
            entries.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), *result});
    }
    return entries;
}

Status FitCacheRepository::save(const std::vector<FitCacheEntry> &entries) const
{
    if (entries.empty())
        return {};
    TransactionGuard transaction(m_store.database());
    if (!transaction.isActive())
        return Error{QCoreApplication::translate("store", "Cannot store the model fits."), transaction.beginError()};
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO model_fits (model, input_stamp, fitted_on, result, created_at) "
                                  "VALUES (:model, :stamp, :on, :result, :at) ON CONFLICT (model, input_stamp) DO UPDATE SET "
                                  "fitted_on = excluded.fitted_on, result = excluded.result, created_at = excluded.created_at"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const FitCacheEntry &entry : entries) {
        insert.bindValue(QStringLiteral(":model"), entry.model);
        insert.bindValue(QStringLiteral(":stamp"), entry.inputStamp);
        insert.bindValue(QStringLiteral(":on"), entry.fittedOn);
        insert.bindValue(QStringLiteral(":result"), resultText(entry.result));
        insert.bindValue(QStringLiteral(":at"), now);
        if (!insert.exec())
            return queryError(QCoreApplication::translate("store", "Cannot store the model fits."), insert);
    }
    QSqlQuery prune(m_store.database());
    prune.prepare(QStringLiteral("DELETE FROM model_fits WHERE %1 NOT IN "
                                 "(SELECT %1 FROM model_fits ORDER BY created_at DESC, %1 DESC LIMIT :keep)")
                      .arg(storageOrder(m_store.database())));
    prune.bindValue(QStringLiteral(":keep"), kKeep);
    if (!prune.exec())
        return queryError(QCoreApplication::translate("store", "Cannot store the model fits."), prune);
    return transaction.commit();
}

} // namespace lodestar

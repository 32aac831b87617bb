#include "assessmentrepository.h"

#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

QVariant nullable(double value)
{
    return std::isnan(value) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(value);
}


// A null QString binds SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

AssessmentRepository::AssessmentRepository(const Store &store) : m_store(store) {}

Result<std::vector<Assessment>> AssessmentRepository::list() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT capability, quarter, level, target, owner, evidence, kpi_value, kpi_period "
                                   "FROM culture_assessments")))
        return queryError(QCoreApplication::translate("store", "Cannot read the maturity assessments."), query);
    std::vector<Assessment> assessments;
    while (query.next()) {
        const CapabilityInfo *info = findCapability(query.value(0).toString());
        const auto quarter = Quarter::parse(query.value(1).toString());
        if (!info || !quarter)
            continue; // a capability a newer Lodestar added: keep it in the file, skip it here
        Assessment assessment;
        assessment.capability = info->capability;
        assessment.quarter = *quarter;
        assessment.level = query.value(2).toInt();
        assessment.target = query.value(3).toInt();
        assessment.owner = query.value(4).toString();
        assessment.evidence = query.value(5).toString();
        assessment.kpiValue = query.value(6).isNull() ? kUnknown : query.value(6).toDouble();
        assessment.kpiPeriod = query.value(7).toString();
        assessments.push_back(assessment);
    }
    std::sort(assessments.begin(), assessments.end(), [](const Assessment &a, const Assessment &b) {
        return a.quarter != b.quarter ? a.quarter < b.quarter : a.capability < b.capability;
    });
    return assessments;
}

Status AssessmentRepository::save(const Assessment &assessment) const
{
    if (assessment.level < kMinLevel || assessment.level > kMaxLevel || assessment.target < kMinLevel
        || assessment.target > kMaxLevel)
        return Error{QCoreApplication::translate("store", "Levels and targets run from %1 to %2.").arg(kMinLevel).arg(kMaxLevel), {}};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO culture_assessments (capability, quarter, level, target, owner, evidence, kpi_value, kpi_period, updated_at) "
        "VALUES (:capability, :quarter, :level, :target, :owner, :evidence, :kpi, :period, :updated) "
        "ON CONFLICT(capability, quarter) DO UPDATE SET level = excluded.level, target = excluded.target, "
        "owner = excluded.owner, evidence = excluded.evidence, kpi_value = excluded.kpi_value, "
        "kpi_period = excluded.kpi_period, updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":capability"), capabilityKey(assessment.capability));
    query.bindValue(QStringLiteral(":quarter"), assessment.quarter.toString());
    query.bindValue(QStringLiteral(":level"), assessment.level);
    query.bindValue(QStringLiteral(":target"), assessment.target);
    query.bindValue(QStringLiteral(":owner"), text(assessment.owner));
    query.bindValue(QStringLiteral(":evidence"), text(assessment.evidence));
    query.bindValue(QStringLiteral(":kpi"), nullable(assessment.kpiValue));
    query.bindValue(QStringLiteral(":period"), text(assessment.kpiPeriod));
    query.bindValue(QStringLiteral(":updated"), QDateTime::currentSecsSinceEpoch());
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot save the assessment."), query);
    return {};
}

Status AssessmentRepository::remove(Capability capability, const Quarter &quarter) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM culture_assessments WHERE capability = :capability AND quarter = :quarter"));
    query.bindValue(QStringLiteral(":capability"), capabilityKey(capability));
    query.bindValue(QStringLiteral(":quarter"), quarter.toString());
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot remove the assessment."), query);
    return {};
}

} // namespace lodestar

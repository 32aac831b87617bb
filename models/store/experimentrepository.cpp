#include "experimentrepository.h"

#include "sqldialect.h"
#include "store.h"
#include "storeerror.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace lodestar {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}


// A null QString binds SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

ExperimentRepository::ExperimentRepository(const Store &store) : m_store(store) {}

Result<std::vector<Experiment>> ExperimentRepository::list() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT id, name, hypothesis, start_date, end_date, treatment_filter, control_filter "
                                   "FROM experiments ORDER BY id")))
        return queryError(QCoreApplication::translate("store", "Cannot read the experiments."), query);
    std::vector<Experiment> experiments;
    QHash<qint64, std::size_t> indexOf;
    while (query.next()) {
        Experiment experiment;
        experiment.id = query.value(0).toLongLong();
        experiment.name = query.value(1).toString();
        experiment.hypothesis = query.value(2).toString();
        experiment.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        experiment.end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        experiment.treatment.filter = query.value(5).toString();
        experiment.control.filter = query.value(6).toString();
        indexOf.insert(experiment.id, experiments.size());
        experiments.push_back(experiment);
    }
    QSqlQuery members(m_store.database());
    if (!members.exec(QStringLiteral("SELECT experiment_id, external_id, arm FROM experiment_members ORDER BY %1")
                          .arg(storageOrder(m_store.database()))))
        return queryError(QCoreApplication::translate("store", "Cannot read the experiment members."), members);
    while (members.next()) {
        const auto found = indexOf.constFind(members.value(0).toLongLong());
        if (found == indexOf.cend())
            continue;
        Experiment &experiment = experiments[*found];
        (members.value(2).toString() == QLatin1String("treatment") ? experiment.treatment : experiment.control)
            .externalIds.append(members.value(1).toString());
    }
    return experiments;
}

Result<qint64> ExperimentRepository::save(const Experiment &experiment) const
{
    if (experiment.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("store", "An experiment needs a name."), {}};
    TransactionGuard transaction(m_store.database());
    QSqlQuery query(m_store.database());
    query.prepare(experiment.id == 0
        ? QStringLiteral("INSERT INTO experiments (name, hypothesis, start_date, end_date, treatment_filter, control_filter) "
                         "VALUES (:name, :hypothesis, :start, :end, :treatment, :control) RETURNING id")
        : QStringLiteral("UPDATE experiments SET name = :name, hypothesis = :hypothesis, start_date = :start, end_date = :end, "
                         "treatment_filter = :treatment, control_filter = :control WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), experiment.name.trimmed());
    query.bindValue(QStringLiteral(":hypothesis"), text(experiment.hypothesis));
    query.bindValue(QStringLiteral(":start"), dateValue(experiment.start));
    query.bindValue(QStringLiteral(":end"), dateValue(experiment.end));
    query.bindValue(QStringLiteral(":treatment"), text(experiment.treatment.filter));
    query.bindValue(QStringLiteral(":control"), text(experiment.control.filter));
    if (experiment.id != 0)
        query.bindValue(QStringLiteral(":id"), experiment.id);
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot save the experiment %1 (is the name already used?).").arg(experiment.name), query);
    const qint64 id = experiment.id == 0 ? returnedId(query) : experiment.id;
    if (Status status = saveMembers(id, experiment); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ExperimentRepository::saveMembers(qint64 id, const Experiment &experiment) const
{
    QSqlQuery clear(m_store.database());
    clear.prepare(QStringLiteral("DELETE FROM experiment_members WHERE experiment_id = :id"));
    clear.bindValue(QStringLiteral(":id"), id);
    if (!clear.exec())
        return queryError(QCoreApplication::translate("store", "Cannot save the experiment members."), clear);
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO experiment_members (experiment_id, external_id, arm) VALUES (:id, :external, :arm) ON CONFLICT DO NOTHING"));
    for (const auto &[ids, arm] : {std::pair{&experiment.treatment.externalIds, QStringLiteral("treatment")},
                                   std::pair{&experiment.control.externalIds, QStringLiteral("control")}}) {
        for (const QString &external : *ids) {
            insert.bindValue(QStringLiteral(":id"), id);
            insert.bindValue(QStringLiteral(":external"), external);
            insert.bindValue(QStringLiteral(":arm"), arm);
            if (!insert.exec())
                return queryError(QCoreApplication::translate("store", "Cannot save the experiment members."), insert);
        }
    }
    return {};
}

Status ExperimentRepository::remove(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM experiments WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot remove the experiment."), query);
    return {};
}

} // namespace lodestar

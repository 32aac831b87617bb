#include "enginefixtures.h"

#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace lodestar::test {

namespace {

QList<QByteArrayList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QByteArrayList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            rows << line.split(',');
    }
    return rows;
}

} // namespace

EpochSeconds noonOf(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Dataset cdnowDataset()
{
    Dataset data;
    data.customers.resize(2357);
    for (std::size_t i = 0; i < data.customers.size(); ++i)
        data.customers[i].externalId = QString::number(i + 1);
    for (const QByteArrayList &row : readCsv(testData(QStringLiteral("engine/cdnowElog.csv")))) {
        TransactionRecord t;
        t.customer = row.at(1).toInt() - 1;
        t.occurredAt = noonOf(QDate::fromString(QString::fromLatin1(row.at(2)), QStringLiteral("yyyyMMdd")));
        t.quantity = row.at(3).toDouble();
        t.amount = row.at(4).toDouble();
        data.transactions.push_back(t);
    }
    std::stable_sort(data.transactions.begin(), data.transactions.end(), [](const auto &l, const auto &r) {
        return std::tie(l.customer, l.occurredAt) < std::tie(r.customer, r.occurredAt);
    });
    return data;
}

std::vector<CbsRow> cdnowCbs()
{
    std::vector<CbsRow> rows;
    for (const QByteArrayList &row : readCsv(testData(QStringLiteral("engine/btyd_cdnowSummary_cbs.csv"))))
        rows.push_back({row.at(1).toDouble(), row.at(2).toDouble(), row.at(3).toDouble(), row.at(4).toDouble(),
                        row.at(5).toDouble()});
    return rows;
}

int DatasetBuilder::customer(const QString &channel, const QString &plan, double cac)
{
    CustomerRecord record;
    record.externalId = QStringLiteral("C%1").arg(m_data.customers.size() + 1);
    record.channel = channel;
    record.plan = plan;
    record.acquisitionCost = cac;
    m_data.customers.push_back(record);
    return static_cast<int>(m_data.customers.size()) - 1;
}

DatasetBuilder &DatasetBuilder::buy(int customer, const QDate &date, double amount, double cost)
{
    TransactionRecord t;
    t.customer = customer;
    t.occurredAt = noonOf(date);
    t.amount = amount;
    t.cost = cost;
    m_data.transactions.push_back(t);
    return *this;
}

DatasetBuilder &DatasetBuilder::spend(const QString &month, const QString &channel, double amount)
{
    m_data.spend.push_back({month, channel, amount});
    return *this;
}

Dataset DatasetBuilder::build() const
{
    Dataset data = m_data;
    std::stable_sort(data.transactions.begin(), data.transactions.end(), [](const auto &l, const auto &r) {
        return std::tie(l.customer, l.occurredAt) < std::tie(r.customer, r.occurredAt);
    });
    return data;
}

} // namespace lodestar::test

#include "demogenerator.h"

#include "models/import/csvwriter.h"
#include "models/output/outputfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QMap>

namespace lodestar::demo {

namespace {

const QDate kStart(2023, 1, 1);
const char *const kCompanySizes[] = {"1-10", "11-50", "51-200", "201+"};

QByteArray isoDay(int day)
{
    return kStart.addDays(day).toString(Qt::ISODate).toLatin1();
}

QByteArray money(double value)
{
    return QByteArray::number(value, 'f', 2);
}

QByteArray customerId(int index)
{
    return "CUS-" + QByteArray::number(index + 1).rightJustified(5, '0');
}

// Channel, region and plan names are the generator's own, so they are quoted but never altered.
QByteArray quoted(const QString &text)
{
    return csvPlainCell(text);
}

Status writeFile(const QString &path, const QByteArray &contents)
{
    if (Status written = writeOutputFile(path, contents); !written)
        return Error{QCoreApplication::translate("demo", "Cannot write the demo file %1.").arg(path), written.errorString()};
    return {};
}

QByteArray customersCsv(const DemoData &data)
{
    QByteArray csv("customer_id,signup_date,channel,region,plan,acquisition_cost,company_size\n");
    for (std::size_t i = 0; i < data.customers.size(); ++i) {
        const DemoCustomer &c = data.customers[i];
        csv += customerId(int(i)) + ',' + isoDay(c.signupDay) + ',' + quoted(DemoData::channels().at(c.channel)) + ','
             + quoted(DemoData::regions().at(c.region)) + ',' + quoted(DemoData::plans().at(c.plan)) + ','
             + money(c.acquisitionCost) + ',' + kCompanySizes[c.companySize] + '\n';
    }
    return csv;
}

QByteArray transactionsCsv(const DemoData &data)
{
    QByteArray csv("customer_id,date,order_id,amount,quantity,discount,cost,currency\n");
    for (const DemoTransaction &t : data.transactions) {
        csv += customerId(t.customer) + ',' + isoDay(t.day) + ',' + (t.refund ? "RF-" : "SO-") + QByteArray::number(t.order)
             + ',' + money(t.amount) + ',' + QByteArray::number(t.refund ? -t.quantity : t.quantity) + ','
             + money(t.discount) + ',' + money(t.cost) + ",USD\n";
    }
    return csv;
}

// Paid channels' spend is what their customers cost to acquire, month by month.
QByteArray spendCsv(const DemoData &data)
{
    QMap<QPair<QString, int>, double> spend;
    for (const DemoCustomer &c : data.customers)
        spend[{kStart.addDays(c.signupDay).toString(QStringLiteral("yyyy-MM")), c.channel}] += c.acquisitionCost;
    QByteArray csv("month,channel,amount\n");
    for (auto it = spend.cbegin(); it != spend.cend(); ++it)
        csv += it.key().first.toLatin1() + ',' + quoted(DemoData::channels().at(it.key().second)) + ',' + money(it.value()) + '\n';
    return csv;
}

QByteArray npsCsv(const DemoData &data)
{
    QByteArray csv("customer_id,date,score\n");
    for (const DemoNps &response : data.nps)
        csv += customerId(response.customer) + ',' + isoDay(response.day) + ',' + QByteArray::number(response.score) + '\n';
    return csv;
}

} // namespace

Status writeDemoFiles(const DemoData &data, const QString &folder)
{
    const QDir dir(folder);
    const std::pair<const char *, QByteArray> files[] = {
        {"customers.csv", customersCsv(data)},
        {"transactions.csv", transactionsCsv(data)},
        {"spend.csv", spendCsv(data)},
        {"nps.csv", npsCsv(data)},
    };
    for (const auto &[name, contents] : files) {
        if (Status status = writeFile(dir.filePath(QString::fromLatin1(name)), contents); !status)
            return status;
    }
    return {};
}

} // namespace lodestar::demo

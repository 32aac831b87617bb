#include "cdnowdata.h"

#include "testsupport.h"

#include <fstream>
#include <sstream>
#include <string>

namespace lodestar::test {

namespace {

std::vector<std::vector<double>> readCsv(const char *name)
{
    std::ifstream in(testData(QStringLiteral("clv/") + QString::fromLatin1(name)).toStdString());
    std::vector<std::vector<double>> out;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<double> values;
        std::stringstream fields(line);
        std::string field;
        while (std::getline(fields, field, ','))
            values.push_back(std::stod(field));
        out.push_back(values);
    }
    return out;
}

} // namespace

std::vector<CdnowCustomer> cdnowCustomers()
{
    std::vector<CdnowCustomer> out;
    for (const auto &v : readCsv("btyd_cdnowSummary_cbs.csv")) // cust,x,t.x,T.cal,x.star,m.x
        out.push_back({{v.at(1), v.at(2), v.at(3), 1.0}, v.at(4)});
    return out;
}

std::vector<RepeatPurchaseRow> cdnowRows()
{
    std::vector<RepeatPurchaseRow> out;
    for (const CdnowCustomer &c : cdnowCustomers())
        out.push_back(c.row);
    return out;
}

std::vector<SpendRow> cdnowSpend()
{
    std::vector<SpendRow> out;
    for (const auto &v : readCsv("cdnow_customers_summary_with_transactions.csv")) // ID,x,t_x,T,zbar
        out.push_back({v.at(1), v.at(4), 1.0});
    return out;
}

} // namespace lodestar::test

#include "reportfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lodestar::test {

namespace {

SegmentSummary segment(const QString &key, int customers, double share, double averageClv, double clvShare)
{
    SegmentSummary summary;
    summary.key = key;
    summary.customers = customers;
    summary.customerShare = share;
    summary.revenue = customers * 80.0;
    summary.averageClv = averageClv;
    summary.totalClv = averageClv * customers;
    summary.clvShare = clvShare;
    summary.averageProbabilityAlive = 0.6;
    return summary;
}

KpiPeriod quarter(const QString &label, double revenue, double averageClv)
{
    KpiPeriod period;
    period.label = label;
    period.revenue = revenue;
    period.averageClv = averageClv;
    period.activeCustomers = 900;
    period.newCustomers = 120;
    period.retention = 0.62;
    period.atRiskRevenue = 8000.0;
    return period;
}

CohortTable cohorts()
{
    CohortTable table;
    table.period = Period::Quarter;
    table.cohorts = QStringList{QStringLiteral("2025Q1"), QStringLiteral("2025Q2"), QStringLiteral("2025Q3"), QStringLiteral("2025Q4")};
    table.sizes = {300, 280, 260, 240};
    table.observedPeriods = {4, 3, 2, 1};
    for (int c = 0; c < 4; ++c) {
        std::vector<double> retention, revenue;
        for (int k = 0; k < 4; ++k) {
            retention.push_back(k == 0 ? 1.0 : 0.5 - 0.05 * k);
            revenue.push_back(60.0 + 30.0 * k);
        }
        table.customerRetention.push_back(retention);
        table.cumulativeRevenuePerCustomer.push_back(revenue);
        table.incomplete.push_back(std::vector<bool>(4, false));
    }
    return table;
}

} // namespace

HandMadeAnalysis::HandMadeAnalysis()
{
    valuation.dataStart = QDate(2025, 1, 1);
    valuation.dataEnd = QDate(2025, 12, 31);
    valuation.calibrationEnd = QDate(2025, 12, 31);
    ModelFit fit;
    fit.model = QStringLiteral("bgnbd");
    fit.parameterNames = QStringList{QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")};
    fit.parameters = {0.24, 4.41, 0.79, 2.43};
    fit.standardErrors = {0.01, 0.2, 0.1, 0.3};
    fit.logLikelihood = -9582.4;
    fit.customers = 1000;
    fit.converged = true;
    valuation.transactionModel = fit;

    insights.headline.period = QStringLiteral("2025Q4");
    insights.headline.averageClv = {104.1, 100.0, {96.0, 98.0, 100.0, 104.1}};
    insights.headline.totalClv = {104100.0, 100000.0, {}};
    insights.headline.revenue = {107300.0, 100000.0, {90000.0, 95000.0, 100000.0, 107300.0}};
    insights.headline.activeCustomers = {900, 880, {}};
    insights.headline.retention = {0.62, 0.60, {}};
    insights.headline.ltvToCac = {3.4, 3.1, {}};
    insights.headline.atRiskRevenue = {8000.0, 9000.0, {}};
    insights.kpis = {quarter(QStringLiteral("2025Q1"), 90000, 96), quarter(QStringLiteral("2025Q2"), 95000, 98),
                     quarter(QStringLiteral("2025Q3"), 100000, 100), quarter(QStringLiteral("2025Q4"), 107300, 104.1)};
    insights.byTier = {segment(QStringLiteral("High"), 200, 0.2, 320.0, 0.61), segment(QStringLiteral("Medium"), 300, 0.3, 90.0, 0.26),
                       segment(QStringLiteral("Low"), 500, 0.5, 27.0, 0.13)};
    insights.byRfm = {segment(QStringLiteral("Champions"), 150, 0.15, 300.0, 0.43), segment(QStringLiteral("At risk"), 250, 0.25, 60.0, 0.14)};
    SegmentSummary paid = segment(QStringLiteral("Paid search"), 600, 0.6, 95.0, 0.55);
    paid.acquisitionCost = 18000.0;
    paid.ltvToCac = 3.2;
    paid.paybackMonths = 7.5;
    insights.byChannel = {paid, segment(QStringLiteral("Referral"), 400, 0.4, 118.0, 0.45)};
    insights.cohorts = cohorts();
    insights.customers = std::vector<std::int32_t>(1000, 0);
}

report::ReportContext HandMadeAnalysis::context(const report::ReportOptions &options) const
{
    report::DataQuality quality;
    quality.customers = 1000;
    quality.transactions = 5400;
    quality.rowsImported = 5400;
    quality.rowsRejected = 3;
    quality.firstDate = valuation.dataStart;
    quality.lastDate = valuation.dataEnd;
    return report::ReportContext{valuation, insights, report::summaryFigures(insights.headline), quality, culture, options,
                                 QStringLiteral("Acme Outdoor"), QDate(2026, 1, 15)};
}

bool popplerAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

QString pdfText(const QString &path, int first, int last)
{
    QStringList arguments;
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30000))
        return QString();
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.replace(whitespace, QStringLiteral(" "));
}

namespace {

QString pdfInfoLine(const QString &path, const QString &key)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(30000))
        return QString();
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed();
    return QString();
}

} // namespace

int pdfPageCount(const QString &path)
{
    bool ok = false;
    const int pages = pdfInfoLine(path, QStringLiteral("Pages:")).toInt(&ok);
    return ok ? pages : -1;
}

QString pdfPageSize(const QString &path)
{
    return pdfInfoLine(path, QStringLiteral("Page size:"));
}

} // namespace lodestar::test

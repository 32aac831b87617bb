#include "customerdetailpanel.h"

#include "models/engine/segmentlabel.h"
#include "models/itemmodels/customerhistory.h"
#include "models/itemmodels/valueformat.h"
#include "ui/charts/linechart.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lodestar::ui {

namespace {

QString factsText(const CustomerRecord &record, const CustomerValue &value)
{
    const auto row = [](const QString &name, const QString &text) {
        return QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>").arg(name.toHtmlEscaped(), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=2>");
    html += row(CustomerDetailPanel::tr("CLV"), format::money(value.clv, 2));
    html += row(CustomerDetailPanel::tr("Score / tier"), QStringLiteral("%1 / %2").arg(value.score).arg(segmentLabel(tierName(value.tier))));
    html += row(CustomerDetailPanel::tr("RFM segment"), segmentLabel(value.rfmSegment));
    html += row(CustomerDetailPanel::tr("P(alive)"), format::percent(value.probabilityAlive));
    html += row(CustomerDetailPanel::tr("Expected purchases"), format::number(value.expectedPurchases, 2));
    html += row(CustomerDetailPanel::tr("Revenue to date"), format::money(value.revenue, 2));
    // Only the attributes the customer has: "Channel · region · plan" with three blanks says nothing.
    const std::pair<QString, QString> attributes[] = {{CustomerDetailPanel::tr("Channel"), record.channel},
                                                      {CustomerDetailPanel::tr("Region"), record.region},
                                                      {CustomerDetailPanel::tr("Plan"), record.plan}};
    for (const auto &[name, attribute] : attributes)
        if (!attribute.trimmed().isEmpty())
            html += row(name, attribute);
    return html + QStringLiteral("</table>");
}

} // namespace

CustomerDetailPanel::CustomerDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_purchases(new charts::LineChart(charts::LineChart::XAxis::Dates, this))
    , m_alive(new charts::LineChart(charts::LineChart::XAxis::Dates, this))
    , m_transactions(new QTableWidget(this))
{
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(font().pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_facts->setTextFormat(Qt::RichText); // factsText() escapes every value
    m_heading->setTextFormat(Qt::PlainText); // the customer id as imported
    m_purchases->setTitle(tr("Purchase history"));
    m_purchases->setValueFormat(charts::ValueFormat::Money);
    m_alive->setTitle(tr("P(alive) over time"));
    m_alive->setValueFormat(charts::ValueFormat::Percent);
    m_alive->setAxisTitles(QString(), tr("P(alive) (%)"));
    // The panel is narrow: a few short date labels rather than seven elided ones.
    for (charts::LineChart *chart : {m_purchases, m_alive}) {
        chart->setDateFormat(QStringLiteral("MMM yy"));
        chart->setDateTicks(4);
    }
    m_transactions->setColumnCount(2);
    m_transactions->setHorizontalHeaderLabels({tr("Date"), tr("Amount")});
    m_transactions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transactions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transactions->verticalHeader()->hide();
    m_transactions->horizontalHeader()->setStretchLastSection(true);
    m_transactions->setAlternatingRowColors(true);
    m_transactions->setAccessibleName(tr("Transactions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_purchases, 1);
    layout->addWidget(m_alive, 1);
    layout->addWidget(m_transactions, 1);
    setMinimumWidth(320);
    showCustomer({}, -1);
}

void CustomerDetailPanel::showCustomer(const AnalysisSnapshot &snapshot, int customer)
{
    m_customer = snapshot.isComplete() && customer >= 0 && customer < static_cast<int>(snapshot.data->customers.size())
                     ? customer : -1;
    if (m_customer < 0) {
        m_heading->setText(tr("Select a customer to see their history"));
        m_facts->clear();
        m_purchases->setSeries({});
        m_alive->setSeries({});
        m_transactions->setRowCount(0);
        return;
    }
    const CustomerRecord &record = snapshot.data->customers[static_cast<std::size_t>(customer)];
    const CustomerValue &value = snapshot.valuation->customers[static_cast<std::size_t>(customer)];
    m_heading->setText(tr("Customer %1").arg(record.externalId));
    m_facts->setText(factsText(record, value));

    const CustomerHistory history = customerHistory(*snapshot.data, *snapshot.valuation, customer);
    std::vector<double> cumulative;
    double total = 0.0;
    for (const double amount : history.amounts)
        cumulative.push_back(total += amount);
    auto purchases = charts::LineSeries::fromDates(tr("Cumulative spend"), history.purchaseDates, cumulative);
    purchases.markers = true;
    m_purchases->setAxisTitles(QString(), tr("Cumulative spend (%1)").arg(format::currencySymbol()));
    m_purchases->setSeries({purchases});
    auto alive = charts::LineSeries::fromDates(tr("P(alive)"), history.aliveDates, history.probabilityAlive);
    alive.colourIndex = 2;
    m_alive->setSeries({alive});
    showTransactions(history);
}

// Newest first: the question at hand is usually what the customer bought last.
void CustomerDetailPanel::showTransactions(const CustomerHistory &history)
{
    const int count = static_cast<int>(std::min(history.purchaseDates.size(), history.amounts.size()));
    m_transactions->setRowCount(count);
    const QLocale locale;
    for (int row = 0; row < count; ++row) {
        const std::size_t at = static_cast<std::size_t>(count - 1 - row);
        auto *date = new QTableWidgetItem(locale.toString(history.purchaseDates[at], QLocale::ShortFormat));
        auto *amount = new QTableWidgetItem(format::money(history.amounts[at], 2));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_transactions->setItem(row, 0, date);
        m_transactions->setItem(row, 1, amount);
    }
    m_transactions->resizeColumnToContents(0);
}

} // namespace lodestar::ui

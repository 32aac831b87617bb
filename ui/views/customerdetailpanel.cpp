#include "customerdetailpanel.h"

#include "models/engine/segmentlabel.h"
#include "models/itemmodels/customerhistory.h"
#include "models/itemmodels/valueformat.h"
#include "ui/charts/linechart.h"

#include <QLabel>
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
    html += row(CustomerDetailPanel::tr("Channel · region · plan"),
                QStringLiteral("%1 · %2 · %3").arg(record.channel, record.region, record.plan));
    return html + QStringLiteral("</table>");
}

} // namespace

CustomerDetailPanel::CustomerDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_purchases(new charts::LineChart(charts::LineChart::XAxis::Dates, this))
    , m_alive(new charts::LineChart(charts::LineChart::XAxis::Dates, this))
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_purchases, 1);
    layout->addWidget(m_alive, 1);
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
}

} // namespace lodestar::ui

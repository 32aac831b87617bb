#include "helpdialog.h"

#include "models/clv/clvdefinition.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lodestar::ui {

HelpDialog::HelpDialog(const ClvDefinition *definition, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Lodestar Help"));
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(false);
    text->setHtml(html(definition));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString HelpDialog::html(const ClvDefinition *definition)
{
    const auto term = [](const QString &name, const QString &meaning) {
        return QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(name.toHtmlEscaped(), meaning.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("What the figures mean"));
    if (definition)
        html += QStringLiteral("<p>%1</p>").arg(tr("This workspace's CLV definition: %1").arg(definition->plainText()).toHtmlEscaped());
    html += QStringLiteral("<dl>");
    html += term(tr("CLV"), tr("Customer lifetime value: the margin a customer is expected to bring over the horizon, "
                               "discounted, as the Definition view sets it."));
    html += term(tr("Tiers"), tr("Customers ranked by CLV. Cut by share, High is the top share of customers, not of CLV; "
                                 "the Segments view shows how much of the CLV each tier holds."));
    html += term(tr("Retention"), tr("The share of the previous period's active customers who bought again in the period."));
    html += term(tr("LTV:CAC"), tr("Average CLV of the customers acquired in a period divided by what acquiring one cost. "
                                   "It needs marketing spend or acquisition costs; 3:1 or more pays back the spend."));
    html += term(tr("At-risk revenue"), tr("Revenue from customers whose probability of still being active has fallen "
                                           "below the at-risk threshold."));
    html += term(tr("vs prev."), tr("The change against the period before the one shown, of the same length."));
    html += QStringLiteral("</dl><h3>%1</h3><ul>").arg(tr("Working the window"));
    html += QStringLiteral("<li>%1</li>").arg(tr("Ctrl+1 … Ctrl+9 switch views; the sidebar takes the arrow keys.").toHtmlEscaped());
    html += QStringLiteral("<li>%1</li>").arg(tr("Ctrl+I imports CSV files; Ctrl+R resets the filters; Esc cancels a computation.").toHtmlEscaped());
    html += QStringLiteral("<li>%1</li>").arg(tr("Hover a chart for exact values; click a legend entry to hide its series.").toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace lodestar::ui

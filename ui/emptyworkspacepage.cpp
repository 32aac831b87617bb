#include "emptyworkspacepage.h"

#include "welcomepage.h"

#include <QLabel>
#include <QPushButton>

namespace lodestar::ui {

EmptyWorkspacePage::EmptyWorkspacePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyWorkspacePage"));
    auto *heading = new QLabel(tr("This workspace has no transactions yet"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    auto *intro = new QLabel(tr("Import a CSV file of transactions (customer, date, amount) to see customer lifetime value, "
                                "segments and cohorts. Customers, marketing spend and NPS files are optional and add "
                                "channels, regions, plans and LTV:CAC."),
                             this);
    intro->setWordWrap(true);
    auto *import = new QPushButton(tr("&Import CSV…"), this);
    import->setDefault(true);
    layOutCentredColumn(this, {heading, intro, import});
    connect(import, &QPushButton::clicked, this, &EmptyWorkspacePage::importRequested);
}

} // namespace lodestar::ui

#include "tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace lodestar::ui {

void fitSectionsToHeaders(QHeaderView *header)
{
    for (int section = 0; section < header->count(); ++section) {
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

QTableView *createTableView(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(110);
    table->horizontalHeader()->setHighlightSections(false);
    // A column never starts narrower than its header: "Expected purchases" would show as "xpected purchase".
    QHeaderView *header = table->horizontalHeader();
    QObject::connect(header, &QHeaderView::sectionCountChanged, table, [header] { fitSectionsToHeaders(header); });
    return table;
}

} // namespace lodestar::ui

#include "navigator.h"

#include "views/view.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace lodestar::ui {

Navigator::Navigator(QWidget *parent)
    : QWidget(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sidebar->setFont(font);
    m_sidebar->setSpacing(2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= static_cast<int>(m_views.size()))
            return;
        m_pages->setCurrentIndex(row);
        emit currentViewChanged(m_views[static_cast<std::size_t>(row)]);
    });
}

void Navigator::addView(View *view)
{
    m_views.push_back(view);
    m_pages->addWidget(view);
    const int number = static_cast<int>(m_views.size());
    auto *item = new QListWidgetItem(view->icon(), view->title(), m_sidebar);
    if (number <= 9)
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(view->title()).arg(number));
    int widest = 0;
    for (int row = 0; row < m_sidebar->count(); ++row)
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(row)->text()));
    m_sidebar->setFixedWidth(widest + 48);
    if (m_views.size() == 1)
        m_sidebar->setCurrentRow(0);
}

View *Navigator::view(const QString &id) const
{
    for (View *view : m_views) {
        if (view->id() == id)
            return view;
    }
    return nullptr;
}

View *Navigator::currentView() const
{
    const int row = m_pages->currentIndex();
    return row >= 0 && row < static_cast<int>(m_views.size()) ? m_views[static_cast<std::size_t>(row)] : nullptr;
}

bool Navigator::showView(const QString &id)
{
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (m_views[i]->id() == id) {
            showIndex(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void Navigator::showIndex(int index)
{
    if (index >= 0 && index < static_cast<int>(m_views.size()))
        m_sidebar->setCurrentRow(index);
}

QStringList Navigator::viewIds() const
{
    QStringList ids;
    for (const View *view : m_views)
        ids << view->id();
    return ids;
}

} // namespace lodestar::ui

#pragma once

#include <QWidget>

namespace lodestar::ui {

/// What a workspace without transactions shows instead of empty views and an error: what is
/// missing and one button to import it.
class EmptyWorkspacePage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyWorkspacePage(QWidget *parent = nullptr);

signals:
    void importRequested();
};

} // namespace lodestar::ui

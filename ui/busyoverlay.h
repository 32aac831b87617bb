#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace lodestar::ui {

/// Lies over the views while they are recomputed: fades the old figures so they read as stale and
/// says what is running. Appears only after a short delay, so quick filter changes do not flicker.
class BusyOverlay : public QWidget
{
    Q_OBJECT
public:
    /// Covers covered (its parent-to-be) and follows its size.
    explicit BusyOverlay(QWidget *covered);

    void setBusy(bool busy, const QString &task = {});
    bool isBusy() const { return m_busy; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appear();

    bool m_busy = false;
    QLabel *m_text;
    QTimer *m_delay;
};

} // namespace lodestar::ui

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lodestar::ui {

/// A dismissable strip above the views for errors and notices, so nothing is only on stderr
/// and nothing blocks with a modal dialog.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &message, Kind kind = Kind::Error);
    QString message() const;
    /// Hides an error once what it reported is over (a later analysis succeeded); notices stay.
    void clearError();

private:
    Kind m_kind = Kind::Information;
    QLabel *m_text;
    QPushButton *m_close;
};

} // namespace lodestar::ui

#pragma once

#include "models/culture/guardrails.h"

#include <QFrame>

class QLabel;

namespace lodestar::ui {

/// Guardrail warnings with their numbers, for the Overview (a few lines) and the goals page (all).
/// Hidden while nothing is triggered.
class GuardrailBanner : public QFrame
{
    Q_OBJECT
public:
    explicit GuardrailBanner(int maximumLines, QWidget *parent = nullptr);

    void setWarnings(const std::vector<GuardrailWarning> &warnings);
    /// The text shown, for tests and accessibility.
    QString text() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    int m_maximumLines;
    QLabel *m_label;
};

} // namespace lodestar::ui

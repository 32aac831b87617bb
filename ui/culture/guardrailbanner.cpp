#include "guardrailbanner.h"

#include "ui/charts/chartpalette.h"

#include <QHBoxLayout>
#include <QLabel>

namespace lodestar::ui {

GuardrailBanner::GuardrailBanner(int maximumLines, QWidget *parent)
    : QFrame(parent), m_maximumLines(maximumLines), m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // A tinted panel with a vermillion edge: noticeable, and the "⚠" says it without colour.
    const QColor edge = charts::ChartPalette::negative();
    setStyleSheet(QStringLiteral("lodestar--ui--GuardrailBanner { border: 1px solid %1; border-left: 5px solid %1; border-radius: 4px; "
                                 "background: rgba(%2, %3, %4, 28); }")
                      .arg(edge.name()).arg(edge.red()).arg(edge.green()).arg(edge.blue()));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAccessibleName(tr("Guardrail warnings"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    hide();
}

void GuardrailBanner::setWarnings(const std::vector<GuardrailWarning> &warnings)
{
    setVisible(!warnings.empty());
    QStringList lines;
    QStringList details;
    for (const GuardrailWarning &warning : warnings) {
        if (lines.size() < m_maximumLines)
            lines << QStringLiteral("⚠ ") + warning.message.toHtmlEscaped();
        QStringList values;
        for (const auto &[name, value] : warning.values)
            values << QStringLiteral("%1 = %2").arg(name).arg(value, 0, 'g', 4);
        details << warning.rule + QStringLiteral(": ") + values.join(QStringLiteral(", "));
    }
    const QString heading = tr("<b>%n guardrail warning(s)</b>", nullptr, static_cast<int>(warnings.size()));
    QString more;
    if (static_cast<int>(warnings.size()) > m_maximumLines)
        more = QStringLiteral("<br>") + tr("… and %1 more on the Goals & guardrails page.").arg(warnings.size() - m_maximumLines);
    m_label->setText(heading + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")) + more);
    m_label->setToolTip(details.join(QLatin1Char('\n')));
}

QString GuardrailBanner::text() const
{
    return m_label->text();
}

} // namespace lodestar::ui

#include "guardrailbanner.h"

#include "ui/charts/chartpalette.h"

#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

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
    // Never squeezed below its text: a clipped warning is worse than a shorter page.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
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
    // One line (the Overview) keeps heading and first warning together, so a crowded page shows both.
    const QString separator = m_maximumLines <= 1 ? QStringLiteral(" ") : QStringLiteral("<br>");
    m_label->setText(heading + separator + lines.join(QStringLiteral("<br>")) + (m_maximumLines <= 1 ? more.mid(4).prepend(QLatin1Char(' ')) : more));
    m_label->setToolTip(details.join(QLatin1Char('\n')));
    fitHeight();
}

// A wrapped rich-text label does not claim its height inside splitter pages; ask for it.
void GuardrailBanner::fitHeight()
{
    const int width = m_label->width() > 200 ? m_label->width() : 1100;
    m_label->setMinimumHeight(m_label->heightForWidth(width));
}

void GuardrailBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

QString GuardrailBanner::text() const
{
    return m_label->text();
}

} // namespace lodestar::ui

#include "apppalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace lodestar::ui {

std::optional<PaletteChoice> paletteChoiceFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("system"))
        return PaletteChoice::System;
    if (lower == QLatin1String("light"))
        return PaletteChoice::Light;
    if (lower == QLatin1String("dark"))
        return PaletteChoice::Dark;
    return std::nullopt;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor dimText(0xa8, 0xab, 0xb0); // 7:1 on base, 5.9:1 on window
    const QColor disabledText(0x80, 0x83, 0x88);
    const QColor highlight(0x3d, 0x6f, 0xb4);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xe8));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4c));
    return palette;
}

QPalette lightPalette()
{
    // Fusion's own palette: Qt's tested light colours, the same on every desktop.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

void applyPaletteChoice(PaletteChoice choice)
{
    if (choice == PaletteChoice::System)
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == PaletteChoice::Dark ? darkPalette() : lightPalette());
}

} // namespace lodestar::ui

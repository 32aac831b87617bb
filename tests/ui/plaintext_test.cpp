// Names that come from imported files (file names, customer ids) are shown as written: a label in
// Qt's default AutoText format would render "<b>q4</b>.csv" as bold "q4.csv" and drop the tags.
#include "ui/messagebar.h"

#include <gtest/gtest.h>

#include <QLabel>

using lodestar::ui::MessageBar;

TEST(PlainText, MessageBarShowsAFileNameWithMarkupVerbatim)
{
    MessageBar bar;
    const QString fileName = QStringLiteral("<b>q4</b> <img src=x> %1.csv");
    bar.showMessage(QStringLiteral("Cannot read ") + fileName, MessageBar::Kind::Error);
    const auto labels = bar.findChildren<QLabel *>();
    ASSERT_EQ(labels.size(), 1);
    EXPECT_EQ(labels.first()->textFormat(), Qt::PlainText);
    EXPECT_TRUE(labels.first()->text().contains(fileName)) << qPrintable(labels.first()->text());
}

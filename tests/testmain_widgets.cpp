// main() of the test programs of the window, the command line and the report.
#include <gtest/gtest.h>

#include <QApplication>

// Widgets, fonts and QPdfWriter need an application object; tests run on the offscreen platform.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// main() of the test programs that exercise models/ alone (clv, engine, store, import): no
// widgets, no GUI platform; they link lodestar_models and nothing above it (DEVELOPERS.md).
#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

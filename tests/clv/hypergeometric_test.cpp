#include "models/clv/hypergeometric.h"

// Boost 1.74's pFq header uses lgamma and expm1 without including them.
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>
#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;

TEST(Hypergeometric, SeriesMatchesBoostPFq)
{
    const double cases[][4] = {{0.5, 2.4, 3.2, 0.3}, {1.2, -0.2, 2.5, 0.9}, {-1.5, 0.8, 1.7, 0.75}, {3.0, 4.0, 1.5, 0.2}};
    for (const auto &c : cases) {
        const double expected = boost::math::hypergeometric_pFq({c[0], c[1]}, {c[2]}, c[3]);
        const SeriesValue got = hypergeometric2F1(c[0], c[1], c[2], c[3]);
        EXPECT_TRUE(got.converged);
        EXPECT_NEAR(got.value, expected, 1e-12 * std::abs(expected));
    }
}

TEST(Hypergeometric, UnitFormMatchesBoostPFq)
{
    const double expected = boost::math::hypergeometric_pFq({1.0, 3.5}, {12.0}, 0.8);
    EXPECT_NEAR(logHypergeometric2F1Unit(3.5, 12.0, 0.8), std::log(expected), 1e-13);
}

TEST(Hypergeometric, OutsideTheUnitDiscIsNotConverged)
{
    EXPECT_FALSE(hypergeometric2F1(1, 1, 2, 1.0).converged);
}

TEST(Hypergeometric, NonPositiveIntegerCIsRejected)
{
    EXPECT_FALSE(hypergeometric2F1(1, 1, -2.0, 0.5).converged);
}

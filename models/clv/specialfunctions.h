#pragma once

// Boost.Math special functions with a policy fit for likelihood loops: no promotion of double
// to long double (several times faster, and double is what the optimiser sees anyway) and
// NaN/inf instead of exceptions, which the fitter turns into "not admissible".

#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace lodestar::special {

using Policy = boost::math::policies::policy<
    boost::math::policies::promote_double<false>,
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

inline double lgamma(double x) { return boost::math::lgamma(x, Policy()); }
inline double digamma(double x) { return boost::math::digamma(x, Policy()); }
/// log B(a, b) via lgamma, since B itself underflows for large arguments.
inline double logBeta(double a, double b) { return lgamma(a) + lgamma(b) - lgamma(a + b); }

} // namespace lodestar::special

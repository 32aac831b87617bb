#pragma once

// Lets `#pragma omp simd` loops call glibc's vector exp and log1p (libmvec, at most 4 ulp),
// two rows per call, in the translation units compiled with -fopenmp-simd -fno-math-errno
// (models/CMakeLists.txt). glibc declares these vector variants only under -ffast-math, which
// the likelihoods must not use (it would also reorder sums and drop inf/NaN handling), so the
// declarations are repeated here. Other compilers and libraries call the scalar functions,
// which changes the last bits of a likelihood, never a fitted parameter at 4 significant digits.

#include <cmath>

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__GLIBC__) \
    && defined(LODESTAR_VECTOR_MATH)
extern "C" {
#pragma omp declare simd notinbranch
double exp(double) noexcept;
#pragma omp declare simd notinbranch
double log1p(double) noexcept;
}
#endif

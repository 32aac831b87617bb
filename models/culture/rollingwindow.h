#pragma once

#include <vector>

namespace lodestar {

/// A trailing window of quarters and the equally long window before it.
struct WindowValues
{
    double current;   ///< mean (or sum) of the newest known values; NaN without any
    double previous;  ///< the same over the window before; NaN unless that window is full
    int currentCount = 0;
    int previousCount = 0;
    int lastIndex = -1; ///< index of the newest value used
};

/// Over values[0..upTo], skipping unknown (NaN) values, so lagging measures such as cohort
/// retention use their newest known quarters.
WindowValues rollingMeans(const std::vector<double> &values, int upTo, int window);
WindowValues rollingSums(const std::vector<double> &values, int upTo, int window);

/// Growth of the current window's sum over the previous one's, when both are full.
double windowGrowth(const std::vector<double> &values, int upTo, int window);

} // namespace lodestar

#include "rollingwindow.h"

#include "models/engine/dataset.h"

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

WindowValues rolling(const std::vector<double> &values, int upTo, int window, bool mean)
{
    WindowValues result{kUnknown, kUnknown};
    window = std::max(window, 1);
    double sums[2] = {0.0, 0.0};
    int counts[2] = {0, 0};
    for (int i = std::min(upTo, static_cast<int>(values.size()) - 1); i >= 0; --i) {
        const double value = values[static_cast<std::size_t>(i)];
        if (std::isnan(value))
            continue;
        const int slot = counts[0] < window ? 0 : 1;
        if (slot == 1 && counts[1] == window)
            break;
        if (slot == 0 && result.lastIndex < 0)
            result.lastIndex = i;
        sums[slot] += value;
        ++counts[slot];
    }
    result.currentCount = counts[0];
    result.previousCount = counts[1];
    if (counts[0] > 0)
        result.current = mean ? sums[0] / counts[0] : sums[0];
    if (counts[1] == window)
        result.previous = mean ? sums[1] / counts[1] : sums[1];
    return result;
}

} // namespace

WindowValues rollingMeans(const std::vector<double> &values, int upTo, int window)
{
    return rolling(values, upTo, window, true);
}

WindowValues rollingSums(const std::vector<double> &values, int upTo, int window)
{
    return rolling(values, upTo, window, false);
}

double windowGrowth(const std::vector<double> &values, int upTo, int window)
{
    const WindowValues sums = rollingSums(values, upTo, window);
    if (sums.currentCount != std::max(window, 1) || std::isnan(sums.previous) || sums.previous == 0.0)
        return kUnknown;
    return sums.current / sums.previous - 1.0;
}

} // namespace lodestar

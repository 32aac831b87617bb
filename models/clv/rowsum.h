#pragma once

// Both cores for a likelihood sum, with results that never depend on the thread count or
// timing: the rows are always cut at the same place into the same halves, each half is
// summed in row order, and the halves are added first + second. A small sum (where starting
// a thread costs more than it saves) runs both halves on the calling thread, giving the same
// bits.

#include <array>
#include <cstddef>
#include <thread>

namespace lodestar {

/// sum(begin, end) -> std::array<double, N> over [0, rows), as described above.
template<std::size_t N, typename Sum>
std::array<double, N> sumRowsInHalves(std::size_t rows, const Sum &sum)
{
    // About 0.1 ms of likelihood work per half; a thread start costs a few tens of microseconds.
    constexpr std::size_t kThreadedFrom = 16384;
    const std::size_t middle = rows / 2;
    std::array<double, N> first{}, second{};
    if (rows >= kThreadedFrom && std::thread::hardware_concurrency() > 1) {
        std::thread helper([&] { second = sum(middle, rows); });
        first = sum(std::size_t{0}, middle);
        helper.join();
    } else {
        first = sum(std::size_t{0}, middle);
        second = sum(middle, rows);
    }
    for (std::size_t k = 0; k < N; ++k)
        first[k] += second[k];
    return first;
}

} // namespace lodestar

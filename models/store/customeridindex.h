#pragma once

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lodestar {

/// Customers' external ids (UTF-8 bytes as in the file) to their row ids, for the per-row lookup of
/// an import. Open addressing over one flat array with short ids stored in the slot, so a lookup
/// usually touches one cache line: node-based hashes (QHash, std::unordered_map) cost two or three
/// cache misses per row, the largest cost of the parse side at a hundred thousand customers.
class CustomerIdIndex
{
public:
    std::optional<qint64> find(std::string_view id) const;
    /// Starts loading the slot where id belongs, so that a find() a few rows later need not wait for
    /// memory: at a hundred thousand customers the slots are larger than the CPU cache.
    void prefetch(std::string_view id) const;
    /// Adds an id that is not in the index yet.
    void insert(std::string_view id, qint64 rowId);
    std::size_t size() const { return m_size; }

private:
    static constexpr std::size_t kInlineBytes = 12;
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

    // 32 bytes: two slots per cache line. Longer ids live in m_longIds; key then holds their offset.
    struct Slot
    {
        std::uint64_t hash = 0;
        qint64 rowId = 0;
        std::uint32_t length = kEmpty;
        char key[kInlineBytes] = {};
    };

    static std::uint64_t hashOf(std::string_view id);
    std::string_view keyOf(const Slot &slot) const;
    void place(const Slot &slot);
    void grow();

    std::vector<Slot> m_slots;
    std::string m_longIds;
    std::size_t m_size = 0;
};

} // namespace lodestar

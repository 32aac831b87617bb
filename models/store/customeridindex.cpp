#include "customeridindex.h"

#include <cstring>
#include <functional>

namespace lodestar {

namespace {

constexpr std::size_t kInitialSlots = 1024;

} // namespace

std::uint64_t CustomerIdIndex::hashOf(std::string_view id)
{
    return std::hash<std::string_view>()(id);
}

std::string_view CustomerIdIndex::keyOf(const Slot &slot) const
{
    if (slot.length <= kInlineBytes)
        return std::string_view(slot.key, slot.length);
    std::uint64_t offset = 0;
    std::memcpy(&offset, slot.key, sizeof offset);
    return std::string_view(m_longIds).substr(std::size_t(offset), slot.length);
}

std::optional<qint64> CustomerIdIndex::find(std::string_view id) const
{
    if (m_slots.empty())
        return std::nullopt;
    const std::uint64_t hash = hashOf(id);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.length == kEmpty)
            return std::nullopt;
        if (slot.hash == hash && slot.length == id.size() && keyOf(slot) == id)
            return slot.rowId;
    }
}

void CustomerIdIndex::prefetch(std::string_view id) const
{
#if defined(__GNUC__)
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[std::size_t(hashOf(id)) & (m_slots.size() - 1)]);
#else
    Q_UNUSED(id);
#endif
}

void CustomerIdIndex::insert(std::string_view id, qint64 rowId)
{
    // Kept at most three quarters full, so probe runs stay short.
    if ((m_size + 1) * 4 > m_slots.size() * 3)
        grow();
    Slot slot;
    slot.hash = hashOf(id);
    slot.rowId = rowId;
    slot.length = std::uint32_t(id.size());
    if (id.size() <= kInlineBytes) {
        std::memcpy(slot.key, id.data(), id.size());
    } else {
        const std::uint64_t offset = m_longIds.size();
        m_longIds.append(id);
        std::memcpy(slot.key, &offset, sizeof offset);
    }
    place(slot);
    ++m_size;
}

void CustomerIdIndex::place(const Slot &slot)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = std::size_t(slot.hash) & mask;
    while (m_slots[i].length != kEmpty)
        i = (i + 1) & mask;
    m_slots[i] = slot;
}

void CustomerIdIndex::grow()
{
    std::vector<Slot> old(m_slots.empty() ? kInitialSlots : m_slots.size() * 2);
    old.swap(m_slots);
    for (const Slot &slot : old) {
        if (slot.length != kEmpty)
            place(slot);
    }
}

} // namespace lodestar

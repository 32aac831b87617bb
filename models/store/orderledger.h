#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lodestar {

/// The order ids one import has taken so far, with each line's customer, time and amount, so a
/// repeated row is found without a query and without a node allocation per row: entries and their
/// bytes live in two growing arrays, found through an open-addressing table of hashes.
class OrderLedger
{
public:
    /// One stored line of an order; text views stay valid until the next add().
    struct Line
    {
        std::string_view customer;
        std::int64_t occurredAt = 0;
        double amount = 0.0;
        std::int64_t fileLine = 0;
    };

    /// The first line recorded for orderId, or nullptr; next() walks the order's other lines.
    const Line *find(std::string_view orderId);
    const Line *next();
    void add(std::string_view orderId, std::string_view customer, std::int64_t occurredAt, double amount,
             std::int64_t fileLine);
    std::size_t size() const { return m_entries.size(); }
    /// Every line recorded, in the order added (to move them elsewhere before clear()).
    template<typename Visit>
    void forEachLine(Visit visit) const
    {
        for (const Entry &entry : m_entries) {
            const std::string_view bytes(m_bytes);
            visit(keyOf(entry), Line{bytes.substr(entry.customer, entry.customerLength), entry.occurredAt, entry.amount,
                                     entry.fileLine});
        }
    }
    /// Forgets every line; the arrays keep their capacity, so memory stays at its high mark.
    void clear();

private:
    struct Entry
    {
        std::uint64_t hash = 0;
        std::size_t key = 0;       ///< offset of the order id in m_bytes
        std::uint32_t keyLength = 0;
        std::size_t customer = 0;  ///< offset of the customer id in m_bytes
        std::uint32_t customerLength = 0;
        std::int64_t occurredAt = 0;
        double amount = 0.0;
        std::int64_t fileLine = 0;
        std::uint32_t nextLine = kNone; ///< the order's next entry
    };
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    std::uint32_t slotOf(std::string_view orderId, std::uint64_t hash) const;
    std::string_view keyOf(const Entry &entry) const { return std::string_view(m_bytes).substr(entry.key, entry.keyLength); }
    const Line *lineOf(std::uint32_t index);
    void grow();

    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_slots; ///< index of an order's first entry, kNone when empty
    std::vector<std::uint32_t> m_last;  ///< per first entry's slot: the order's last entry (to append lines)
    std::string m_bytes;
    Line m_line;
    std::uint32_t m_cursor = kNone;
};

} // namespace lodestar

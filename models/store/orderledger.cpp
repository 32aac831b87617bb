#include "orderledger.h"

#include <algorithm>

namespace lodestar {

namespace {

// FNV-1a, 64 bits: order ids are short, and the table compares the bytes anyway.
std::uint64_t hashOf(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

std::uint32_t OrderLedger::slotOf(std::string_view orderId, std::uint64_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t index = m_slots[slot];
        if (index == kNone)
            return std::uint32_t(slot);
        const Entry &entry = m_entries[index];
        if (entry.hash == hash && keyOf(entry) == orderId)
            return std::uint32_t(slot);
    }
}

const OrderLedger::Line *OrderLedger::lineOf(std::uint32_t index)
{
    m_cursor = index;
    if (index == kNone)
        return nullptr;
    const Entry &entry = m_entries[index];
    m_line = Line{std::string_view(m_bytes).substr(entry.customer, entry.customerLength), entry.occurredAt, entry.amount,
                  entry.fileLine};
    return &m_line;
}

const OrderLedger::Line *OrderLedger::find(std::string_view orderId)
{
    if (m_slots.empty())
        return lineOf(kNone);
    return lineOf(m_slots[slotOf(orderId, hashOf(orderId))]);
}

const OrderLedger::Line *OrderLedger::next()
{
    return m_cursor == kNone ? nullptr : lineOf(m_entries[m_cursor].nextLine);
}

void OrderLedger::grow()
{
    const std::size_t size = m_slots.empty() ? 1024 : m_slots.size() * 2;
    std::vector<std::uint32_t> old = std::move(m_slots);
    std::vector<std::uint32_t> oldLast = std::move(m_last);
    m_slots.assign(size, kNone);
    m_last.assign(size, kNone);
    for (std::size_t i = 0; i < old.size(); ++i) {
        if (old[i] == kNone)
            continue;
        const Entry &entry = m_entries[old[i]];
        const std::uint32_t slot = slotOf(keyOf(entry), entry.hash);
        m_slots[slot] = old[i];
        m_last[slot] = oldLast[i];
    }
}

void OrderLedger::clear()
{
    m_entries.clear();
    m_bytes.clear();
    std::fill(m_slots.begin(), m_slots.end(), kNone);
    std::fill(m_last.begin(), m_last.end(), kNone);
    m_cursor = kNone;
}

void OrderLedger::add(std::string_view orderId, std::string_view customer, std::int64_t occurredAt, double amount,
                      std::int64_t fileLine)
{
    // At most half full, so probes stay short.
    if (2 * (m_entries.size() + 1) > m_slots.size())
        grow();
    Entry entry;
    entry.hash = hashOf(orderId);
    entry.key = m_bytes.size();
    entry.keyLength = std::uint32_t(orderId.size());
    m_bytes.append(orderId);
    entry.customer = m_bytes.size();
    entry.customerLength = std::uint32_t(customer.size());
    m_bytes.append(customer);
    entry.occurredAt = occurredAt;
    entry.amount = amount;
    entry.fileLine = fileLine;
    const auto index = std::uint32_t(m_entries.size());
    const std::uint32_t slot = slotOf(orderId, entry.hash);
    m_entries.push_back(entry);
    if (m_slots[slot] == kNone)
        m_slots[slot] = index;
    else
        m_entries[m_last[slot]].nextLine = index;
    m_last[slot] = index;
}

} // namespace lodestar

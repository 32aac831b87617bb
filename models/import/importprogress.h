#pragma once

#include <QtGlobal>

#include <functional>

namespace lodestar {

/// How a long import reports progress without knowing who listens (a progress bar, a test, nobody).
/// Positions are bytes of the file read so far; returning false from update() cancels the import,
/// which then rolls back.
class ImportProgress
{
public:
    virtual ~ImportProgress() = default;
    virtual void start(qint64 totalBytes) { Q_UNUSED(totalBytes); }
    virtual bool update(qint64 position) { Q_UNUSED(position); return true; }
    virtual void end() {}
};

/// An ImportProgress around a callback, for tests and QtConcurrent lambdas.
class CallbackProgress : public ImportProgress
{
public:
    using Callback = std::function<bool(qint64 position, qint64 total)>;
    explicit CallbackProgress(Callback callback) : m_callback(std::move(callback)) {}

    void start(qint64 totalBytes) override { m_total = totalBytes; }
    bool update(qint64 position) override { return !m_callback || m_callback(position, m_total); }

private:
    Callback m_callback;
    qint64 m_total = 0;
};

} // namespace lodestar

#include "filehash.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace lodestar {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

struct FreeDigest
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

// OpenSSL keeps an error queue per thread and frees it only when the thread ends. Imports hash on
// pool threads that can outlive the last import (or still be winding down at exit), so the queue
// is released as soon as the hash is done instead.
struct ReleaseThreadState
{
    ~ReleaseThreadState() { OPENSSL_thread_stop(); }
};

} // namespace

// OpenSSL rather than QCryptographicHash: Qt 6.4's portable SHA-256 cost a quarter of a second per
// 10 MB, more than parsing the file; OpenSSL uses the CPU's SHA instructions. Same digest, so
// workspaces keep recognising files imported before.
Result<QString> contentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("import", "Cannot read %1: %2").arg(path, file.errorString()), {}};
    const ReleaseThreadState releaseThreadState;
    const std::unique_ptr<EVP_MD_CTX, FreeDigest> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Error{QCoreApplication::translate("import", "Cannot hash %1: the SHA-256 digest is unavailable.").arg(path), {}};
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), kChunkSize);
        if (read < 0)
            return Error{QCoreApplication::translate("import", "Cannot read %1: %2").arg(path, file.errorString()), {}};
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), chunk.constData(), std::size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return Error{QCoreApplication::translate("import", "Cannot hash %1.").arg(path), {}};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace lodestar

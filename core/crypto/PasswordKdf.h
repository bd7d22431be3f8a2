#pragma once

#include "SecureBuffer.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>

namespace passbook::crypto {

// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13) parameters as stored in the vault header.
struct KdfParams
{
    static constexpr std::uint64_t kMinMemoryBytes = 64ULL * 1024 * 1024; // never below 64 MiB
    static constexpr std::uint64_t kMaxMemoryBytes = 1024ULL * 1024 * 1024;
    static constexpr std::uint64_t kMaxOps = 64;

    std::uint64_t opsLimit = 2;
    std::uint64_t memLimit = kMinMemoryBytes;
    QByteArray salt; // crypto_pwhash_SALTBYTES

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<KdfParams> fromJson(const QJsonObject &json);
    // Canonical bytes for associated data: a change to any parameter breaks the seal.
    [[nodiscard]] QByteArray canonical() const;
    [[nodiscard]] bool isAcceptable() const;
};

class PasswordKdf
{
public:
    // Derives a 32-byte key. Fails only when the machine cannot provide the memory.
    [[nodiscard]] static Result<SecureBuffer> derive(const SecureBuffer &password, const KdfParams &params);

    // Picks parameters that take about `targetMs` on this device (0.5-1 s in the app), never below
    // 64 MiB, with a fresh random salt. Measures real derivations, so it takes a second or two.
    [[nodiscard]] static KdfParams calibrate(int targetMs = 700);

    // Fixed parameters with a fresh salt, for tests and benchmarks that must not spend seconds on
    // calibration. Memory is clamped up to the 64 MiB floor.
    [[nodiscard]] static KdfParams fixed(std::uint64_t opsLimit, std::uint64_t memLimit);
};

} // namespace passbook::crypto

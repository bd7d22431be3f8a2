#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <mutex>
#include <map>

namespace passbook::platform {

// The OS key store (Secret Service, Android Keystore, Apple Keychain). It only ever holds a random
// key that wraps the vault key in the vault's own "biometric" slot — never the vault key, the
// signing key or the phrase — and it fails closed: no fallback to a plain file.
class SecureKeyStore
{
public:
    // How long a stored key lives. Device: until removed (hardware-backed stores: Android Keystore,
    // Apple Keychain). LoginSession: in kernel memory until logout or restart (Linux). Process: in
    // this process's memory until the app quits (where the kernel's store is not allowed). A key of
    // a LoginSession or Process store is expected to be gone after a while: the password brings it
    // back, and its absence is no fault.
    enum class Lifetime
    {
        Device,
        LoginSession,
        Process
    };

    virtual ~SecureKeyStore() = default;

    [[nodiscard]] virtual bool isAvailable() = 0;
    [[nodiscard]] virtual QString unavailableReason() const = 0;
    [[nodiscard]] virtual Result<void> store(const QString &name, const crypto::SecureBuffer &secret) = 0;
    // NotFound when there is no such entry (deleted, or the store was reset).
    [[nodiscard]] virtual Result<crypto::SecureBuffer> read(const QString &name) = 0;
    [[nodiscard]] virtual Result<void> remove(const QString &name) = 0;
    [[nodiscard]] virtual Lifetime lifetime() const { return Lifetime::Device; }
};

// Keys in this process's secure memory only, gone when the app quits: the Linux store where the
// kernel forbids its keyrings (containers), so fingerprint unlock works while the app stays open
// and the password is needed after every start.
class MemoryKeyStore final : public SecureKeyStore
{
public:
    [[nodiscard]] bool isAvailable() override { return true; }
    [[nodiscard]] QString unavailableReason() const override { return {}; }
    [[nodiscard]] Lifetime lifetime() const override { return Lifetime::Process; }
    [[nodiscard]] Result<void> store(const QString &name, const crypto::SecureBuffer &secret) override;
    [[nodiscard]] Result<crypto::SecureBuffer> read(const QString &name) override;
    [[nodiscard]] Result<void> remove(const QString &name) override;

private:
    std::mutex m_mutex;
    std::map<QString, crypto::SecureBuffer> m_keys;
};

class NullSecureKeyStore final : public SecureKeyStore
{
public:
    [[nodiscard]] bool isAvailable() override { return false; }
    [[nodiscard]] QString unavailableReason() const override;
    [[nodiscard]] Result<void> store(const QString &, const crypto::SecureBuffer &) override;
    [[nodiscard]] Result<crypto::SecureBuffer> read(const QString &) override;
    [[nodiscard]] Result<void> remove(const QString &) override;
};

} // namespace passbook::platform

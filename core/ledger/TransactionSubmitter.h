#pragma once

#include "EthClient.h"
#include "Outbox.h"
#include "Transaction.h"
#include "crypto/SigningKey.h"

namespace passbook::ledger {

// Signs and submits transactions: chain id checked against the network profile, nonce from the
// chain and the outbox, gas estimated (a revert at this point is decoded into the contract's
// error and nothing is signed), EIP-1559 fees (legacy EIP-155 when the chain has no base fee),
// stored in the outbox before sending, then followed to its receipt.
class TransactionSubmitter
{
public:
    struct Outcome
    {
        qint64 outboxId = 0;
        QByteArray hash;
        Receipt receipt;
    };

    // `key` (and `outbox`) must outlive the submitter. `outbox` may be null for sandbox
    // administration, which keeps no vault.
    TransactionSubmitter(EthClient &eth, const crypto::SigningKey &key, quint64 expectedChainId,
                         Outbox *outbox);

    [[nodiscard]] Result<void> checkChain();
    [[nodiscard]] Result<Outcome> submit(const std::optional<crypto::Address> &to, const QByteArray &data,
                                         const QString &description);
    // On start: every signed or sent transaction is re-sent with the same bytes (same hash) until
    // it is mined or definitively refused; queued decisions are signed and sent. Returns how many
    // were settled (mined or failed).
    [[nodiscard]] Result<int> resendPending();
    // Follows one outbox entry to its receipt (used by submit and resendPending).
    [[nodiscard]] Result<Receipt> deliver(const Outbox::Entry &entry);

    // Test hook for the outbox crash test: when PASSBOOK_FAULT_INJECT=exit-after-sign, the process
    // ends abruptly (SIGKILL) right after the signed transaction is stored, before it is sent.
    static void faultInjectionPoint();

private:
    [[nodiscard]] Result<Outcome> signAndDeliver(const std::optional<crypto::Address> &to,
                                                 const QByteArray &data, const QString &description,
                                                 qint64 queuedId);
    [[nodiscard]] Error queueUnreachable(const Error &cause, const std::optional<crypto::Address> &to,
                                         const QByteArray &data, const QString &description, qint64 queuedId);
    [[nodiscard]] Result<QString> revertReason(const QByteArray &hash,
                                               const std::optional<crypto::Address> &to,
                                               const QByteArray &data, quint64 block);

    EthClient &m_eth;
    const crypto::SigningKey &m_key;
    quint64 m_chainId;
    Outbox *m_outbox;
    bool m_chainChecked = false;
};

} // namespace passbook::ledger

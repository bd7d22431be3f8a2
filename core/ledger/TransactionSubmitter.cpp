#include "TransactionSubmitter.h"

#include "RegistryErrors.h"
#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <cstdlib>

Q_DECLARE_LOGGING_CATEGORY(lcLedger)

namespace passbook::ledger {

using crypto::Address;

namespace {
template <typename T> Result<void> toVoid(const Result<T> &r)
{
    return r ? Result<void>() : Result<void>(r.error());
}
} // namespace

TransactionSubmitter::TransactionSubmitter(EthClient &eth, const crypto::SigningKey &key,
                                           quint64 expectedChainId, Outbox *outbox)
    : m_eth(eth), m_key(key), m_chainId(expectedChainId), m_outbox(outbox)
{
}

void TransactionSubmitter::faultInjectionPoint()
{
    if (qgetenv("PASSBOOK_FAULT_INJECT") == "exit-after-sign") {
        std::raise(SIGKILL);
    }
}

Result<void> TransactionSubmitter::checkChain()
{
    if (m_chainChecked) {
        return {};
    }
    if (auto r = m_eth.expectChain(m_chainId); !r) {
        return r.error();
    }
    m_chainChecked = true;
    return {};
}

Result<QString> TransactionSubmitter::revertReason(const QByteArray &, const std::optional<Address> &to,
                                                   const QByteArray &data, quint64 block)
{
    // Replay the call at the block before it was mined to learn the custom error.
    if (!to) {
        return QCoreApplication::translate("passbook", "The contract could not be created.");
    }
    auto r = m_eth.call(*to, data, m_key.address(), EthClient::quantityString(block > 0 ? block - 1 : 0));
    if (!r && r.error().code == ErrorCode::Rejected) {
        const QByteArray revert = JsonRpcClient::revertData(r.error());
        return decodeRevert(revert).sentence;
    }
    return QCoreApplication::translate("passbook", "The ledger refused the transaction.");
}

Result<TransactionSubmitter::Outcome> TransactionSubmitter::submit(const std::optional<Address> &to,
                                                                   const QByteArray &data,
                                                                   const QString &description)
{
    return signAndDeliver(to, data, description, 0);
}

Error TransactionSubmitter::queueUnreachable(const Error &cause, const std::optional<Address> &to,
                                             const QByteArray &data, const QString &description,
                                             qint64 queuedId)
{
    if (!m_outbox) {
        return cause;
    }
    if (queuedId == 0) {
        auto id = m_outbox->addQueued(m_chainId, m_key.address(), to, description, data);
        if (!id) {
            return id.error();
        }
    }
    return makeError(ErrorCode::Unreachable,
                     QCoreApplication::translate(
                         "passbook",
                         "The hospitals' ledger cannot be reached right now. Your decision is kept on "
                         "this device and will be signed and sent as soon as the ledger answers."),
                     cause.detail);
}

Result<TransactionSubmitter::Outcome> TransactionSubmitter::signAndDeliver(const std::optional<Address> &to,
                                                                           const QByteArray &data,
                                                                           const QString &description,
                                                                           qint64 queuedId)
{
    if (auto r = checkChain(); !r) {
        if (r.error().code == ErrorCode::Unreachable &&
            !r.error().detail.startsWith(QLatin1String("chain id"))) {
            return queueUnreachable(r.error(), to, data, description, queuedId);
        }
        return r.error();
    }
    auto gas = m_eth.estimateGas(m_key.address(), to, data);
    if (!gas) {
        if (gas.error().code == ErrorCode::Rejected) {
            const QByteArray revert = JsonRpcClient::revertData(gas.error());
            const Error e = revert.isEmpty() ? gas.error() : rejectedWith(revert, description);
            if (m_outbox && queuedId) {
                (void)m_outbox->markFailed(queuedId, e.message);
            } else if (m_outbox) {
                (void)m_outbox->addRefused(m_chainId, m_key.address(), to, description, e.message);
            }
            return e;
        }
        return queueUnreachable(gas.error(), to, data, description, queuedId);
    }
    auto chainNonce = m_eth.pendingNonce(m_key.address());
    if (!chainNonce) {
        return queueUnreachable(chainNonce.error(), to, data, description, queuedId);
    }
    quint64 nonce = chainNonce.value();
    if (m_outbox) {
        auto highest = m_outbox->highestUnfinishedNonce(m_chainId, m_key.address());
        if (!highest) {
            return highest.error();
        }
        if (highest.value() && *highest.value() + 1 > nonce) {
            nonce = *highest.value() + 1;
        }
    }
    auto fees = m_eth.fees();
    if (!fees) {
        return queueUnreachable(fees.error(), to, data, description, queuedId);
    }
    Transaction tx;
    tx.chainId = m_chainId;
    tx.nonce = nonce;
    tx.gasLimit = gas.value() + gas.value() / 5 + 10'000; // headroom: estimates are for the current state
    tx.to = to;
    tx.data = data;
    if (fees.value().eip1559) {
        // A free-gas consortium (Besu zeroBaseFee, anvil --base-fee 0) has a zero base fee, and
        // patients' accounts hold no ether: offer no tip there, whatever the node suggests.
        tx.maxPriorityFeePerGas = fees.value().baseFee == 0 ? 0 : fees.value().maxPriorityFee;
        tx.maxFeePerGas = 2 * fees.value().baseFee + tx.maxPriorityFeePerGas;
    } else {
        tx.type = Transaction::Type::Legacy;
        tx.maxFeePerGas = fees.value().gasPrice;
    }
    const SignedTransaction signedTx = sign(tx, m_key);
    Outbox::Entry entry;
    entry.chainId = m_chainId;
    entry.sender = m_key.address();
    entry.nonce = nonce;
    entry.to = to;
    entry.description = description;
    entry.raw = signedTx.raw;
    entry.hash = signedTx.hash;
    if (m_outbox) {
        if (queuedId) {
            if (auto r = m_outbox->markSigned(queuedId, nonce, signedTx.raw, signedTx.hash); !r) {
                return r.error();
            }
            entry.id = queuedId;
        } else {
            auto id = m_outbox->addSigned(m_chainId, m_key.address(), nonce, to, description, signedTx.raw,
                                          signedTx.hash);
            if (!id) {
                return id.error(); // not stored, so not sent: nothing escapes the outbox
            }
            entry.id = id.value();
        }
    }
    faultInjectionPoint();
    auto receipt = deliver(entry);
    if (!receipt) {
        return receipt.error();
    }
    return Outcome{entry.id, signedTx.hash, receipt.value()};
}

Result<Receipt> TransactionSubmitter::deliver(const Outbox::Entry &entry)
{
    // Already mined (a previous run sent it)?
    auto existing = m_eth.receipt(entry.hash);
    if (!existing) {
        return existing.error();
    }
    if (!existing.value()) {
        auto sent = m_eth.sendRawTransaction(entry.raw);
        if (!sent) {
            if (sent.error().code != ErrorCode::Rejected) {
                return sent.error(); // unreachable: stays in the outbox as signed, re-sent later
            }
            const QString words = sent.error().detail.toLower();
            const bool alreadyKnown = words.contains(QLatin1String("already known")) ||
                                      words.contains(QLatin1String("already imported"));
            if (!alreadyKnown) {
                // nonce too low with no receipt for our hash: another transaction took the nonce
                auto again = m_eth.receipt(entry.hash);
                if (again && again.value()) {
                    existing = again;
                } else {
                    const QString reason =
                        QCoreApplication::translate("passbook", "The ledger refused the transaction: %1")
                            .arg(sent.error().detail.section(QLatin1Char(':'), 1).trimmed());
                    if (m_outbox && entry.id) {
                        (void)m_outbox->markFailed(entry.id, reason);
                    }
                    return makeError(ErrorCode::Rejected, reason, sent.error().detail);
                }
            }
        }
        if (m_outbox && entry.id && !existing.value()) {
            (void)m_outbox->markSent(entry.id);
        }
    }
    Result<Receipt> receipt =
        existing.value() ? Result<Receipt>(*existing.value()) : m_eth.waitForReceipt(entry.hash);
    if (!receipt) {
        return receipt.error();
    }
    if (!receipt.value().success) {
        auto decoded = decodeSigned(entry.raw);
        auto reason = revertReason(entry.hash, entry.to, decoded ? decoded.value().tx.data : QByteArray(),
                                   receipt.value().blockNumber);
        const QString why =
            reason ? reason.value()
                   : QCoreApplication::translate("passbook", "The ledger refused the transaction.");
        if (m_outbox && entry.id) {
            (void)m_outbox->markFailed(entry.id, why);
        }
        return makeError(ErrorCode::Rejected, why,
                         QStringLiteral("%1 reverted in block %2")
                             .arg(crypto::toHex(entry.hash, true))
                             .arg(receipt.value().blockNumber));
    }
    if (m_outbox && entry.id) {
        if (auto r = m_outbox->markMined(entry.id, receipt.value().blockNumber); !r) {
            return r.error();
        }
    }
    qCInfo(lcLedger) << "transaction mined in block" << receipt.value().blockNumber;
    return receipt;
}

Result<int> TransactionSubmitter::resendPending()
{
    if (!m_outbox) {
        return 0;
    }
    if (auto r = checkChain(); !r) {
        return r.error();
    }
    auto pending = m_outbox->pending(m_chainId, m_key.address());
    if (!pending) {
        return pending.error();
    }
    int settled = 0;
    for (const Outbox::Entry &e : pending.value()) {
        const Result<void> r = e.status == Outbox::Status::Queued
                                   ? toVoid(signAndDeliver(e.to, e.callData, e.description, e.id))
                                   : toVoid(deliver(e));
        if (!r && r.error().code == ErrorCode::Unreachable) {
            return r.error();
        }
        ++settled;
    }
    return settled;
}

} // namespace passbook::ledger

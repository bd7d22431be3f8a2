#pragma once

#include "JsonRpcClient.h"
#include "crypto/Address.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace passbook::ledger {

struct Log
{
    crypto::Address address;
    QList<QByteArray> topics; // 32 bytes each
    QByteArray data;
    quint64 blockNumber = 0;
    std::optional<quint64> blockTimestamp; // when the node includes it
    quint64 logIndex = 0;
    QByteArray transactionHash;
    bool removed = false;
};

struct Receipt
{
    QByteArray transactionHash;
    quint64 blockNumber = 0;
    bool success = false;
    quint64 gasUsed = 0;
    std::optional<crypto::Address> contractAddress;
    QList<Log> logs;
};

struct Fees
{
    bool eip1559 = true; // the latest block has a base fee
    quint64 baseFee = 0;
    quint64 maxPriorityFee = 0;
    quint64 gasPrice = 0; // legacy
};

// Typed Ethereum JSON-RPC calls (blocking; see JsonRpcClient). Every value from the node is
// validated: a malformed quantity, address or hash is an Unreachable error ("not a ledger answer").
class EthClient
{
public:
    explicit EthClient(JsonRpcClient &rpc) : m_rpc(rpc) {}

    [[nodiscard]] JsonRpcClient &rpc() { return m_rpc; }
    [[nodiscard]] Result<quint64> chainId();
    // Refused (Unreachable, "another network") when the node serves another chain than `expected`.
    [[nodiscard]] Result<void> expectChain(quint64 expected);
    [[nodiscard]] Result<quint64> blockNumber();
    [[nodiscard]] Result<quint64> blockTimestamp(); // of the latest block
    [[nodiscard]] Result<quint64> pendingNonce(const crypto::Address &account);
    [[nodiscard]] Result<quint64> estimateGas(const crypto::Address &from,
                                              const std::optional<crypto::Address> &to,
                                              const QByteArray &data);
    [[nodiscard]] Result<QByteArray> call(const crypto::Address &to, const QByteArray &data,
                                          const std::optional<crypto::Address> &from = std::nullopt,
                                          const QString &block = QStringLiteral("latest"));
    [[nodiscard]] Result<QByteArray> sendRawTransaction(const QByteArray &raw);
    [[nodiscard]] Result<std::optional<Receipt>> receipt(const QByteArray &hash);
    // Polls until mined or `timeoutMs` passes (then Unreachable).
    [[nodiscard]] Result<Receipt> waitForReceipt(const QByteArray &hash, int timeoutMs = 30000);
    [[nodiscard]] Result<QList<Log>> logs(const crypto::Address &address, quint64 fromBlock, quint64 toBlock,
                                          const QList<QByteArray> &topic0s = {});
    [[nodiscard]] Result<Fees> fees();

    // Parsing helpers, shared with the WebSocket subscription.
    [[nodiscard]] static Result<quint64> quantity(const QJsonValue &v);
    [[nodiscard]] static Result<QByteArray> data(const QJsonValue &v);
    [[nodiscard]] static Result<Log> parseLog(const QJsonValue &v);
    [[nodiscard]] static QString quantityString(quint64 v);

private:
    JsonRpcClient &m_rpc;
};

} // namespace passbook::ledger

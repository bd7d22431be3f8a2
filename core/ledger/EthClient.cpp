#include "EthClient.h"

#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace passbook::ledger {

using crypto::Address;
using crypto::toHex;

namespace {
Error notLedger(const QString &what)
{
    return unreachable(QStringLiteral("malformed %1 from the node").arg(what));
}

QJsonObject callObject(const std::optional<Address> &from, const std::optional<Address> &to,
                       const QByteArray &data)
{
    QJsonObject o{{QStringLiteral("data"), toHex(data, true)}};
    if (from) {
        o.insert(QStringLiteral("from"), from->toLowerHex());
    }
    if (to) {
        o.insert(QStringLiteral("to"), to->toLowerHex());
    }
    return o;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

QString EthClient::quantityString(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

Result<quint64> EthClient::quantity(const QJsonValue &v)
{
    const QString s = v.toString();
    if (!s.startsWith(QLatin1String("0x")) || s.size() < 3 || s.size() > 18) {
        return notLedger(QStringLiteral("quantity"));
    }
    bool ok = false;
    const quint64 n = s.mid(2).toULongLong(&ok, 16);
    if (!ok) {
        return notLedger(QStringLiteral("quantity"));
    }
    return n;
}

Result<QByteArray> EthClient::data(const QJsonValue &v)
{
    if (!v.isString()) {
        return notLedger(QStringLiteral("data"));
    }
    auto bytes = crypto::fromHex(v.toString());
    if (!bytes || !v.toString().startsWith(QLatin1String("0x"))) {
        return notLedger(QStringLiteral("data"));
    }
    return *bytes;
}

Result<Log> EthClient::parseLog(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Log log;
    auto address = Address::fromString(o.value(QStringLiteral("address")).toString());
    auto payload = data(o.value(QStringLiteral("data")));
    auto block = quantity(o.value(QStringLiteral("blockNumber")));
    auto index = quantity(o.value(QStringLiteral("logIndex")));
    auto tx = data(o.value(QStringLiteral("transactionHash")));
    if (!address || !payload || !block || !index || !tx || tx.value().size() != 32) {
        return notLedger(QStringLiteral("log"));
    }
    for (const QJsonValue &t : o.value(QStringLiteral("topics")).toArray()) {
        auto topic = data(t);
        if (!topic || topic.value().size() != 32) {
            return notLedger(QStringLiteral("log topic"));
        }
        log.topics.append(topic.value());
    }
    log.address = address.value();
    log.data = payload.value();
    log.blockNumber = block.value();
    log.logIndex = index.value();
    log.transactionHash = tx.value();
    log.removed = o.value(QStringLiteral("removed")).toBool(false);
    if (o.contains(QStringLiteral("blockTimestamp"))) {
        auto ts = quantity(o.value(QStringLiteral("blockTimestamp")));
        if (ts) {
            log.blockTimestamp = ts.value();
        }
    }
    return log;
}

Result<quint64> EthClient::chainId()
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_chainId"), {});
    return r ? quantity(r.value()) : Result<quint64>(r.error());
}

Result<void> EthClient::expectChain(quint64 expected)
{
    auto id = chainId();
    if (!id) {
        return id.error();
    }
    if (id.value() != expected) {
        return makeError(ErrorCode::Unreachable,
                         QCoreApplication::translate(
                             "passbook",
                             "The ledger at this address belongs to another network (chain %1, expected "
                             "%2). Check the network profile; nothing was sent.")
                             .arg(id.value())
                             .arg(expected),
                         QStringLiteral("chain id mismatch %1 != %2").arg(id.value()).arg(expected));
    }
    return {};
}

Result<quint64> EthClient::blockNumber()
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_blockNumber"), {});
    return r ? quantity(r.value()) : Result<quint64>(r.error());
}

Result<quint64> EthClient::blockTimestamp()
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    if (!r) {
        return r.error();
    }
    return quantity(r.value().toObject().value(QStringLiteral("timestamp")));
}

Result<quint64> EthClient::pendingNonce(const Address &account)
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_getTransactionCount"),
                                {account.toLowerHex(), QStringLiteral("pending")});
    return r ? quantity(r.value()) : Result<quint64>(r.error());
}

Result<quint64> EthClient::estimateGas(const Address &from, const std::optional<Address> &to,
                                       const QByteArray &payload)
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_estimateGas"), {callObject(from, to, payload)});
    return r ? quantity(r.value()) : Result<quint64>(r.error());
}

Result<QByteArray> EthClient::call(const Address &to, const QByteArray &payload,
                                   const std::optional<Address> &from, const QString &block)
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_call"), {callObject(from, to, payload), block});
    return r ? data(r.value()) : Result<QByteArray>(r.error());
}

Result<QByteArray> EthClient::sendRawTransaction(const QByteArray &raw)
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_sendRawTransaction"), {toHex(raw, true)});
    return r ? data(r.value()) : Result<QByteArray>(r.error());
}

Result<std::optional<Receipt>> EthClient::receipt(const QByteArray &hash)
{
    auto r = m_rpc.callBlocking(QStringLiteral("eth_getTransactionReceipt"), {toHex(hash, true)});
    if (!r) {
        return r.error();
    }
    if (r.value().isNull()) {
        return std::optional<Receipt>();
    }
    const QJsonObject o = r.value().toObject();
    Receipt rc;
    auto txHash = data(o.value(QStringLiteral("transactionHash")));
    auto block = quantity(o.value(QStringLiteral("blockNumber")));
    auto status = quantity(o.value(QStringLiteral("status")));
    auto gas = quantity(o.value(QStringLiteral("gasUsed")));
    if (!txHash || !block || !status || !gas) {
        return notLedger(QStringLiteral("receipt"));
    }
    rc.transactionHash = txHash.value();
    rc.blockNumber = block.value();
    rc.success = status.value() == 1;
    rc.gasUsed = gas.value();
    if (o.value(QStringLiteral("contractAddress")).isString()) {
        auto a = Address::fromString(o.value(QStringLiteral("contractAddress")).toString());
        if (a) {
            rc.contractAddress = a.value();
        }
    }
    for (const QJsonValue &l : o.value(QStringLiteral("logs")).toArray()) {
        auto log = parseLog(l);
        if (!log) {
            return log.error();
        }
        rc.logs.append(log.value());
    }
    return std::optional<Receipt>(rc);
}

Result<Receipt> EthClient::waitForReceipt(const QByteArray &hash, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    int delay = 2;
    for (;;) {
        auto r = receipt(hash);
        if (!r) {
            return r.error();
        }
        if (r.value()) {
            return *r.value();
        }
        if (t.elapsed() > timeoutMs) {
            return unreachable(
                QStringLiteral("no receipt for %1 after %2 ms").arg(toHex(hash, true)).arg(timeoutMs));
        }
        pause(delay);
        delay = std::min(delay * 2, 500);
    }
}

Result<QList<Log>> EthClient::logs(const Address &address, quint64 fromBlock, quint64 toBlock,
                                   const QList<QByteArray> &topic0s)
{
    QJsonObject filter{{QStringLiteral("address"), address.toLowerHex()},
                       {QStringLiteral("fromBlock"), quantityString(fromBlock)},
                       {QStringLiteral("toBlock"), quantityString(toBlock)}};
    if (!topic0s.isEmpty()) {
        QJsonArray any;
        for (const QByteArray &t : topic0s) {
            any.append(toHex(t, true));
        }
        filter.insert(QStringLiteral("topics"), QJsonArray{any});
    }
    auto r = m_rpc.callBlocking(QStringLiteral("eth_getLogs"), {filter});
    if (!r) {
        return r.error();
    }
    if (!r.value().isArray()) {
        return notLedger(QStringLiteral("log list"));
    }
    QList<Log> out;
    for (const QJsonValue &v : r.value().toArray()) {
        auto log = parseLog(v);
        if (!log) {
            return log.error();
        }
        out.append(log.value());
    }
    return out;
}

Result<Fees> EthClient::fees()
{
    auto block =
        m_rpc.callBlocking(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    if (!block) {
        return block.error();
    }
    Fees f;
    const QJsonValue base = block.value().toObject().value(QStringLiteral("baseFeePerGas"));
    if (base.isString()) {
        auto b = quantity(base);
        if (!b) {
            return b.error();
        }
        f.baseFee = b.value();
        auto tip = m_rpc.callBlocking(QStringLiteral("eth_maxPriorityFeePerGas"), {});
        if (tip) {
            auto t = quantity(tip.value());
            f.maxPriorityFee = t ? t.value() : 0;
        }
    } else {
        f.eip1559 = false;
        auto price = m_rpc.callBlocking(QStringLiteral("eth_gasPrice"), {});
        if (!price) {
            return price.error();
        }
        auto p = quantity(price.value());
        if (!p) {
            return p.error();
        }
        f.gasPrice = p.value();
    }
    return f;
}

} // namespace passbook::ledger

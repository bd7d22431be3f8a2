#include "Merkle.h"

#include "crypto/Digest.h"
#include "crypto/Hex.h"
#include "crypto/Jcs.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace passbook::fhir::merkle {

QByteArray leafHash(const QJsonObject &resource)
{
    return leafHashOfCanonical(crypto::canonicalJson(resource));
}

QByteArray leafHashOfCanonical(const QByteArray &canonical)
{
    QByteArray input;
    input.reserve(canonical.size() + 1);
    input.append(char(0x00));
    input.append(canonical);
    return crypto::sha256(input);
}

QByteArray nodeHash(const QByteArray &left, const QByteArray &right)
{
    QByteArray input;
    input.reserve(65);
    input.append(char(0x01));
    input.append(left);
    input.append(right);
    return crypto::sha256(input);
}

Tree::Tree(QList<QByteArray> leaves)
{
    if (leaves.isEmpty()) {
        return;
    }
    m_levels.append(std::move(leaves));
    while (m_levels.last().size() > 1) {
        const QList<QByteArray> &below = m_levels.last();
        QList<QByteArray> level;
        level.reserve((below.size() + 1) / 2);
        for (qsizetype i = 0; i + 1 < below.size(); i += 2) {
            level.append(nodeHash(below[i], below[i + 1]));
        }
        if (below.size() % 2 == 1) {
            level.append(below.last()); // promoted
        }
        m_levels.append(std::move(level));
    }
}

QByteArray Tree::root() const
{
    return m_levels.isEmpty() ? QByteArray() : m_levels.last().first();
}

QList<Step> Tree::proof(int index) const
{
    QList<Step> path;
    if (index < 0 || index >= leafCount()) {
        return path;
    }
    qsizetype i = index;
    for (qsizetype level = 0; level + 1 < m_levels.size(); ++level) {
        const QList<QByteArray> &nodes = m_levels[level];
        if (i % 2 == 1) {
            path.append({true, nodes[i - 1]});
        } else if (i + 1 < nodes.size()) {
            path.append({false, nodes[i + 1]});
        } // else: the last node of an odd level, promoted without a sibling
        i /= 2;
    }
    return path;
}

QByteArray rootFromProof(const QByteArray &leaf, const QList<Step> &path)
{
    QByteArray node = leaf;
    for (const Step &step : path) {
        node = step.siblingOnLeft ? nodeHash(step.hash, node) : nodeHash(node, step.hash);
    }
    return node;
}

QStringList encodePath(const QList<Step> &path)
{
    QStringList out;
    out.reserve(path.size());
    for (const Step &step : path) {
        out.append((step.siblingOnLeft ? QStringLiteral("L:") : QStringLiteral("R:")) +
                   crypto::toHex(step.hash, true));
    }
    return out;
}

Result<QList<Step>> decodePath(const QJsonValue &value)
{
    const auto bad = [](const QString &why) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("passbook", "The record's integrity proof is malformed."),
                     why};
    };
    if (!value.isArray()) {
        return bad(QStringLiteral("proof path is not an array"));
    }
    const QJsonArray items = value.toArray();
    if (items.size() > 64) {
        return bad(QStringLiteral("proof path longer than 64 steps"));
    }
    QList<Step> path;
    for (const QJsonValue &item : items) {
        const QString text = item.toString();
        if (text.size() != 68 ||
            (!text.startsWith(QLatin1String("L:0x")) && !text.startsWith(QLatin1String("R:0x")))) {
            return bad(QStringLiteral("proof step is not L:0x<32 bytes> or R:0x<32 bytes>"));
        }
        auto hash = crypto::fromHex(QStringView(text).mid(2));
        if (!hash || hash->size() != 32) {
            return bad(QStringLiteral("proof step is not hex"));
        }
        path.append({text.front() == QLatin1Char('L'), *hash});
    }
    return path;
}

} // namespace passbook::fhir::merkle

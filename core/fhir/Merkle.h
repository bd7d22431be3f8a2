#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace passbook::fhir {

// The record-integrity tree of DESIGN.md §5: leaf = SHA-256(0x00 ‖ JCS(resource)),
// node = SHA-256(0x01 ‖ left ‖ right), an odd node at the end of a level is promoted unchanged.
//
// A proof is the list of siblings from the leaf up. Because promoted levels have no sibling, each
// step says on which side its sibling sits: "L:0x…" (sibling on the left) or "R:0x…".
namespace merkle {

struct Step
{
    bool siblingOnLeft = false;
    QByteArray hash; // 32 bytes
};

[[nodiscard]] QByteArray leafHash(const QJsonObject &resource);
// The leaf of a resource already in RFC 8785 canonical form.
[[nodiscard]] QByteArray leafHashOfCanonical(const QByteArray &canonical);
[[nodiscard]] QByteArray nodeHash(const QByteArray &left, const QByteArray &right);

// Every level of the tree, leaves first; the root is levels.last().first().
class Tree
{
public:
    explicit Tree(QList<QByteArray> leaves);
    [[nodiscard]] QByteArray root() const;
    [[nodiscard]] int leafCount() const { return m_levels.isEmpty() ? 0 : int(m_levels.first().size()); }
    [[nodiscard]] QList<Step> proof(int index) const;

private:
    QList<QList<QByteArray>> m_levels;
};

[[nodiscard]] QByteArray rootFromProof(const QByteArray &leaf, const QList<Step> &path);
[[nodiscard]] QStringList encodePath(const QList<Step> &path);
[[nodiscard]] Result<QList<Step>> decodePath(const QJsonValue &value);

} // namespace merkle
} // namespace passbook::fhir

#include "VaultHeader.h"

#include "AtomicFile.h"
#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace passbook::vault {

using crypto::SecureBuffer;

namespace {

Error damaged(const QString &detail)
{
    return makeError(ErrorCode::Damaged,
                     QCoreApplication::translate(
                         "passbook",
                         "The vault file on this device is damaged or was changed, so it cannot be "
                         "opened. If you have your 24-word recovery phrase, restore from it."),
                     detail);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> unb64(const QJsonValue &v)
{
    if (!v.isString()) {
        return std::nullopt;
    }
    auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r) {
        return std::nullopt;
    }
    return *r;
}

QByteArray prefix(const VaultHeader &h)
{
    return VaultHeader::kFormat.toUtf8() + '|' + QByteArray::number(VaultHeader::kVersion) + '|' +
           h.vaultId.toLatin1() + '|' + h.address.toLowerHex().toLatin1() + '|';
}

} // namespace

const KeySlot *VaultHeader::slot(const QString &name) const
{
    for (const KeySlot &s : keySlots) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

QByteArray VaultHeader::slotAssociatedData(const KeySlot &s) const
{
    return prefix(*this) + "slot=" + s.name.toUtf8() + '|' + s.kdf.canonical();
}

QByteArray VaultHeader::identityAssociatedData() const
{
    return prefix(*this) + "identity|language=" + language.toUtf8();
}

QJsonObject VaultHeader::body() const
{
    QJsonArray slotArray;
    for (const KeySlot &s : keySlots) {
        QJsonObject o{{QStringLiteral("name"), s.name}, {QStringLiteral("wrappedKey"), b64(s.wrappedKey)}};
        if (s.name == QLatin1String("password")) {
            o.insert(QStringLiteral("kdf"), s.kdf.toJson());
        }
        slotArray.append(o);
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("vaultId"), vaultId},
        {QStringLiteral("address"), address.toChecksumString()},
        {QStringLiteral("language"), language},
        {QStringLiteral("created"), created},
        {QStringLiteral("writeCounter"), QString::number(writeCounter)},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("autoLockSeconds"), autoLockSeconds}}},
        {QStringLiteral("keySlots"), slotArray},
        {QStringLiteral("identity"), b64(sealedIdentity)},
    };
}

QByteArray VaultHeader::toJson() const
{
    // QJsonObject keeps keys sorted, so the compact body is canonical.
    const QByteArray canonical = QJsonDocument(body()).toJson(QJsonDocument::Compact);
    QJsonObject full = body();
    full.insert(QStringLiteral("checksum"), QString::fromLatin1(crypto::sha256(canonical).toHex()));
    full.insert(QStringLiteral("mac"), b64(mac));
    return QJsonDocument(full).toJson(QJsonDocument::Indented);
}

Result<VaultHeader> VaultHeader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return damaged(QStringLiteral("header is not a JSON object (%1)").arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat) {
        return damaged(QStringLiteral("not a vault header"));
    }
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version > kVersion) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "passbook",
                             "This vault was written by a newer version of Health Passbook. Update the "
                             "app to open it."),
                         QStringLiteral("header version %1").arg(version));
    }
    if (version != kVersion) {
        return damaged(QStringLiteral("unknown header version"));
    }
    VaultHeader h;
    h.vaultId = o.value(QStringLiteral("vaultId")).toString();
    auto address = crypto::Address::fromString(o.value(QStringLiteral("address")).toString());
    if (!address) {
        return damaged(QStringLiteral("address field"));
    }
    h.address = address.value();
    h.language = o.value(QStringLiteral("language")).toString();
    h.created = o.value(QStringLiteral("created")).toString();
    bool counterOk = false;
    h.writeCounter = o.value(QStringLiteral("writeCounter")).toString().toLongLong(&counterOk);
    h.autoLockSeconds =
        o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("autoLockSeconds")).toInt(-1);
    const auto identity = unb64(o.value(QStringLiteral("identity")));
    const auto mac = unb64(o.value(QStringLiteral("mac")));
    if (h.vaultId.size() != 32 || !counterOk || h.writeCounter < 0 || h.autoLockSeconds < 0 || !identity ||
        !mac) {
        return damaged(QStringLiteral("missing or malformed fields"));
    }
    h.sealedIdentity = *identity;
    h.mac = *mac;
    for (const QJsonValue &v : o.value(QStringLiteral("keySlots")).toArray()) {
        const QJsonObject so = v.toObject();
        KeySlot s;
        s.name = so.value(QStringLiteral("name")).toString();
        const auto wrapped = unb64(so.value(QStringLiteral("wrappedKey")));
        if (s.name.isEmpty() || !wrapped) {
            return damaged(QStringLiteral("malformed key slot"));
        }
        s.wrappedKey = *wrapped;
        if (s.name == QLatin1String("password")) {
            auto kdf = crypto::KdfParams::fromJson(so.value(QStringLiteral("kdf")).toObject());
            if (!kdf) {
                return damaged(kdf.error().detail);
            }
            s.kdf = kdf.value();
        }
        h.keySlots.append(s);
    }
    if (!h.slot(QStringLiteral("password"))) {
        return damaged(QStringLiteral("no password slot"));
    }
    const QByteArray canonical = QJsonDocument(h.body()).toJson(QJsonDocument::Compact);
    if (QString::fromLatin1(crypto::sha256(canonical).toHex()) !=
        o.value(QStringLiteral("checksum")).toString()) {
        return damaged(QStringLiteral("header checksum mismatch"));
    }
    return h;
}

QByteArray VaultHeader::computeMac(const SecureBuffer &vaultKey) const
{
    const SecureBuffer macKey = deriveSubkey(vaultKey, 2, "PBHDRMAC");
    const QByteArray canonical = QJsonDocument(body()).toJson(QJsonDocument::Compact);
    QByteArray out(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(out.data()),
                reinterpret_cast<const unsigned char *>(canonical.constData()),
                static_cast<unsigned long long>(canonical.size()), macKey.data());
    return out;
}

bool VaultHeader::verifyMac(const SecureBuffer &vaultKey) const
{
    const QByteArray expected = computeMac(vaultKey);
    return mac.size() == expected.size() &&
           sodium_memcmp(mac.constData(), expected.constData(), std::size_t(mac.size())) == 0;
}

Result<VaultHeader> VaultHeader::load(const QString &path)
{
    QFile f(path);
    if (!f.exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("passbook", "There is no vault on this device yet."),
                         QStringLiteral("no header file"));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate(
                "passbook", "The vault file cannot be read. Check that the app may read its data folder."),
            f.errorString());
    }
    constexpr qint64 kMaxHeader = 1 << 20;
    if (f.size() > kMaxHeader) {
        return damaged(QStringLiteral("header too large"));
    }
    return fromJson(f.readAll());
}

Result<void> VaultHeader::save(const QString &path) const
{
    QString why;
    if (!saveAtomically(path, toJson(), &why)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "passbook",
                             "The vault could not be saved: the device's storage is full or read-only. "
                             "Nothing was changed; free some space and try again."),
                         why);
    }
    return {};
}

SecureBuffer deriveSubkey(const SecureBuffer &vaultKey, quint64 id, const char context[8])
{
    crypto::ensureSodium();
    SecureBuffer out(32);
    crypto_kdf_derive_from_key(out.data(), out.size(), id, context, vaultKey.data());
    return out;
}

SecureBuffer databaseKey(const SecureBuffer &vaultKey)
{
    return deriveSubkey(vaultKey, 1, "PBDBKEY0");
}

} // namespace passbook::vault

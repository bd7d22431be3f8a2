#pragma once

#include "crypto/Hex.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace passbook::test {

inline QByteArray unhex(const char *hex)
{
    return *crypto::fromHex(QString::fromLatin1(hex));
}

inline QString hex(QByteArrayView bytes)
{
    return crypto::toHex(bytes);
}

inline QString hex(const crypto::SecureBuffer &buffer)
{
    return crypto::toHex(buffer.view());
}

} // namespace passbook::test

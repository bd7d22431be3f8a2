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

// Verifies a Result is ok, printing the error's log detail (never secrets) when it is not.
#define PB_VERIFY_OK(expr)                                                                                   \
    do {                                                                                                     \
        const auto &pbResult_ = (expr);                                                                      \
        QVERIFY2(pbResult_.ok(), pbResult_.ok() ? "" : qPrintable(pbResult_.error().detail));                \
    } while (false)

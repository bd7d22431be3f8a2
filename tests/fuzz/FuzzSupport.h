#pragma once

// What every fuzz target shares: a Qt application object (some Qt APIs want one), and the input as
// bytes or as the UTF-8 text a parser of text would be handed.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace passbook::fuzz {

inline void initQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    (void)app;
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property that must hold for every input: a failure is a finding, like a crash.
inline void require(bool holds)
{
    if (!holds) {
        std::abort();
    }
}

} // namespace passbook::fuzz

#define PASSBOOK_FUZZ_INIT                                                                                   \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                             \
    {                                                                                                        \
        passbook::fuzz::initQt(argc, argv);                                                                  \
        return 0;                                                                                            \
    }

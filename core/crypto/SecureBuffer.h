#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace passbook::crypto {

// Key material lives here and nowhere else: memory from sodium_malloc (guard pages, mlock'd,
// zeroed when freed), move-only, never converted to QString or QVariant.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer copyOf(const void *data, std::size_t size);
    static SecureBuffer copyOf(QByteArrayView bytes)
    {
        return copyOf(bytes.data(), std::size_t(bytes.size()));
    }
    static SecureBuffer random(std::size_t size);

    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    ~SecureBuffer();

    [[nodiscard]] SecureBuffer clone() const { return copyOf(m_data, m_size); }
    [[nodiscard]] std::uint8_t *data() { return m_data; }
    [[nodiscard]] const std::uint8_t *data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // A view for passing to functions that read bytes; do not store it in a QByteArray.
    [[nodiscard]] QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
    }
    // Constant-time comparison.
    [[nodiscard]] bool equals(const SecureBuffer &other) const;
    void wipe();

    // How many secure buffers hold memory in this process right now: a test's way to see that
    // locking really freed (and so zeroed) every key, not only that a flag changed.
    [[nodiscard]] static std::size_t liveCount();

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

// Zeroes the bytes a QByteArray points at, where they are: for a buffer shared with a library that
// was handed it (QtKeychain's jobs), where data() would detach and zero a fresh copy instead. Not for
// QByteArrayLiteral or fromRawData (read-only memory).
void wipeInPlace(const QByteArray &bytes);

// Ensures libsodium is initialised; every crypto entry point calls it.
void ensureSodium();

} // namespace passbook::crypto

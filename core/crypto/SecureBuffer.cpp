#include "SecureBuffer.h"

#include <sodium.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>

namespace passbook::crypto {

namespace {
std::atomic<std::size_t> s_live{0};
} // namespace

std::size_t SecureBuffer::liveCount()
{
    return s_live.load();
}

void ensureSodium()
{
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready) {
        std::abort(); // no safe way to continue without a working random source
    }
}

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
    m_size = size;
    s_live.fetch_add(1);
}

SecureBuffer SecureBuffer::copyOf(const void *data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size) {
        std::memcpy(buffer.m_data, data, size);
    }
    return buffer;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (size) {
        randombytes_buf(buffer.m_data, size);
    }
    return buffer;
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBuffer::~SecureBuffer()
{
    wipe();
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void wipeInPlace(const QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    }
}

void SecureBuffer::wipe()
{
    if (m_data) {
        sodium_free(m_data); // zeroes before freeing
        s_live.fetch_sub(1);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace passbook::crypto

#include "Secp256k1Context.h"

#include "SecureBuffer.h"

#include <QtGlobal>

#include <secp256k1.h>

namespace passbook::crypto {

const secp256k1_context *secp256k1Context()
{
    static const secp256k1_context *ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        SecureBuffer seed = SecureBuffer::random(32);
        if (!secp256k1_context_randomize(c, seed.data())) {
            qFatal("secp256k1 context randomisation failed");
        }
        return c;
    }();
    return ctx;
}

} // namespace passbook::crypto

#pragma once

struct secp256k1_context_struct;

namespace passbook::crypto {

// One process-wide libsecp256k1 context, randomised once (side-channel blinding).
[[nodiscard]] const secp256k1_context_struct *secp256k1Context();

} // namespace passbook::crypto

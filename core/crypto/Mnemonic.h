#pragma once

#include "SecureBuffer.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace passbook::crypto {

// BIP-39 wordlists shipped in resources/bip39 (from Debian's python3-mnemonic, MIT).
enum class WordlistLanguage
{
    English,
    TraditionalChinese,
    Korean
};

[[nodiscard]] QString languageCode(WordlistLanguage language); // "en", "zh_TW", "ko"
[[nodiscard]] std::optional<WordlistLanguage> languageFromCode(QStringView code);

// A BIP-39 recovery phrase. Only the entropy is kept, in secure memory; words are produced on
// demand for display and the seed for key derivation.
class Mnemonic
{
public:
    static constexpr int kWords = 24; // 256-bit entropy, the only length the app creates

    [[nodiscard]] static Mnemonic generate(WordlistLanguage language);
    // Entropy of 16, 20, 24, 28 or 32 bytes.
    [[nodiscard]] static Result<Mnemonic> fromEntropy(SecureBuffer entropy, WordlistLanguage language);
    // Parses words typed by a person: case, extra spaces and Unicode composition are forgiven; the
    // language is recognised from the words unless given. Errors name the word's position.
    [[nodiscard]] static Result<Mnemonic> parse(QStringView phrase,
                                                std::optional<WordlistLanguage> language = std::nullopt);

    [[nodiscard]] WordlistLanguage language() const { return m_language; }
    [[nodiscard]] const SecureBuffer &entropy() const { return m_entropy; }
    [[nodiscard]] int wordCount() const { return int(m_entropy.size() * 8 + m_entropy.size() / 4) / 11; }
    // The words, for showing to the person once. Key material: do not log, store or keep them.
    [[nodiscard]] QStringList words() const;
    // BIP-39 seed: PBKDF2-HMAC-SHA512(NFKD(phrase), "mnemonic" + NFKD(passphrase), 2048) -> 64 bytes.
    [[nodiscard]] SecureBuffer seed(QStringView passphrase = {}) const;

private:
    SecureBuffer m_entropy;
    WordlistLanguage m_language = WordlistLanguage::English;
};

} // namespace passbook::crypto

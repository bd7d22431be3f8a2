#include "Mnemonic.h"

#include "Digest.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <cstring>
#include <mutex>

namespace passbook::crypto {

namespace {

struct Wordlist
{
    QStringList words;          // for display, NFC
    QList<QByteArray> seedForm; // NFKD UTF-8: what the seed's PBKDF2 reads
    QHash<QString, int> lookup; // NFKD lower-case -> index
};

QString resourcePath(WordlistLanguage language)
{
    switch (language) {
    case WordlistLanguage::English:
        return QStringLiteral(":/passbook/bip39/english.txt");
    case WordlistLanguage::TraditionalChinese:
        return QStringLiteral(":/passbook/bip39/chinese_traditional.txt");
    case WordlistLanguage::Korean:
        return QStringLiteral(":/passbook/bip39/korean.txt");
    }
    return {};
}

QString normalizeWord(QStringView word)
{
    return word.toString().normalized(QString::NormalizationForm_KD).toLower();
}

const Wordlist &wordlist(WordlistLanguage language)
{
    static std::array<Wordlist, 3> lists;
    static std::once_flag once;
    std::call_once(once, [] {
        for (auto lang :
             {WordlistLanguage::English, WordlistLanguage::TraditionalChinese, WordlistLanguage::Korean}) {
            QFile file(resourcePath(lang));
            if (!file.open(QIODevice::ReadOnly)) {
                qFatal("BIP-39 wordlist resource missing");
            }
            Wordlist &list = lists[std::size_t(lang)];
            const QStringList lines =
                QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                const QString w = line.trimmed();
                list.lookup.insert(normalizeWord(w), int(list.words.size()));
                // shown composed (NFC), so Hangul renders as syllables; the seed uses NFKD anyway
                list.words.append(w.normalized(QString::NormalizationForm_C));
                list.seedForm.append(w.normalized(QString::NormalizationForm_KD).toUtf8());
            }
            if (list.words.size() != 2048) {
                qFatal("BIP-39 wordlist has the wrong length");
            }
        }
    });
    return lists[std::size_t(language)];
}

QString languageName(WordlistLanguage language)
{
    switch (language) {
    case WordlistLanguage::English:
        return QStringLiteral("English");
    case WordlistLanguage::TraditionalChinese:
        return QStringLiteral("Traditional Chinese");
    case WordlistLanguage::Korean:
        return QStringLiteral("Korean");
    }
    return {};
}

bool validEntropySize(std::size_t n)
{
    return n >= 16 && n <= 32 && n % 4 == 0;
}

// The words' indices (11 bits each, from the entropy and its checksum), two bytes each, big-endian,
// in secure memory: the phrase itself, before any string holds it.
SecureBuffer wordIndices(const SecureBuffer &entropy)
{
    QByteArray checksum = sha256(entropy.view());
    const std::size_t entBits = entropy.size() * 8;
    const std::size_t count = (entBits + entBits / 32) / 11;
    auto bit = [&](std::size_t i) -> int {
        if (i < entBits) {
            return (entropy.data()[i / 8] >> (7 - i % 8)) & 1;
        }
        const std::size_t j = i - entBits;
        return (static_cast<unsigned char>(checksum[qsizetype(j / 8)]) >> (7 - j % 8)) & 1;
    };
    SecureBuffer out(count * 2);
    for (std::size_t w = 0; w < count; ++w) {
        int index = 0;
        for (std::size_t b = 0; b < 11; ++b) {
            index = (index << 1) | bit(w * 11 + b);
        }
        out.data()[2 * w] = std::uint8_t(index >> 8);
        out.data()[2 * w + 1] = std::uint8_t(index & 0xff);
    }
    checksum.fill('\0');
    return out;
}

int indexAt(const SecureBuffer &indices, std::size_t w)
{
    return (indices.data()[2 * w] << 8) | indices.data()[2 * w + 1];
}

} // namespace

QString languageCode(WordlistLanguage language)
{
    switch (language) {
    case WordlistLanguage::English:
        return QStringLiteral("en");
    case WordlistLanguage::TraditionalChinese:
        return QStringLiteral("zh_TW");
    case WordlistLanguage::Korean:
        return QStringLiteral("ko");
    }
    return {};
}

std::optional<WordlistLanguage> languageFromCode(QStringView code)
{
    if (code == u"en") {
        return WordlistLanguage::English;
    }
    if (code == u"zh_TW") {
        return WordlistLanguage::TraditionalChinese;
    }
    if (code == u"ko") {
        return WordlistLanguage::Korean;
    }
    return std::nullopt;
}

Mnemonic Mnemonic::generate(WordlistLanguage language)
{
    return std::move(fromEntropy(SecureBuffer::random(32), language)).value();
}

Result<Mnemonic> Mnemonic::fromEntropy(SecureBuffer entropy, WordlistLanguage language)
{
    if (!validEntropySize(entropy.size())) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "The recovery data has the wrong length."),
                         QStringLiteral("entropy must be 16..32 bytes in steps of 4"));
    }
    Mnemonic m;
    m.m_entropy = std::move(entropy);
    m.m_language = language;
    return m;
}

QStringList Mnemonic::words() const
{
    const Wordlist &list = wordlist(m_language);
    const SecureBuffer indices = wordIndices(m_entropy);
    QStringList out;
    for (std::size_t w = 0; w < indices.size() / 2; ++w) {
        out.append(list.words[indexAt(indices, w)]); // shares the wordlist's string: no new copy
    }
    return out;
}

Result<Mnemonic> Mnemonic::parse(QStringView phrase, std::optional<WordlistLanguage> language)
{
    // Split on any white space, including the ideographic space people type with CJK keyboards.
    QStringList words;
    for (const QString &w :
         phrase.toString().split(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")), Qt::SkipEmptyParts)) {
        words.append(normalizeWord(w));
    }
    const int count = int(words.size());
    if (count != 12 && count != 15 && count != 18 && count != 21 && count != 24) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "passbook", "A recovery phrase has 24 words (older wallets: 12, 15, 18 or 21); "
                                         "this one has %1. Check that no word is missing or doubled.")
                             .arg(count),
                         QStringLiteral("mnemonic word count %1").arg(count));
    }
    if (!language) {
        // The language whose list knows the most words; ties go to English.
        int best = -1;
        for (auto lang :
             {WordlistLanguage::English, WordlistLanguage::TraditionalChinese, WordlistLanguage::Korean}) {
            const Wordlist &list = wordlist(lang);
            const int known = int(std::count_if(words.begin(), words.end(),
                                                [&](const QString &w) { return list.lookup.contains(w); }));
            if (known > best) {
                best = known;
                language = lang;
            }
        }
    }
    const Wordlist &list = wordlist(*language);
    std::vector<int> indices;
    for (int i = 0; i < count; ++i) {
        const auto it = list.lookup.constFind(words[i]);
        if (it == list.lookup.constEnd()) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("passbook",
                                            "Word %1 is not in the %2 recovery word list. Check its spelling "
                                            "against what you wrote down.")
                    .arg(i + 1)
                    .arg(languageName(*language)),
                QStringLiteral("unknown mnemonic word at position %1").arg(i + 1));
        }
        indices.push_back(*it);
    }
    const std::size_t totalBits = std::size_t(count) * 11;
    const std::size_t csBits = totalBits / 33;
    const std::size_t entBits = totalBits - csBits;
    SecureBuffer entropy(entBits / 8);
    unsigned checksumBits = 0;
    for (std::size_t i = 0; i < totalBits; ++i) {
        const int b = (indices[i / 11] >> (10 - i % 11)) & 1;
        if (i < entBits) {
            entropy.data()[i / 8] |= std::uint8_t(b << (7 - i % 8));
        } else {
            checksumBits = (checksumBits << 1) | unsigned(b);
        }
    }
    const unsigned expected = static_cast<unsigned char>(sha256(entropy.view())[0]) >> (8 - csBits);
    if (expected != checksumBits) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "passbook",
                             "Every word is a valid recovery word, but together they do not add up: "
                             "the checksum carried by word %1 does not match. One of the words is "
                             "wrong or two are swapped; compare them one by one with what you "
                             "wrote down.")
                             .arg(count),
                         QStringLiteral("mnemonic checksum mismatch"));
    }
    return fromEntropy(std::move(entropy), *language);
}

SecureBuffer Mnemonic::seed(QStringView passphrase) const
{
    // NFKD(phrase) is the words' NFKD forms joined by spaces, assembled in secure memory: no
    // QString of the phrase is made at unlock (and left behind in freed memory).
    const Wordlist &list = wordlist(m_language);
    const SecureBuffer indices = wordIndices(m_entropy);
    const std::size_t count = indices.size() / 2;
    std::size_t length = count - 1;
    for (std::size_t w = 0; w < count; ++w) {
        length += std::size_t(list.seedForm[indexAt(indices, w)].size());
    }
    SecureBuffer phrase(length);
    std::size_t at = 0;
    for (std::size_t w = 0; w < count; ++w) {
        const QByteArray &word = list.seedForm[indexAt(indices, w)];
        if (w > 0) {
            phrase.data()[at++] = ' ';
        }
        std::memcpy(phrase.data() + at, word.constData(), std::size_t(word.size()));
        at += std::size_t(word.size());
    }
    const QByteArray salt = QByteArrayLiteral("mnemonic") +
                            passphrase.toString().normalized(QString::NormalizationForm_KD).toUtf8();
    return pbkdf2HmacSha512(phrase.view(), salt, 2048, 64);
}

} // namespace passbook::crypto

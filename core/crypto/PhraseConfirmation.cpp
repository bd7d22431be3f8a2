#include "PhraseConfirmation.h"

#include <sodium.h>

#include <algorithm>

namespace passbook::crypto {

namespace {
QString normalized(const QString &word)
{
    return word.trimmed().normalized(QString::NormalizationForm_KD).toLower();
}
} // namespace

PhraseConfirmation::PhraseConfirmation(const Mnemonic &mnemonic, int asked) : m_words(mnemonic.words())
{
    asked = std::clamp(asked, 0, int(m_words.size()));
    while (m_positions.size() < asked) {
        const int p = int(randombytes_uniform(std::uint32_t(m_words.size())));
        if (!m_positions.contains(p)) {
            m_positions.append(p);
        }
    }
    std::sort(m_positions.begin(), m_positions.end());
}

PhraseConfirmation::PhraseConfirmation(PhraseConfirmation &&other) noexcept
    : m_words(std::move(other.m_words)), m_positions(std::move(other.m_positions))
{
    other.m_words.clear();
    other.m_positions.clear();
}

PhraseConfirmation &PhraseConfirmation::operator=(PhraseConfirmation &&other) noexcept
{
    if (this != &other) {
        clear();
        m_words = std::move(other.m_words);
        m_positions = std::move(other.m_positions);
        other.m_words.clear();
        other.m_positions.clear();
    }
    return *this;
}

Result<void> PhraseConfirmation::check(const QStringList &answers) const
{
    if (m_positions.isEmpty() || answers.size() != m_positions.size()) {
        return makeError(ErrorCode::InvalidInput, tr("Fill in every word that is asked for."),
                         QStringLiteral("confirmation incomplete"));
    }
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const int position = m_positions[i];
        if (normalized(answers[i]) != normalized(m_words.value(position))) {
            return makeError(
                ErrorCode::InvalidInput,
                tr("Word %1 does not match what was shown. Look at what you wrote down and try again.")
                    .arg(position + 1),
                QStringLiteral("confirmation mismatch"));
        }
    }
    return {};
}

void PhraseConfirmation::clear()
{
    for (QString &w : m_words) {
        w.fill(QChar(u' '));
    }
    m_words.clear();
    m_positions.clear();
}

} // namespace passbook::crypto

#pragma once

#include "Mnemonic.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace passbook::crypto {

// The check, after a new recovery phrase is shown, that it was written down: three distinct
// positions, drawn at random and asked in order; an answer matches its word whatever its case,
// surrounding spaces or Unicode composition. Holds the words only until clear() (or destruction),
// overwriting them.
class PhraseConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(PhraseConfirmation)

public:
    PhraseConfirmation() = default;
    explicit PhraseConfirmation(const Mnemonic &mnemonic, int asked = 3);
    ~PhraseConfirmation() { clear(); }
    PhraseConfirmation(const PhraseConfirmation &) = delete;
    PhraseConfirmation &operator=(const PhraseConfirmation &) = delete;
    PhraseConfirmation(PhraseConfirmation &&other) noexcept;
    PhraseConfirmation &operator=(PhraseConfirmation &&other) noexcept;

    // For showing once. Key material: do not log, store or keep them.
    [[nodiscard]] const QStringList &words() const { return m_words; }
    // Zero-based, ascending.
    [[nodiscard]] const QList<int> &positions() const { return m_positions; }
    // One answer per position, in order; the error names the first word that does not match.
    [[nodiscard]] Result<void> check(const QStringList &answers) const;
    void clear();

private:
    QStringList m_words;
    QList<int> m_positions;
};

} // namespace passbook::crypto

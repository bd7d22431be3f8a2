// crypto::PhraseConfirmation: which words of a new recovery phrase are asked back, and what counts
// as writing them down right.
#include "crypto/PhraseConfirmation.h"

#include <QSet>
#include <QTest>

using namespace passbook;
using crypto::Mnemonic;
using crypto::PhraseConfirmation;
using crypto::WordlistLanguage;

class TestPhraseConfirmation : public QObject
{
    Q_OBJECT
private slots:
    void asksThreeDistinctPositionsInOrder()
    {
        QSet<int> seen;
        for (int round = 0; round < 200; ++round) {
            const PhraseConfirmation c(Mnemonic::generate(WordlistLanguage::English));
            QCOMPARE(c.words().size(), Mnemonic::kWords);
            QCOMPARE(c.positions().size(), 3);
            for (int i = 0; i < 3; ++i) {
                QVERIFY(c.positions()[i] >= 0 && c.positions()[i] < Mnemonic::kWords);
                QVERIFY(i == 0 || c.positions()[i - 1] < c.positions()[i]);
                seen.insert(c.positions()[i]);
            }
        }
        QVERIFY(seen.size() > 20); // drawn at random, not always the same words
    }

    void forgivesCaseSpacesAndCompositionNotAnotherWord()
    {
        const PhraseConfirmation c(Mnemonic::generate(WordlistLanguage::English));
        QStringList answers;
        for (int p : c.positions()) {
            answers << QStringLiteral("  ") + c.words()[p].toUpper() + QStringLiteral(" ");
        }
        QVERIFY(c.check(answers).ok());
        QStringList wrong = answers;
        wrong[1] = c.words()[c.positions()[1]] + QStringLiteral("x");
        const auto refused = c.check(wrong);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QString::number(c.positions()[1] + 1)));
        QVERIFY(!c.check(answers.mid(0, 2)).ok()); // every word asked for
        QVERIFY(!c.check({}).ok());

        // Korean words typed decomposed (NFD) still match
        const PhraseConfirmation ko(Mnemonic::generate(WordlistLanguage::Korean));
        QStringList typed;
        for (int p : ko.positions()) {
            typed << ko.words()[p].normalized(QString::NormalizationForm_D);
        }
        QVERIFY(ko.check(typed).ok());
    }

    void holdsTheWordsOnlyUntilCleared()
    {
        PhraseConfirmation c(Mnemonic::generate(WordlistLanguage::English));
        PhraseConfirmation moved = std::move(c);
        QVERIFY(c.words().isEmpty() && c.positions().isEmpty());
        QCOMPARE(moved.words().size(), Mnemonic::kWords);
        moved.clear();
        QVERIFY(moved.words().isEmpty() && moved.positions().isEmpty());
        QVERIFY(!moved.check({QStringLiteral("abandon")}).ok()); // nothing left to confirm
        QVERIFY(PhraseConfirmation().positions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhraseConfirmation)
#include "tst_phraseconfirmation.moc"

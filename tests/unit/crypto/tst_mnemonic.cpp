#include "TestHelpers.h"
#include "crypto/Mnemonic.h"

#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

namespace {
Mnemonic fromHexEntropy(const char *hex, WordlistLanguage lang = WordlistLanguage::English)
{
    return std::move(Mnemonic::fromEntropy(SecureBuffer::copyOf(test::unhex(hex)), lang)).value();
}
QString repeat(const QString &word, int n, const QString &last)
{
    QStringList words;
    for (int i = 0; i < n; ++i) {
        words << word;
    }
    words << last;
    return words.join(QLatin1Char(' '));
}
} // namespace

class TestMnemonic : public QObject
{
    Q_OBJECT
private slots:
    void trezorVectors_data()
    {
        QTest::addColumn<QString>("entropy");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("seedTrezor");
        QTest::newRow("00x16") << QStringLiteral("00000000000000000000000000000000")
                               << repeat(QStringLiteral("abandon"), 11, QStringLiteral("about"))
                               << QStringLiteral(
                                      "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e5349553"
                                      "1f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04");
        QTest::newRow("7fx16") << QStringLiteral("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")
                               << QStringLiteral(
                                      "legal winner thank year wave sausage worth useful legal winner "
                                      "thank yellow")
                               << QStringLiteral(
                                      "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6f"
                                      "a457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607");
        QTest::newRow("00x32") << QString(QStringLiteral("00").repeated(32))
                               << repeat(QStringLiteral("abandon"), 23, QStringLiteral("art"))
                               << QStringLiteral(
                                      "bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd30971"
                                      "70af7a4d73245cafa9c3cca8d561a7c3de6f5d4a10be8ed2a5e608d68f92fcc8");
        QTest::newRow("7fx32") << QString(QStringLiteral("7f").repeated(32))
                               << QStringLiteral(
                                      "legal winner thank year wave sausage worth useful legal winner "
                                      "thank year wave sausage worth useful legal winner thank year "
                                      "wave sausage worth title")
                               << QStringLiteral(
                                      "bc09fca1804f7e69da93c2f2028eb238c227f2e9dda30cd63699232578480a40"
                                      "21b146ad717fbb7e451ce9eb835f43620bf5c514db0f8add49f5d121449d3e87");
        QTest::newRow("ffx32") << QString(QStringLiteral("ff").repeated(32))
                               << repeat(QStringLiteral("zoo"), 23, QStringLiteral("vote"))
                               << QStringLiteral(
                                      "dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e16"
                                      "13912f0a5b694407be899ffd31ed3992c456cdf60f5d4564b8ba3f05a69890ad");
    }
    void trezorVectors()
    {
        QFETCH(QString, entropy);
        QFETCH(QString, phrase);
        QFETCH(QString, seedTrezor);
        const Mnemonic m = fromHexEntropy(entropy.toLatin1().constData());
        QCOMPARE(m.words().join(QLatin1Char(' ')), phrase);
        QCOMPARE(test::hex(m.seed(u"TREZOR")), seedTrezor);
        auto parsed = Mnemonic::parse(phrase);
        QVERIFY(parsed.ok());
        QCOMPARE(test::hex(parsed.value().entropy()), entropy);
    }

    void emptyPassphraseSeed()
    {
        const Mnemonic m = fromHexEntropy("0000000000000000000000000000000000000000000000000000000000000000");
        QCOMPARE(test::hex(m.seed()),
                 QStringLiteral("408b285c123836004f4b8842c89324c1f01382450c0d439af345ba7fc49acf70"
                                "5489c6fc77dbd4e3dc1dd8cc6bc9f043db8ada1e243c4a0eafb290d399480840"));
    }

    void cjkWordlists()
    {
        // Seeds from python3-mnemonic for all-zero entropy in the Traditional Chinese and Korean lists.
        const Mnemonic zh = fromHexEntropy(QByteArray(QByteArray("00").repeated(32)).constData(),
                                           WordlistLanguage::TraditionalChinese);
        QCOMPARE(zh.words().size(), 24);
        QCOMPARE(zh.words().first(), QStringLiteral("的"));
        QCOMPARE(zh.words().last(), QStringLiteral("性"));
        QCOMPARE(test::hex(zh.seed()),
                 QStringLiteral("bc2bac655c789079ec34be4ac7d8b1fa184d5e72b67592b759bf708198a00d0f"
                                "0fa2664af6215cc5f8ac810d5cdd4d5aee96ef46d54de69e198373e44af953ac"));
        const Mnemonic ko =
            fromHexEntropy(QByteArray(QByteArray("00").repeated(32)).constData(), WordlistLanguage::Korean);
        QCOMPARE(test::hex(ko.seed()),
                 QStringLiteral("d6935f343ac666975806dfa7bd0e45f83a6f0a1a9f4854f440ec090be3ef16ea"
                                "094203ec07a17d8b439bbd2f893db8b83d3e43d459a36c29dfabc2f9f5b24772"));
        // Korean typed on a keyboard arrives composed (NFC); it must still be recognised.
        const QString composed = ko.words().join(QLatin1Char(' ')).normalized(QString::NormalizationForm_C);
        auto parsed = Mnemonic::parse(composed);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().language(), WordlistLanguage::Korean);
        QVERIFY(parsed.value().entropy().equals(ko.entropy()));
        // Chinese separated by ideographic spaces
        auto zhParsed = Mnemonic::parse(zh.words().join(QChar(0x3000)));
        QVERIFY(zhParsed.ok());
        QCOMPARE(zhParsed.value().language(), WordlistLanguage::TraditionalChinese);
    }

    void forgivingInput()
    {
        auto parsed =
            Mnemonic::parse(u"  ABANDON abandon\tabandon abandon abandon abandon\nabandon abandon abandon "
                            u"abandon abandon About  ");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().wordCount(), 12);
    }

    void wrongWordNamesPosition()
    {
        QStringList words =
            repeat(QStringLiteral("abandon"), 23, QStringLiteral("art")).split(QLatin1Char(' '));
        words[6] = QStringLiteral("abandom");
        auto parsed = Mnemonic::parse(words.join(QLatin1Char(' ')));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("Word 7")),
                 qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().detail.contains(QStringLiteral("abandom"))); // logs never see phrase words
    }

    void badChecksum()
    {
        auto parsed = Mnemonic::parse(repeat(QStringLiteral("abandon"), 23, QStringLiteral("abandon")));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(QStringLiteral("checksum")),
                 qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(QStringLiteral("word 24")));
    }

    void wrongCount()
    {
        auto parsed = Mnemonic::parse(repeat(QStringLiteral("abandon"), 21, QStringLiteral("art")));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QStringLiteral("this one has 22")));
        QVERIFY(!Mnemonic::parse(u"").ok());
    }

    void generatedPhrasesRoundTrip()
    {
        for (auto lang :
             {WordlistLanguage::English, WordlistLanguage::TraditionalChinese, WordlistLanguage::Korean}) {
            const Mnemonic m = Mnemonic::generate(lang);
            QCOMPARE(m.wordCount(), 24);
            QCOMPARE(m.entropy().size(), std::size_t(32));
            auto parsed = Mnemonic::parse(m.words().join(QLatin1Char(' ')));
            QVERIFY(parsed.ok());
            QCOMPARE(parsed.value().language(), lang);
            QVERIFY(parsed.value().entropy().equals(m.entropy()));
        }
    }

    void languageCodes()
    {
        QCOMPARE(languageFromCode(u"zh_TW"), WordlistLanguage::TraditionalChinese);
        QCOMPARE(languageCode(WordlistLanguage::Korean), QStringLiteral("ko"));
        QVERIFY(!languageFromCode(u"fr").has_value());
    }
};

QTEST_GUILESS_MAIN(TestMnemonic)
#include "tst_mnemonic.moc"

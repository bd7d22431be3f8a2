#include "vault/PasswordStrength.h"

#include <QTest>

using namespace passbook::vault;

class TestPasswordStrength : public QObject
{
    Q_OBJECT
private slots:
    void scores()
    {
        QCOMPARE(PasswordStrength::estimate(u"").score, 0);
        QVERIFY(!PasswordStrength::estimate(u"abc").acceptable());
        QVERIFY(!PasswordStrength::estimate(u"password").acceptable());
        QVERIFY(!PasswordStrength::estimate(u"12345678").acceptable());
        QVERIFY(!PasswordStrength::estimate(u"aaaaaaaaaaaa").acceptable());
        // what character classes called strong, zxcvbn knows to be a word, a year and a symbol
        QVERIFY(!PasswordStrength::estimate(u"Summer2024!").acceptable());
        QVERIFY(!PasswordStrength::estimate(u"P@ssw0rd123").acceptable());
        QVERIFY(!PasswordStrength::estimate(u"iloveyou2024").acceptable());
        QVERIFY(!PasswordStrength::estimate(u"qwertyuiop[]").acceptable());
        QVERIFY(!PasswordStrength::estimate(u"Healthpassbook1").acceptable()); // the app's own words
        QVERIFY(PasswordStrength::estimate(u"correct horse battery staple").acceptable());
        QCOMPARE(PasswordStrength::estimate(u"correct horse battery staple").score, 4);
        QVERIFY(PasswordStrength::estimate(u"Tr0ub4dor&3x").acceptable());
        // CJK and Hangul passwords count as strong alphabets
        QVERIFY(PasswordStrength::estimate(u"我的健康存摺密碼").acceptable());
        QVERIFY(PasswordStrength::estimate(u"건강수첩비밀번호").acceptable());
    }

    void hintsExplain()
    {
        QVERIFY(PasswordStrength::estimate(u"abc").hint.contains(QStringLiteral("8 characters")));
        QVERIFY(PasswordStrength::estimate(u"correct horse battery staple").hint.isEmpty());
    }

    void moreIsNeverWeaker()
    {
        QString p;
        int last = 0;
        for (QChar c : QStringLiteral("x7#Kq2!mZp9@wL4$")) {
            p += c;
            const int score = PasswordStrength::estimate(p).score;
            QVERIFY(score >= last);
            last = score;
        }
        QCOMPARE(last, 4);
    }
};

QTEST_GUILESS_MAIN(TestPasswordStrength)
#include "tst_passwordstrength.moc"

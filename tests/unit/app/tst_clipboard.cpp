// Copying an address or a code: off the clipboard again after 30 seconds (here, a shorter wait) and
// at quit, unless something else was copied since.
#include "ClipboardController.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using passbook::app::ClipboardController;

class TestClipboard : public QObject
{
    Q_OBJECT
private slots:
    void theDefaultIsThirtySeconds()
    {
        ClipboardController c;
        QCOMPARE(ClipboardController::kClearAfterMs, 30000);
        c.copy(QStringLiteral("0xF278cF59F82eDcf871d630F28EcC8056f25C1cdb"));
        QVERIFY(c.holding());
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("0xF278cF59F82eDcf871d630F28EcC8056f25C1cdb"));
        c.clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void clearedWhenTheTimeIsUp()
    {
        ClipboardController c;
        c.setClearAfterMs(200);
        c.copy(QStringLiteral("TCH-ABCD-1234"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("TCH-ABCD-1234"));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
        QVERIFY(!c.holding());
    }

    void somethingCopiedSinceIsLeftAlone()
    {
        ClipboardController c;
        c.setClearAfterMs(200);
        c.copy(QStringLiteral("TCH-ABCD-1234"));
        QGuiApplication::clipboard()->setText(QStringLiteral("the person's own text"));
        QTRY_VERIFY_WITH_TIMEOUT(!c.holding(), 5000);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the person's own text"));
        QGuiApplication::clipboard()->clear();
    }

    void clearedAtQuit()
    {
        ClipboardController c;
        c.copy(QStringLiteral("TCH-ABCD-1234"));
        QVERIFY(c.holding());
        // what QCoreApplication emits as the app quits
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit"));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!c.holding());
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"

#include "ScreenshotTour.h"

#include "CareController.h"
#include "DecisionController.h"
#include "QuickFind.h"
#include "SessionController.h"
#include "VaultController.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <keyutils.h>

namespace passbook::app {

ScreenshotTour::ScreenshotTour(QQuickWindow *window, VaultController *vault, QString outputDir,
                               QString prefix)
    : m_window(window), m_vault(vault), m_out(outputDir), m_prefix(std::move(prefix))
{
    m_out.mkpath(QStringLiteral("."));
}

QObject *ScreenshotTour::find(const char *objectName)
{
    // A loaded machine may still be running a page's transition or laying out its delegates: give
    // the control a few seconds to appear before calling it missing.
    QObject *found = nullptr;
    QElapsedTimer waited;
    waited.start();
    findVisible(m_window->contentItem(), QString::fromLatin1(objectName), found);
    while (!found && waited.elapsed() < 5000) {
        settle(50);
        findVisible(m_window->contentItem(), QString::fromLatin1(objectName), found);
    }
    if (!found) {
        qWarning("tour: no visible control named %s", objectName);
        ++m_problems;
    }
    return found;
}

bool ScreenshotTour::set(const char *objectName, const char *property, const QVariant &value)
{
    QObject *o = find(objectName);
    return o && o->setProperty(property, value);
}

bool ScreenshotTour::click(const char *objectName)
{
    QObject *o = find(objectName);
    if (!o) {
        return false;
    }
    if (!o->property("enabled").toBool()) {
        qWarning("tour: control %s is disabled", objectName);
        ++m_problems;
        return false;
    }
    return QMetaObject::invokeMethod(o, "clicked");
}

void ScreenshotTour::settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool ScreenshotTour::waitIdle(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    settle(50);
    while (m_vault->busy() && t.elapsed() < timeoutMs) {
        settle(50);
    }
    if (m_vault->busy()) {
        qWarning("tour: timed out waiting for the vault");
        ++m_problems;
        return false;
    }
    settle();
    return true;
}

void ScreenshotTour::shot(const QString &name)
{
    settle();
    const QImage image = m_window->grabWindow();
    const QString path = m_out.filePath(m_prefix + name + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        qWarning("tour: could not save %s", qPrintable(path));
        ++m_problems;
    }
}

int ScreenshotTour::run()
{
    QString &password = m_password;
    shot(QStringLiteral("01-welcome"));
    click("createButton");
    settle();
    set("newPasswordField", "text", password.left(9));
    shot(QStringLiteral("02-create-password-weak"));
    set("phraseLanguage", "currentIndex", m_phraseLanguage);
    set("newPasswordField", "text", password);
    set("confirmPasswordField", "text", password);
    shot(QStringLiteral("03-create-password"));
    click("createVaultButton");
    waitIdle();
    shot(QStringLiteral("04-recovery-phrase"));
    click("phraseWrittenButton");
    settle();
    const QStringList words = m_vault->recoveryWords();
    const QList<int> positions = m_vault->confirmPositions();
    set("confirmField0", "text", words.value(positions.value(0)));
    set("confirmField1", "text", QStringLiteral("wrong"));
    set("confirmField2", "text", words.value(positions.value(2)));
    click("confirmButton");
    shot(QStringLiteral("05-confirm-phrase-mistake"));
    set("confirmField1", "text", words.value(positions.value(1)));
    click("confirmButton");
    settle();
    shot(QStringLiteral("06-home"));
    navigate("settings");
    shot(QStringLiteral("07-settings"));
    click("changePasswordButton");
    shot(QStringLiteral("08-change-password"));
    // the change itself: new keys, the vault locked and unlocked inside it, and the page stays
    {
        const QString next = QStringLiteral("purple elephant tuesday 42");
        set("currentPasswordField", "text", password);
        set("changeNewPasswordField", "text", next);
        set("changeConfirmField", "text", next);
        click("changePasswordConfirmButton");
        QObject *dialog = find("changePasswordDialog");
        waitFor([dialog] { return dialog && dialog->property("done").toBool(); }, "the password change",
                60000);
        settle();
        shot(QStringLiteral("08c-password-changed"));
        QObject *stillThere = nullptr;
        findVisible(m_window->contentItem(), QStringLiteral("changePasswordButton"), stillThere);
        if (!stillThere) {
            qWarning("tour: the password change left the Settings page");
            ++m_problems;
        }
        password = next;
        if (dialog) {
            QMetaObject::invokeMethod(dialog, "close");
        }
    }
    settle();
    // Fingerprint unlock: tour.sh starts a dbusmock fprintd that matches every finger.
    QObject *fingerprint = nullptr;
    findVisible(m_window->contentItem(), QStringLiteral("biometricSwitch"), fingerprint);
    if (fingerprint) {
        fingerprint->setProperty("checked", true);
        QMetaObject::invokeMethod(fingerprint, "toggled");
        settle();
        set("biometricPasswordField", "text", password);
        shot(QStringLiteral("08a-fingerprint-on"));
        click("biometricConfirmButton");
        waitFor([fingerprint] { return fingerprint->property("checked").toBool(); },
                "fingerprint unlock to turn on", 60000);
        settle();
    }
    click("showPhraseButton");
    settle();
    set("revealPasswordField", "text", password);
    click("revealButton");
    waitIdle();
    settle();
    shot(QStringLiteral("08b-recovery-phrase-again"));
    if (QObject *dialog = find("recoveryPhraseDialog")) {
        QMetaObject::invokeMethod(dialog, "close");
    }
    settle();
    if (!m_vault->revealedWords().isEmpty()) {
        qWarning("tour: the recovery words stayed after the dialog closed");
        ++m_problems;
    }
    click("lockNowButton");
    settle();
    shot(QStringLiteral("09-unlock"));
    if (fingerprint) {
        // unlock with the finger, then lock again for the password steps below
        click("biometricUnlockButton");
        waitFor([this] { return m_vault->state() == VaultController::State::Unlocked; }, "fingerprint unlock",
                60000);
        settle();
        shot(QStringLiteral("09a-unlocked-with-fingerprint"));
        // the next login (logout and in again): its keyring has no key, so the lock screen asks for the
        // password once
        if (keyctl_join_session_keyring(nullptr) < 0) {
            qWarning("tour: could not start a new session keyring");
            ++m_problems;
        }
        m_vault->lock();
        settle();
        shot(QStringLiteral("09b-fingerprint-next-login"));
        QObject *button = nullptr;
        findVisible(m_window->contentItem(), QStringLiteral("biometricUnlockButton"), button);
        if (button) {
            qWarning("tour: the fingerprint button is offered although this login's key store has no key");
            ++m_problems;
        }
    } else {
        qWarning("tour: no fingerprint unlock to show (tour.sh starts a reader)");
        ++m_problems;
    }
    set("unlockPasswordField", "text", QStringLiteral("not my password"));
    click("unlockButton");
    waitIdle();
    shot(QStringLiteral("10-unlock-wrong-password"));
    click("restoreLink");
    settle();
    QStringList typed = words;
    if (!typed.isEmpty()) {
        typed[6] = QStringLiteral("abandom");
    }
    set("phraseInput", "text", typed.join(QLatin1Char(' ')));
    shot(QStringLiteral("11-restore-typo"));
    if (QObject *back = find("backButton")) {
        QMetaObject::invokeMethod(back, "clicked");
    }
    settle();
    set("unlockPasswordField", "text", password);
    click("unlockButton");
    waitIdle();
    shot(QStringLiteral("12-home-after-unlock"));
    if (m_passbook && !m_sandboxDir.isEmpty()) {
        recordsTour();
    }
    return m_problems;
}

void ScreenshotTour::navigate(const char *place)
{
    const QByteArray p(place);
    if (m_window->width() < 900) {
        click((p + "Tab").constData()); // bottom navigation on a phone
    } else {
        click((p + "Button").constData()); // the side rail on a desktop
    }
    settle();
}

bool ScreenshotTour::waitFor(const std::function<bool()> &done, const char *what, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        settle(100);
    }
    if (!done()) {
        qWarning("tour: timed out waiting for %s", what);
        ++m_problems;
        return false;
    }
    return true;
}

void ScreenshotTour::sharingTour(const QJsonArray &hospitals)
{
    // Two hospitals ask for records held by another, as the sandbox hospitals do from their own
    // command line; the app hears it live and shows a banner.
    const QString hospital = qEnvironmentVariable("PASSBOOK_HOSPITAL");
    if (hospital.isEmpty() || hospitals.isEmpty() || !m_sharing) {
        qWarning("tour: PASSBOOK_HOSPITAL is not set; the sharing screens need it");
        ++m_problems;
        return;
    }
    const auto hospitalCommand = [&](const QStringList &args) {
        QProcess p;
        p.start(hospital, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("tour: passbook-hospital %s failed", qPrintable(args.value(0)));
            ++m_problems;
        }
    };
    for (const auto &[as, scopes] : {std::pair{"2", "medications"}, std::pair{"1", "labs,imaging"}}) {
        hospitalCommand({QStringLiteral("request"), QStringLiteral("--sandbox"), m_sandboxDir,
                         QStringLiteral("--index"), QString::fromLatin1(as), QStringLiteral("--patient"),
                         m_vault->address(), QStringLiteral("--from"), QStringLiteral("0"),
                         QStringLiteral("--scopes"), QString::fromLatin1(scopes), QStringLiteral("--purpose"),
                         QStringLiteral("treatment"), QStringLiteral("--expires"), QStringLiteral("30d")});
    }
    waitFor([this] { return !m_sharing->alertText().isEmpty(); }, "the request banner");
    settle();
    shot(QStringLiteral("22-request-banner"));
    click("bannerReview");
    settle();
    shot(QStringLiteral("23-request-review"));
    // share lab results only, for a week
    if (QObject *imaging = find("share_imaging")) {
        imaging->setProperty("checked", false);
        QMetaObject::invokeMethod(imaging, "toggled");
    }
    set("expiryChoice", "currentIndex", 2);
    click("approveButton");
    settle();
    set("decisionPasswordField", "text", m_password);
    shot(QStringLiteral("24-approve-dialog"));
    click("decisionConfirmButton");
    waitFor([this] { return m_sharing->stage() == QLatin1String("confirmed"); },
            "the approval on the ledger");
    settle();
    shot(QStringLiteral("25-approve-confirmed"));
    if (QObject *dialog = find("decisionDialog")) {
        QMetaObject::invokeMethod(dialog, "close");
    }
    settle();
    // The asking hospital fetches what it may; the custodian logs the release on the ledger.
    hospitalCommand({QStringLiteral("fetch"), QStringLiteral("--sandbox"), m_sandboxDir,
                     QStringLiteral("--index"), QStringLiteral("1"), QStringLiteral("--patient"),
                     m_vault->address(), QStringLiteral("--from"), QStringLiteral("0")});
    waitFor(
        [this] {
            for (const QVariant &a : m_passbook->activity()->toList()) {
                if (a.toMap().value(QStringLiteral("type")).toString() == QLatin1String("RecordsReleased")) {
                    return true;
                }
            }
            return false;
        },
        "the release in Activity");
    click("backButton");
    settle();
    navigate("sharing");
    settle();
    shot(QStringLiteral("26-sharing-requests"));
    click("consentsTab");
    settle();
    shot(QStringLiteral("27-sharing-consents"));
    click("shareRecordsButton");
    settle();
    set("grantPurpose", "currentIndex", 0);
    if (QObject *documents = find("grant_documents")) {
        documents->setProperty("checked", true);
        QMetaObject::invokeMethod(documents, "toggled");
    }
    shot(QStringLiteral("28-share-records"));
    // The vault locks half-way (idle, session lock): after unlocking, the share is still there.
    m_vault->lock();
    settle();
    set("unlockPasswordField", "text", m_password);
    click("unlockButton");
    waitIdle();
    waitPassbook();
    navigate("sharing");
    click("consentsTab");
    settle();
    find("grantDraftNote"); // counted as a problem when not shown
    click("shareRecordsButton");
    settle();
    if (QObject *documents = find("grant_documents"); documents && !documents->property("checked").toBool()) {
        qWarning("tour: the unfinished share was not kept across the lock");
        ++m_problems;
    }
    if (QObject *dialog = find("grantDialog")) {
        QMetaObject::invokeMethod(dialog, "close");
    }
    settle();
    click("activityTab");
    settle();
    shot(QStringLiteral("29-sharing-activity"));
}

void ScreenshotTour::familyTour(const QJsonObject &sandbox)
{
    const QString cli = qEnvironmentVariable("PASSBOOK_CLI");
    const QJsonObject dad = sandbox.value(QStringLiteral("patients")).toArray().at(1).toObject();
    if (cli.isEmpty() || dad.isEmpty() || !m_care) {
        qWarning("tour: PASSBOOK_CLI or a second demo patient is missing; the family screens need them");
        ++m_problems;
        return;
    }
    // the second demo patient, in a vault of their own
    QTemporaryDir dadData;
    const auto dadCli = [&](const QStringList &args) {
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("--data"), dadData.path(), QStringLiteral("--kdf-cost"),
                                 QStringLiteral("1,64")} +
                         args);
        p.write("correct horse battery staple\n");
        p.closeWriteChannel();
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("tour: passbook-cli %s failed", qPrintable(args.value(0)));
            ++m_problems;
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    };
    const QString dadAddress = dadCli({QStringLiteral("vault"), QStringLiteral("create")})
                                   .value(QStringLiteral("address"))
                                   .toString();
    dadCli({QStringLiteral("network"), QStringLiteral("use"),
            QDir(m_sandboxDir).filePath(QStringLiteral("network.json"))});
    const QJsonObject codes = dad.value(QStringLiteral("activationCodes")).toObject();
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        dadCli({QStringLiteral("hospital"), QStringLiteral("connect"), it.key(), it.value().toString()});
    }
    dadCli({QStringLiteral("delegate"), QStringLiteral("set"), m_vault->address(), QStringLiteral("--rights"),
            QStringLiteral("view,approve"), QStringLiteral("--expires"), QStringLiteral("90d")});
    const QString invite =
        dadCli({QStringLiteral("care"), QStringLiteral("invite")}).value(QStringLiteral("invite")).toString();
    // a hospital asks for Dad's lab results: waiting for him, or for a caregiver who may decide
    QProcess ask;
    ask.start(qEnvironmentVariable("PASSBOOK_HOSPITAL"),
              {QStringLiteral("request"), QStringLiteral("--sandbox"), m_sandboxDir,
               QStringLiteral("--index"), QStringLiteral("1"), QStringLiteral("--patient"), dadAddress,
               QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--scopes"),
               QStringLiteral("labs")});
    if (!ask.waitForFinished(60000) || ask.exitCode() != 0) {
        qWarning("tour: the request about the second patient failed");
        ++m_problems;
    }

    // this patient makes Dad a caregiver who may see records and decide on requests
    navigate("family");
    shot(QStringLiteral("30-family-mine"));
    click("addCaregiverButton");
    settle();
    set("caregiverCodeField", "text", dadAddress);
    if (QObject *approve = find("rightApprove")) {
        approve->setProperty("checked", true);
        QMetaObject::invokeMethod(approve, "toggled");
    }
    shot(QStringLiteral("31-add-caregiver"));
    click("caregiverContinue");
    settle();
    set("decisionPasswordField", "text", m_password);
    click("decisionConfirmButton");
    waitFor([this] { return m_sharing->stage() == QLatin1String("confirmed"); },
            "the caregiver on the ledger");
    if (QObject *dialog = find("decisionDialog")) {
        QMetaObject::invokeMethod(dialog, "close");
    }
    m_passbook->sync();
    waitPassbook();
    waitFor([this] { return m_care->caregivers()->count() > 0; }, "the caregiver in the list");
    shot(QStringLiteral("32-family-caregivers"));

    // and cares for Dad: his invite code, then his passbook, synced from his hospitals as his caregiver
    click("caredForTab");
    settle();
    set("inviteCodeField", "text", invite);
    set("personNameField", "text", QStringLiteral("Dad"));
    click("addPersonButton");
    waitFor([this] { return m_care->people()->count() > 0; }, "the person cared for");
    m_passbook->sync(); // the ledger's events, with the request about Dad
    waitPassbook();
    settle();
    shot(QStringLiteral("33-family-cared-for"));
    click("openPassbook");
    settle();
    m_passbook->sync();
    waitPassbook();
    settle(600);
    if (m_passbook->subject() != dadAddress) {
        qWarning("tour: the passbook on screen is not the cared-for person's");
        ++m_problems;
    }
    shot(QStringLiteral("34-caregiver-passbook"));
    navigate("sharing");
    settle();
    shot(QStringLiteral("35-caregiver-sharing"));
    click("backToMine");
    settle();
}

void ScreenshotTour::openFirstResult()
{
    // the first row of the list: a record page on a phone, the detail pane on a desktop
    if (QObject *list = find("timelineList")) {
        QQuickItem *content = qobject_cast<QQuickItem *>(list)->property("contentItem").value<QQuickItem *>();
        for (QQuickItem *child : content ? content->childItems() : QList<QQuickItem *>()) {
            if (child->objectName().isEmpty() && child->metaObject()->indexOfSignal("clicked()") >= 0 &&
                child->isVisible()) {
                QMetaObject::invokeMethod(child, "clicked");
                break;
            }
        }
    }
    settle(800);
}

void ScreenshotTour::outsideTextCheck(const QJsonObject &sandbox, const QJsonArray &hospitals)
{
    // A hospital's record whose title is markup: an image on a loopback server this tour watches,
    // and bold text. Shown as written (plain text), it fetches nothing and tells no one it was seen.
    QTcpServer watcher;
    if (!watcher.listen(QHostAddress::LocalHost, 0)) {
        qWarning("tour: cannot listen on loopback");
        ++m_problems;
        return;
    }
    int fetches = 0;
    connect(&watcher, &QTcpServer::newConnection, &watcher, [&watcher, &fetches] {
        while (QTcpSocket *socket = watcher.nextPendingConnection()) {
            ++fetches;
            socket->abort();
            socket->deleteLater();
        }
    });
    const QString marker = QStringLiteral("Outside text check");
    const QString title = QStringLiteral("<img src=\"http://127.0.0.1:%1/seen.png\"><b>%2</b>")
                              .arg(watcher.serverPort())
                              .arg(marker);
    const QString participant = hospitals.at(0).toObject().value(QStringLiteral("participant")).toString();
    const QString patientId = sandbox.value(QStringLiteral("patients"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("ids"))
                                  .toObject()
                                  .value(participant)
                                  .toString();
    const QJsonObject note{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                           {QStringLiteral("id"), QStringLiteral("outside-text-1")},
                           {QStringLiteral("status"), QStringLiteral("final")},
                           {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), title}}},
                           {QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"),
                                                                    QStringLiteral("Patient/") + patientId}}},
                           {QStringLiteral("effectiveDateTime"), QStringLiteral("2026-11-30T09:00:00+08:00")},
                           {QStringLiteral("valueString"), title}};
    QTemporaryDir files;
    QFile file(files.filePath(QStringLiteral("note.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(note).toJson()) < 0) {
        qWarning("tour: cannot write the markup record");
        ++m_problems;
        return;
    }
    file.close();
    QProcess admin;
    admin.start(qEnvironmentVariable("PASSBOOK_HOSPITAL"),
                {QStringLiteral("admin"), QStringLiteral("--sandbox"), m_sandboxDir,
                 QStringLiteral("--index"), QStringLiteral("0"), QStringLiteral("add"), patientId,
                 file.fileName()});
    if (!admin.waitForFinished(60000) || admin.exitCode() != 0) {
        qWarning("tour: the hospital did not take the markup record: %s",
                 admin.readAllStandardError().constData());
        ++m_problems;
        return;
    }
    m_passbook->sync();
    waitPassbook();
    set("searchField", "text", marker);
    settle(800);
    openFirstResult();
    shot(QStringLiteral("21b-record-markup"));
    int shown = 0;
    std::function<void(QQuickItem *)> check = [&](QQuickItem *item) {
        if (item->isVisible() && item->metaObject()->indexOfProperty("textFormat") >= 0 &&
            item->property("text").toString().contains(marker)) {
            ++shown;
            if (item->property("textFormat").toInt() != Qt::PlainText) {
                qWarning("tour: a hospital's text is shown as markup in %s", item->metaObject()->className());
                ++m_problems;
            }
        }
        for (QQuickItem *child : item->childItems()) {
            check(child);
        }
    };
    check(m_window->contentItem());
    settle(1000);
    if (shown < 2 || fetches != 0) {
        qWarning("tour: the markup record was shown %d time(s) and fetched %d time(s) (expected 2+ and 0)",
                 shown, fetches);
        ++m_problems;
    }
    if (m_window->width() < 900) {
        if (QObject *back = find("backButton")) {
            QMetaObject::invokeMethod(back, "clicked");
        }
        settle();
    }
    set("searchField", "text", QString());
    settle();
}

bool ScreenshotTour::waitPassbook(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    settle(100);
    while ((m_passbook->busy() || m_passbook->syncing()) && t.elapsed() < timeoutMs) {
        settle(100);
    }
    if (m_passbook->busy() || m_passbook->syncing()) {
        qWarning("tour: timed out waiting for the passbook");
        ++m_problems;
        return false;
    }
    settle();
    return true;
}

void ScreenshotTour::recordsTour()
{
    QFile f(QDir(m_sandboxDir).filePath(QStringLiteral("sandbox.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("tour: no sandbox.json in %s", qPrintable(m_sandboxDir));
        ++m_problems;
        return;
    }
    const QJsonObject sandbox = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray hospitals = sandbox.value(QStringLiteral("hospitals")).toArray();
    const QJsonObject codes = sandbox.value(QStringLiteral("patients"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("activationCodes"))
                                  .toObject();

    navigate("settings");
    set("networkProfilePath", "text", QDir(m_sandboxDir).filePath(QStringLiteral("network.json")));
    click("importNetworkButton");
    waitPassbook();
    shot(QStringLiteral("13-settings-network"));
    navigate("passbook");
    shot(QStringLiteral("14-timeline-empty"));
    navigate("hospitals");
    for (int i = 0; i < hospitals.size(); ++i) {
        click("connectHospitalButton");
        settle();
        set("directoryCombo", "currentIndex", i);
        set("activationCodeField", "text",
            codes.value(hospitals.at(i).toObject().value(QStringLiteral("participant")).toString())
                .toString());
        if (i == 0) {
            shot(QStringLiteral("15-connect-hospital"));
        }
        click("connectButton");
        waitPassbook();
    }
    shot(QStringLiteral("16-hospitals"));
    navigate("passbook");
    settle(400);
    shot(QStringLiteral("17-timeline"));
    // Scrolling down keeps bringing older records, page by page, beyond what the list first loaded.
    if (QObject *list = find("timelineList")) {
        const int first = list->property("count").toInt();
        for (int i = 0; i < 8; ++i) {
            list->setProperty("contentY", list->property("originY").toDouble() +
                                              list->property("contentHeight").toDouble() -
                                              list->property("height").toDouble());
            settle(150);
        }
        if (list->property("count").toInt() <= std::max(first, 200)) {
            qWarning("tour: scrolling to the end of the timeline did not load more records (%d)",
                     list->property("count").toInt());
            ++m_problems;
        }
        QMetaObject::invokeMethod(list, "positionViewAtBeginning");
        settle();
    }
    if (QObject *list = find("timelineList")) {
        // open the newest lab result with a trend
        QMetaObject::invokeMethod(list, "positionViewAtBeginning");
    }
    set("searchField", "text", QStringLiteral("a1c"));
    settle(800);
    shot(QStringLiteral("18-search"));
    openFirstResult();
    shot(QStringLiteral("19-record"));
    if (QObject *json = find("showJsonButton")) {
        json->setProperty("checked", true);
    }
    settle();
    shot(QStringLiteral("20-record-fhir"));
    if (m_window->width() < 900) {
        if (QObject *back = find("backButton")) {
            QMetaObject::invokeMethod(back, "clicked");
        }
        settle();
    }
    set("searchField", "text", QString());
    set("hospitalFilter", "currentIndex", 1);
    if (QObject *filter = find("hospitalFilter")) {
        QMetaObject::invokeMethod(filter, "activated", Q_ARG(int, 1));
    }
    settle(800);
    shot(QStringLiteral("21-filter-hospital"));
    set("hospitalFilter", "currentIndex", 0);
    if (QObject *filter = find("hospitalFilter")) {
        QMetaObject::invokeMethod(filter, "activated", Q_ARG(int, 0));
    }
    outsideTextCheck(sandbox, hospitals);
    sharingTour(hospitals);
    familyTour(sandbox);
    // Export: into a throwaway folder, and the file must be a Bundle with every record.
    QTemporaryDir exportDir;
    navigate("passbook");
    navigate("settings");
    set("exportPath", "text", exportDir.filePath(QStringLiteral("my-records.json")));
    click("exportButton");
    settle();
    if (QObject *column = find("settingsColumn")) { // scroll to the end, where export is
        if (auto *flick = column->property("contentItem").value<QObject *>()) {
            flick->setProperty("contentY", std::max(0.0, flick->property("contentHeight").toDouble() -
                                                             flick->property("height").toDouble()));
        }
    }
    shot(QStringLiteral("36-settings-export"));
    QFile exported(exportDir.filePath(QStringLiteral("my-records.json")));
    if (!exported.open(QIODevice::ReadOnly) || QJsonDocument::fromJson(exported.readAll())
                                                       .object()
                                                       .value(QStringLiteral("resourceType"))
                                                       .toString() != QLatin1String("Bundle")) {
        qWarning("tour: the export did not write a FHIR Bundle");
        ++m_problems;
    }
    // Last: delete this device's copy, which lands on the welcome screen.
    click("eraseDeviceButton");
    settle();
    if (QObject *understood = find("eraseUnderstood")) {
        understood->setProperty("checked", true);
    }
    set("erasePasswordField", "text", m_password);
    shot(QStringLiteral("37-erase-device"));
    click("eraseConfirmButton");
    waitFor([this] { return m_vault->state() == VaultController::State::NoVault; },
            "the device copy to be deleted");
    settle();
    shot(QStringLiteral("38-after-erase"));
}

} // namespace passbook::app

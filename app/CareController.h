#pragma once

#include "QmlSingleton.h"
#include "consent/CareCircle.h"
#include "consent/ConsentStore.h"
#include "models/PeopleModels.h"
#include "vault/VaultManager.h"

#include <QFuture>
#include <QObject>
#include <QQmlEngine>
#include <QSet>

namespace passbook::app {

class SessionController;

// Family caregivers in the app (issue: family caregivers).
//
// For the patient: my caregiver code (my address, as text and QR), the care-invite code to give a
// caregiver, and my caregivers as the ledger lists them (changed through Sharing.setCaregiver,
// which re-authenticates and goes through the outbox).
//
// For the caregiver: the people I care for (added from their invite code once the ledger gives me
// rights), and the profile switch that puts one of them on screen (Passbook.subject).
class CareController : public QObject, public QmlSingleton<CareController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Care)
    QML_SINGLETON
    Q_PROPERTY(QString myAddress READ myAddress NOTIFY changed)
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY changed)
    Q_PROPERTY(int inviteHospitals READ inviteHospitals NOTIFY changed)
    // Lists (core/models/PeopleModels.h documents their roles); read again on `changed`.
    Q_PROPERTY(::passbook::models::RowModel *caregivers READ caregivers NOTIFY changed)
    Q_PROPERTY(::passbook::models::RowModel *people READ people NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)

public:
    CareController(vault::VaultManager *vault, SessionController *passbook, QObject *parent = nullptr);
    ~CareController() override;

    [[nodiscard]] QString myAddress() const { return m_myAddress; }
    [[nodiscard]] QString inviteCode() const { return m_inviteCode; }
    [[nodiscard]] int inviteHospitals() const { return m_inviteHospitals; }
    [[nodiscard]] models::CaregiversModel *caregivers() const { return m_caregivers; }
    [[nodiscard]] models::PeopleModel *people() const { return m_people; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString errorMessage() const { return m_error; }

    // From an invite code (pasted or read from a picture): asks the ledger first, keeps them only
    // when it gives me rights. `label` is what I call them.
    Q_INVOKABLE void addPerson(const QString &code, const QString &label);
    // Stops following them; their records leave this device.
    Q_INVOKABLE void removePerson(const QString &patient);
    // Puts someone I care for on screen ("" = my own passbook). False with a message when not allowed.
    Q_INVOKABLE bool viewAs(const QString &patient);
    // The text of the QR code in a picture (file path or URL); "" with errorMessage when none.
    Q_INVOKABLE QString readCodeFromImage(const QString &pathOrUrl);
    Q_INVOKABLE void clearMessages();
    // Reads everything again from the vault (after a ledger change).
    Q_INVOKABLE void reload();

signals:
    void changed();
    void busyChanged();
    void messageChanged();
    void personAdded(const QString &patient);

private:
    void setError(const QString &text);
    vault::VaultManager *m_vault;
    SessionController *m_passbook;
    QString m_myAddress;
    QString m_inviteCode;
    int m_inviteHospitals = 0;
    models::CaregiversModel *m_caregivers;
    models::PeopleModel *m_people;
    bool m_busy = false;
    QString m_message;
    QString m_error;
    QFuture<void> m_work;
    QSet<QString> m_checkedDelegations; // delegation states already taken to the ledger
};

} // namespace passbook::app

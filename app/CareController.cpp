#include "CareController.h"

#include "QrImageProvider.h"
#include "SessionController.h"
#include "common/Background.h"

#include "consent/CareInvite.h"
#include "consent/ConsentStore.h"
#include "ledger/RegistryClient.h"
#include "passbook/CareAccess.h"
#include "passbook/TimelineStore.h"

#include <QDateTime>
#include <QTimer>

namespace passbook::app {

CareController::CareController(vault::VaultManager *vault, SessionController *passbook, QObject *parent)
    : QObject(parent), m_vault(vault), m_passbook(passbook), m_caregivers(new models::CaregiversModel(this)),
      m_people(new models::PeopleModel(this))
{
    connect(m_vault, &vault::VaultManager::stateChanged, this, &CareController::reload);
    // the worker asks the ledger through the session, which goes with the keys
    connect(
        m_vault, &vault::VaultManager::aboutToLock, this, [this] { m_work.waitForFinished(); },
        Qt::DirectConnection);
    connect(m_passbook, &SessionController::ledgerChanged, this, &CareController::reload);
    connect(m_passbook, &SessionController::careChanged, this, &CareController::reload);
    connect(m_passbook, &SessionController::hospitalsChanged, this, &CareController::reload);
    connect(m_passbook, &SessionController::subjectChanged, this, &CareController::reload);
    reload();
}

CareController::~CareController()
{
    m_work.waitForFinished();
}

void CareController::reload()
{
    m_inviteCode.clear();
    m_inviteHospitals = 0;
    m_myAddress.clear();
    vault::VaultDatabase *db = m_vault->database();
    session::Session *session = m_passbook->session();
    const auto consents = session ? session->consentStore() : Result<consent::ConsentStore>(Error{});
    const consent::ConsentStore *store = db && consents ? &consents.value() : nullptr;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (db && session) {
        m_myAddress = m_vault->address().toChecksumString();
        // the invite names the hospitals I connected (my own store, whoever is on screen)
        if (auto invite =
                consents ? session->careInvite() : Result<session::Session::CareInviteCode>(Error{})) {
            m_inviteCode = invite.value().code;
            m_inviteHospitals = invite.value().hospitals;
        }
    }
    m_caregivers->load(store, db ? m_vault->address() : crypto::Address(), now);
    const auto people =
        db && session ? consent::CareCircle(*db).list() : Result<QList<consent::CaredFor>>(Error{});
    m_people->load(people ? people.value() : QList<consent::CaredFor>(), store,
                   session ? session->subjectAddress() : crypto::Address(), now);
    bool ledgerSaysChanged = false;
    for (const models::PersonRow &row : m_people->rows()) {
        // once per state of a delegation (the chain's clock may differ from ours)
        const QStringList moved =
            store ? consent::CareCircle::movedDelegations(*store, row.person, m_vault->address(), now)
                  : QStringList();
        for (const QString &state : moved) {
            if (!m_checkedDelegations.contains(state)) {
                m_checkedDelegations.insert(state);
                ledgerSaysChanged = true;
            }
        }
    }
    if (ledgerSaysChanged) {
        // after this reload (checkCareAccess may reload again when it is done)
        QTimer::singleShot(0, m_passbook, &SessionController::checkCareAccess);
    }
    emit changed();
}

void CareController::setError(const QString &text)
{
    m_error = text;
    m_message.clear();
    emit messageChanged();
}

void CareController::clearMessages()
{
    m_error.clear();
    m_message.clear();
    emit messageChanged();
}

void CareController::addPerson(const QString &code, const QString &label)
{
    session::Session *session = m_passbook->session();
    if (!session || m_busy) {
        return;
    }
    auto invite = session->readCareInvite(code, label);
    if (!invite) {
        setError(invite.error().message);
        return;
    }
    clearMessages();
    m_busy = true;
    emit busyChanged();
    m_work = runInBackground(
        this,
        [session, parsed = invite.value(), label] {
            // the ledger decides before anything is kept
            auto ledger = session->connectLedger(8000);
            return ledger ? session->addCaredFor(*ledger.value(), parsed, label)
                          : Result<consent::CaredFor>(ledger.error());
        },
        [this](const Result<consent::CaredFor> &added) {
            m_busy = false;
            emit busyChanged();
            if (!added) {
                setError(added.error().message);
                return;
            }
            m_message =
                tr("You now care for %1. Open their passbook here, or from the title of your passbook.")
                    .arg(added.value().displayName());
            emit messageChanged();
            reload();
            emit personAdded(added.value().patient.toChecksumString());
        });
}

void CareController::removePerson(const QString &patient)
{
    session::Session *session = m_passbook->session();
    auto who = crypto::Address::fromString(patient);
    if (!session || !who) {
        return;
    }
    if (m_passbook->subject() == who.value().toChecksumString() && !m_passbook->viewAs(std::nullopt)) {
        setError(tr("Wait for the sync to finish, then try again."));
        return;
    }
    if (auto removed = session->removeCaredFor(who.value()); !removed) {
        setError(removed.error().message);
        return;
    }
    m_message = tr("Removed. Their records are no longer on this device.");
    m_error.clear();
    emit messageChanged();
    reload();
}

bool CareController::viewAs(const QString &patient)
{
    session::Session *session = m_passbook->session();
    if (!session) {
        return false;
    }
    if (patient.isEmpty()) {
        return m_passbook->viewAs(std::nullopt);
    }
    auto person = session->caredFor(patient);
    if (!person) {
        setError(tr("You do not care for this person in this app."));
        return false;
    }
    if (auto allowed = passbook::CareAccess::mayView(person.value()); !allowed) {
        setError(allowed.error().message);
        return false;
    }
    const bool ok = m_passbook->viewAs(person.value());
    if (ok) {
        clearMessages();
        if (m_passbook->hospitals()->count() == 0) {
            m_passbook->sync(); // opened for the first time: fetch their records now
        }
    }
    return ok;
}

QString CareController::readCodeFromImage(const QString &pathOrUrl)
{
    auto text = qr::readFile(pathOrUrl);
    if (!text) {
        setError(text.error().message);
        return {};
    }
    clearMessages();
    return text.value().trimmed();
}

} // namespace passbook::app

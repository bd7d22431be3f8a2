#include "PassbookController.h"

#include "DateText.h"

#include "consent/ConsentStore.h"
#include "fhir/ResourceMapper.h"
#include "ledger/ConsentRegistry.h"
#include "ledger/EventSync.h"
#include "ledger/Scopes.h"
#include "passbook/CareAccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace passbook::app {

namespace {
PassbookController *s_instance = nullptr;

// What asking the ledger about everyone I care for found.
struct CareCheck
{
    QString error;                            // the ledger could not be asked
    QStringList ended;                        // a sentence per access that ended at this check
    bool subjectEnded = false;                // among them, the person on screen
    std::optional<consent::CaredFor> subject; // the person on screen as the ledger now says, if still active
};

CareCheck checkCare(passbook::CareAccess &care, const std::optional<crypto::Address> &subject)
{
    CareCheck out;
    auto checked = care.checkAll(QDateTime::currentSecsSinceEpoch());
    if (!checked) {
        out.error = checked.error().message;
        return out;
    }
    for (const consent::CareCircle::Applied &a : checked.value()) {
        const bool onScreen = subject && a.person.patient == *subject;
        if (a.endedNow) {
            out.ended << passbook::CareAccess::endedSentence(a.person);
            out.subjectEnded = out.subjectEnded || onScreen;
        } else if (onScreen && a.person.active()) {
            out.subject = a.person;
        }
    }
    return out;
}
} // namespace

PassbookController::PassbookController(vault::VaultManager *vault, QObject *parent)
    : QObject(parent), m_vault(vault)
{
    connect(m_vault, &vault::VaultManager::stateChanged, this, &PassbookController::onVaultState);
    connect(m_vault, &vault::VaultManager::aboutToLock, this, &PassbookController::onAboutToLock,
            Qt::DirectConnection);
    QCoreApplication::instance()->installEventFilter(this); // dates in the hospitals list follow the language
    onVaultState();
}

bool PassbookController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && m_store) {
        loadHospitals();
    }
    return QObject::eventFilter(watched, event);
}

PassbookController::~PassbookController()
{
    m_cancel->store(true);
    m_work.waitForFinished();
}

PassbookController *PassbookController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void PassbookController::setInstance(PassbookController *instance)
{
    s_instance = instance;
}

void PassbookController::onAboutToLock()
{
    m_cancel->store(true);
    m_work.waitForFinished();
}

void PassbookController::onVaultState()
{
    if (!m_vault->isUnlocked()) {
        m_store.reset();
        m_careDb.reset();
        if (m_subject) {
            m_subject.reset();
            emit subjectChanged();
        }
        m_careNotice.clear();
        emit careChanged();
        m_network.reset();
        m_hospitals.clear();
        m_directory.clear();
        m_message.clear();
        m_error.clear();
        m_progress = 0;
        m_syncStatus.clear();
        if (m_syncing) {
            m_syncing = false;
            emit syncingChanged();
        }
        setBusy(false);
        emit networkChanged();
        emit hospitalsChanged();
        emit directoryChanged();
        emit messageChanged();
        ++m_revision;
        emit timelineChanged();
        loadLedgerViews();
        return;
    }
    if (m_store) {
        return;
    }
    m_store = std::make_unique<passbook::TimelineStore>(*m_vault->database());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (!m_pendingProfile.isEmpty()) {
        const QString path = m_pendingProfile;
        m_pendingProfile.clear();
        importNetworkProfile(path);
    } else if (auto stored = m_vault->database()->meta(QString::fromLatin1(ledger::kNetworkProfileMetaKey))) {
        if (auto profile = ledger::NetworkProfile::fromJson(stored.value().toUtf8())) {
            m_network = profile.value();
        }
    }
    emit networkChanged();
    loadHospitals();
    ++m_revision;
    emit timelineChanged();
    loadLedgerViews();
    if (m_network) {
        refreshDirectory();
    }
}

void PassbookController::loadHospitals()
{
    m_hospitals.clear();
    if (!m_store) {
        emit hospitalsChanged();
        return;
    }
    auto list = m_store->hospitals();
    if (list) {
        for (const passbook::Hospital &h : list.value()) {
            passbook::TimelineFilter f;
            f.hospital = h.participant;
            f.includeDuplicates = true;
            auto n = m_store->count(f);
            m_hospitals.append(QVariantMap{
                {QStringLiteral("participant"), h.participant},
                {QStringLiteral("name"), h.name},
                {QStringLiteral("endpoint"), h.endpoint},
                {QStringLiteral("lastSync"),
                 // formatted here: QML's compiled date formatting ignores the app's language
                 h.lastSync ? dateTimeText(QDateTime::fromMSecsSinceEpoch(h.lastSync)) : QString()},
                {QStringLiteral("ok"), !h.lastStatus.startsWith(QLatin1String("error"))},
                {QStringLiteral("status"),
                 h.lastStatus.startsWith(QLatin1String("error: ")) ? h.lastStatus.mid(7) : h.lastStatus},
                {QStringLiteral("records"), n ? n.value() : 0}});
        }
    }
    emit hospitalsChanged();
}

void PassbookController::setError(const QString &message)
{
    m_error = message;
    m_message.clear();
    emit messageChanged();
}

void PassbookController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void PassbookController::clearMessages()
{
    m_error.clear();
    m_message.clear();
    emit messageChanged();
}

bool PassbookController::importNetworkProfile(const QString &pathOrUrl)
{
    if (!m_vault->isUnlocked()) {
        m_pendingProfile = pathOrUrl;
        return true;
    }
    const QUrl url(pathOrUrl);
    QFile f(url.isLocalFile() ? url.toLocalFile() : pathOrUrl);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
        setError(tr("The network profile could not be read."));
        return false;
    }
    const QByteArray json = f.readAll();
    auto profile = ledger::NetworkProfile::fromJson(json);
    if (!profile) {
        setError(profile.error().message);
        return false;
    }
    if (auto r = m_vault->database()->setMeta(QString::fromLatin1(ledger::kNetworkProfileMetaKey),
                                              QString::fromUtf8(json));
        !r) {
        setError(r.error().message);
        return false;
    }
    m_network = profile.value();
    emit networkChanged();
    m_message = tr("Now using %1.").arg(m_network->name);
    m_error.clear();
    emit messageChanged();
    refreshDirectory();
    return true;
}

bool PassbookController::exportRecords(const QString &pathOrUrl)
{
    if (!m_store) {
        return false;
    }
    // always my own records (PRIVACY-4), whoever's passbook is on screen
    const passbook::TimelineStore mine(*m_vault->database());
    const QUrl url(pathOrUrl);
    auto n = mine.exportBundle(url.isLocalFile() ? url.toLocalFile() : pathOrUrl);
    if (!n) {
        setError(n.error().message);
        return false;
    }
    m_message = tr("Saved %n record(s) as one FHIR file.", nullptr, n.value());
    m_error.clear();
    emit messageChanged();
    return true;
}

bool PassbookController::readyForWork()
{
    if (m_busy || m_syncing) {
        return false; // a job is under way
    }
    // A job clears its flag in its last message to this thread, a moment before it returns; what
    // reacts to that message (the next step, a test, a quick tap) waits for that moment rather
    // than being turned away.
    m_work.waitForFinished();
    return true;
}

void PassbookController::refreshDirectory()
{
    if (!m_network || !readyForWork()) {
        return;
    }
    const ledger::NetworkProfile network = *m_network;
    QPointer<PassbookController> self(this);
    setBusy(true);
    m_work = QtConcurrent::run([self, network] {
        ledger::JsonRpcClient rpc(network.rpc);
        rpc.setTimeoutMs(8000);
        ledger::EthClient eth(rpc);
        ledger::RegistryClient registry(eth, network.registry);
        auto list = registry.directory();
        QVariantList out;
        QString error;
        if (list) {
            for (const auto &p : list.value()) {
                if (p.active) {
                    out.append(QVariantMap{{QStringLiteral("participant"), p.account.toChecksumString()},
                                           {QStringLiteral("name"), p.name},
                                           {QStringLiteral("kind"), ledger::scopes::kindName(p.kind)}});
                }
            }
        } else {
            error = list.error().message;
        }
        QMetaObject::invokeMethod(self, [self, out, error] {
            if (!self) {
                return;
            }
            self->setBusy(false);
            if (!error.isEmpty()) {
                self->setError(error);
                return;
            }
            self->m_directory = out;
            emit self->directoryChanged();
        });
    });
}

void PassbookController::connectHospital(const QString &participant, const QString &activationCode)
{
    if (!m_store || !m_network || !readyForWork()) {
        return;
    }
    auto address = crypto::Address::fromString(participant);
    if (!address) {
        setError(tr("Choose a hospital from the list."));
        return;
    }
    if (activationCode.trimmed().isEmpty()) {
        setError(tr("Enter the activation code the hospital gave you."));
        return;
    }
    clearMessages();
    setBusy(true);
    QPointer<PassbookController> self(this);
    passbook::TimelineStore *store = m_store.get();
    const crypto::SigningKey *key = m_vault->signingKey();
    const ledger::NetworkProfile network = *m_network;
    const QString code = activationCode.trimmed();
    const crypto::Address who = address.value();
    m_work = QtConcurrent::run([self, store, key, network, code, who] {
        passbook::SyncEngine engine(*store, *key, network);
        auto connected = engine.connect(who, code);
        const QString error = connected ? QString() : connected.error().message;
        const QString name = connected ? connected.value().name : QString();
        QMetaObject::invokeMethod(self, [self, error, name] {
            if (!self) {
                return;
            }
            self->setBusy(false);
            if (!error.isEmpty()) {
                self->setError(error);
                return;
            }
            self->m_message = tr("Connected to %1.").arg(name);
            emit self->messageChanged();
            self->loadHospitals();
            emit self->hospitalConnected(name);
            self->sync();
        });
    });
}

void PassbookController::disconnectHospital(const QString &participant)
{
    if (!m_store || !readyForWork()) {
        return;
    }
    auto removed = m_store->removeHospital(participant.toLower());
    if (!removed) {
        setError(removed.error().message);
        return;
    }
    m_message = tr("Disconnected; %n record(s) from that hospital were removed from this device.", nullptr,
                   removed.value());
    m_error.clear();
    emit messageChanged();
    loadHospitals();
    ++m_revision;
    emit timelineChanged();
}

void PassbookController::sync()
{
    if (!m_store || !m_network || !readyForWork()) {
        return;
    }
    clearMessages();
    m_syncing = true;
    m_progress = 0;
    m_syncStatus = tr("Starting…");
    emit syncingChanged();
    emit syncProgressChanged();
    m_cancel->store(false);
    QPointer<PassbookController> self(this);
    passbook::TimelineStore *store = m_store.get();
    vault::VaultManager *vault = m_vault;
    const ledger::NetworkProfile network = *m_network;
    const auto cancel = m_cancel;
    const std::optional<crypto::Address> subject =
        m_subject ? std::optional<crypto::Address>(m_subject->patient) : std::nullopt;
    m_work = QtConcurrent::run([self, store, vault, network, cancel, subject] {
        // Ledger first (requests, consents, activity, caregiver access), then records; one failing
        // does not stop the other.
        QString ledgerError;
        ledger::JsonRpcClient rpc(network.rpc);
        ledger::EthClient eth(rpc);
        ledger::RegistryClient registry(eth, network.registry);
        const consent::ConsentStore consents(*vault->database(), network.chainId, network.registry);
        passbook::CareAccess care(*vault, registry, consents);
        {
            ledger::EventSync events(eth, *vault->database(), network.chainId, network.registry);
            if (auto caught = events.catchUp(); !caught) {
                ledgerError = caught.error().message;
            }
        }
        const CareCheck cared = checkCare(care, subject);
        if (!cared.ended.isEmpty()) {
            QMetaObject::invokeMethod(self, [self, cared] {
                if (self) {
                    self->applyCareCheck(cared.ended, cared.subjectEnded, true);
                }
            });
        }
        const auto configure = [self, cancel](passbook::SyncEngine &engine) {
            engine.setCancelCheck([cancel] { return cancel->load(); });
            const int types = int(fhir::ResourceMapper::fetchedTypes().size());
            engine.setProgressCallback([self, types](const passbook::SyncProgress &p) {
                const int type = int(fhir::ResourceMapper::fetchedTypes().indexOf(p.resourceType));
                const double progress = (p.hospitalIndex + double(type + 1) / types) / p.hospitalCount;
                const QString status = tr("%1: %n record(s)", nullptr, p.fetched).arg(p.hospital);
                QMetaObject::invokeMethod(self, [self, progress, status] {
                    if (self) {
                        self->m_progress = progress;
                        self->m_syncStatus = status;
                        emit self->syncProgressChanged();
                    }
                });
            });
        };
        passbook::SyncReport report;
        QStringList failed;
        if (!subject) {
            passbook::SyncEngine engine(*store, *vault->signingKey(), network);
            configure(engine);
            report = engine.syncAll();
        } else if (!cared.error.isEmpty()) {
            failed << cared.error; // as their caregiver, nothing is fetched without the ledger's answer
        } else if (cared.subject) {
            // the ledger was just asked, and their hospitals check it again
            auto allowed = passbook::CareAccess::mayView(*cared.subject);
            auto fetched = allowed ? care.syncInto(*store, *cared.subject, network, configure)
                                   : Result<passbook::SyncReport>(allowed.error());
            if (fetched) {
                report = fetched.value();
            } else {
                failed << fetched.error().message;
            }
        }
        int added = 0, updated = 0, refused = 0, tampered = 0;
        for (const auto &h : report.hospitals) {
            if (!h.ok) {
                failed << QStringLiteral("%1: %2").arg(h.name, h.error);
            }
            added += h.added;
            updated += h.updated;
            refused += h.rejected;
            tampered += h.tampered;
        }
        const bool cancelled = report.cancelled || cancel->load();
        if (!ledgerError.isEmpty()) {
            failed.prepend(ledgerError);
        }
        QMetaObject::invokeMethod(self, [self, failed, added, updated, refused, tampered, cancelled] {
            if (!self) {
                return;
            }
            self->m_syncing = false;
            self->refreshSubject(); // what the ledger now gives me for the person on screen
            self->m_progress = 1;
            emit self->syncingChanged();
            if (cancelled) {
                self->m_syncStatus = tr("Sync cancelled; what arrived is kept.");
            } else {
                QStringList parts;
                parts << tr("%n new", nullptr, added);
                if (updated) {
                    parts << tr("%n updated", nullptr, updated);
                }
                if (refused) {
                    parts << tr("%n refused", nullptr, refused);
                }
                if (tampered) {
                    parts << tr("%n altered after anchoring", nullptr, tampered);
                }
                self->m_syncStatus = tr("Up to date: %1").arg(parts.join(QStringLiteral(", ")));
            }
            emit self->syncProgressChanged();
            if (!failed.isEmpty()) {
                self->setError(failed.join(QLatin1Char('\n')));
            }
            self->loadHospitals();
            ++self->m_revision;
            emit self->timelineChanged();
            self->loadLedgerViews();
        });
    });
}

namespace {
QString partyName(const consent::ConsentStore &store, const crypto::Address &a)
{
    return a.isNull() || a.isZero() ? QString() : store.nameOf(a);
}
} // namespace

// Requests, consents and activity are read from the vault once per ledger change (unlock, lock,
// sync), not at every read of the QML properties that show them.
void PassbookController::loadLedgerViews()
{
    m_requests.clear();
    m_consents.clear();
    m_activity.clear();
    m_pendingRequests = 0;
    if (m_store && m_network) {
        const consent::ConsentStore store(*m_vault->database(), m_network->chainId, m_network->registry);
        const crypto::Address me = subjectAddress();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto when = [](qint64 secs) { return dateTimeText(QDateTime::fromSecsSinceEpoch(secs)); };
        if (auto list = store.requests(me, now)) {
            for (auto it = list.value().crbegin(); it != list.value().crend(); ++it) {
                m_requests.append(
                    QVariantMap{{QStringLiteral("id"), qint64(it->id)},
                                {QStringLiteral("requester"), partyName(store, it->requester)},
                                {QStringLiteral("custodian"), partyName(store, it->custodian)},
                                {QStringLiteral("categories"), ledger::scopes::keys(it->scopes)},
                                {QStringLiteral("purpose"), ledger::scopes::purposeName(it->purpose)},
                                {QStringLiteral("expires"), when(qint64(it->expiresAt))},
                                {QStringLiteral("requested"), when(it->requestedAt)},
                                {QStringLiteral("status"), it->status},
                                {QStringLiteral("scopes"), qint64(it->scopes)},
                                {QStringLiteral("expiresAt"), qint64(it->expiresAt)},
                                {QStringLiteral("concerns"), it->concerns}});
                m_pendingRequests += it->status == QLatin1String("pending") ? 1 : 0;
            }
        }
        if (auto list = store.consents(me, now)) {
            for (auto it = list.value().crbegin(); it != list.value().crend(); ++it) {
                m_consents.append(
                    QVariantMap{{QStringLiteral("id"), qint64(it->id)},
                                {QStringLiteral("grantee"), partyName(store, it->grantee)},
                                {QStringLiteral("custodian"), partyName(store, it->custodian)},
                                {QStringLiteral("categories"), ledger::scopes::keys(it->scopes)},
                                {QStringLiteral("purpose"), ledger::scopes::purposeName(it->purpose)},
                                {QStringLiteral("expires"), when(qint64(it->expiresAt))},
                                {QStringLiteral("state"), it->state},
                                {QStringLiteral("grantedBy"), partyName(store, it->grantedBy)},
                                {QStringLiteral("emergency"), it->emergency}});
            }
        }
        if (auto list = store.activity(me, 200)) {
            for (const auto &a : list.value()) {
                m_activity.append(
                    QVariantMap{{QStringLiteral("time"), when(a.time)},
                                {QStringLiteral("type"), a.type},
                                {QStringLiteral("id"), qint64(a.id)},
                                {QStringLiteral("party"), a.partyName},
                                {QStringLiteral("custodian"), a.custodianName},
                                {QStringLiteral("byPatient"), a.byPatient},
                                {QStringLiteral("actor"), a.actorName},
                                {QStringLiteral("categories"), ledger::scopes::keys(a.scopes)},
                                {QStringLiteral("purpose"), ledger::scopes::purposeName(a.purpose)},
                                {QStringLiteral("expires"), a.expiresAt ? when(a.expiresAt) : QString()},
                                {QStringLiteral("rights"), ledger::scopes::rightsNames(a.rights)},
                                {QStringLiteral("sentence"), a.sentence}});
            }
        }
    }
    emit ledgerChanged();
}

bool PassbookController::viewAs(const std::optional<consent::CaredFor> &person)
{
    if (!m_vault->isUnlocked() || !readyForWork()) {
        return false;
    }
    return show(person);
}

bool PassbookController::show(const std::optional<consent::CaredFor> &person)
{
    std::unique_ptr<vault::VaultDatabase> careDb;
    if (person) {
        careDb = std::make_unique<vault::VaultDatabase>();
        if (auto opened = m_vault->openCareDatabase(person->patient, *careDb); !opened) {
            setError(opened.error().message);
            return false;
        }
    }
    m_store.reset();
    m_careDb = std::move(careDb);
    m_subject = person;
    m_store = std::make_unique<passbook::TimelineStore>(m_careDb ? *m_careDb : *m_vault->database());
    clearMessages();
    m_syncStatus.clear();
    m_progress = 0;
    emit syncProgressChanged();
    emit subjectChanged();
    loadHospitals();
    ++m_revision;
    emit timelineChanged();
    loadLedgerViews();
    return true;
}

void PassbookController::refreshSubject()
{
    vault::VaultDatabase *db = m_vault->database();
    if (!m_subject || !db) {
        return;
    }
    auto now = consent::CareCircle(*db).find(m_subject->patient);
    if (now && now.value() && now.value()->active() &&
        (now.value()->rights != m_subject->rights || now.value()->label != m_subject->label)) {
        m_subject = *now.value();
        emit subjectChanged();
    }
}

void PassbookController::applyCareCheck(const QStringList &ended, bool subjectEnded, bool asked)
{
    if (!ended.isEmpty()) {
        m_careNotice = ended.join(QLatin1Char('\n'));
        if (subjectEnded && m_subject) {
            (void)show(std::nullopt); // their records are gone from this device: back to mine at once
        }
    } else if (asked) {
        refreshSubject();
    } else {
        return; // the ledger could not be asked: nothing new to show
    }
    emit careChanged();
}

void PassbookController::checkCareAccess()
{
    if (!m_vault->isUnlocked() || !m_network || !readyForWork()) {
        return;
    }
    setBusy(true);
    QPointer<PassbookController> self(this);
    vault::VaultManager *vault = m_vault;
    const ledger::NetworkProfile network = *m_network;
    const std::optional<crypto::Address> subject =
        m_subject ? std::optional<crypto::Address>(m_subject->patient) : std::nullopt;
    m_work = QtConcurrent::run([self, vault, network, subject] {
        ledger::JsonRpcClient rpc(network.rpc);
        rpc.setTimeoutMs(8000);
        ledger::EthClient eth(rpc);
        ledger::RegistryClient registry(eth, network.registry);
        const consent::ConsentStore consents(*vault->database(), network.chainId, network.registry);
        passbook::CareAccess care(*vault, registry, consents);
        const CareCheck cared = checkCare(care, subject);
        QMetaObject::invokeMethod(self, [self, cared] {
            if (self) {
                self->setBusy(false);
                self->applyCareCheck(cared.ended, cared.subjectEnded, cared.error.isEmpty());
            }
        });
    });
}

void PassbookController::dismissCareNotice()
{
    m_careNotice.clear();
    emit careChanged();
}

void PassbookController::cancelSync()
{
    m_cancel->store(true);
}

} // namespace passbook::app

#include "Session.h"

#include "passbook/CareAccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

namespace passbook::session {

using crypto::Address;

namespace {
const QString kNetworkKey = QString::fromLatin1(ledger::kNetworkProfileMetaKey);
constexpr qint64 kProfileMaxBytes = 64 * 1024;

} // namespace

Session::Session(vault::VaultManager &vault) : m_vault(vault)
{
    Q_ASSERT(vault.isUnlocked());
    m_store = std::make_unique<passbook::TimelineStore>(*m_vault.database());
    if (auto stored = m_vault.database()->meta(kNetworkKey)) {
        if (auto profile = ledger::NetworkProfile::fromJson(stored.value().toUtf8())) {
            m_network = profile.value();
        }
    }
}

Session::~Session() = default;

std::optional<ledger::NetworkProfile> Session::network() const
{
    const QMutexLocker lock(&m_networkLock);
    return m_network;
}

Result<ledger::NetworkProfile> Session::requireNetwork() const
{
    const std::optional<ledger::NetworkProfile> network = this->network();
    if (!network) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "passbook",
                             "No hospitals' network is set up yet. Import the consortium's network profile "
                             "first (Settings in the app, 'passbook-cli network use FILE')."),
                         QStringLiteral("no network profile"));
    }
    return *network;
}

Result<ledger::NetworkProfile> Session::useNetworkFile(const QString &pathOrUrl, bool askLedger)
{
    const QUrl url(pathOrUrl);
    QFile file(url.isLocalFile() ? url.toLocalFile() : pathOrUrl);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kProfileMaxBytes) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "The network profile could not be read."),
                         file.isOpen() ? QStringLiteral("profile too large") : file.errorString());
    }
    const QByteArray json = file.readAll();
    auto profile = ledger::NetworkProfile::fromJson(json);
    if (!profile) {
        return profile.error();
    }
    if (askLedger) {
        // ask the ledger before trusting the profile: it must answer, and for the same chain
        ledger::LedgerConnection probe(profile.value());
        if (auto chain = probe.eth().expectChain(profile.value().chainId); !chain) {
            return chain.error();
        }
    }
    const QString compact =
        QString::fromUtf8(QJsonDocument(profile.value().toJson()).toJson(QJsonDocument::Compact));
    if (auto r = m_vault.database()->setMeta(kNetworkKey, compact); !r) {
        return r.error();
    }
    const QMutexLocker lock(&m_networkLock);
    m_network = profile.value();
    return profile;
}

Result<std::unique_ptr<ledger::LedgerConnection>> Session::connectLedger(int timeoutMs) const
{
    auto network = requireNetwork();
    if (!network) {
        return network.error();
    }
    ledger::LedgerConnection::Options options;
    options.key = m_vault.signingKey();
    options.vault = m_vault.database();
    options.timeoutMs = timeoutMs;
    return std::make_unique<ledger::LedgerConnection>(network.value(), options);
}

Result<consent::ConsentStore> Session::consentStore() const
{
    auto network = requireNetwork();
    if (!network) {
        return network.error();
    }
    return consent::ConsentStore(*m_vault.database(), network.value().chainId, network.value().registry);
}

Result<void> Session::viewAs(const std::optional<consent::CaredFor> &person)
{
    std::unique_ptr<vault::VaultDatabase> careDb;
    if (person && passbook::CareAccess::mayView(*person)) {
        careDb = std::make_unique<vault::VaultDatabase>();
        if (auto opened = m_vault.openCareDatabase(person->patient, *careDb); !opened) {
            return opened.error();
        }
    }
    m_store.reset();
    m_careDb = std::move(careDb);
    m_subject = person;
    if (!person || m_careDb) {
        m_store = std::make_unique<passbook::TimelineStore>(m_careDb ? *m_careDb : *m_vault.database());
    }
    return {};
}

Result<passbook::TimelineStore *> Session::records()
{
    if (!m_store) {
        if (auto allowed = passbook::CareAccess::mayView(*m_subject); !allowed) {
            return allowed.error();
        }
        if (auto opened = viewAs(*m_subject); !opened) { // VIEW was given since
            return opened.error();
        }
    }
    return m_store.get();
}

bool Session::refreshSubject()
{
    if (!m_subject) {
        return false;
    }
    auto now = consent::CareCircle(*m_vault.database()).find(m_subject->patient);
    if (now && now.value() && now.value()->active() &&
        (now.value()->rights != m_subject->rights || now.value()->label != m_subject->label)) {
        m_subject = *now.value();
        return true;
    }
    return false;
}

Result<consent::CaredFor> Session::caredFor(const QString &patient) const
{
    auto who = Address::fromString(patient.trimmed());
    if (!who) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "passbook", "That is not the address of someone you care for (see the people you care for)."),
            QStringLiteral("bad cared-for address"));
    }
    auto known = consent::CareCircle(*m_vault.database()).find(who.value());
    if (!known) {
        return known.error();
    }
    if (!known.value()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate(
                "passbook",
                "You do not care for %1 on this device; add them from their invite code first (Family in the "
                "app, 'passbook-cli care add CODE').")
                .arg(who.value().toChecksumString()),
            QStringLiteral("not cared for"));
    }
    return *known.value();
}

Result<passbook::Hospital> Session::connectHospital(const Address &participant, const QString &activationCode)
{
    auto network = requireNetwork();
    if (!network) {
        return network.error();
    }
    auto store = records();
    if (!store) {
        return store.error();
    }
    passbook::SyncEngine engine(*store.value(), *m_vault.signingKey(), network.value());
    return engine.connect(participant, activationCode.trimmed());
}

Result<int> Session::disconnectHospital(const QString &participant)
{
    auto store = records();
    if (!store) {
        return store.error();
    }
    return store.value()->removeHospital(participant.toLower());
}

Result<int> Session::exportRecords(const QString &path)
{
    return passbook::TimelineStore(*m_vault.database()).exportBundle(path);
}

} // namespace passbook::session

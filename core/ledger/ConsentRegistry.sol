// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title ConsentRegistry — the Health Passbook consortium ledger (DESIGN.md §4).
/// @notice Holds the participant directory, access requests, consents, delegations, record
///         anchors and the release log. No medical data is ever stored here: only addresses,
///         category bitmasks, purposes, times and Merkle roots.
contract ConsentRegistry {
    // ---- constants ------------------------------------------------------------------------
    uint8 public constant KIND_HOSPITAL = 1;
    uint8 public constant KIND_CLINIC = 2;
    uint8 public constant KIND_INSURER = 3;
    uint8 public constant KIND_RESEARCH = 4;

    uint8 public constant PURPOSE_TREATMENT = 1;
    uint8 public constant PURPOSE_INSURANCE_CLAIM = 2;
    uint8 public constant PURPOSE_RESEARCH = 3;
    uint8 public constant PURPOSE_EMERGENCY = 4;
    uint8 public constant PURPOSE_PERSONAL_SHARE = 5;

    uint8 public constant RIGHT_VIEW = 1;
    uint8 public constant RIGHT_APPROVE = 2;
    uint8 public constant RIGHT_MANAGE = 4;

    /// Sixteen passbook categories (DESIGN.md §6), one bit each.
    uint32 public constant ALL_SCOPES = 0xFFFF;
    uint64 public constant EMERGENCY_DURATION = 24 hours;

    uint8 private constant STATUS_PENDING = 1;
    uint8 private constant STATUS_APPROVED = 2;
    uint8 private constant STATUS_DENIED = 3;

    // ---- errors: every rejected call names its reason --------------------------------------
    error NotAdmin(address caller);
    error ZeroAddress();
    error AlreadyRegistered(address account);
    error UnknownParticipant(address account);
    error NotActiveParticipant(address account);
    error NotHospital(address account);
    error InvalidKind(uint8 kind);
    error InvalidPurpose(uint8 purpose);
    error InvalidScopes(uint32 scopes);
    error InvalidRights(uint8 rights);
    error ExpiryInPast(uint64 expiresAt);
    error UnknownRequest(uint256 requestId);
    error RequestNotPending(uint256 requestId);
    error RequestExpired(uint256 requestId);
    error NotPatientOrDelegate(address caller, address patient, uint8 requiredRight);
    error ScopesWidened(uint32 requested, uint32 offered);
    error ExpiryExtended(uint64 requested, uint64 offered);
    error UnknownConsent(uint256 consentId);
    error ConsentNotActive(uint256 consentId);
    error SelfDelegation();
    error EmptyRoot();
    error EmptyBatch();
    error ReleaseNotCovered(uint256 consentId);

    // ---- events (the interface the app and hospitals rely on) -------------------------------
    event ParticipantRegistered(address indexed account, string name, uint8 kind, string endpoint);
    event ParticipantStatusChanged(address indexed account, bool active);
    event AccessRequested(uint256 indexed requestId, address indexed patient, address indexed requester,
                          address custodian, uint32 scopes, uint8 purpose, uint64 expiresAt);
    event AccessDenied(uint256 indexed requestId, address indexed patient, address actor);
    event ConsentGranted(uint256 indexed consentId, address indexed patient, address indexed grantee,
                         address custodian, uint32 scopes, uint8 purpose, uint64 expiresAt, uint256 requestId,
                         address actor);
    event ConsentRevoked(uint256 indexed consentId, address indexed patient, address actor);
    event DelegateSet(address indexed patient, address indexed delegate, uint8 rights, uint64 expiresAt);
    event RecordsAnchored(address indexed custodian, uint64 indexed seq, bytes32 root, uint32 leafCount);
    event RecordsReleased(address indexed patient, address indexed custodian, address indexed recipient,
                          uint32 scopes, uint256 consentId);
    event EmergencyAccessed(uint256 indexed consentId, address indexed patient, address indexed hospital);

    // ---- state -----------------------------------------------------------------------------
    struct Participant {
        string name;
        uint8 kind;
        string endpoint;
        bool active;
        bool exists;
    }

    struct Request {
        address patient;
        address requester;
        address custodian;
        uint32 scopes;
        uint8 purpose;
        uint64 expiresAt;
        uint8 status;
    }

    struct Consent {
        address patient;
        address grantee;
        address custodian; // 0 = any custodian
        uint32 scopes;
        uint8 purpose;
        uint64 expiresAt;
        bool revoked;
        uint256 requestId; // 0 for proactive grants and emergency access
    }

    struct Delegation {
        uint8 rights;
        uint64 expiresAt;
    }

    address private immutable _admin;
    mapping(address => Participant) private _participants;
    address[] private _participantList;
    Request[] private _requests; // id = index + 1
    Consent[] private _consents; // id = index + 1
    mapping(address => uint256[]) private _patientConsents;
    mapping(address => mapping(address => Delegation)) private _delegations;
    mapping(address => mapping(bytes32 => bool)) private _anchored;
    mapping(address => uint64) private _anchorSeq;

    constructor() {
        _admin = msg.sender;
    }

    // ---- modifiers and checks ----------------------------------------------------------------
    modifier onlyAdmin() {
        if (msg.sender != _admin) revert NotAdmin(msg.sender);
        _;
    }

    modifier onlyActiveParticipant() {
        if (!_participants[msg.sender].active) revert NotActiveParticipant(msg.sender);
        _;
    }

    function _checkScopes(uint32 scopes) private pure {
        if (scopes == 0 || scopes & ~ALL_SCOPES != 0) revert InvalidScopes(scopes);
    }

    function _checkPurpose(uint8 purpose) private pure {
        if (purpose < PURPOSE_TREATMENT || purpose > PURPOSE_PERSONAL_SHARE) revert InvalidPurpose(purpose);
    }

    function _checkFuture(uint64 expiresAt) private view {
        if (expiresAt <= block.timestamp) revert ExpiryInPast(expiresAt);
    }

    function _checkActive(address account) private view {
        if (!_participants[account].active) revert NotActiveParticipant(account);
    }

    function _requirePatientOr(address patient, uint8 right) private view {
        if (msg.sender != patient && delegateRights(patient, msg.sender) & right == 0) {
            revert NotPatientOrDelegate(msg.sender, patient, right);
        }
    }

    function _grant(address patient, address grantee, address custodian, uint32 scopes, uint8 purpose,
                    uint64 expiresAt, uint256 requestId) private returns (uint256 consentId) {
        _consents.push(Consent(patient, grantee, custodian, scopes, purpose, expiresAt, false, requestId));
        consentId = _consents.length;
        _patientConsents[patient].push(consentId);
        emit ConsentGranted(consentId, patient, grantee, custodian, scopes, purpose, expiresAt, requestId, msg.sender);
    }

    function _consentActive(Consent storage c) private view returns (bool) {
        return !c.revoked && c.expiresAt > block.timestamp;
    }

    // ---- directory ---------------------------------------------------------------------------
    function admin() external view returns (address) {
        return _admin;
    }

    function registerParticipant(address account, string calldata name, uint8 kind, string calldata endpoint)
        external
        onlyAdmin
    {
        if (account == address(0)) revert ZeroAddress();
        if (_participants[account].exists) revert AlreadyRegistered(account);
        if (kind < KIND_HOSPITAL || kind > KIND_RESEARCH) revert InvalidKind(kind);
        _participants[account] = Participant(name, kind, endpoint, true, true);
        _participantList.push(account);
        emit ParticipantRegistered(account, name, kind, endpoint);
    }

    function setParticipantActive(address account, bool active) external onlyAdmin {
        if (!_participants[account].exists) revert UnknownParticipant(account);
        _participants[account].active = active;
        emit ParticipantStatusChanged(account, active);
    }

    function participant(address account)
        external
        view
        returns (string memory name, uint8 kind, string memory endpoint, bool active)
    {
        Participant storage p = _participants[account];
        if (!p.exists) revert UnknownParticipant(account);
        return (p.name, p.kind, p.endpoint, p.active);
    }

    function participantCount() external view returns (uint256) {
        return _participantList.length;
    }

    function participantAt(uint256 index) external view returns (address) {
        return _participantList[index];
    }

    // ---- requests and consents ---------------------------------------------------------------
    function requestAccess(address patient, address custodian, uint32 scopes, uint8 purpose, uint64 expiresAt)
        external
        onlyActiveParticipant
        returns (uint256 requestId)
    {
        if (patient == address(0)) revert ZeroAddress();
        if (custodian != address(0)) _checkActive(custodian);
        _checkScopes(scopes);
        _checkPurpose(purpose);
        _checkFuture(expiresAt);
        _requests.push(Request(patient, msg.sender, custodian, scopes, purpose, expiresAt, STATUS_PENDING));
        requestId = _requests.length;
        emit AccessRequested(requestId, patient, msg.sender, custodian, scopes, purpose, expiresAt);
    }

    function _pendingRequest(uint256 requestId) private view returns (Request storage r) {
        if (requestId == 0 || requestId > _requests.length) revert UnknownRequest(requestId);
        r = _requests[requestId - 1];
        if (r.status != STATUS_PENDING) revert RequestNotPending(requestId);
    }

    function approveRequest(uint256 requestId, uint32 scopes, uint64 expiresAt) external returns (uint256 consentId) {
        Request storage r = _pendingRequest(requestId);
        _requirePatientOr(r.patient, RIGHT_APPROVE);
        if (r.expiresAt <= block.timestamp) revert RequestExpired(requestId);
        _checkActive(r.requester);
        _checkScopes(scopes);
        if (scopes & ~r.scopes != 0) revert ScopesWidened(r.scopes, scopes);
        if (expiresAt > r.expiresAt) revert ExpiryExtended(r.expiresAt, expiresAt);
        _checkFuture(expiresAt);
        r.status = STATUS_APPROVED;
        consentId = _grant(r.patient, r.requester, r.custodian, scopes, r.purpose, expiresAt, requestId);
    }

    function denyRequest(uint256 requestId) external {
        Request storage r = _pendingRequest(requestId);
        _requirePatientOr(r.patient, RIGHT_APPROVE);
        r.status = STATUS_DENIED;
        emit AccessDenied(requestId, r.patient, msg.sender);
    }

    /// A proactive grant by the patient (msg.sender).
    function grantConsent(address grantee, address custodian, uint32 scopes, uint8 purpose, uint64 expiresAt)
        external
        returns (uint256 consentId)
    {
        return _grantChecked(msg.sender, grantee, custodian, scopes, purpose, expiresAt);
    }

    /// The same grant made by a delegate holding MANAGE for `patient`.
    function grantConsentFor(address patient, address grantee, address custodian, uint32 scopes, uint8 purpose,
                             uint64 expiresAt) external returns (uint256 consentId) {
        _requirePatientOr(patient, RIGHT_MANAGE);
        return _grantChecked(patient, grantee, custodian, scopes, purpose, expiresAt);
    }

    function _grantChecked(address patient, address grantee, address custodian, uint32 scopes, uint8 purpose,
                           uint64 expiresAt) private returns (uint256) {
        _checkActive(grantee);
        if (custodian != address(0)) _checkActive(custodian);
        _checkScopes(scopes);
        _checkPurpose(purpose);
        _checkFuture(expiresAt);
        return _grant(patient, grantee, custodian, scopes, purpose, expiresAt, 0);
    }

    function revokeConsent(uint256 consentId) external {
        if (consentId == 0 || consentId > _consents.length) revert UnknownConsent(consentId);
        Consent storage c = _consents[consentId - 1];
        _requirePatientOr(c.patient, RIGHT_MANAGE);
        if (c.revoked) revert ConsentNotActive(consentId);
        c.revoked = true;
        emit ConsentRevoked(consentId, c.patient, msg.sender);
    }

    /// True when active consents of `patient` together cover every bit of `scopes` for `grantee`
    /// at `custodian` (a consent with custodian 0 covers any custodian).
    function isAuthorized(address patient, address grantee, address custodian, uint32 scopes)
        external
        view
        returns (bool)
    {
        if (scopes == 0 || !_participants[grantee].active) return false;
        uint32 covered = 0;
        uint256[] storage ids = _patientConsents[patient];
        for (uint256 i = 0; i < ids.length; ++i) {
            Consent storage c = _consents[ids[i] - 1];
            if (c.grantee == grantee && (c.custodian == address(0) || c.custodian == custodian) && _consentActive(c)) {
                covered |= c.scopes;
                if (covered & scopes == scopes) return true;
            }
        }
        return false;
    }

    function request(uint256 requestId)
        external
        view
        returns (address patient, address requester, address custodian, uint32 scopes, uint8 purpose,
                 uint64 expiresAt, uint8 status)
    {
        if (requestId == 0 || requestId > _requests.length) revert UnknownRequest(requestId);
        Request storage r = _requests[requestId - 1];
        return (r.patient, r.requester, r.custodian, r.scopes, r.purpose, r.expiresAt, r.status);
    }

    function consent(uint256 consentId)
        external
        view
        returns (address patient, address grantee, address custodian, uint32 scopes, uint8 purpose,
                 uint64 expiresAt, bool revoked, uint256 requestId)
    {
        if (consentId == 0 || consentId > _consents.length) revert UnknownConsent(consentId);
        Consent storage c = _consents[consentId - 1];
        return (c.patient, c.grantee, c.custodian, c.scopes, c.purpose, c.expiresAt, c.revoked, c.requestId);
    }

    function requestCount() external view returns (uint256) {
        return _requests.length;
    }

    function consentCount() external view returns (uint256) {
        return _consents.length;
    }

    // ---- delegation --------------------------------------------------------------------------
    function setDelegate(address delegate, uint8 rights, uint64 expiresAt) external {
        if (delegate == address(0)) revert ZeroAddress();
        if (delegate == msg.sender) revert SelfDelegation();
        if (rights > (RIGHT_VIEW | RIGHT_APPROVE | RIGHT_MANAGE)) revert InvalidRights(rights);
        if (rights == 0) {
            delete _delegations[msg.sender][delegate];
            emit DelegateSet(msg.sender, delegate, 0, 0);
            return;
        }
        _checkFuture(expiresAt);
        _delegations[msg.sender][delegate] = Delegation(rights, expiresAt);
        emit DelegateSet(msg.sender, delegate, rights, expiresAt);
    }

    function delegateRights(address patient, address delegate) public view returns (uint8) {
        Delegation storage d = _delegations[patient][delegate];
        return d.expiresAt > block.timestamp ? d.rights : 0;
    }

    // ---- integrity and release log -----------------------------------------------------------
    function anchor(bytes32 root, uint32 leafCount) external onlyActiveParticipant returns (uint64 seq) {
        if (root == bytes32(0)) revert EmptyRoot();
        if (leafCount == 0) revert EmptyBatch();
        seq = ++_anchorSeq[msg.sender];
        _anchored[msg.sender][root] = true;
        emit RecordsAnchored(msg.sender, seq, root, leafCount);
    }

    function isAnchored(address custodian, bytes32 root) external view returns (bool) {
        return _anchored[custodian][root];
    }

    /// The custodian (msg.sender) logs that it released `scopes` of `patient`'s records to
    /// `recipient` under `consentId`.
    function recordRelease(address patient, address recipient, uint32 scopes, uint256 consentId)
        external
        onlyActiveParticipant
    {
        _checkScopes(scopes);
        if (consentId == 0 || consentId > _consents.length) revert UnknownConsent(consentId);
        Consent storage c = _consents[consentId - 1];
        if (!_consentActive(c)) revert ConsentNotActive(consentId);
        if (c.patient != patient || c.grantee != recipient
            || (c.custodian != address(0) && c.custodian != msg.sender) || scopes & ~c.scopes != 0) {
            revert ReleaseNotCovered(consentId);
        }
        emit RecordsReleased(patient, msg.sender, recipient, scopes, consentId);
    }

    /// Break-glass access by an active hospital: every category, 24 hours, announced loudly.
    function emergencyAccess(address patient) external onlyActiveParticipant returns (uint256 consentId) {
        if (_participants[msg.sender].kind != KIND_HOSPITAL) revert NotHospital(msg.sender);
        if (patient == address(0)) revert ZeroAddress();
        consentId = _grant(patient, msg.sender, address(0), ALL_SCOPES, PURPOSE_EMERGENCY,
                           uint64(block.timestamp) + EMERGENCY_DURATION, 0);
        emit EmergencyAccessed(consentId, patient, msg.sender);
    }
}

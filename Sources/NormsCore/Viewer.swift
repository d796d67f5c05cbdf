import Foundation

/// A role a user holds in an organisation.
public enum Role: String, Codable, Sendable, CaseIterable {
    case regionalCoordinator
    case focalPoint
    case contributor
    case assessor
    case viewer
}

/// One organisation a user belongs to, with the roles held there.
public struct Membership: Codable, Sendable, Hashable {
    public var organisationID: UUID
    /// The ISO 3166-1 alpha-3 code of the organisation's state; `nil` for a regional organisation.
    public var stateCode: String?
    public var roles: Set<Role>

    public init(organisationID: UUID, stateCode: String?, roles: Set<Role>) {
        self.organisationID = organisationID
        self.stateCode = stateCode
        self.roles = roles
    }
}

/// Who is asking. Every read of shared information takes a viewer, and `SharingPolicy` decides
/// what the viewer may see.
public struct Viewer: Sendable, Hashable {
    /// The signed-in user, or `nil` for the public.
    public var userID: UUID?
    public var memberships: [Membership]
    public var isAdministrator: Bool

    public init(userID: UUID?, memberships: [Membership] = [], isAdministrator: Bool = false) {
        self.userID = userID
        self.memberships = memberships
        self.isAdministrator = isAdministrator
    }

    /// The public: sees TLP:CLEAR only.
    public static let anonymous = Viewer(userID: nil)

    public var isSignedIn: Bool { userID != nil }
    public var stateCodes: Set<String> { Set(memberships.compactMap(\.stateCode)) }
    public var organisationIDs: Set<UUID> { Set(memberships.map(\.organisationID)) }

    public func holds(_ role: Role, forState code: String) -> Bool {
        memberships.contains { $0.stateCode == code && $0.roles.contains(role) }
    }
}

/// To whom a piece of information belongs and with whom it is shared, beside its TLP level.
public struct SharingScope: Codable, Sendable, Hashable {
    public var tlp: TLP
    /// The state the information belongs to, if any (reference data belongs to none).
    public var owningState: String?
    public var owningOrganisation: UUID?
    /// States an AMBER item is explicitly shared with.
    public var sharedWithStates: Set<String>
    /// Organisations an AMBER item is explicitly shared with.
    public var sharedWithOrganisations: Set<UUID>
    /// The people who may see a RED item (its author among them).
    public var namedRecipients: Set<UUID>

    public init(
        tlp: TLP,
        owningState: String? = nil,
        owningOrganisation: UUID? = nil,
        sharedWithStates: Set<String> = [],
        sharedWithOrganisations: Set<UUID> = [],
        namedRecipients: Set<UUID> = []
    ) {
        self.tlp = tlp
        self.owningState = owningState
        self.owningOrganisation = owningOrganisation
        self.sharedWithStates = sharedWithStates
        self.sharedWithOrganisations = sharedWithOrganisations
        self.namedRecipients = namedRecipients
    }

    public static let publicScope = SharingScope(tlp: .clear)

    /// The same owners and recipients at a level no more open than `level`.
    public func restricted(to level: TLP) -> SharingScope {
        var copy = self
        copy.tlp = max(tlp, level)
        return copy
    }
}

/// The one place that decides whether a viewer may see a piece of information.
///
/// Every repository, page, export and report asks this policy; nothing else compares TLP levels.
/// Administrators manage accounts; they get no extra sight of shared information.
public enum SharingPolicy {
    public static func viewer(_ viewer: Viewer, maySee scope: SharingScope) -> Bool {
        if let user = viewer.userID, scope.namedRecipients.contains(user) { return true }
        switch scope.tlp {
        case .clear:
            return true
        case .green:
            return viewer.isSignedIn
        case .amber:
            guard viewer.isSignedIn else { return false }
            if let state = scope.owningState, viewer.stateCodes.contains(state) { return true }
            if let organisation = scope.owningOrganisation, viewer.organisationIDs.contains(organisation) { return true }
            if !scope.sharedWithStates.isDisjoint(with: viewer.stateCodes) { return true }
            return !scope.sharedWithOrganisations.isDisjoint(with: viewer.organisationIDs)
        case .amberStrict:
            guard viewer.isSignedIn, let organisation = scope.owningOrganisation else { return false }
            return viewer.organisationIDs.contains(organisation)
        case .red:
            return false
        }
    }
}

extension Viewer {
    /// Whether this viewer may see information shared under `scope`; see `SharingPolicy`.
    public func maySee(_ scope: SharingScope) -> Bool { SharingPolicy.viewer(self, maySee: scope) }
}

/// Something that carries its own sharing scope.
public protocol Shared {
    var sharing: SharingScope { get }
}

extension Sequence where Element: Shared {
    /// The elements the viewer may see, in their order.
    public func visible(to viewer: Viewer) -> [Element] { filter { viewer.maySee($0.sharing) } }
}

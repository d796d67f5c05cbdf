import FluentKit
import Foundation
import NormsCore

/// A user account as the server needs it for sign-in; the password hash never leaves the server.
public struct UserAccount: Sendable, Hashable {
    public var id: UUID
    public var email: String
    public var displayName: String
    public var passwordHash: String?
    public var isAdministrator: Bool
    public var isDemo: Bool
}

/// A user with memberships, for the administration page.
public struct UserListing: Sendable, Hashable {
    public var account: UserAccount
    public var memberships: [(organisation: Organisation, role: Role)]

    public static func == (lhs: UserListing, rhs: UserListing) -> Bool { lhs.account == rhs.account }
    public func hash(into hasher: inout Hasher) { hasher.combine(account) }
}

/// Why a store write was refused. Callers map these to HTTP statuses.
public enum StoreError: Error, Sendable, Equatable {
    /// The record does not exist or the viewer may not see it: the two are deliberately one case.
    case notFound
    case forbidden(String)
    case conflict(String)
}

/// Accounts, memberships, invitations and sign-in throttling.
public struct UserRepository: Sendable {
    let database: any Database

    public func account(email: String) async throws -> UserAccount? {
        try await UserModel.query(on: database).filter(\.$email == SignInPolicy.key(for: email)).first().map(Self.account)
    }

    public func account(id: UUID) async throws -> UserAccount? {
        try await UserModel.find(id, on: database).map(Self.account)
    }

    /// The viewer a signed-in user is: their memberships with their organisations' states.
    public func viewer(userID: UUID) async throws -> Viewer? {
        guard let user = try await UserModel.find(userID, on: database) else { return nil }
        let memberships = try await MembershipModel.query(on: database).filter(\.$user.$id == userID).with(\.$organisation).all()
        let grouped = Dictionary(grouping: memberships, by: { $0.$organisation.id })
        return Viewer(
            userID: userID,
            memberships: grouped.map { organisationID, rows in
                Membership(organisationID: organisationID, stateCode: rows[0].organisation.stateCode,
                           roles: Set(rows.compactMap { Role(rawValue: $0.role) }))
            }.sorted { $0.organisationID.uuidString < $1.organisationID.uuidString },
            isAdministrator: user.isAdministrator)
    }

    public func all() async throws -> [UserListing] {
        let users = try await UserModel.query(on: database).sort(\.$email).all()
        let memberships = try await MembershipModel.query(on: database).with(\.$organisation).all()
        let byUser = Dictionary(grouping: memberships, by: { $0.$user.id })
        return users.map { user in
            UserListing(account: Self.account(user), memberships: (byUser[user.id!] ?? []).compactMap { row in
                Role(rawValue: row.role).map { (OrganisationRepository.organisation(row.organisation), $0) }
            })
        }
    }

    /// Creates an account; the email must not be taken.
    @discardableResult
    public func create(email: String, displayName: String, passwordHash: String?, isAdministrator: Bool, isDemo: Bool = false,
                       in transaction: AuditedTransaction) async throws -> UserAccount {
        let key = SignInPolicy.key(for: email)
        if try await UserModel.query(on: transaction.database).filter(\.$email == key).first() != nil {
            throw StoreError.conflict("An account with this email address already exists.")
        }
        let user = UserModel()
        user.email = key
        user.displayName = displayName
        user.passwordHash = passwordHash
        user.isAdministrator = isAdministrator
        user.isDemo = isDemo
        try await user.create(on: transaction.database)
        try await transaction.record("user.create", entity: "user", id: user.id!.uuidString,
                                     after: ["email": key, "displayName": displayName, "administrator": String(isAdministrator)])
        return Self.account(user)
    }

    public func addMembership(userID: UUID, organisationID: UUID, role: Role, in transaction: AuditedTransaction) async throws {
        let row = MembershipModel()
        row.$user.id = userID
        row.$organisation.id = organisationID
        row.role = role.rawValue
        try await row.create(on: transaction.database)
        try await transaction.record("membership.add", entity: "user", id: userID.uuidString,
                                     after: ["organisation": organisationID.uuidString, "role": role.rawValue])
    }

    public func setPasswordHash(_ hash: String, userID: UUID, in transaction: AuditedTransaction) async throws {
        guard let user = try await UserModel.find(userID, on: transaction.database) else { throw StoreError.notFound }
        user.passwordHash = hash
        try await user.save(on: transaction.database)
        // The hash itself is never written to the audit log.
        try await transaction.record("user.password", entity: "user", id: userID.uuidString)
    }

    // MARK: Invitations

    /// Creates a one-time invitation and returns its token (shown once; only its hash is stored).
    public func invite(userID: UUID, validFor interval: TimeInterval, now: Date = Date(), in transaction: AuditedTransaction) async throws -> String {
        let token = Digests.randomToken()
        let invitation = InvitationModel()
        invitation.$user.id = userID
        invitation.tokenHash = Digests.sha256Hex(token)
        invitation.expiresAt = now.addingTimeInterval(interval)
        try await invitation.create(on: transaction.database)
        try await transaction.record("invitation.create", entity: "user", id: userID.uuidString,
                                     after: ["expiresAt": invitation.expiresAt.formatted(.iso8601)])
        return token
    }

    /// The account an unused, unexpired invitation is for.
    public func invitedAccount(token: String, now: Date = Date()) async throws -> UserAccount? {
        guard let invitation = try await InvitationModel.query(on: database).filter(\.$tokenHash == Digests.sha256Hex(token)).with(\.$user).first(),
              invitation.usedAt == nil, invitation.expiresAt > now else { return nil }
        return Self.account(invitation.user)
    }

    /// Sets the password through an invitation and uses the invitation up, in one transaction.
    public func acceptInvitation(token: String, passwordHash: String, now: Date = Date(), in transaction: AuditedTransaction) async throws -> UserAccount {
        guard let invitation = try await InvitationModel.query(on: transaction.database).filter(\.$tokenHash == Digests.sha256Hex(token)).first(),
              invitation.usedAt == nil, invitation.expiresAt > now else { throw StoreError.notFound }
        invitation.usedAt = now
        try await invitation.save(on: transaction.database)
        try await setPasswordHash(passwordHash, userID: invitation.$user.id, in: transaction)
        try await transaction.record("invitation.accept", entity: "user", id: invitation.$user.id.uuidString)
        guard let account = try await UserModel.find(invitation.$user.id, on: transaction.database).map(Self.account) else { throw StoreError.notFound }
        return account
    }

    // MARK: Throttling

    /// The time an address is locked until, if it is locked now.
    public func lockedUntil(email: String, now: Date = Date()) async throws -> Date? {
        let row = try await SignInThrottleModel.query(on: database).filter(\.$emailKey == SignInPolicy.key(for: email)).first()
        guard let until = row?.lockedUntil, until > now else { return nil }
        return until
    }

    /// Counts a failed sign-in for the typed address; returns the lock time if this failure locked it.
    @discardableResult
    public func recordFailure(email: String, now: Date = Date()) async throws -> Date? {
        let key = SignInPolicy.key(for: email)
        let row = try await SignInThrottleModel.query(on: database).filter(\.$emailKey == key).first() ?? {
            let new = SignInThrottleModel()
            new.emailKey = key
            new.failures = 0
            return new
        }()
        let next = SignInPolicy.afterFailure(failures: row.failures, now: now)
        row.failures = next.failures
        row.lockedUntil = next.lockedUntil
        try await row.save(on: database)
        return next.lockedUntil
    }

    public func clearFailures(email: String) async throws {
        try await SignInThrottleModel.query(on: database).filter(\.$emailKey == SignInPolicy.key(for: email)).delete()
    }

    static func account(_ user: UserModel) -> UserAccount {
        UserAccount(id: user.id!, email: user.email, displayName: user.displayName, passwordHash: user.passwordHash,
                    isAdministrator: user.isAdministrator, isDemo: user.isDemo)
    }
}

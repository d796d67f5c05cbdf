import FluentKit
import Foundation

final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisations"
    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// `nil` for a regional organisation.
    @OptionalField(key: "state_code") var stateCode: String?
    @Field(key: "stakeholder_type") var stakeholderType: String
    @Field(key: "is_demo") var isDemo: Bool
    init() {}
}

/// A user account. Sign-in is built on this table in a later change; passwords are stored only as hashes.
final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"
    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Field(key: "is_administrator") var isAdministrator: Bool
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    init() {}
}

final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"
    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "role") var role: String
    init() {}
}

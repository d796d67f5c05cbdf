import FluentKit
import Foundation

/// A one-time invitation to set a password; only the SHA-256 of the token is stored.
final class InvitationModel: Model, @unchecked Sendable {
    static let schema = "invitations"
    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    init() {}
}

/// Failed sign-ins per typed address (registered or not).
final class SignInThrottleModel: Model, @unchecked Sendable {
    static let schema = "sign_in_throttle"
    @ID(key: .id) var id: UUID?
    @Field(key: "email_key") var emailKey: String
    @Field(key: "failures") var failures: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    init() {}
}

/// An uploaded PDF behind a piece of evidence, stored in the database so it shares its transaction.
final class EvidenceFileModel: Model, @unchecked Sendable {
    static let schema = "evidence_files"
    @ID(key: .id) var id: UUID?
    @Parent(key: "evidence_id") var evidence: EvidenceModel
    @Field(key: "filename") var filename: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "content") var content: Data
    init() {}
}

/// A comment on evidence or a checklist item; it is visible exactly where its subject is.
final class CommentModel: Model, @unchecked Sendable {
    static let schema = "comments"
    @ID(key: .id) var id: UUID?
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_key") var subjectKey: String
    @OptionalField(key: "state_code") var stateCode: String?
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "author_name") var authorName: String
    @Field(key: "body") var body: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    init() {}
}

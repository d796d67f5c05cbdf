import FluentKit

struct CreateInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InvitationModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(InvitationModel.schema).delete() }
}

struct CreateSignInThrottle: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SignInThrottleModel.schema)
            .id()
            .field("email_key", .string, .required)
            .field("failures", .int, .required)
            .field("locked_until", .datetime)
            .unique(on: "email_key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(SignInThrottleModel.schema).delete() }
}

struct CreateEvidenceFiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceFileModel.schema)
            .id()
            .field("evidence_id", .uuid, .required, .references(EvidenceModel.schema, "id", onDelete: .cascade))
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("content", .data, .required)
            .unique(on: "evidence_id")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(EvidenceFileModel.schema).delete() }
}

struct CreateComments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CommentModel.schema)
            .id()
            .field("subject_type", .string, .required)
            .field("subject_key", .string, .required)
            .field("state_code", .string)
            .field("author_id", .uuid, .required, .references(UserModel.schema, "id"))
            .field("author_name", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(CommentModel.schema).delete() }
}

/// One column per statement: SQLite alters a table one column at a time.
struct UpdateEvidenceAddReviewer: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceModel.schema).field("reviewed_by", .uuid).update()
        try await database.schema(EvidenceModel.schema).field("reviewed_at", .datetime).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema(EvidenceModel.schema).deleteField("reviewed_at").update()
        try await database.schema(EvidenceModel.schema).deleteField("reviewed_by").update()
    }
}

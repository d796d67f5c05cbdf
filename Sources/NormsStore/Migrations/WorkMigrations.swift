import FluentKit

struct CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field("name", .string, .required)
            .field("state_code", .string)
            .field("stakeholder_type", .string, .required)
            .field("is_demo", .bool, .required)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(OrganisationModel.schema).delete() }
}

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string)
            .field("is_administrator", .bool, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(UserModel.schema).delete() }
}

struct CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MembershipModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "user_id", "organisation_id", "role")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(MembershipModel.schema).delete() }
}

struct CreateEvidence: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceModel.schema)
            .id()
            .field("state_code", .string, .required)
            .field("organisation_id", .uuid, .references(OrganisationModel.schema, "id"))
            .field("contributor_id", .uuid, .references(UserModel.schema, "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("issuer", .string, .required)
            .field("date", .string, .required)
            .field("source_url", .string)
            .field("language", .string, .required)
            .field("tlp", .string, .required)
            .field("status", .string, .required)
            .field("rejection_reason", .string)
            .field("review_by", .string)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(EvidenceModel.schema).delete() }
}

struct CreateEvidenceItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceItemModel.schema)
            .id()
            .field("evidence_id", .uuid, .required, .references(EvidenceModel.schema, "id", onDelete: .cascade))
            .field("item_key", .string, .required)
            .unique(on: "evidence_id", "item_key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(EvidenceItemModel.schema).delete() }
}

struct CreateShares: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ShareModel.schema)
            .id()
            .field("subject_type", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("state_code", .string)
            .field("organisation_id", .uuid)
            .field("user_id", .uuid)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(ShareModel.schema).delete() }
}

struct CreateAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AssessmentModel.schema)
            .id()
            .field("state_code", .string, .required)
            .field("kind", .string, .required)
            .field("assessor_organisation_id", .uuid, .references(OrganisationModel.schema, "id"))
            .field("assessor_name", .string, .required)
            .field("catalog_reference", .string, .required)
            .field("as_of", .string, .required)
            .field("status", .string, .required)
            .field("tlp", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(AssessmentModel.schema).delete() }
}

struct CreateJudgements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(JudgementModel.schema)
            .id()
            .field("assessment_id", .uuid, .required, .references(AssessmentModel.schema, "id", onDelete: .cascade))
            .field("item_key", .string, .required)
            .field("judgement", .string, .required)
            .field("rationale", .string, .required)
            .field("tlp", .string)
            .field("evidence_ids", .string, .required)
            .unique(on: "assessment_id", "item_key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(JudgementModel.schema).delete() }
}

struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("seq", .int, .required)
            .field("at", .string, .required)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(AuditEntryModel.schema).delete() }
}

/// Every migration, in the order it must run.
public enum NormsMigrations {
    public static var all: [any Migration] {
        [
            // Reference data: catalogs, states, sourced facts, regional bodies.
            CreateCatalogs(), CreateChecklistItems(), CreateDatasets(), CreateReferenceSources(),
            CreateStates(), CreateReferenceFacts(), CreateRegionalBodies(),
            // People.
            CreateOrganisations(), CreateUsers(), CreateMemberships(),
            // Work: evidence, sharing, assessments.
            CreateEvidence(), CreateEvidenceItems(), CreateShares(), CreateAssessments(), CreateJudgements(),
            // Accountability.
            CreateAuditLog(),
            // Accounts and the evidence workflow.
            CreateInvitations(), CreateSignInThrottle(), CreateEvidenceFiles(), CreateComments(), UpdateEvidenceAddReviewer(),
        ]
    }
}

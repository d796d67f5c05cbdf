import FluentKit
import Foundation

final class EvidenceModel: Model, @unchecked Sendable {
    static let schema = "evidence"
    @ID(key: .id) var id: UUID?
    @Field(key: "state_code") var stateCode: String
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "contributor_id") var contributorID: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "issuer") var issuer: String
    @Field(key: "date") var date: String
    @OptionalField(key: "source_url") var sourceURL: String?
    @Field(key: "language") var language: String
    @Field(key: "tlp") var tlp: String
    @Field(key: "status") var status: String
    @OptionalField(key: "rejection_reason") var rejectionReason: String?
    @OptionalField(key: "review_by") var reviewBy: String?
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "reviewed_by") var reviewedBy: UUID?
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    init() {}
}

final class EvidenceItemModel: Model, @unchecked Sendable {
    static let schema = "evidence_items"
    @ID(key: .id) var id: UUID?
    @Parent(key: "evidence_id") var evidence: EvidenceModel
    @Field(key: "item_key") var itemKey: String
    init() {}
}

/// Who besides the owners may see a shared record: a state, an organisation or a named person.
/// One table serves every kind of shared record (`subject_type` names it).
final class ShareModel: Model, @unchecked Sendable {
    static let schema = "shares"
    @ID(key: .id) var id: UUID?
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_id") var subjectID: UUID
    @OptionalField(key: "state_code") var stateCode: String?
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "user_id") var userID: UUID?
    init() {}
}

final class AssessmentModel: Model, @unchecked Sendable {
    static let schema = "assessments"
    @ID(key: .id) var id: UUID?
    @Field(key: "state_code") var stateCode: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "assessor_organisation_id") var assessorOrganisationID: UUID?
    @Field(key: "assessor_name") var assessorName: String
    @Field(key: "catalog_reference") var catalogReference: String
    @Field(key: "as_of") var asOf: String
    @Field(key: "status") var status: String
    @Field(key: "tlp") var tlp: String
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$assessment) var judgements: [JudgementModel]
    init() {}
}

final class JudgementModel: Model, @unchecked Sendable {
    static let schema = "judgements"
    @ID(key: .id) var id: UUID?
    @Parent(key: "assessment_id") var assessment: AssessmentModel
    @Field(key: "item_key") var itemKey: String
    @Field(key: "judgement") var judgement: String
    @Field(key: "rationale") var rationale: String
    @OptionalField(key: "tlp") var tlp: String?
    /// Linked evidence ids, comma-separated, in the order the assessor gave them.
    @Field(key: "evidence_ids") var evidenceIDs: String
    init() {}
}

/// One entry of the append-only audit log; `hash` chains it to the entry before.
final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_log"
    @ID(key: .id) var id: UUID?
    @Field(key: "seq") var seq: Int
    /// ISO 8601 with milliseconds, kept as text so the hashed value survives every database exactly.
    @Field(key: "at") var at: String
    @Field(key: "actor") var actor: String
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String
    init() {}
}

import FluentKit
import Foundation
import NormsCore

/// Reads and writes assessments. Reads return each assessment as the viewer may see it: hidden
/// assessments are left out, hidden judgements dropped, hidden evidence links removed.
public struct AssessmentRepository: Sendable {
    let database: any Database

    /// The viewer's view of a state's assessments, newest first; `status` narrows to one status.
    public func assessments(ofState code: String, status: AssessmentStatus? = nil, visibleTo viewer: Viewer) async throws -> [Assessment] {
        var query = AssessmentModel.query(on: database).filter(\.$stateCode == code.uppercased())
        if let status { query = query.filter(\.$status == status.rawValue) }
        let models = try await query.with(\.$judgements).sort(\.$asOf, .descending).sort(\.$createdAt, .descending).all()
        return try await redact(domain(models), for: viewer)
    }

    /// The newest published assessment of a kind that the viewer may see, for every state at once.
    public func latestPublished(kind: AssessmentKind, visibleTo viewer: Viewer) async throws -> [String: Assessment] {
        let models = try await AssessmentModel.query(on: database)
            .filter(\.$status == AssessmentStatus.published.rawValue).filter(\.$kind == kind.rawValue)
            .with(\.$judgements).sort(\.$asOf, .descending).sort(\.$createdAt, .descending).all()
        var latest: [String: Assessment] = [:]
        for assessment in try await redact(domain(models), for: viewer) where latest[assessment.stateCode] == nil {
            latest[assessment.stateCode] = assessment
        }
        return latest
    }

    /// One assessment as the viewer may see it; a hidden one is not found, exactly as a missing one.
    public func assessment(id: UUID, visibleTo viewer: Viewer) async throws -> Assessment? {
        guard let model = try await AssessmentModel.query(on: database).filter(\.$id == id).with(\.$judgements).first() else { return nil }
        return try await redact(domain([model]), for: viewer).first
    }

    /// Saves judgements of a draft in one audited transaction. Only editors of the assessment may,
    /// and only while it is a draft: a submitted or published assessment never changes.
    public func saveJudgements(_ judgements: [ItemJudgement], in assessmentID: UUID, by viewer: Viewer, transaction: AuditedTransaction) async throws {
        let current = try await editable(assessmentID, by: viewer, on: transaction.database)
        guard current.status == .draft else { throw StoreError.conflict("This assessment is \(current.status.rawValue); only a draft can change. Start a new assessment to record progress.") }
        let existing = try await JudgementModel.query(on: transaction.database).filter(\.$assessment.$id == assessmentID).all()
        let byItem = Dictionary(existing.map { ($0.itemKey, $0) }, uniquingKeysWith: { first, _ in first })
        for judgement in judgements {
            let evidenceIDs = judgement.evidenceIDs.map(\.uuidString).joined(separator: ",")
            let old = byItem[judgement.itemID]
            if let old, old.judgement == judgement.judgement.rawValue, old.rationale == judgement.rationale,
               old.evidenceIDs == evidenceIDs, old.tlp == judgement.tlp?.rawValue { continue }
            let row = old ?? JudgementModel()
            let before = old.map { ["judgement": $0.judgement, "rationale": $0.rationale] }
            row.$assessment.id = assessmentID
            row.itemKey = judgement.itemID
            row.judgement = judgement.judgement.rawValue
            row.rationale = judgement.rationale
            row.tlp = judgement.tlp?.rawValue
            row.evidenceIDs = evidenceIDs
            try await row.save(on: transaction.database)
            try await transaction.record("assessment.judge", entity: "assessment", id: assessmentID.uuidString, before: before,
                                         after: ["item": judgement.itemID, "judgement": row.judgement, "rationale": row.rationale])
        }
    }

    /// Moves a draft to submitted, or a submitted assessment to published at the level chosen.
    public func advance(_ assessmentID: UUID, to status: AssessmentStatus, publishingAt level: TLP? = nil, by viewer: Viewer, transaction: AuditedTransaction) async throws {
        let current = try await editable(assessmentID, by: viewer, on: transaction.database)
        guard let model = try await AssessmentModel.find(assessmentID, on: transaction.database) else { throw StoreError.notFound }
        switch (current.status, status) {
        case (.draft, .submitted): break
        case (.submitted, .published):
            guard let level else { throw StoreError.conflict("Choose the sharing level of the published results.") }
            model.tlp = level.rawValue
        case (.submitted, .draft): break
        default:
            throw StoreError.conflict("An assessment that is \(current.status.rawValue) cannot become \(status.rawValue).")
        }
        let before = model.status
        model.status = status.rawValue
        try await model.save(on: transaction.database)
        try await transaction.record("assessment.\(status.rawValue)", entity: "assessment", id: assessmentID.uuidString,
                                     before: ["status": before], after: ["status": status.rawValue, "tlp": model.tlp])
    }

    private func editable(_ id: UUID, by viewer: Viewer, on database: any Database) async throws -> Assessment {
        guard let assessment = try await AssessmentRepository(database: database).assessment(id: id, visibleTo: viewer) else { throw StoreError.notFound }
        guard Permissions.mayEdit(assessment, viewer: viewer) else {
            throw StoreError.forbidden(assessment.kind == .selfAssessment
                ? "Only the focal point of \(assessment.stateCode) may change its self-assessment."
                : "Only assessors of the assessing organisation may change this assessment.")
        }
        return assessment
    }

    /// Stores a new assessment and its judgements inside an audited transaction.
    public func add(_ assessment: Assessment, in transaction: AuditedTransaction) async throws {
        let model = AssessmentModel()
        model.id = assessment.id
        model.stateCode = assessment.stateCode
        model.kind = assessment.kind.rawValue
        model.assessorOrganisationID = assessment.assessorOrganisationID
        model.assessorName = assessment.assessorName
        model.catalogReference = assessment.catalogReference
        model.asOf = assessment.asOf
        model.status = assessment.status.rawValue
        model.tlp = assessment.sharing.tlp.rawValue
        model.isDemo = assessment.isDemo
        try await model.create(on: transaction.database)
        let judgements = assessment.judgements.map { judgement in
            let row = JudgementModel()
            row.$assessment.id = assessment.id
            row.itemKey = judgement.itemID
            row.judgement = judgement.judgement.rawValue
            row.rationale = judgement.rationale
            row.tlp = judgement.tlp?.rawValue
            row.evidenceIDs = judgement.evidenceIDs.map(\.uuidString).joined(separator: ",")
            return row
        }
        if !judgements.isEmpty { try await judgements.create(on: transaction.database) }
        try await Shares.save(assessment.sharing, for: .assessment, id: assessment.id, on: transaction.database)
        try await transaction.record("assessment.add", entity: "assessment", id: assessment.id.uuidString, after: assessment)
    }

    private func redact(_ assessments: [Assessment], for viewer: Viewer) async throws -> [Assessment] {
        let visible = assessments.filter { viewer.maySee($0.sharing) }
        let linked = Array(Set(visible.flatMap { $0.judgements.flatMap(\.evidenceIDs) }))
        let visibleEvidence = Set(try await EvidenceRepository(database: database).evidence(ids: linked, visibleTo: viewer).map(\.id))
        return visible.compactMap { $0.redacted(for: viewer, visibleEvidence: visibleEvidence) }
    }

    private func domain(_ models: [AssessmentModel]) async throws -> [Assessment] {
        let shares = try await Shares.recipients(of: .assessment, ids: models.compactMap(\.id), on: database)
        return models.map { model in
            Assessment(
                id: model.id!, stateCode: model.stateCode, kind: AssessmentKind(rawValue: model.kind) ?? .selfAssessment,
                assessorOrganisationID: model.assessorOrganisationID, assessorName: model.assessorName,
                catalogReference: model.catalogReference, asOf: model.asOf,
                status: AssessmentStatus(rawValue: model.status) ?? .draft,
                sharing: Shares.scope(tlp: TLP(rawValue: model.tlp) ?? .red, owningState: model.stateCode,
                                      owningOrganisation: model.assessorOrganisationID, shares: shares[model.id!] ?? []),
                judgements: model.judgements.sorted { $0.itemKey < $1.itemKey }.map { row in
                    ItemJudgement(itemID: row.itemKey, judgement: Judgement(rawValue: row.judgement) ?? .notAssessed,
                                  rationale: row.rationale,
                                  evidenceIDs: row.evidenceIDs.split(separator: ",").compactMap { UUID(uuidString: String($0)) },
                                  tlp: row.tlp.flatMap(TLP.init(rawValue:)))
                },
                isDemo: model.isDemo)
        }
    }
}

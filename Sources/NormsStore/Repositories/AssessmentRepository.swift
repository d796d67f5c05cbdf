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

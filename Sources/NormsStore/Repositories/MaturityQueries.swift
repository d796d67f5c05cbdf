import Foundation
import NormsCore

/// The assessment a maturity figure was computed from, as far as the viewer may see it.
public struct AssessmentSummary: Codable, Sendable, Hashable {
    public var id: UUID
    public var kind: AssessmentKind
    public var assessorName: String
    public var asOf: String
    public var tlp: TLP
    public var isDemo: Bool

    init(_ assessment: Assessment) {
        id = assessment.id
        kind = assessment.kind
        assessorName = assessment.assessorName
        asOf = assessment.asOf
        tlp = assessment.sharing.tlp
        isDemo = assessment.isDemo
    }
}

/// A state's maturity as one viewer may see it: computed only from what that viewer may see.
public struct StateMaturity: Codable, Sendable, Hashable {
    public var stateCode: String
    /// `nil` when no published assessment of the state is visible to the viewer.
    public var assessment: AssessmentSummary?
    public var result: MaturityResult?
    public var roadmap: Roadmap?
}

/// Maturity figures per viewer: the newest published self-assessment the viewer may see, redacted
/// for the viewer, then evaluated by `MaturityEngine`.
public struct MaturityQueries: Sendable {
    let store: NormsStore

    /// The newest published assessment of `kind` that the viewer may see.
    public func maturity(ofState code: String, kind: AssessmentKind = .selfAssessment, catalog: Catalog, visibleTo viewer: Viewer) async throws -> StateMaturity {
        let code = code.uppercased()
        let published = try await store.assessments.assessments(ofState: code, status: .published, visibleTo: viewer)
        let latest = published.first { $0.kind == kind }
        return try await evaluate(code: code, assessment: latest, catalog: catalog)
    }

    /// Every published assessment the viewer may see, oldest first, with its result: progress over time.
    public func series(ofState code: String, catalog: Catalog, visibleTo viewer: Viewer) async throws -> [StateMaturity] {
        let published = try await store.assessments.assessments(ofState: code.uppercased(), status: .published, visibleTo: viewer)
        var series: [StateMaturity] = []
        for assessment in published.reversed() { series.append(try await evaluate(code: code.uppercased(), assessment: assessment, catalog: catalog)) }
        return series
    }

    /// The live figure from the evidence on record: every item with validated evidence the viewer
    /// may see counts as met. It moves as soon as the focal point validates evidence.
    public func evidenceOnRecord(ofState code: String, catalog: Catalog, visibleTo viewer: Viewer) async throws -> MaturityResult {
        let evidence = try await store.evidence.evidence(ofState: code, visibleTo: viewer)
        return MaturityEngine.evaluate(catalog: catalog, judgements: EvidenceOnRecord.judgements(from: evidence))
    }

    /// The evidence-on-record figure of every state, counting only evidence contributed through
    /// organisations of one stakeholder type (for example what industry has put on record).
    public func evidenceOnRecord(from stakeholder: StakeholderType, catalog: Catalog, visibleTo viewer: Viewer) async throws -> [String: MaturityResult] {
        let organisations = Set(try await store.organisations.all().filter { $0.stakeholderType == stakeholder }.map(\.id))
        var results: [String: MaturityResult] = [:]
        for code in try await store.reference.stateCodes() {
            let evidence = try await store.evidence.evidence(ofState: code, visibleTo: viewer)
                .filter { $0.organisationID.map(organisations.contains) ?? false }
            results[code] = MaturityEngine.evaluate(catalog: catalog, judgements: EvidenceOnRecord.judgements(from: evidence))
        }
        return results
    }

    /// Every state's maturity for the viewer, keyed by state code.
    public func regional(catalog: Catalog, visibleTo viewer: Viewer) async throws -> [String: StateMaturity] {
        let latest = try await store.assessments.latestPublished(kind: .selfAssessment, visibleTo: viewer)
        var result: [String: StateMaturity] = [:]
        for code in try await store.reference.stateCodes() {
            result[code] = try await evaluate(code: code, assessment: latest[code], catalog: catalog)
        }
        return result
    }

    /// Deliberately says nothing of what was withheld: not even a count of hidden judgements leaks.
    public func evaluate(code: String, assessment: Assessment?, catalog: Catalog) async throws -> StateMaturity {
        guard let assessment else { return StateMaturity(stateCode: code, assessment: nil, result: nil, roadmap: nil) }
        let judgements = assessment.judgementsByItem
        let result = MaturityEngine.evaluate(catalog: catalog, judgements: judgements)
        return StateMaturity(
            stateCode: code, assessment: AssessmentSummary(assessment),
            result: result, roadmap: Roadmap.plan(catalog: catalog, judgements: judgements, result: result))
    }
}

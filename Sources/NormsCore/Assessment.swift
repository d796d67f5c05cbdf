import Foundation

/// An assessor's judgement of one checklist item.
public enum Judgement: String, Codable, Sendable, CaseIterable {
    case met, partlyMet, notMet, notApplicable, notAssessed

    public var name: String {
        switch self {
        case .met: "Met"
        case .partlyMet: "Partly met"
        case .notMet: "Not met"
        case .notApplicable: "Not applicable"
        case .notAssessed: "Not assessed"
        }
    }

    /// Whether the item counts as done when deciding a stage.
    var clearsStage: Bool { self == .met || self == .notApplicable }

    /// The share of an item's weight this judgement earns toward the next stage; `nil` when the
    /// item does not count at all.
    var credit: Double? {
        switch self {
        case .met: 1
        case .partlyMet: 0.5
        case .notMet, .notAssessed: 0
        case .notApplicable: nil
        }
    }
}

/// Who made an assessment.
public enum AssessmentKind: String, Codable, Sendable, CaseIterable {
    case selfAssessment = "self"
    case peer
    case thirdParty

    public var name: String {
        switch self {
        case .selfAssessment: "Self-assessment"
        case .peer: "Peer assessment"
        case .thirdParty: "Third-party assessment"
        }
    }
}

/// Where an assessment is in its life: drafts change, published assessments never do.
public enum AssessmentStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, published
}

/// The judgement of one item in an assessment, with its reasons.
public struct ItemJudgement: Codable, Sendable, Hashable {
    public var itemID: String
    public var judgement: Judgement
    public var rationale: String
    public var evidenceIDs: [UUID]
    /// A stricter level for this one judgement than the assessment's own; `nil` to inherit.
    public var tlp: TLP?

    public init(itemID: String, judgement: Judgement, rationale: String = "", evidenceIDs: [UUID] = [], tlp: TLP? = nil) {
        self.itemID = itemID
        self.judgement = judgement
        self.rationale = rationale
        self.evidenceIDs = evidenceIDs
        self.tlp = tlp
    }
}

/// A dated assessment of one state against one catalog.
///
/// Assessments are kept, never overwritten: progress over time is the series of them.
public struct Assessment: Codable, Sendable, Hashable, Identifiable, Shared {
    public var id: UUID
    public var stateCode: String
    public var kind: AssessmentKind
    public var assessorOrganisationID: UUID?
    public var assessorName: String
    /// `id@version` of the catalog the items belong to.
    public var catalogReference: String
    /// The date the assessment describes, `YYYY-MM-DD`.
    public var asOf: String
    public var status: AssessmentStatus
    /// The sharing level of the results as the state published them.
    public var sharing: SharingScope
    public var judgements: [ItemJudgement]
    public var isDemo: Bool

    public init(
        id: UUID = UUID(), stateCode: String, kind: AssessmentKind, assessorOrganisationID: UUID? = nil,
        assessorName: String, catalogReference: String, asOf: String, status: AssessmentStatus,
        sharing: SharingScope, judgements: [ItemJudgement], isDemo: Bool = false
    ) {
        self.id = id
        self.stateCode = stateCode
        self.kind = kind
        self.assessorOrganisationID = assessorOrganisationID
        self.assessorName = assessorName
        self.catalogReference = catalogReference
        self.asOf = asOf
        self.status = status
        self.sharing = sharing
        self.judgements = judgements
        self.isDemo = isDemo
    }

    /// The sharing scope of one judgement: the assessment's, made stricter by the judgement's own level.
    public func sharing(of judgement: ItemJudgement) -> SharingScope {
        judgement.tlp.map { sharing.restricted(to: $0) } ?? sharing
    }

    /// This assessment as `viewer` may see it, or `nil` if the viewer may not see it at all.
    ///
    /// Judgements the viewer may not see are dropped (they count as not assessed), and evidence
    /// links are kept only to evidence in `visibleEvidence`, so every figure computed from the
    /// result uses only what the viewer may see.
    public func redacted(for viewer: Viewer, visibleEvidence: Set<UUID>) -> Assessment? {
        guard viewer.maySee(sharing) else { return nil }
        var copy = self
        copy.judgements = judgements
            .filter { viewer.maySee(sharing(of: $0)) }
            .map { judgement in
                var visible = judgement
                visible.evidenceIDs = judgement.evidenceIDs.filter(visibleEvidence.contains)
                return visible
            }
        return copy
    }

    /// The judgements keyed by item id.
    public var judgementsByItem: [String: Judgement] {
        Dictionary(judgements.map { ($0.itemID, $0.judgement) }, uniquingKeysWith: { _, last in last })
    }
}

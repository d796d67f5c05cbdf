import Foundation

/// What a piece of evidence is.
public enum EvidenceKind: String, Codable, Sendable, CaseIterable {
    case statement, vote, law, strategy, policy, institution, procedure, exercise, action, report, cooperationAgreement

    public var name: String {
        switch self {
        case .cooperationAgreement: "Cooperation agreement"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

/// Where evidence stands in review by the state's focal point.
public enum ValidationStatus: String, Codable, Sendable, CaseIterable {
    case submitted, validated, rejected
}

/// A document or fact offered to show that a state implements checklist items.
public struct Evidence: Codable, Sendable, Hashable, Identifiable, Shared {
    public var id: UUID
    public var stateCode: String
    public var organisationID: UUID?
    public var contributorID: UUID?
    public var kind: EvidenceKind
    public var title: String
    public var issuer: String
    /// The date of the document, `YYYY-MM-DD`.
    public var date: String
    public var sourceURL: String?
    /// An ISO 639-1 language code.
    public var language: String
    public var sharing: SharingScope
    public var status: ValidationStatus
    public var rejectionReason: String?
    public var reviewBy: String?
    /// The checklist items the evidence supports.
    public var itemIDs: [String]
    /// True for the demonstration data set, which every page marks as such.
    public var isDemo: Bool

    public init(
        id: UUID = UUID(), stateCode: String, organisationID: UUID? = nil, contributorID: UUID? = nil,
        kind: EvidenceKind, title: String, issuer: String, date: String, sourceURL: String? = nil,
        language: String = "en", sharing: SharingScope, status: ValidationStatus = .submitted,
        rejectionReason: String? = nil, reviewBy: String? = nil, itemIDs: [String] = [], isDemo: Bool = false
    ) {
        self.id = id
        self.stateCode = stateCode
        self.organisationID = organisationID
        self.contributorID = contributorID
        self.kind = kind
        self.title = title
        self.issuer = issuer
        self.date = date
        self.sourceURL = sourceURL
        self.language = language
        self.sharing = sharing
        self.status = status
        self.rejectionReason = rejectionReason
        self.reviewBy = reviewBy
        self.itemIDs = itemIDs
        self.isDemo = isDemo
    }
}

import Foundation

/// The kind of stakeholder an organisation is.
public enum StakeholderType: String, Codable, Sendable, CaseIterable {
    case government, industry, academia, civilSociety, technicalCommunity, internationalOrganisation

    public var name: String {
        switch self {
        case .government: "Government"
        case .industry: "Industry"
        case .academia: "Academia or think tank"
        case .civilSociety: "Civil society"
        case .technicalCommunity: "Technical community"
        case .internationalOrganisation: "International organisation"
        }
    }
}

/// An organisation of a state, or of the region when `stateCode` is `nil`.
public struct Organisation: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    public var name: String
    public var stateCode: String?
    public var stakeholderType: StakeholderType
    public var isDemo: Bool

    public init(id: UUID = UUID(), name: String, stateCode: String?, stakeholderType: StakeholderType, isDemo: Bool = false) {
        self.id = id
        self.name = name
        self.stateCode = stateCode
        self.stakeholderType = stakeholderType
        self.isDemo = isDemo
    }
}

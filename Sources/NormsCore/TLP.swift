/// A sharing level of the Traffic Light Protocol, version 2.0 (FIRST, 2022).
///
/// The cases are ordered from the most open to the most restricted, so `max` of two levels is the
/// stricter one: a figure derived from AMBER and GREEN material is AMBER.
public enum TLP: String, Codable, Sendable, CaseIterable, Comparable {
    case clear = "CLEAR"
    case green = "GREEN"
    case amber = "AMBER"
    case amberStrict = "AMBER+STRICT"
    case red = "RED"

    /// The label as TLP 2.0 prints it, for example `TLP:AMBER+STRICT`.
    public var label: String { "TLP:\(rawValue)" }

    /// Who may see information at this level, in one sentence a reader outside the field follows.
    public var audienceDescription: String {
        switch self {
        case .clear: "Everyone, the public included."
        case .green: "Every signed-in member of the platform."
        case .amber: "Members of the owning state, and the states or organisations it is shared with."
        case .amberStrict: "Members of the owning organisation only."
        case .red: "The named people only."
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: TLP, rhs: TLP) -> Bool { lhs.rank < rhs.rank }

    /// Parses a level written as `AMBER+STRICT`, `TLP:amber+strict` or `amber-strict`.
    public init?(parsing text: String) {
        var value = text.trimmingCharacters(in: .whitespaces).uppercased()
        if value.hasPrefix("TLP:") { value.removeFirst(4) }
        value = value.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "+")
        self.init(rawValue: value)
    }
}

import Foundation

/// A document the catalog or the reference data draws on.
public struct SourceReference: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var publisher: String
    /// An ISO date (`2015-07-22`) or a year (`2015`), as precise as the source is.
    public var date: String
    public var url: String?

    public init(id: String, title: String, publisher: String, date: String, url: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
    }

    /// `Title, Publisher, date` for footnotes.
    public var citation: String { "\(title), \(publisher), \(date)" }
}

/// A maturity stage, 0 (None) to 5 (Leading). Names and definitions come from the catalog.
public struct MaturityStage: Codable, Sendable, Hashable {
    public var level: Int
    public var name: String
    public var definition: String

    public init(level: Int, name: String, definition: String) {
        self.level = level
        self.name = name
        self.definition = definition
    }

    /// The highest level a catalog may define.
    public static let highestLevel = 5
}

/// A pillar of the UN framework: norms, international law, confidence-building, capacity building.
public struct Pillar: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var summary: String

    public init(id: String, name: String, summary: String) {
        self.id = id
        self.name = name
        self.summary = summary
    }
}

/// What a checklist item touches (legal framework, institutions…), and the capacity-building
/// category a gap on it falls in.
public struct Factor: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var capacityBuilding: String

    public init(id: String, name: String, capacityBuilding: String) {
        self.id = id
        self.name = name
        self.capacityBuilding = capacityBuilding
    }
}

/// The kind of evidence an item needs, in the order a state usually produces it.
public enum EvidenceLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case politicalEndorsement
    case lawAndPolicy
    case practice

    public var name: String {
        switch self {
        case .politicalEndorsement: "Political endorsement"
        case .lawAndPolicy: "Law, strategy and policy"
        case .practice: "Practice"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: EvidenceLevel, rhs: EvidenceLevel) -> Bool { lhs.rank < rhs.rank }
}

/// One of the norms of a catalog; for the UN catalog, A/70/174 paragraph 13 (a)–(k).
public struct Norm: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// The official text, verbatim, as the cited document gives it.
    public var officialText: String
    public var citation: String
    /// The id of the source in the catalog's `sources`.
    public var source: String
    /// What the norm asks, in the project's own words.
    public var summary: String
    /// The pillars the norm belongs to; the first is its primary pillar.
    public var pillars: [String]

    public init(id: String, title: String, officialText: String, citation: String, source: String, summary: String, pillars: [String]) {
        self.id = id
        self.title = title
        self.officialText = officialText
        self.citation = citation
        self.source = source
        self.summary = summary
        self.pillars = pillars
    }
}

/// One checkable step of implementing a norm.
public struct ChecklistItem: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var norm: String
    /// The stage the item demonstrates, 1 to 5.
    public var stage: Int
    public var evidenceLevel: EvidenceLevel
    public var factor: String
    /// Core items are required for their stage; supporting items move progress but never the stage.
    public var core: Bool
    public var text: String
    /// What evidence satisfies the item.
    public var guidance: String
    public var sources: [String]

    public init(
        id: String, norm: String, stage: Int, evidenceLevel: EvidenceLevel, factor: String,
        core: Bool, text: String, guidance: String, sources: [String] = []
    ) {
        self.id = id
        self.norm = norm
        self.stage = stage
        self.evidenceLevel = evidenceLevel
        self.factor = factor
        self.core = core
        self.text = text
        self.guidance = guidance
        self.sources = sources
    }
}

/// A versioned catalog: stages, pillars, factors, norms and their checklist.
///
/// Values are validated when loaded (`CatalogLoader`), so code that holds a `Catalog` may rely
/// on every reference inside it resolving.
public struct Catalog: Codable, Sendable, Hashable {
    public var id: String
    public var version: String
    public var title: String
    public var publisher: String
    public var description: String
    public var sources: [SourceReference]
    public var stages: [MaturityStage]
    public var pillars: [Pillar]
    public var factors: [Factor]
    public var norms: [Norm]
    public var items: [ChecklistItem]

    public init(
        id: String, version: String, title: String, publisher: String, description: String,
        sources: [SourceReference], stages: [MaturityStage], pillars: [Pillar], factors: [Factor],
        norms: [Norm], items: [ChecklistItem]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.publisher = publisher
        self.description = description
        self.sources = sources
        self.stages = stages
        self.pillars = pillars
        self.factors = factors
        self.norms = norms
        self.items = items
    }

    public func norm(_ id: String) -> Norm? { norms.first { $0.id == id } }
    public func item(_ id: String) -> ChecklistItem? { items.first { $0.id == id } }
    public func factor(_ id: String) -> Factor? { factors.first { $0.id == id } }
    public func pillar(_ id: String) -> Pillar? { pillars.first { $0.id == id } }
    public func source(_ id: String) -> SourceReference? { sources.first { $0.id == id } }
    public func stage(_ level: Int) -> MaturityStage? { stages.first { $0.level == level } }

    /// The name of a stage level, `Stage N` if the catalog defines none.
    public func stageName(_ level: Int) -> String { stage(level)?.name ?? "Stage \(level)" }

    /// The items of one norm, by stage and then id.
    public func items(ofNorm normID: String) -> [ChecklistItem] {
        items.filter { $0.norm == normID }.sorted { ($0.stage, $0.id.numericOrder) < ($1.stage, $1.id.numericOrder) }
    }

    /// The norms whose pillars include `pillarID`.
    public func norms(inPillar pillarID: String) -> [Norm] { norms.filter { $0.pillars.contains(pillarID) } }

    /// `id@version`, how reports and stored assessments name the catalog they were made with.
    public var reference: String { "\(id)@\(version)" }
}

extension String {
    /// A key that sorts `a.2.10` after `a.2.9`.
    var numericOrder: [Int] { split(separator: ".").map { Int($0) ?? 0 } }
}

/// Orders `(stage, id)` pairs: stage first, then the id's numeric parts.
func < (lhs: (Int, [Int]), rhs: (Int, [Int])) -> Bool {
    lhs.0 != rhs.0 ? lhs.0 < rhs.0 : lhs.1.lexicographicallyPrecedes(rhs.1)
}

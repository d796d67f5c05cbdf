import Foundation

/// The kinds of sourced public fact kept about a state.
public enum FactKind: String, Codable, Sendable, CaseIterable {
    case nationalStrategy
    case strategyUpdate
    case nationalCERT
    case cyberAgency
    case internationalLawPosition
    case budapestConvention
    case unGGEParticipation
    case oewgParticipation
    case incidentSeverityScale
    case asean

    public var name: String {
        switch self {
        case .nationalStrategy: "National cybersecurity strategy"
        case .strategyUpdate: "Strategy update"
        case .nationalCERT: "National CERT"
        case .cyberAgency: "National cyber agency"
        case .internationalLawPosition: "Position on international law in cyberspace"
        case .budapestConvention: "Budapest Convention"
        case .unGGEParticipation: "UN GGE participation"
        case .oewgParticipation: "OEWG participation"
        case .incidentSeverityScale: "National incident-severity scale"
        case .asean: "ASEAN membership"
        }
    }
}

/// A public fact about a state, with the source that states it and when it did.
public struct ReferenceFact: Codable, Sendable, Hashable {
    public var kind: FactKind
    public var value: String
    public var year: Int?
    /// For `incidentSeverityScale`: the number of tiers, 0 where the state has no scale.
    public var tiers: Int?
    public var source: SourceReference
    /// The date the source said so (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var asOf: String
    public var note: String?

    public init(kind: FactKind, value: String, year: Int? = nil, tiers: Int? = nil, source: SourceReference, asOf: String, note: String? = nil) {
        self.kind = kind
        self.value = value
        self.year = year
        self.tiers = tiers
        self.source = source
        self.asOf = asOf
        self.note = note
    }
}

/// A state in the reference data.
public struct StateProfile: Codable, Sendable, Hashable, Identifiable {
    /// ISO 3166-1 alpha-3.
    public var code: String
    public var alpha2: String
    public var name: String
    public var facts: [ReferenceFact]

    public var id: String { code }

    public init(code: String, alpha2: String, name: String, facts: [ReferenceFact]) {
        self.code = code
        self.alpha2 = alpha2
        self.name = name
        self.facts = facts
    }

    public func facts(_ kind: FactKind) -> [ReferenceFact] { facts.filter { $0.kind == kind } }
    /// The year a kind of institution or document was first established, if sourced.
    public func firstYear(of kind: FactKind) -> Int? { facts(kind).compactMap(\.year).min() }
}

/// A regional body or mechanism working on cyber matters.
public struct RegionalBody: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var abbreviation: String?
    public var founded: Int?
    public var topics: [String]
    public var source: SourceReference
    public var asOf: String

    public init(id: String, name: String, abbreviation: String?, founded: Int?, topics: [String], source: SourceReference, asOf: String) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.founded = founded
        self.topics = topics
        self.source = source
        self.asOf = asOf
    }
}

/// A set of reference data: states with sourced facts, and regional bodies.
public struct ReferenceDataSet: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var asOf: String
    public var sources: [SourceReference]
    public var states: [StateProfile]
    public var regionalBodies: [RegionalBody]

    public init(id: String, title: String, asOf: String, sources: [SourceReference], states: [StateProfile], regionalBodies: [RegionalBody]) {
        self.id = id
        self.title = title
        self.asOf = asOf
        self.sources = sources
        self.states = states
        self.regionalBodies = regionalBodies
    }

    public func state(_ code: String) -> StateProfile? { states.first { $0.code == code } }

    /// Every sourced fact: the states' facts and the regional bodies.
    public var factCount: Int { states.reduce(0) { $0 + $1.facts.count } + regionalBodies.count }
}

/// Loads and validates a reference-data file, reporting every problem at once.
public enum ReferenceDataLoader {
    public static let bundledName = "asean"

    public static func loadBundled() throws -> ReferenceDataSet {
        guard let url = Bundle.module.url(forResource: bundledName, withExtension: "yaml", subdirectory: "Resources/reference") else {
            throw DataFileError(problems: [DataFileProblem(file: "\(bundledName).yaml", path: "", line: nil, reason: "is missing from the bundle")])
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataFileError(problems: [DataFileProblem(file: url.path, path: "", line: nil, reason: "cannot be read: \(error.localizedDescription)")])
        }
        return try load(yaml: text, file: url.lastPathComponent)
    }

    public static func load(yaml text: String, file: String) throws(DataFileError) -> ReferenceDataSet {
        let reader = YAMLReader(file: file)
        let data = reader.root(of: text).flatMap(read)
        try reader.throwIfProblems()
        guard let data else { throw reader.incomplete() }
        return data
    }

    private static func read(_ root: YAMLCursor) -> ReferenceDataSet? {
        root.allowOnly(["id", "title", "asOf", "sources", "states", "regionalBodies"])
        let id = root["id"].string()
        let title = root["title"].string()
        let asOf = root["asOf"].date()
        let sources = SourceReading.sources(root["sources"])
        let byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var codes = UniqueIDs()
        let states = root["states"].elements().compactMap { cursor -> StateProfile? in
            cursor.allowOnly(["code", "alpha2", "name", "facts"])
            let code = cursor["code"].string()
            if let code {
                codes.check(code, at: cursor["code"])
                if code.range(of: "^[A-Z]{3}$", options: .regularExpression) == nil {
                    cursor["code"].report("'\(code)' is not an ISO 3166-1 alpha-3 code (three capital letters)")
                }
            }
            let alpha2 = cursor["alpha2"].string()
            if let alpha2, alpha2.range(of: "^[A-Z]{2}$", options: .regularExpression) == nil {
                cursor["alpha2"].report("'\(alpha2)' is not an ISO 3166-1 alpha-2 code (two capital letters)")
            }
            let name = cursor["name"].string()
            let facts = cursor["facts"].elements(required: false).compactMap { fact($0, sources: byID) }
            guard let code, let alpha2, let name else { return nil }
            return StateProfile(code: code, alpha2: alpha2, name: name, facts: facts)
        }
        var bodyIDs = UniqueIDs()
        let bodies = root["regionalBodies"].elements(required: false).compactMap { cursor -> RegionalBody? in
            cursor.allowOnly(["id", "name", "abbreviation", "founded", "topics", "source", "asOf"])
            let id = cursor["id"].string()
            if let id { bodyIDs.check(id, at: cursor["id"]) }
            let name = cursor["name"].string()
            let abbreviation = cursor["abbreviation"].optionalString()
            let founded = cursor["founded"].optionalInt(in: 1900...2100)
            let topics = cursor["topics"].strings(required: true)
            let source = cursor["source"].string(oneOf: sources.map(\.id), naming: "source").flatMap { byID[$0] }
            let asOf = cursor["asOf"].date()
            guard let id, let name, let source, let asOf else { return nil }
            return RegionalBody(id: id, name: name, abbreviation: abbreviation, founded: founded, topics: topics, source: source, asOf: asOf)
        }
        guard let id, let title, let asOf else { return nil }
        return ReferenceDataSet(id: id, title: title, asOf: asOf, sources: sources, states: states, regionalBodies: bodies)
    }

    private static func fact(_ cursor: YAMLCursor, sources: [String: SourceReference]) -> ReferenceFact? {
        cursor.allowOnly(["kind", "value", "year", "tiers", "source", "asOf", "note"])
        let kind = cursor["kind"].value(of: FactKind.self)
        let value = cursor["value"].string()
        let year = cursor["year"].optionalInt(in: 1900...2100)
        let tiers = cursor["tiers"].optionalInt(in: 0...20)
        if kind == .incidentSeverityScale && !cursor["tiers"].exists {
            cursor["tiers"].report("missing field: an incident-severity scale needs its number of tiers (0 for none)")
        }
        let source = cursor["source"].string(oneOf: sources.keys.sorted(), naming: "source").flatMap { sources[$0] }
        let asOf = cursor["asOf"].date()
        let note = cursor["note"].optionalString()
        guard let kind, let value, let source, let asOf else { return nil }
        return ReferenceFact(kind: kind, value: value, year: year, tiers: tiers, source: source, asOf: asOf, note: note)
    }
}

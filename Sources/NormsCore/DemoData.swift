import Foundation

/// A demonstration data set: one self-assessment per state, with evidence at every sharing level.
///
/// Everything here is invented to show how the platform looks when in use. Every title carries
/// `DemoData.marker`, every record `isDemo`, and pages, API responses and exports say so. It is
/// generated from a fixed seed, so two runs give the same data.
public struct DemoData: Sendable {
    /// Put in front of every demo title.
    public static let marker = "[DEMO]"

    public var organisations: [Organisation]
    public var evidence: [Evidence]
    public var assessments: [Assessment]

    /// The name of the demo's regional secretariat (home of the regional coordinator).
    public static let secretariatName = "\(marker) Regional secretariat"
    /// The name of the demo's regional think tank (home of the third-party assessor).
    public static let instituteName = "\(marker) Regional cyber policy institute"

    public static func generate(catalog: Catalog, states: [StateProfile]) -> DemoData {
        var region = SeededRandom(seed: "REGION")
        let regional = [
            Organisation(id: region.uuid(), name: secretariatName, stateCode: nil, stakeholderType: .internationalOrganisation, isDemo: true),
            Organisation(id: region.uuid(), name: instituteName, stateCode: nil, stakeholderType: .academia, isDemo: true),
        ]
        var data = DemoData(organisations: regional, evidence: [], assessments: [])
        for state in states {
            var random = SeededRandom(seed: state.code)
            let agency = Organisation(id: random.uuid(), name: "\(marker) \(state.name) national cyber agency", stateCode: state.code, stakeholderType: .government, isDemo: true)
            let university = Organisation(id: random.uuid(), name: "\(marker) \(state.name) university cyber policy centre", stateCode: state.code, stakeholderType: .academia, isDemo: true)
            data.organisations += [agency, university]
            let evidence = makeEvidence(state: state, agency: agency, university: university, catalog: catalog, random: &random)
            data.evidence += evidence
            data.assessments.append(makeAssessment(state: state, agency: agency, evidence: evidence, catalog: catalog, random: &random))
        }
        return data
    }

    /// One evidence item per sharing level and a few more, linked to low-stage items.
    private static func makeEvidence(state: StateProfile, agency: Organisation, university: Organisation, catalog: Catalog, random: inout SeededRandom) -> [Evidence] {
        let levels: [TLP] = [.clear, .clear, .clear, .green, .green, .amber, .amber, .amberStrict, .red]
        let kinds: [EvidenceKind] = [.strategy, .statement, .law, .exercise, .institution, .procedure, .report, .cooperationAgreement, .action]
        return levels.enumerated().map { index, level in
            let kind = kinds[index % kinds.count]
            let norm = catalog.norms[random.next(below: catalog.norms.count)]
            let candidates = catalog.items(ofNorm: norm.id).filter { $0.stage <= 3 }
            let items = candidates.isEmpty ? [] : [candidates[random.next(below: candidates.count)].id]
            let owner = index.isMultiple(of: 4) ? university : agency
            let scope = SharingScope(tlp: level, owningState: state.code, owningOrganisation: owner.id)
            return Evidence(
                id: random.uuid(), stateCode: state.code, organisationID: owner.id, kind: kind,
                title: "\(marker) \(state.name): illustrative \(kind.name.lowercased()) for norm \(norm.id) (\(level.label))",
                issuer: owner.name, date: "2025-\(String(format: "%02d", 1 + random.next(below: 12)))-15",
                language: "en", sharing: scope, status: index == levels.count - 1 ? .submitted : .validated,
                itemIDs: items, isDemo: true)
        }
    }

    /// A published self-assessment whose stages vary by norm; judgements on norm f, which touches
    /// defence and intelligence practice, are AMBER so the public figure differs from the state's.
    private static func makeAssessment(state: StateProfile, agency: Organisation, evidence: [Evidence], catalog: Catalog, random: inout SeededRandom) -> Assessment {
        var judgements: [ItemJudgement] = []
        for norm in catalog.norms {
            let target = 1 + random.next(below: 4)
            for item in catalog.items(ofNorm: norm.id) {
                let judgement: Judgement
                if item.stage <= target {
                    judgement = item.core || random.next(below: 3) > 0 ? .met : .partlyMet
                } else if item.stage == target + 1 {
                    judgement = [.partlyMet, .notMet, .met][random.next(below: 3)]
                } else {
                    judgement = random.next(below: 2) == 0 ? .notMet : .notAssessed
                }
                let linked = evidence.filter { $0.itemIDs.contains(item.id) && $0.status == .validated }.map(\.id)
                judgements.append(ItemJudgement(
                    itemID: item.id, judgement: judgement,
                    rationale: "\(marker) Illustrative rationale for \(item.id).",
                    evidenceIDs: linked, tlp: norm.id == "f" ? .amber : nil))
            }
        }
        return Assessment(
            id: random.uuid(), stateCode: state.code, kind: .selfAssessment, assessorOrganisationID: agency.id,
            assessorName: agency.name, catalogReference: catalog.reference, asOf: "2025-10-01", status: .published,
            sharing: SharingScope(tlp: .clear, owningState: state.code, owningOrganisation: agency.id),
            judgements: judgements, isDemo: true)
    }
}

/// A small deterministic generator (SplitMix64) seeded from a string, so demo data is reproducible.
struct SeededRandom {
    private var state: UInt64

    init(seed: String) {
        state = seed.utf8.reduce(1469598103934665603) { ($0 ^ UInt64($1)) &* 1099511628211 }
    }

    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(nextUInt64() % UInt64(bound)) }

    mutating func uuid() -> UUID {
        let a = nextUInt64(), b = nextUInt64()
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: a >> ($0 * 8)) } + (0..<8).map { UInt8(truncatingIfNeeded: b >> ($0 * 8)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

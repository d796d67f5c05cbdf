@testable import NormsCore

/// A small catalog written for the tests: norm `a` with items whose judgements are computed by hand.
///
/// Stage 1: a.1.1 core, a.1.2 supporting. Stage 2: a.2.1 core, a.2.2 supporting.
/// Stage 3: a.3.1 core, a.3.2 core. Stage 4: a.4.1 core. Stage 5: a.5.1 core.
enum Fixtures {
    static func item(_ id: String, stage: Int, core: Bool = true, level: String = "practice", norm: String = "a", extra: String = "") -> String {
        """
          - id: \(id)
            norm: \(norm)
            stage: \(stage)
            evidenceLevel: \(level)
            factor: policy
            core: \(core)
            text: "Item \(id) is true."
            guidance: "A document showing \(id)."\(extra)

        """
    }

    static let standardItems = [
        item("a.1.1", stage: 1, level: "politicalEndorsement"), item("a.1.2", stage: 1, core: false),
        item("a.2.1", stage: 2, level: "lawAndPolicy"), item("a.2.2", stage: 2, core: false),
        item("a.3.1", stage: 3, level: "practice"), item("a.3.2", stage: 3, level: "lawAndPolicy"),
        item("a.4.1", stage: 4), item("a.5.1", stage: 5),
    ]

    static func yaml(items: [String] = standardItems, norms: String? = nil) -> String {
        """
        id: test-catalog
        version: "0.1.0"
        title: Test catalog
        publisher: Tests
        description: A catalog for tests.
        sources:
          - id: src
            title: A source
            publisher: A publisher
            date: "2015-07-22"
        stages:
          - { level: 0, name: None, definition: Nothing yet. }
          - { level: 1, name: Awareness, definition: Aware. }
          - { level: 2, name: Commitment, definition: Committed. }
          - { level: 3, name: Established, definition: Established. }
          - { level: 4, name: Operational, definition: Operating. }
          - { level: 5, name: Leading, definition: Leading. }
        pillars:
          - { id: norms, name: Norms, summary: The norms. }
          - { id: confidence-building, name: Confidence-building, summary: CBMs. }
        factors:
          - { id: policy, name: Policy, capacityBuilding: Policy and strategy }
        norms:
        \(norms ?? """
          - id: a
            title: Cooperate
            officialText: "States should cooperate."
            citation: "A/70/174, paragraph 13 (a)"
            source: src
            summary: Work together.
            pillars: [norms, confidence-building]
        """)
        items:
        \(items.joined())
        """
    }

    static let catalog: Catalog = try! CatalogLoader.load(yaml: yaml(), file: "test.yaml")

    static func evaluate(_ judgements: [String: Judgement]) -> NormMaturity {
        MaturityEngine.evaluate(catalog: catalog, judgements: judgements).norms[0]
    }
}

/// A deterministic generator for property tests.
struct TestRandom {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

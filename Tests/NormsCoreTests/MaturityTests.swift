import Testing
@testable import NormsCore

@Suite struct MaturityEngineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var judgements: [String: Judgement]
        var stage: Int
        var progress: Double
        var blocking: [String]
        var testDescription: String { name }
    }

    /// Expectations computed by hand from the fixture catalog (see `Fixtures`).
    static let cases: [Case] = [
        Case(name: "nothing judged gives stage 0", judgements: [:], stage: 0, progress: 0, blocking: ["a.1.1"]),
        Case(name: "a missing core item at stage 2 caps at stage 1 even with stage 3 met",
             judgements: ["a.1.1": .met, "a.2.1": .notMet, "a.3.1": .met, "a.3.2": .met], stage: 1, progress: 0, blocking: ["a.2.1"]),
        Case(name: "not applicable clears a core item",
             judgements: ["a.1.1": .met, "a.2.1": .notApplicable], stage: 2, progress: 0, blocking: ["a.3.1", "a.3.2"]),
        Case(name: "partly met counts half toward progress but never clears the stage",
             judgements: ["a.1.1": .met, "a.2.1": .partlyMet, "a.2.2": .met], stage: 1, progress: 0.75, blocking: ["a.2.1"]),
        Case(name: "supporting items move progress, never the stage",
             judgements: ["a.1.2": .met, "a.2.2": .met], stage: 0, progress: 0.5, blocking: ["a.1.1"]),
        Case(name: "not applicable items leave the progress denominator",
             judgements: ["a.1.1": .met, "a.2.1": .notMet, "a.2.2": .notApplicable], stage: 1, progress: 0, blocking: ["a.2.1"]),
        Case(name: "one of two core items at stage 3 blocks it",
             judgements: ["a.1.1": .met, "a.2.1": .met, "a.3.1": .met, "a.3.2": .partlyMet], stage: 2, progress: 0.75, blocking: ["a.3.2"]),
        Case(name: "everything met reaches the top with nothing blocking",
             judgements: Dictionary(uniqueKeysWithValues: Fixtures.catalog.items.map { ($0.id, .met) }), stage: 5, progress: 0, blocking: []),
    ]

    @Test(arguments: cases)
    func stage_progress_and_blocking_items(_ testCase: Case) {
        let result = Fixtures.evaluate(testCase.judgements)
        #expect(result.stage == testCase.stage)
        #expect(abs(result.progress - testCase.progress) < 1e-9)
        #expect(abs(result.score - (Double(testCase.stage) + testCase.progress)) < 1e-9)
        #expect(result.blockingItems.map(\.itemID) == testCase.blocking)
        #expect(result.nextStage == (testCase.stage < 5 ? testCase.stage + 1 : nil))
    }

    @Test func explanation_names_the_blocking_items_and_their_judgements() {
        let result = Fixtures.evaluate(["a.1.1": .met, "a.2.1": .partlyMet, "a.2.2": .met])
        #expect(result.explanation == "Stage 1 (Awareness) reached: every core item of stages 1 to 1 is met or not applicable. Stage 2 (Commitment) is blocked by 1 core item: a.2.1 (partly met). Progress toward stage 2: 75%.")
        #expect(result.supportingGaps.isEmpty)
    }

    @Test func pillar_and_overall_figures_are_means_of_norm_scores() throws {
        let yaml = Fixtures.yaml(
            items: Fixtures.standardItems + (1...5).map { Fixtures.item("b.\($0).1", stage: $0, norm: "b") },
            norms: """
              - { id: a, title: A, officialText: "A.", citation: "13 (a)", source: src, summary: A., pillars: [norms, confidence-building] }
              - { id: b, title: B, officialText: "B.", citation: "13 (b)", source: src, summary: B., pillars: [norms] }
            """)
        let catalog = try CatalogLoader.load(yaml: yaml, file: "two.yaml")
        let result = MaturityEngine.evaluate(catalog: catalog, judgements: ["a.1.1": .met, "a.2.1": .met, "b.1.1": .met])
        // a: stage 2, progress toward 3 = 0 → 2.0; b: stage 1, progress toward 2 = 0 → 1.0.
        #expect(result.overallScore == 1.5)
        #expect(result.pillars.first { $0.pillarID == "norms" }?.meanScore == 1.5)
        #expect(result.pillars.first { $0.pillarID == "confidence-building" }?.meanScore == 2.0)
        #expect(result.lowestStage == 1 && result.highestStage == 2)
    }

    /// Property: turning any judgement into "met" never lowers the stage or the score.
    @Test func adding_a_met_judgement_never_lowers_stage_or_score() throws {
        let catalog = try CatalogLoader.loadBundled()
        var random = TestRandom(state: 42)
        let values = Judgement.allCases
        for _ in 0..<400 {
            var judgements: [String: Judgement] = [:]
            for item in catalog.items where random.next(3) > 0 { judgements[item.id] = values[random.next(values.count)] }
            let before = MaturityEngine.evaluate(catalog: catalog, judgements: judgements)
            let item = catalog.items[random.next(catalog.items.count)]
            let previous = judgements[item.id] ?? .notAssessed
            judgements[item.id] = .met
            let after = MaturityEngine.evaluate(catalog: catalog, judgements: judgements)
            for (old, new) in zip(before.norms, after.norms) {
                #expect(new.stage >= old.stage, "\(item.id): \(previous) → met lowered norm \(old.normID)")
                if previous != .notApplicable { #expect(new.score >= old.score - 1e-9, "\(item.id): \(previous) → met lowered the score") }
            }
        }
    }

    /// Property: progress stays in [0, 1), so the score never reaches the next stage without it.
    @Test func progress_is_always_below_one() throws {
        let catalog = try CatalogLoader.loadBundled()
        var random = TestRandom(state: 7)
        for _ in 0..<300 {
            var judgements: [String: Judgement] = [:]
            for item in catalog.items { judgements[item.id] = Judgement.allCases[random.next(5)] }
            for norm in MaturityEngine.evaluate(catalog: catalog, judgements: judgements).norms {
                #expect(norm.progress >= 0 && norm.progress < 1)
                #expect(norm.blockingItems.isEmpty == (norm.stage == 5))
            }
        }
    }
}

@Suite struct RoadmapTests {
    @Test func steps_are_ordered_by_stage_then_evidence_level() {
        let judgements: [String: Judgement] = ["a.1.1": .met]
        let result = MaturityEngine.evaluate(catalog: Fixtures.catalog, judgements: judgements)
        let roadmap = Roadmap.plan(catalog: Fixtures.catalog, judgements: judgements, result: result)
        // Stage 2: a.2.1; stage 3: a.3.2 (law and policy) before a.3.1 (practice); then 4 and 5.
        #expect(roadmap.steps.map(\.itemID) == ["a.2.1", "a.3.2", "a.3.1", "a.4.1", "a.5.1"])
        #expect(roadmap.immediateSteps.map(\.itemID) == ["a.2.1"])
        #expect(roadmap.steps[0].guidance == "A document showing a.2.1.")
        #expect(roadmap.steps[0].capacityBuilding == "Policy and strategy")
    }

    @Test func met_and_not_applicable_items_are_not_steps() {
        let judgements: [String: Judgement] = ["a.1.1": .met, "a.2.1": .met, "a.3.1": .notApplicable]
        let result = MaturityEngine.evaluate(catalog: Fixtures.catalog, judgements: judgements)
        let roadmap = Roadmap.plan(catalog: Fixtures.catalog, judgements: judgements, result: result)
        #expect(roadmap.steps.map(\.itemID) == ["a.3.2", "a.4.1", "a.5.1"])
    }
}

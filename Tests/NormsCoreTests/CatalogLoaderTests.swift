import Foundation
import Testing
@testable import NormsCore

@Suite struct CatalogLoaderTests {
    @Test func bundled_catalog_has_eleven_norms_with_full_checklists() throws {
        let catalog = try CatalogLoader.loadBundled()
        #expect(catalog.norms.map(\.id) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"])
        #expect(catalog.stages.map(\.level) == [0, 1, 2, 3, 4, 5])
        #expect(catalog.pillars.count == 4)
        for norm in catalog.norms {
            let items = catalog.items(ofNorm: norm.id)
            #expect(items.count >= 8, "norm \(norm.id) has \(items.count) items")
            for stage in 1...5 {
                #expect(items.contains { $0.stage == stage && $0.core }, "norm \(norm.id) lacks a core item at stage \(stage)")
            }
            #expect(norm.citation.contains("A/70/174"))
            #expect(!norm.officialText.isEmpty && !norm.summary.isEmpty)
        }
        #expect(Set(catalog.items.map(\.id)).count == catalog.items.count)
    }

    @Test func official_text_matches_the_un_wording() throws {
        let catalog = try CatalogLoader.loadBundled()
        #expect(catalog.norm("c")?.officialText == "States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs")
        #expect(catalog.norm("k")?.officialText.hasPrefix("States should not conduct or knowingly support activity to harm the information systems of the authorized emergency response teams") == true)
    }

    @Test func valid_fixture_loads() throws {
        let catalog = try CatalogLoader.load(yaml: Fixtures.yaml(), file: "test.yaml")
        #expect(catalog.items.count == 8)
        #expect(catalog.reference == "test-catalog@0.1.0")
    }

    /// Each broken file, the path the error must name, and words the reason must contain.
    static let brokenFiles: [(name: String, yaml: String, path: String, reason: String)] = [
        ("unknown norm", Fixtures.yaml(items: Fixtures.standardItems + [Fixtures.item("z.1.1", stage: 1, norm: "z")]),
         "items[8].norm", "unknown norm 'z'"),
        ("duplicate id", Fixtures.yaml(items: Fixtures.standardItems + [Fixtures.item("a.1.1", stage: 1)]),
         "items[8].id", "duplicate id 'a.1.1'; first used at items[0].id"),
        ("stage without core item", Fixtures.yaml(items: Fixtures.standardItems.filter { !$0.contains("a.4.1") }),
         "norms[0]", "no core item at stage 4 (Operational)"),
        ("unknown evidence level", Fixtures.yaml(items: [Fixtures.item("a.1.9", stage: 1, level: "vibes")] + Fixtures.standardItems),
         "items[0].evidenceLevel", "unknown value 'vibes'; expected one of politicalEndorsement, lawAndPolicy, practice"),
        ("stage out of range", Fixtures.yaml(items: Fixtures.standardItems + [Fixtures.item("a.7.1", stage: 7)]),
         "items[8].stage", "7 is out of range; expected 1 to 5"),
        ("missing field", Fixtures.yaml().replacingOccurrences(of: "    guidance: \"A document showing a.2.1.\"\n", with: ""),
         "items[2].guidance", "missing field"),
        ("misspelt field", Fixtures.yaml(items: Fixtures.standardItems + [Fixtures.item("a.1.3", stage: 1, extra: "\n    gudance: typo")]),
         "items[8].gudance", "unknown field 'gudance'"),
    ]

    @Test(arguments: brokenFiles.indices)
    func broken_file_is_reported_with_path_line_and_reason(index: Int) {
        let broken = Self.brokenFiles[index]
        do {
            _ = try CatalogLoader.load(yaml: broken.yaml, file: "broken.yaml")
            Issue.record("\(broken.name): loaded although it is invalid")
        } catch {
            let problem = error.problems.first { $0.path == broken.path }
            #expect(problem != nil, "\(broken.name): no problem at \(broken.path) in \(error.problems)")
            #expect(problem?.reason.contains(broken.reason) == true, "\(broken.name): \(problem?.reason ?? "")")
            #expect(problem?.line != nil, "\(broken.name): no line number")
            #expect(problem?.description.hasPrefix("broken.yaml:") == true)
        }
    }

    @Test func line_numbers_point_at_the_offending_line() throws {
        let yaml = Fixtures.yaml(items: Fixtures.standardItems + [Fixtures.item("z.1.1", stage: 1, norm: "z")])
        let expectedLine = yaml.components(separatedBy: "\n").firstIndex { $0.contains("norm: z") }! + 1
        #expect(throws: DataFileError.self) { try CatalogLoader.load(yaml: yaml, file: "f.yaml") }
        do { _ = try CatalogLoader.load(yaml: yaml, file: "f.yaml") } catch {
            #expect(error.problems.first?.line == expectedLine)
            #expect(error.description == "f.yaml:\(expectedLine): items[8].norm: unknown norm 'z'; expected one of a")
        }
    }

    @Test func every_problem_is_reported_at_once() {
        let yaml = Fixtures.yaml(items: [Fixtures.item("a.1.9", stage: 9, level: "vibes")] + Fixtures.standardItems)
        do { _ = try CatalogLoader.load(yaml: yaml, file: "f.yaml"); Issue.record("loaded") } catch {
            #expect(Set(error.problems.map(\.path)).isSuperset(of: ["items[0].stage", "items[0].evidenceLevel"]))
        }
    }

    @Test func yaml_syntax_error_names_the_line() {
        do { _ = try CatalogLoader.load(yaml: "id: x\nitems: [\n  - a: b\n", file: "bad.yaml"); Issue.record("loaded") } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems[0].reason.hasPrefix("is not valid YAML"))
            #expect(error.problems[0].line != nil)
        }
    }
}

@Suite struct ReferenceDataTests {
    @Test func bundled_reference_data_covers_all_eleven_asean_members() throws {
        let data = try ReferenceDataLoader.loadBundled()
        #expect(Set(data.states.map(\.code)) == ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"])
        #expect(data.state("TLS")?.name.contains("Timor") == true)
        #expect(data.factCount > 50)
        for state in data.states { #expect(state.code.count == 3 && state.alpha2.count == 2) }
    }

    @Test func every_fact_carries_a_source_and_date() throws {
        let data = try ReferenceDataLoader.loadBundled()
        for fact in data.states.flatMap(\.facts) {
            #expect(!fact.source.title.isEmpty && !fact.source.publisher.isEmpty && !fact.asOf.isEmpty)
        }
        for body in data.regionalBodies { #expect(!body.source.title.isEmpty && !body.topics.isEmpty) }
        let scales = data.states.flatMap { $0.facts(.incidentSeverityScale) }
        #expect(scales.allSatisfy { $0.tiers != nil })
    }

    @Test func known_seed_facts_are_present() throws {
        let data = try ReferenceDataLoader.loadBundled()
        #expect(data.state("SGP")?.firstYear(of: .nationalCERT) == 1997)
        #expect(data.state("MYS")?.facts(.incidentSeverityScale).first?.tiers == 5)
        #expect(data.state("PHL")?.facts(.budapestConvention).first?.value == "party")
    }

    @Test func unknown_source_and_fact_kind_are_errors() {
        let yaml = """
        id: x
        title: X
        asOf: "2026-01-01"
        sources: [{ id: s, title: T, publisher: P, date: "2020" }]
        states:
          - code: MYS
            alpha2: MY
            name: Malaysia
            facts:
              - { kind: rumour, value: v, source: s, asOf: "2020" }
              - { kind: nationalCERT, value: v, source: nowhere, asOf: "2020" }
          - code: mys
            alpha2: MY
            name: Again
        """
        do { _ = try ReferenceDataLoader.load(yaml: yaml, file: "r.yaml"); Issue.record("loaded") } catch {
            let paths = Set(error.problems.map(\.path))
            #expect(paths.isSuperset(of: ["states[0].facts[0].kind", "states[0].facts[1].source", "states[1].code"]))
        }
    }
}

import Foundation
import NormsCore
import Testing
@testable import NormsReports

@Suite struct ReportTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let reference = try! ReferenceDataLoader.loadBundled()

    static func report(judgements: [String: Judgement], isDemo: Bool = false) -> StateReport {
        let result = MaturityEngine.evaluate(catalog: catalog, judgements: judgements)
        return StateReport(
            state: reference.state("MYS")!, catalog: catalog,
            assessment: .init(kind: .selfAssessment, assessor: "National agency", asOf: "2025-10-01", tlp: .clear),
            isDemo: isDemo, result: result, roadmap: Roadmap.plan(catalog: catalog, judgements: judgements, result: result),
            audience: "the public (TLP:CLEAR)", generatedAt: Date(timeIntervalSince1970: 0))
    }

    @Test func markdown_explains_every_norm_and_lists_the_roadmap_with_guidance() {
        let markdown = Self.report(judgements: ["a.1.1": .met]).markdown()
        #expect(markdown.hasPrefix("# Malaysia (MYS): implementation of the UN cyber norms"))
        for norm in Self.catalog.norms { #expect(markdown.contains("### Norm \(norm.id): ")) }
        let firstStep = Roadmap.plan(catalog: Self.catalog, judgements: ["a.1.1": .met],
                                     result: MaturityEngine.evaluate(catalog: Self.catalog, judgements: ["a.1.1": .met])).steps[0]
        #expect(markdown.contains(firstStep.guidance.markdownCell))
        #expect(markdown.contains("Computed only from information visible to the public (TLP:CLEAR)."))
        #expect(markdown.contains("## Sourced facts"))
        #expect(!markdown.contains("DEMO DATA"))
    }

    @Test func demo_reports_say_so_in_every_format() throws {
        let report = Self.report(judgements: [:], isDemo: true)
        #expect(report.markdown().contains("**DEMO DATA.**"))
        let json = try JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [String: Any]
        #expect(json?["isDemo"] as? Bool == true)
    }

    @Test func json_round_trips_the_figures() throws {
        let report = Self.report(judgements: ["a.1.1": .met, "a.2.1": .partlyMet])
        let decoded = try JSONDecoder().decode(StateReport.self, from: Data(try report.json().utf8))
        #expect(decoded.norms.map(\.stage) == report.norms.map(\.stage))
        #expect(decoded.roadmap == report.roadmap)
        #expect(decoded.norms.first { $0.normID == "a" }?.blockingItems.map(\.itemID) == report.norms.first { $0.normID == "a" }?.blockingItems.map(\.itemID))
    }

    @Test func a_report_without_a_visible_assessment_claims_no_stage() {
        let report = StateReport(state: Self.reference.state("TLS")!, catalog: Self.catalog, assessment: nil, isDemo: false,
                                 result: nil, roadmap: nil, audience: "the public (TLP:CLEAR)")
        let markdown = report.markdown()
        #expect(markdown.contains("no published assessment is visible, so no stage is reported"))
        #expect(!markdown.contains("## Maturity per norm"))
    }
}

@Suite struct ChartTests {
    static let catalog = try! CatalogLoader.loadBundled()

    @Test func heatmap_has_one_cell_per_state_and_norm_and_marks_unknown_cells() {
        let rows = [
            HeatmapRow(code: "MYS", name: "Malaysia", stages: ["a": 3, "b": 1]),
            HeatmapRow(code: "TLS", name: "Timor-Leste", stages: [:]),
        ]
        let svg = Charts.heatmap(rows: rows, norms: Self.catalog.norms, catalog: Self.catalog)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.components(separatedBy: "<g><title>").count - 1 == 2 * 11)
        #expect(svg.contains("Malaysia, norm a: stage 3 (Established)"))
        #expect(svg.contains("Timor-Leste, norm a: no published assessment visible"))
        #expect(svg.contains("fill=\"\(StagePalette.fill(3))\""))
    }

    @Test func chart_text_is_escaped() {
        let rows = [HeatmapRow(code: "XXX", name: "<script>alert(1)</script> & Co", stages: [:])]
        let svg = Charts.heatmap(rows: rows, norms: Self.catalog.norms, catalog: Self.catalog)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
        let radar = Charts.radar(scores: [("a\"><b>", 2.5), ("b", 1), ("c", 0)], title: "T & <x>")
        #expect(!radar.contains("<b>") && radar.contains("T &amp; &lt;x&gt;"))
    }

    @Test func radar_places_points_by_score() {
        let svg = Charts.radar(scores: [("a", 5), ("b", 0), ("c", 2.5)], title: "Scores")
        // Score 5 on the first (upward) axis sits at the top of the outer ring: (180, 50).
        #expect(svg.contains("cx=\"180.0\" cy=\"50.0\""))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
    }
}

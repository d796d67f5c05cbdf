import Foundation
import NormsCore
import NormsStore
import NormsTestSupport
import Testing
import VaporTesting
@testable import NormsServer

/// Runs `test` against a fully configured app with reference and demo data on a fresh database.
func withDemoApp(_ backend: TestBackend, _ test: (Application) async throws -> Void) async throws {
    let database = try await backend.freshLocation()
    do {
        try await withApp(configure: { app in
            try await configure(app, options: ServerOptions(location: database.location, loadDemo: true))
        }, test)
        try await database.drop()
    } catch {
        try? await database.drop()
        throw error
    }
}

@Suite struct PageTests {
    @Test(arguments: TestBackend.available)
    func pages_render_with_security_headers(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            for path in ["/", "/?pillar=international-law", "/states/MYS", "/states/tls", "/norms/d", "/norms/K"] {
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.headers.contentType == .html)
                    #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                    #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                    #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
                    #expect(response.body.string.contains("Demo data."), "\(path) lacks the demo banner")
                    #expect(response.body.string.contains("<main id=\"main\""))
                }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func overview_shows_the_heatmap_for_every_state(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/") { response in
                let html = response.body.string
                #expect(html.contains("<svg"))
                #expect(html.contains("Timor-Leste"))
                #expect(html.components(separatedBy: "class=\"row-label\"").count - 1 == 11)
                #expect(html.components(separatedBy: "<rect x=").count - 1 >= 11 * 11)
                #expect(html.contains("ASEAN Regional"))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func overview_filters_narrow_columns_and_switch_the_source(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let oneNorm = try await app.testing().sendRequest(.GET, "/?norm=d").body.string
            #expect(oneNorm.components(separatedBy: "class=\"col-label\"").count - 1 == 1)
            let lawPillar = try await app.testing().sendRequest(.GET, "/?pillar=international-law").body.string
            #expect(lawPillar.components(separatedBy: "class=\"col-label\"").count - 1 == app.catalog.norms(inPillar: "international-law").count)
            let academia = try await app.testing().sendRequest(.GET, "/?stakeholder=academia").body.string
            #expect(academia.contains("Evidence on record contributed by academia or think tank organisations"))
            #expect(try await app.testing().sendRequest(.GET, "/?stakeholder=lobbyists").status == .notFound)
        }
    }

    @Test(arguments: TestBackend.available)
    func state_page_explains_each_stage_and_cites_facts(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/states/SGP") { response in
                let html = response.body.string
                #expect(html.contains("Stage per norm, and what blocks the next"))
                #expect(html.contains("is blocked by") || html.contains("Stage 5 (Leading) reached"))
                #expect(html.contains("Source: "))
                #expect(html.contains("SingCERT"))
                #expect(html.contains("class=\"chart radar\""))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func norm_page_shows_the_official_text_and_checklist(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/norms/c") { response in
                let html = response.body.string
                #expect(html.contains("States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs"))
                #expect(html.contains("A/70/174"))
                #expect(html.contains("c.1.1") && html.contains("Stage 5: Leading"))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func unknown_things_get_a_specific_not_found(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/states/XYZ") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("No state with code &#39;XYZ&#39;") || response.body.string.contains("No state with code 'XYZ'"))
            }
            try await app.testing().test(.GET, "/norms/z") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("No norm"))
            }
            try await app.testing().test(.GET, "/?pillar=nothing") { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

@Suite struct APITests {
    @Test(arguments: TestBackend.available)
    func norms_list_the_catalog_with_citations(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/api/v1/norms") { response in
                #expect(response.status == .ok)
                let body = try response.content.decode(APIDTO.NormList.self)
                #expect(body.norms.count == 11)
                #expect(body.norms.allSatisfy { $0.citation.contains("A/70/174") && $0.items.count >= 8 })
                #expect(body.norms.first?.source?.title.isEmpty == false)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func states_and_state_detail(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/api/v1/states") { response in
                let body = try response.content.decode(APIDTO.StateList.self)
                #expect(body.states.count == 11)
                #expect(body.demo)
            }
            try await app.testing().test(.GET, "/api/v1/states/vnm") { response in
                let body = try response.content.decode(APIDTO.StateDetail.self)
                #expect(body.state.code == "VNM")
                #expect(body.state.facts.allSatisfy { !$0.source.title.isEmpty })
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func maturity_explains_every_norm_and_is_marked_demo(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/api/v1/states/MYS/maturity") { response in
                #expect(response.status == .ok)
                let body = try response.content.decode(APIDTO.MaturityResponse.self)
                #expect(body.demo && body.notice.hasPrefix("DEMO DATA"))
                let norms = try #require(body.maturity.result?.norms)
                #expect(norms.count == 11)
                for norm in norms {
                    #expect(!norm.explanation.isEmpty)
                    #expect(norm.blockingItems.isEmpty == (norm.stage == 5))
                }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func errors_are_problem_documents(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            try await app.testing().test(.GET, "/api/v1/states/QQQ/maturity") { response in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType?.serialize() == "application/problem+json")
                let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.readableBytesView))
                #expect(problem.status == 404)
                #expect(problem.detail.contains("No state with code 'QQQ'"))
            }
            try await app.testing().test(.GET, "/healthz") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("\"status\":\"ok\""))
            }
        }
    }
}

/// The public sees TLP:CLEAR only, on every route: no title, label or count of anything else.
@Suite struct PublicSharingTests {
    static let routes = ["/", "/?pillar=norms", "/?stakeholder=government", "/?stakeholder=academia", "/norms/a", "/norms/f",
                         "/evidence", "/evidence?q=DEMO", "/api/v1/evidence", "/api/v1/norms", "/api/v1/states", "/healthz"]
        + ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"].flatMap {
            ["/states/\($0)", "/states/\($0)/assessments", "/api/v1/states/\($0)", "/api/v1/states/\($0)/maturity"]
        }

    @Test(arguments: TestBackend.available)
    func no_route_reveals_anything_above_clear_to_the_public(backend: TestBackend) async throws {
        let demo = DemoData.generate(catalog: try CatalogLoader.loadBundled(), states: try ReferenceDataLoader.loadBundled().states)
        let hidden = demo.evidence.filter { $0.sharing.tlp != .clear }
        let hiddenRationales = demo.assessments.flatMap { $0.judgements.filter { $0.tlp != nil }.map(\.rationale) }
        #expect(!hidden.isEmpty && !hiddenRationales.isEmpty)
        try await withDemoApp(backend) { app in
            for route in Self.routes {
                try await app.testing().test(.GET, route) { response in
                    let body = response.body.string
                    for evidence in hidden {
                        #expect(!body.contains(evidence.title.xmlEscapedForTest) && !body.contains(evidence.title), "\(route) leaks \(evidence.title)")
                        #expect(!body.contains(evidence.id.uuidString) && !body.contains(evidence.id.uuidString.lowercased()), "\(route) leaks an id")
                    }
                    // Catalog guidance may mention levels in prose; a record's level shows as a badge or a field.
                    for marker in ["tlp-green", "tlp-amber", "tlp-red", #""tlp":"GREEN""#, #""tlp":"AMBER"#, #""tlp":"RED""#] {
                        #expect(!body.contains(marker), "\(route) shows a record marked \(marker)")
                    }
                    for rationale in Set(hiddenRationales) where body.contains(rationale) {
                        Issue.record("\(route) leaks an AMBER rationale")
                    }
                }
            }
        }
        print("Public sharing sweep: \(Self.routes.count) routes × \(hidden.count) hidden evidence items checked on \(backend).")
    }
}

extension String {
    var xmlEscapedForTest: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}

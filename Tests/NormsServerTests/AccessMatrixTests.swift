import Foundation
import NormsCore
import NormsTestSupport
import Testing
import VaporTesting
@testable import NormsServer

/// Every route that can show a piece of evidence × every kind of viewer × every TLP level:
/// allowed viewers see it; denied viewers get exactly what a nonexistent record gets, with no
/// title, id, count or hint.
@Suite struct AccessMatrixTests {
    enum ViewerKind: String, CaseIterable {
        case anonymous, otherStateMember, otherStateFocalPoint, contributor, focalPoint, assessor, coordinator

        var email: String? {
            switch self {
            case .anonymous: nil
            case .otherStateMember: DemoFixture.otherViewer
            case .otherStateFocalPoint: DemoFixture.otherFocalPoint
            case .contributor: DemoFixture.contributor
            case .focalPoint: DemoFixture.focalPoint
            case .assessor: DemoFixture.assessor
            case .coordinator: DemoFixture.coordinator
            }
        }

        /// Written out by hand from DESIGN.md's rule, not computed by the code under test. The
        /// demo's MYS records: AMBER+STRICT belongs to the agency (the focal point's organisation),
        /// RED names nobody, so nobody may see it.
        var allowed: Set<TLP> {
            switch self {
            case .anonymous: [.clear]
            case .otherStateMember, .otherStateFocalPoint, .assessor, .coordinator: [.clear, .green]
            case .contributor: [.clear, .green, .amber]
            case .focalPoint: [.clear, .green, .amber, .amberStrict]
            }
        }
    }

    enum Route: CaseIterable {
        case page, api, search, apiSearch, statePage, comments

        func path(for evidence: Evidence) -> String {
            let word = Self.searchWord(evidence)
            switch self {
            case .page: return "/evidence/\(evidence.id)"
            case .api: return "/api/v1/evidence/\(evidence.id)"
            case .search: return "/evidence?q=\(word)&state=MYS"
            case .apiSearch: return "/api/v1/evidence?q=\(word)&state=MYS"
            case .statePage: return "/states/MYS"
            case .comments: return "/evidence/\(evidence.id)#comments-heading"
            }
        }

        /// Whether a denied viewer must get the same answer as for a record that does not exist.
        var isDirectLookup: Bool { self == .page || self == .api || self == .comments }

        /// A word unique to one record: its TLP label is in every demo title.
        static func searchWord(_ evidence: Evidence) -> String {
            evidence.sharing.tlp.label.replacingOccurrences(of: "+", with: "%2B").replacingOccurrences(of: ":", with: "%3A")
        }
    }

    @Test(arguments: TestBackend.available)
    func every_route_viewer_and_level(backend: TestBackend) async throws {
        let samples: [TLP: Evidence] = Dictionary(
            DemoFixture.data.evidence.filter { $0.stateCode == "MYS" }.map { ($0.sharing.tlp, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(samples.count == TLP.allCases.count)
        var cells = 0
        try await withDemoApp(backend) { app in
            for kind in ViewerKind.allCases {
                let browser = TestBrowser(app: app)
                if let email = kind.email { #expect(try await browser.signIn(email).status == .seeOther, "\(kind) could not sign in") }
                let missing = Evidence(stateCode: "MYS", kind: .law, title: "missing", issuer: "", date: "2020-01-01", sharing: .publicScope)
                let missingPage = try await browser.get(Route.page.path(for: missing)).body.string
                let missingAPI = try await browser.get(Route.api.path(for: missing)).body.string
                for level in TLP.allCases {
                    let evidence = samples[level]!
                    for route in Route.allCases {
                        cells += 1
                        let response = try await browser.get(route.path(for: evidence))
                        let body = response.body.string
                        let visible = kind.allowed.contains(level)
                        let label = "\(kind.rawValue) × \(level.label) × \(route)"
                        if visible {
                            #expect(response.status == .ok, "\(label): \(response.status)")
                            #expect(body.contains(evidence.title) || body.contains(evidence.title.attributeEscaped), "\(label): not shown")
                        } else {
                            #expect(!body.contains(evidence.title) && !body.contains(evidence.title.attributeEscaped), "\(label): title leaks")
                            #expect(!body.contains(evidence.id.uuidString) && !body.contains(evidence.id.uuidString.lowercased()), "\(label): id leaks")
                            if route.isDirectLookup {
                                #expect(response.status == .notFound, "\(label): \(response.status)")
                                let expected = route == .api ? missingAPI : missingPage
                                #expect(body == expected, "\(label): differs from a missing record")
                            }
                            if route == .apiSearch { #expect(body.contains("\"count\":0"), "\(label): count leaks") }
                            if route == .search { #expect(body.contains(">0 results<"), "\(label): count leaks") }
                        }
                    }
                }
            }
        }
        print("Access-control matrix: \(cells) cells (\(Route.allCases.count) routes × \(ViewerKind.allCases.count) viewers × \(TLP.allCases.count) TLP levels) on \(backend).")
    }
}

import Foundation
import NormsCore
import NormsStore
import NormsTestSupport
import Testing
import VaporTesting
@testable import NormsServer

@Suite struct AssessmentWorkflowTests {
    /// Starts an assessment through the form and returns the editor's path.
    static func start(_ browser: TestBrowser, kind: String, asOf: String) async throws -> String {
        try await browser.get("/states/MYS/assessments")
        let response = try await browser.post("/states/MYS/assessments", form: [("kind", kind), ("asOf", asOf)])
        #expect(response.status == .seeOther, "\(response.status): \(response.body.string.prefix(400))")
        return try #require(response.location)
    }

    @discardableResult
    static func judge(_ browser: TestBrowser, _ path: String, norm: String, _ judgements: [String: Judgement]) async throws -> TestingHTTPResponse {
        try await browser.get(path + "?norm=\(norm)")
        return try await browser.post(path + "/judgements?norm=\(norm)", form: judgements.map { ("judgement-\($0.key)", $0.value.rawValue) } + [("rationale-a.1.1", "Voted for 70/237.")])
    }

    @Test(arguments: TestBackend.available)
    func a_self_assessment_goes_from_draft_to_published_and_then_never_changes(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let focal = TestBrowser(app: app)
            try await focal.signIn(DemoFixture.focalPoint)
            let path = try await Self.start(focal, kind: "self", asOf: "2026-06-30")
            // Draft: visible to the focal point's organisation only.
            #expect(try await TestBrowser(app: app).get(path).status == .notFound)
            let outsider = TestBrowser(app: app)
            try await outsider.signIn(DemoFixture.contributor)
            #expect(try await outsider.get(path).status == .notFound)
            // Nor does the list of assessments show the draft, by date, link or count.
            let id = path.components(separatedBy: "/").last!
            for browser in [TestBrowser(app: app), outsider] {
                let list = try await browser.get("/states/MYS/assessments").body.string
                #expect(!list.contains("2026-06-30") && !list.contains(id) && !list.contains("In progress"))
            }

            let saved = try await Self.judge(focal, path, norm: "a", ["a.1.1": .met, "a.1.2": .met, "a.2.1": .partlyMet])
            #expect(saved.status == .seeOther)
            let editor = try await focal.get(path + "?norm=a").body.string
            #expect(editor.contains("Stage 1 (Awareness) reached"))
            #expect(editor.contains("Voted for 70/237."))
            #expect(editor.contains("a.2.1 (partly met)"))

            try await focal.post(path + "/status", form: [("to", "submitted")])
            #expect(try await Self.judge(focal, path, norm: "a", ["a.2.1": .met]).status == .unprocessableEntity)
            let published = try await focal.post(path + "/status", form: [("to", "published"), ("tlp", "CLEAR")])
            #expect(published.status == .seeOther)
            #expect(try await focal.post(path + "/status", form: [("to", "draft")]).status == .unprocessableEntity)

            // The newest published self-assessment is the one the public sees now.
            let store = NormsStore(database: app.db)
            let publicView = try await store.maturity.maturity(ofState: "MYS", catalog: app.catalog, visibleTo: .anonymous)
            #expect(publicView.assessment?.asOf == "2026-06-30")
            #expect(publicView.result?.norm("a")?.stage == 1)
            let series = try await store.maturity.series(ofState: "MYS", catalog: app.catalog, visibleTo: .anonymous)
            #expect(series.map { $0.assessment?.asOf } == ["2025-10-01", "2026-06-30"])
            #expect(try await store.audit.history(entity: "assessment", id: path.components(separatedBy: "/").last!).map(\.action)
                    == ["assessment.add", "assessment.judge", "assessment.judge", "assessment.judge", "assessment.submitted", "assessment.published"])
        }
    }

    @Test(arguments: TestBackend.available)
    func a_third_party_assessment_appears_beside_the_self_assessment(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            #expect(try await TestBrowser(app: app).get("/states/MYS").body.string.contains("id=\"side-by-side\"") == false)
            let assessor = TestBrowser(app: app)
            try await assessor.signIn(DemoFixture.assessor)
            let institute = DemoFixture.data.organisations.first { $0.name == DemoData.instituteName }!
            let path = try await Self.start(assessor, kind: "thirdParty:\(institute.id)", asOf: "2026-03-31")
            try await Self.judge(assessor, path, norm: "a", ["a.1.1": .met, "a.2.1": .met])
            try await assessor.post(path + "/status", form: [("to", "submitted")])
            try await assessor.post(path + "/status", form: [("to", "published"), ("tlp", "CLEAR")])
            let page = try await TestBrowser(app: app).get("/states/MYS").body.string
            #expect(page.contains("id=\"side-by-side\""))
            #expect(page.contains("Third-party assessment by \(institute.name.attributeEscaped)") || page.contains("Third-party assessment by \(institute.name)"))
            #expect(page.contains("data-norm=\"a\"><td>a</td>"))
        }
    }

    @Test(arguments: TestBackend.available)
    func only_the_right_people_start_and_edit(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let contributor = TestBrowser(app: app)
            try await contributor.signIn(DemoFixture.contributor)
            try await contributor.get("/states/MYS/assessments")
            #expect(try await contributor.post("/states/MYS/assessments", form: [("kind", "self"), ("asOf", "2026-01-01")]).status == .forbidden)
            let otherFocal = TestBrowser(app: app)
            try await otherFocal.signIn(DemoFixture.otherFocalPoint)
            try await otherFocal.get("/states/MYS/assessments")
            #expect(try await otherFocal.post("/states/MYS/assessments", form: [("kind", "self"), ("asOf", "2026-01-01")]).status == .forbidden)
            let focal = TestBrowser(app: app)
            try await focal.signIn(DemoFixture.focalPoint)
            try await focal.get("/states/MYS/assessments")
            let badDate = try await focal.post("/states/MYS/assessments", form: [("kind", "self"), ("asOf", "2026-02-31")])
            #expect(badDate.status == .unprocessableEntity && badDate.body.string.contains("is not a date"))
        }
    }
}

import Foundation
import NormsCore
import NormsStore
import NormsTestSupport
import Testing
import VaporTesting
@testable import NormsServer

enum DemoFixture {
    static let contributor = "contributor.mys@demo.cybernorms.example"
    static let focalPoint = "focal.mys@demo.cybernorms.example"
    static let otherFocalPoint = "focal.sgp@demo.cybernorms.example"
    static let otherViewer = "viewer.tha@demo.cybernorms.example"
    static let assessor = "assessor@demo.cybernorms.example"
    static let coordinator = "coordinator@demo.cybernorms.example"
    static let administrator = "admin@demo.cybernorms.example"
    static let data = DemoData.generate(catalog: try! CatalogLoader.loadBundled(), states: try! ReferenceDataLoader.loadBundled().states)
}

@Suite struct SignInTests {
    @Test(arguments: TestBackend.available)
    func signing_in_and_out(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let browser = TestBrowser(app: app)
            let response = try await browser.signIn(DemoFixture.contributor)
            #expect(response.status == .seeOther && response.location == "/")
            #expect(try await browser.get("/").body.string.contains("Sign out Demo Contributor (Malaysia)"))
            try await browser.post("/signout", form: [])
            #expect(try await browser.get("/").body.string.contains(">Sign in<"))
        }
    }

    @Test(arguments: TestBackend.available)
    func signing_in_issues_a_new_session_id(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let before = try await app.testing().sendRequest(.GET, "/signin")
            let planted = try #require(before.headers.setCookie?["cybernorms_session"]?.string)
            let token = try #require(before.body.string.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression)
                .map { String(before.body.string[$0].split(separator: "\"")[3]) })
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: "cybernorms_session=\(planted)")
            headers.contentType = .urlEncodedForm
            let body = "email=\(DemoFixture.focalPoint.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&password=\(DemoAccounts.password)&_csrf=\(token)"
            let signedIn = try await app.testing().sendRequest(.POST, "/signin", headers: headers, body: ByteBuffer(string: body))
            #expect(signedIn.status == .seeOther)
            let issued = try #require(signedIn.headers.setCookie?["cybernorms_session"]?.string)
            #expect(issued != planted)
            // The planted identifier is no longer a session at all.
            var replay = HTTPHeaders()
            replay.add(name: .cookie, value: "cybernorms_session=\(planted)")
            #expect(try await app.testing().sendRequest(.GET, "/", headers: replay).body.string.contains(">Sign in<"))
            #expect(signedIn.headers.first(name: .setCookie)?.contains("HttpOnly") == true)
        }
    }

    /// A wrong password and an unknown address get the same answer, and both lock alike.
    @Test(arguments: TestBackend.available)
    func failures_reveal_nothing_and_lock_every_address_alike(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let browser = TestBrowser(app: app)
            let wrong = try await browser.signIn(DemoFixture.contributor, password: "not-the-password")
            let unknown = try await browser.signIn("nobody@example.org", password: "not-the-password")
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.body.string.contains(AccountController.wrongCredentialsMessage.replacingOccurrences(of: "'", with: "&#39;"))
                    || wrong.body.string.contains(AccountController.wrongCredentialsMessage))
            #expect(wrong.body.string.replacingOccurrences(of: DemoFixture.contributor, with: "X") == unknown.body.string.replacingOccurrences(of: "nobody@example.org", with: "X"))
            for email in [DemoFixture.contributor, "nobody@example.org"] {
                var last: TestingHTTPResponse?
                for _ in 0..<(SignInPolicy.maximumFailures - 1) { last = try await browser.signIn(email, password: "still-wrong-password") }
                #expect(last?.status == .tooManyRequests, "\(email) was not locked")
                #expect(last?.body.string.contains("Too many failed sign-ins") == true)
                // Even the right password is refused while locked.
                if email == DemoFixture.contributor { #expect(try await browser.signIn(email).status == .tooManyRequests) }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func a_form_without_its_token_is_refused(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let browser = TestBrowser(app: app)
            try await browser.get("/signin")
            let response = try await browser.post("/signin", form: [("email", DemoFixture.contributor), ("password", DemoAccounts.password)], csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("Form expired"))
        }
    }

    /// An error page's forms work: its CSRF token is the session's, so signing out from a 404 works.
    @Test(arguments: TestBackend.available)
    func signing_out_from_an_error_page_works(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let browser = TestBrowser(app: app)
            try await browser.signIn(DemoFixture.contributor)
            #expect(try await browser.get("/evidence/\(UUID())").status == .notFound)
            #expect(try await browser.post("/signout", form: []).status == .seeOther)
            #expect(try await browser.get("/").body.string.contains(">Sign in<"))
        }
    }

    @Test func redirects_after_sign_in_stay_on_this_site() {
        #expect(AccountController.safeNext("/evidence/new") == "/evidence/new")
        #expect(AccountController.safeNext("//evil.example/") == "/")
        #expect(AccountController.safeNext("https://evil.example/") == "/")
        #expect(AccountController.safeNext("/\\evil.example") == "/")
    }
}

@Suite struct EvidenceWorkflowTests {
    static func form(title: String, items: [String], tlp: String = "AMBER", organisation: UUID) -> [(String, String)] {
        [("stateCode", "MYS"), ("organisationID", organisation.uuidString), ("kind", "law"), ("title", title),
         ("issuer", "Parliament of Malaysia"), ("date", "2024-06-01"), ("sourceURL", "https://example.org/act"),
         ("language", "en"), ("tlp", tlp)] + items.map { ("itemIDs[]", $0) }
    }

    static var university: UUID { DemoFixture.data.organisations.first { $0.stateCode == "MYS" && $0.stakeholderType == .academia }!.id }

    @Test(arguments: TestBackend.available)
    func bad_input_is_answered_at_each_field_and_kept(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let browser = TestBrowser(app: app)
            try await browser.signIn(DemoFixture.contributor)
            try await browser.get("/evidence/new")
            var form = Self.form(title: "Cyber Security Act 2024 \"><script>x</script>", items: ["z.9.9"], organisation: Self.university)
            form = form.map { $0.0 == "date" ? ($0.0, "2024-02-30") : $0.0 == "sourceURL" ? ($0.0, "ftp://x") : $0 }
            let response = try await browser.postMultipart("/evidence", form: form)
            let html = response.body.string
            #expect(response.status == .unprocessableEntity)
            #expect(html.contains("The form has 3 problems. Nothing was saved."))
            #expect(html.contains("id=\"date-error\"") && html.contains("is not a date"))
            #expect(html.contains("id=\"sourceURL-error\""))
            #expect(html.contains("Unknown checklist items: z.9.9."))
            #expect(html.contains("value=\"Cyber Security Act 2024 &quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), "the title was not kept, escaped")
            #expect(!html.contains("<script>"))
            #expect(html.contains("aria-describedby=\"date-hint date-error\""))
            let store = NormsStore(database: app.db)
            #expect(try await store.evidence.search(EvidenceQuery(text: "Cyber Security Act 2024"), visibleTo: .anonymous).isEmpty)
        }
    }

    /// The main journey: a contributor submits, the focal point validates, the state's figure moves.
    @Test(arguments: TestBackend.available)
    func submitted_evidence_counts_once_the_focal_point_validates_it(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let store = NormsStore(database: app.db)
            let catalog = app.catalog
            let before = try await store.maturity.evidenceOnRecord(ofState: "MYS", catalog: catalog, visibleTo: .anonymous)
            // Items of norm f at stage 1, so the stage of f can only go up from what is on record.
            let items = catalog.items(ofNorm: "f").filter { $0.stage == 1 && $0.core }.map(\.id)
            let contributor = TestBrowser(app: app)
            try await contributor.signIn(DemoFixture.contributor)
            try await contributor.get("/evidence/new")
            let created = try await contributor.postMultipart("/evidence", form: Self.form(title: "Defence briefing record", items: items, tlp: "CLEAR", organisation: Self.university))
            #expect(created.status == .seeOther)
            let path = try #require(created.location?.components(separatedBy: "?").first)
            #expect(try await contributor.get("/my/submissions").body.string.contains("Defence briefing record"))
            #expect(try await contributor.get(path).body.string.contains("status-submitted"))
            // Not yet validated: the public figure has not moved.
            #expect(try await store.maturity.evidenceOnRecord(ofState: "MYS", catalog: catalog, visibleTo: .anonymous).norm("f") == before.norm("f"))
            // The contributor may not validate.
            #expect(try await contributor.post(path + "/review", form: [("decision", "validate")]).status == .forbidden)

            let focal = TestBrowser(app: app)
            try await focal.signIn(DemoFixture.focalPoint)
            #expect(try await focal.get(path).body.string.contains("id=\"review-heading\""))
            let rejected = try await focal.post(path + "/review", form: [("decision", "reject"), ("reason", "")])
            #expect(rejected.status == .unprocessableEntity && rejected.body.string.contains("Give the reason"))
            let tooLong = try await focal.post(path + "/review", form: [("decision", "reject"), ("reason", String(repeating: "x", count: 2001))])
            #expect(tooLong.status == .unprocessableEntity && tooLong.body.string.contains("2,000 characters"))
            #expect(try await focal.post(path + "/review", form: [("decision", "validate")]).status == .seeOther)

            let after = try await store.maturity.evidenceOnRecord(ofState: "MYS", catalog: catalog, visibleTo: .anonymous)
            #expect(after.norm("f")!.stage >= 1)
            #expect(after.norm("f")!.stage > before.norm("f")!.stage)
            let page = try await TestBrowser(app: app).get("/states/MYS").body.string
            #expect(page.contains("data-norm=\"f\"><td>f</td><td class=\"record-stage\"><span class=\"stage stage-\(after.norm("f")!.stage)"))
            let history = try await focal.get(path).body.string
            #expect(history.contains("evidence.add by user:\(DemoFixture.contributor)") && history.contains("evidence.review by user:\(DemoFixture.focalPoint)"))
        }
    }

    @Test(arguments: TestBackend.available)
    func amber_by_default_and_invisible_outside_the_state(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let contributor = TestBrowser(app: app)
            try await contributor.signIn(DemoFixture.contributor)
            let form = try await contributor.get("/evidence/new").body.string
            #expect(form.contains("<option value=\"AMBER\" selected=\"selected\">TLP:AMBER</option>"))
            let created = try await contributor.postMultipart("/evidence", form: Self.form(title: "Incident plan 7f3a", items: ["b.3.1"], organisation: Self.university))
            let path = try #require(created.location?.components(separatedBy: "?").first)
            let id = path.components(separatedBy: "/").last!
            for viewer in [nil, DemoFixture.otherFocalPoint, DemoFixture.coordinator, DemoFixture.assessor] {
                let browser = TestBrowser(app: app)
                if let viewer { try await browser.signIn(viewer) }
                for route in [path, "/api/v1/evidence/\(id)", "/evidence?q=7f3a", "/api/v1/evidence?q=7f3a", "/states/MYS"] {
                    let body = try await browser.get(route).body.string
                    #expect(!body.contains("Incident plan 7f3a") && !body.contains(id), "\(viewer ?? "public") sees it at \(route)")
                }
                #expect(try await browser.get("/api/v1/evidence?q=7f3a").body.string.contains("\"count\":0"))
            }
            let focal = TestBrowser(app: app)
            try await focal.signIn(DemoFixture.focalPoint)
            #expect(try await focal.get("/evidence?q=7f3a").body.string.contains("Incident plan 7f3a"))
        }
    }

    @Test(arguments: TestBackend.available)
    func a_pdf_is_stored_with_its_checksum_and_served_only_to_those_who_may_see_it(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let contributor = TestBrowser(app: app)
            try await contributor.signIn(DemoFixture.contributor)
            try await contributor.get("/evidence/new")
            var form = Self.form(title: "Strategy PDF", items: ["a.1.1"], organisation: Self.university)
            form.removeAll { $0.0 == "sourceURL" }
            let notPDF = try await contributor.postMultipart("/evidence", form: form, file: ("document", "notes.txt", Data("hello".utf8)))
            #expect(notPDF.status == .unprocessableEntity && notPDF.body.string.contains("Only PDF files can be attached"))
            let pdf = Data("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
            let created = try await contributor.postMultipart("/evidence", form: form, file: ("document", "national strategy.pdf", pdf))
            let path = try #require(created.location?.components(separatedBy: "?").first)
            let detail = try await contributor.get(path).body.string
            #expect(detail.contains("national_strategy.pdf"))
            #expect(detail.contains(EvidenceFile(filename: "", contentType: "", content: pdf).sha256.prefix(16)))
            let download = try await contributor.get(path + "/file")
            #expect(download.status == .ok && Data(buffer: download.body) == pdf)
            #expect(download.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(try await TestBrowser(app: app).get(path + "/file").status == .notFound)
            let outsider = TestBrowser(app: app)
            try await outsider.signIn(DemoFixture.otherFocalPoint)
            let denied = try await outsider.get(path + "/file")
            #expect(denied.status == .notFound && !denied.body.string.contains("national_strategy.pdf"))
        }
    }

    @Test(arguments: TestBackend.available)
    func comments_form_a_thread_visible_where_the_evidence_is(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let amber = DemoFixture.data.evidence.first { $0.stateCode == "MYS" && $0.sharing.tlp == .amber }!
            let focal = TestBrowser(app: app)
            try await focal.signIn(DemoFixture.focalPoint)
            try await focal.get("/evidence/\(amber.id)")
            let posted = try await focal.post("/evidence/\(amber.id)/comments", form: [("body", "Please add the gazette number.")])
            #expect(posted.status == .seeOther, "\(posted.status): \(posted.body.string.prefix(3000))")
            #expect(try await focal.get("/evidence/\(amber.id)").body.string.contains("Please add the gazette number."))
            let outsider = TestBrowser(app: app)
            try await outsider.signIn(DemoFixture.otherFocalPoint)
            try await outsider.get("/")
            #expect(try await outsider.post("/evidence/\(amber.id)/comments", form: [("body", "Probe")]).status == .notFound)
        }
    }
}

@Suite struct AdministrationTests {
    @Test(arguments: TestBackend.available)
    func an_invitation_sets_a_password_once(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let admin = TestBrowser(app: app)
            try await admin.signIn(DemoFixture.administrator)
            try await admin.get("/admin")
            let agency = DemoFixture.data.organisations.first { $0.stateCode == "IDN" && $0.stakeholderType == .government }!
            let invalid = try await admin.post("/admin/invitations", form: [("email", "not-an-email"), ("displayName", "")])
            #expect(invalid.status == .unprocessableEntity && invalid.body.string.contains("Enter a valid email address."))
            let created = try await admin.post("/admin/invitations", form: [
                ("email", "Analyst@Example.org"), ("displayName", "Ana Analyst"), ("organisationID", agency.id.uuidString), ("roles[]", "contributor"),
            ])
            #expect(created.status == .created)
            let html = created.body.string
            let range = try #require(html.range(of: #"/invitations/[A-Za-z0-9_-]+"#, options: .regularExpression))
            let path = String(html[range])

            let invitee = TestBrowser(app: app)
            #expect(try await invitee.get(path).body.string.contains("analyst@example.org"))
            let short = try await invitee.post(path, form: [("password", "short"), ("confirm", "short")])
            #expect(short.status == .unprocessableEntity && short.body.string.contains("at least 12 characters"))
            #expect(try await invitee.post(path, form: [("password", "a long enough phrase"), ("confirm", "a long enough phrase")]).status == .seeOther)
            #expect(try await invitee.get("/evidence/new").body.string.contains("Add evidence"))
            #expect(try await TestBrowser(app: app).get(path).status == .notFound)
            #expect(try await TestBrowser(app: app).signIn("analyst@example.org", password: "a long enough phrase").status == .seeOther)
        }
    }

    @Test(arguments: TestBackend.available)
    func an_administrator_grants_a_role_that_takes_effect(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let admin = TestBrowser(app: app)
            try await admin.signIn(DemoFixture.administrator)
            try await admin.get("/admin")
            let store = NormsStore(database: app.db)
            let viewer = try #require(try await store.users.account(email: DemoFixture.otherViewer))
            let agency = DemoFixture.data.organisations.first { $0.stateCode == "THA" && $0.stakeholderType == .government }!
            let regional = DemoFixture.data.organisations.first { $0.name == DemoData.secretariatName }!
            let wrong = try await admin.post("/admin/roles", form: [("userID", viewer.id.uuidString), ("organisationID", regional.id.uuidString), ("role", "focalPoint")])
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("A focal point belongs to a state"))
            #expect(try await admin.post("/admin/roles", form: [("userID", viewer.id.uuidString), ("organisationID", agency.id.uuidString), ("role", "contributor")]).status == .seeOther)
            let granted = TestBrowser(app: app)
            try await granted.signIn(DemoFixture.otherViewer)
            #expect(try await granted.get("/evidence/new").body.string.contains("<option value=\"THA\""))
            #expect(try await store.audit.history(entity: "user", id: viewer.id.uuidString).map(\.action).last == "membership.add")
        }
    }

    @Test(arguments: TestBackend.available)
    func only_administrators_reach_administration(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let focal = TestBrowser(app: app)
            try await focal.signIn(DemoFixture.focalPoint)
            #expect(try await focal.get("/admin").status == .forbidden)
            #expect(try await TestBrowser(app: app).get("/admin").location?.hasPrefix("/signin") == true)
        }
    }
}

@Suite struct ItemDiscussionTests {
    @Test(arguments: TestBackend.available)
    func a_state_discusses_an_item_among_its_own_members(backend: TestBackend) async throws {
        try await withDemoApp(backend) { app in
            let focal = TestBrowser(app: app)
            try await focal.signIn(DemoFixture.focalPoint)
            try await focal.get("/items/d.4.1")
            #expect(try await focal.post("/items/d.4.1/comments", form: [("stateCode", "MYS"), ("body", "Our 24/7 contact answered the March test.")]).status == .seeOther)
            let contributor = TestBrowser(app: app)
            try await contributor.signIn(DemoFixture.contributor)
            #expect(try await contributor.get("/items/d.4.1").body.string.contains("Our 24/7 contact answered the March test."))
            let outsider = TestBrowser(app: app)
            try await outsider.signIn(DemoFixture.otherFocalPoint)
            let page = try await outsider.get("/items/d.4.1").body.string
            #expect(!page.contains("March test") && page.contains("Singapore (seen by members of Singapore"))
            #expect(try await outsider.post("/items/d.4.1/comments", form: [("stateCode", "MYS"), ("body", "Probe")]).status == .notFound)
            let publicPage = try await TestBrowser(app: app).get("/items/d.4.1").body.string
            #expect(!publicPage.contains("March test") && publicPage.contains("Sign in to discuss"))
            #expect(try await TestBrowser(app: app).get("/items/z.1.1").status == .notFound)
        }
    }
}

import Fluent
import NormsCore
import NormsStore
import Vapor

/// Configures the application: database, migrations, reference data, middleware and routes.
///
/// Idempotent across starts: migrations run once, and the catalog and reference data load only
/// when their content is not already there.
public func configure(_ app: Application, options: ServerOptions) async throws {
    app.databases.use(options.location.configuration, as: options.location.databaseID)
    app.migrations.add(NormsMigrations.all)
    app.migrations.add(SessionRecord.migration)
    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))
    app.sessions.use(.fluent(options.location.databaseID))
    app.sessions.configuration.cookieName = "cybernorms_session"
    let secureCookies = Environment.get("SECURE_COOKIES") == "true" || Environment.get("PUBLIC_URL")?.hasPrefix("https://") == true
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(string: id.string, maxAge: 8 * 3600, path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
    app.routes.defaultMaxBodySize = ByteCount(value: EvidenceFile.maximumSize + 512 * 1024)
    try await options.location.prepare(app.db)
    try await app.autoMigrate()

    let catalog = try options.catalogFile.map(CatalogLoader.load(contentsOf:)) ?? CatalogLoader.loadBundled()
    let reference = try ReferenceDataLoader.loadBundled()
    let store = NormsStore(database: app.db)
    let seeder = Seeder(store: store)
    if try await seeder.load(catalog: catalog) {
        app.logger.info("Catalog loaded.", metadata: ["catalog": .string(catalog.reference), "items": .stringConvertible(catalog.items.count)])
    }
    if try await seeder.load(reference: reference) {
        app.logger.info("Reference data loaded.", metadata: ["dataset": .string(reference.id), "facts": .stringConvertible(reference.factCount)])
    }
    if options.loadDemo, try await seeder.load(demo: DemoData.generate(catalog: catalog, states: reference.states)) {
        app.logger.notice("Demo data set loaded: every demo record is marked [DEMO].")
    }
    app.catalog = catalog
    app.demoMode = try await seeder.demoIsLoaded()
    app.dummyPasswordHash = try app.password.hash(Digests.randomToken(byteCount: 16))
    if app.demoMode { app.demoAccounts = try await DemoAccounts.ensure(app: app, demo: DemoData.generate(catalog: catalog, states: reference.states)) }

    // Sorted keys: the same data gives byte-identical JSON, for open-data diffs and for tests.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    ContentConfiguration.global.use(encoder: encoder, for: .json)

    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    // Outermost: failures of the session layer itself still get a proper error response.
    app.middleware.use(AppErrorMiddleware(environment: app.environment))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(app.sessions.middleware)
    // Inside the sessions middleware, so an error page's session changes (its CSRF token) are saved.
    app.middleware.use(AppErrorMiddleware(environment: app.environment))
    app.middleware.use(ViewerMiddleware())
    app.middleware.use(CSRFMiddleware())
    try routes(app)
}

func routes(_ app: Application) throws {
    app.get(SiteURL.home.pathComponents, use: PagesController.overview)
    app.get(SiteURL.state(":code").pathComponents, use: PagesController.state)
    app.get(SiteURL.norm(":id").pathComponents, use: PagesController.norm)
    app.get(SiteURL.stylesheet.pathComponents, use: AssetsController.stylesheet)
    app.get(SiteURL.health.pathComponents, use: APIController.health)
    app.get(SiteURL.apiNorms.pathComponents, use: APIController.norms)
    app.get(SiteURL.apiStates.pathComponents, use: APIController.states)
    app.get(SiteURL.apiState(":code").pathComponents, use: APIController.state)
    app.get(SiteURL.apiMaturity(":code").pathComponents, use: APIController.maturity)
    app.get(SiteURL.apiEvidenceList.pathComponents, use: APIController.evidenceList)
    app.get(SiteURL.apiEvidence(":id").pathComponents, use: APIController.evidence)

    app.get(SiteURL.signIn.pathComponents, use: AccountController.signInPage)
    app.post(SiteURL.signIn.pathComponents, use: AccountController.signInSubmit)
    app.post(SiteURL.signOut.pathComponents, use: AccountController.signOut)
    app.get(SiteURL.password.pathComponents, use: AccountController.passwordPage)
    app.post(SiteURL.password.pathComponents, use: AccountController.passwordSubmit)
    app.get(SiteURL.invitation(":token").pathComponents, use: AccountController.invitationPage)
    app.post(SiteURL.invitation(":token").pathComponents, use: AccountController.invitationSubmit)

    app.get(SiteURL.evidenceList.pathComponents, use: EvidenceController.list)
    app.post(SiteURL.evidenceList.pathComponents, use: EvidenceController.create)
    app.get(SiteURL.newEvidence.pathComponents, use: EvidenceController.newForm)
    app.get(SiteURL.evidence(":id").pathComponents, use: EvidenceController.show)
    app.post(SiteURL.evidenceReview(":id").pathComponents, use: EvidenceController.review)
    app.post(SiteURL.evidenceComments(":id").pathComponents, use: EvidenceController.comment)
    app.get(SiteURL.evidenceFile(":id").pathComponents, use: EvidenceController.file)
    app.get(SiteURL.mySubmissions.pathComponents, use: EvidenceController.mySubmissions)

    app.get(SiteURL.item(":id").pathComponents, use: ItemController.show)
    app.post(SiteURL.itemComments(":id").pathComponents, use: ItemController.comment)

    app.get(SiteURL.stateAssessments(":code").pathComponents, use: AssessmentController.list)
    app.post(SiteURL.stateAssessments(":code").pathComponents, use: AssessmentController.start)
    app.get(SiteURL.assessment(":id").pathComponents, use: AssessmentController.editor)
    app.post(SiteURL.assessmentJudgements(":id").pathComponents, use: AssessmentController.saveJudgements)
    app.post(SiteURL.assessmentStatus(":id").pathComponents, use: AssessmentController.changeStatus)

    app.get(SiteURL.admin.pathComponents, use: AdminController.page)
    app.post(SiteURL.adminInvitations.pathComponents, use: AdminController.invite)
    app.post(SiteURL.adminOrganisations.pathComponents, use: AdminController.addOrganisation)
    app.post(SiteURL.adminRoles.pathComponents, use: AdminController.grantRole)
}

extension Application {
    private struct CatalogKey: StorageKey { typealias Value = Catalog }
    private struct DemoKey: StorageKey { typealias Value = Bool }
    private struct DummyHashKey: StorageKey { typealias Value = String }
    private struct DemoAccountsKey: StorageKey { typealias Value = [DemoAccounts.Account] }

    /// A hash of a random password, checked when an address has no account so that sign-in
    /// takes as long for unknown addresses as for known ones.
    var dummyPasswordHash: String {
        get { storage[DummyHashKey.self] ?? "" }
        set { storage[DummyHashKey.self] = newValue }
    }

    /// The demo accounts, present only in demo mode.
    public var demoAccounts: [DemoAccounts.Account] {
        get { storage[DemoAccountsKey.self] ?? [] }
        set { storage[DemoAccountsKey.self] = newValue }
    }

    /// The active catalog, loaded and validated at start.
    public var catalog: Catalog {
        get { storage[CatalogKey.self]! }
        set { storage[CatalogKey.self] = newValue }
    }

    /// Whether the database holds the demo data set, so every page can say so.
    public var demoMode: Bool {
        get { storage[DemoKey.self] ?? false }
        set { storage[DemoKey.self] = newValue }
    }
}

extension Request {
    var store: NormsStore { NormsStore(database: db) }
    var catalog: Catalog { application.catalog }
}

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

    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(AppErrorMiddleware(environment: app.environment))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ViewerMiddleware())
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
}

extension Application {
    private struct CatalogKey: StorageKey { typealias Value = Catalog }
    private struct DemoKey: StorageKey { typealias Value = Bool }

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

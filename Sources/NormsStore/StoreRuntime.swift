import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix

/// A migrated database without a web server: for tests, tools and benchmarks.
public final class StoreRuntime: Sendable {
    public let location: StoreLocation
    private let databases: Databases
    public let database: any Database

    private init(location: StoreLocation, databases: Databases, database: any Database) {
        self.location = location
        self.databases = databases
        self.database = database
    }

    /// Opens the database at `location` and runs every migration that has not run.
    public static func start(location: StoreLocation, migrate: Bool = true, logger: Logger = Logger(label: "cybernorms.store")) async throws -> StoreRuntime {
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        databases.use(location.configuration, as: location.databaseID)
        guard let database = databases.database(location.databaseID, logger: logger, on: group.any()) else {
            throw StoreConfigurationError(reason: "The database \(location) could not be opened.")
        }
        let runtime = StoreRuntime(location: location, databases: databases, database: database)
        do {
            try await location.prepare(database)
            if migrate {
                let migrations = Migrations()
                migrations.add(NormsMigrations.all)
                let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: group.any())
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()
            }
        } catch {
            await runtime.shutdown()
            throw error
        }
        return runtime
    }

    public var store: NormsStore { NormsStore(database: database) }

    public func shutdown() async { await databases.shutdownAsync() }
}

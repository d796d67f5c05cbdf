import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Where the data lives: an embedded SQLite file (the default), memory, or a PostgreSQL server.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(url: String)

    public static let defaultSQLitePath = "cybernorms.sqlite"

    /// Reads `DATABASE_URL` (`postgres://…`, `postgresql://…` or `sqlite:PATH`); without it, the SQLite file.
    public static func from(databaseURL: String?, sqlitePath: String = defaultSQLitePath) throws(StoreConfigurationError) -> StoreLocation {
        guard let url = databaseURL?.trimmingCharacters(in: .whitespaces), !url.isEmpty else { return .sqliteFile(path: sqlitePath) }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            do {
                _ = try SQLPostgresConfiguration(url: url)
            } catch {
                throw StoreConfigurationError(reason: "DATABASE_URL is not a usable PostgreSQL address (\(error)); expected postgres://USER:PASSWORD@HOST:PORT/DATABASE")
            }
            return .postgres(url: url)
        }
        if url == "sqlite::memory:" { return .sqliteMemory }
        if url.hasPrefix("sqlite:") {
            let path = String(url.dropFirst("sqlite:".count)).replacingOccurrences(of: "//", with: "", options: .anchored)
            guard !path.isEmpty else { throw StoreConfigurationError(reason: "DATABASE_URL 'sqlite:' names no file; write sqlite:PATH") }
            return .sqliteFile(path: path)
        }
        throw StoreConfigurationError(reason: "DATABASE_URL must start with postgres://, postgresql:// or sqlite:; got '\(url.prefix(20))…'")
    }

    /// The Fluent configuration for this location.
    public var configuration: DatabaseConfigurationFactory {
        switch self {
        case .sqliteFile(let path): .sqlite(.file(path), sqlLogLevel: .debug)
        case .sqliteMemory: .sqlite(.memory, sqlLogLevel: .debug)
        // Validated in `from(databaseURL:)`.
        case .postgres(let url): .postgres(configuration: try! SQLPostgresConfiguration(url: url), sqlLogLevel: .debug)
        }
    }

    public var databaseID: DatabaseID {
        switch self {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .psql
        }
    }

    /// Settings a fresh connection needs: WAL journaling for the SQLite file, so readers never wait for the writer.
    public func prepare(_ database: any Database) async throws {
        guard case .sqliteFile = self, let sql = database as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    /// The location with any password hidden, for logs.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "SQLite file \(path)"
        case .sqliteMemory: "SQLite in memory"
        case .postgres(let url):
            if let components = URLComponents(string: url) { "PostgreSQL \(components.host ?? "?"):\(components.port ?? 5432)\(components.path)" } else { "PostgreSQL" }
        }
    }
}

/// A configuration that cannot work, with the reason in one line.
public struct StoreConfigurationError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

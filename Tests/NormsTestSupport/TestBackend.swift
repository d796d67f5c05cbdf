import FluentKit
import Foundation
import NormsStore
import SQLKit

/// A database the tests run against: SQLite always, PostgreSQL when the test script provides one.
///
/// `scripts/test` starts a throwaway PostgreSQL server and sets `TEST_POSTGRES_URL`; every
/// repository and HTTP test then runs once per backend. With `CI=true` a missing server is an error,
/// so CI can never pass on SQLite alone.
public enum TestBackend: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    public static var available: [TestBackend] {
        let environment = ProcessInfo.processInfo.environment
        if environment["TEST_POSTGRES_URL"] != nil { return [.sqlite, .postgres] }
        precondition(environment["CI"] != "true", "CI=true but TEST_POSTGRES_URL is not set: run the suite through scripts/test.")
        return [.sqlite]
    }

    /// A fresh, empty database of this backend, and how to remove it afterwards.
    public func freshLocation() async throws -> TestDatabase {
        switch self {
        case .sqlite:
            return TestDatabase(location: .sqliteMemory, drop: {})
        case .postgres:
            let adminURL = ProcessInfo.processInfo.environment["TEST_POSTGRES_URL"]!
            let name = "cn_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            try await Self.admin(adminURL) { try await $0.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
            var components = URLComponents(string: adminURL)!
            components.path = "/" + name
            return TestDatabase(location: .postgres(url: components.string!), drop: {
                try await Self.admin(adminURL) { try await $0.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
            })
        }
    }

    private static func admin(_ url: String, _ body: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let runtime = try await StoreRuntime.start(location: .postgres(url: url), migrate: false)
        do {
            try await body(runtime.database as! any SQLDatabase)
        } catch {
            await runtime.shutdown()
            throw error
        }
        await runtime.shutdown()
    }
}

extension TestBackend {
    public var description: String { rawValue }
}

/// A throwaway database for one test.
public struct TestDatabase: Sendable {
    public let location: StoreLocation
    public let drop: @Sendable () async throws -> Void
}

/// Runs `body` with a migrated store on a fresh database of `backend`, and removes it afterwards.
public func withStore<T: Sendable>(_ backend: TestBackend, _ body: (StoreRuntime) async throws -> T) async throws -> T {
    let database = try await backend.freshLocation()
    let runtime = try await StoreRuntime.start(location: database.location)
    do {
        let result = try await body(runtime)
        await runtime.shutdown()
        try await database.drop()
        return result
    } catch {
        await runtime.shutdown()
        try? await database.drop()
        throw error
    }
}

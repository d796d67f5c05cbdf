import FluentKit
import Foundation
import NormsCore

/// The entry point to persistence: repositories that return NormsCore values and take a `Viewer`,
/// and audited, transactional writes.
public struct NormsStore: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    public var reference: ReferenceRepository { ReferenceRepository(database: database) }
    public var catalogs: CatalogRepository { CatalogRepository(database: database) }
    public var organisations: OrganisationRepository { OrganisationRepository(database: database) }
    public var evidence: EvidenceRepository { EvidenceRepository(database: database) }
    public var assessments: AssessmentRepository { AssessmentRepository(database: database) }
    public var maturity: MaturityQueries { MaturityQueries(store: self) }
    public var audit: AuditLog { AuditLog(database: database) }
    public var users: UserRepository { UserRepository(database: database) }
    public var comments: CommentRepository { CommentRepository(database: database) }

    /// Runs `body` in one transaction; every change it records goes to the audit log in the same
    /// transaction, so a failed write leaves neither the change nor its entry behind.
    public func write<T: Sendable>(actor: String, _ body: @escaping @Sendable (AuditedTransaction) async throws -> T) async throws -> T {
        try await database.transaction { transaction in
            try await body(AuditedTransaction(database: transaction, actor: actor))
        }
    }
}

/// A database transaction that records what it changes.
public struct AuditedTransaction: Sendable {
    public let database: any Database
    public let actor: String

    /// Records one change: `before` and `after` are encoded as JSON with sorted keys.
    public func record(_ action: String, entity: String, id: String, before: (any Encodable & Sendable)? = nil, after: (any Encodable & Sendable)? = nil) async throws {
        try await AuditLog(database: database).append(
            actor: actor, action: action, entity: entity, entityID: id,
            before: try before.map(Self.json), after: try after.map(Self.json))
    }

    static func json(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

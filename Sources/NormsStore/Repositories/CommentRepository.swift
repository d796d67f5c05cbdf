import FluentKit
import Foundation
import NormsCore

/// Comment threads on evidence and checklist items.
///
/// A comment has no sharing level of its own: it is shown exactly where its subject is. On
/// evidence it inherits the evidence's sharing scope; on a checklist item it is visible to members
/// of the commenter's state (AMBER), since it may describe the state's practice.
public struct CommentRepository: Sendable {
    let database: any Database

    public enum Subject: Sendable, Hashable {
        case evidence(UUID)
        case item(String, state: String)

        var type: String { if case .evidence = self { "evidence" } else { "item" } }
        var key: String {
            switch self {
            case .evidence(let id): id.uuidString
            case .item(let id, let state): "\(state):\(id)"
            }
        }
    }

    /// The thread on a subject, oldest first, or nothing when the viewer may not see the subject.
    public func thread(on subject: Subject, visibleTo viewer: Viewer) async throws -> [Comment] {
        guard try await mayUse(subject, viewer: viewer) else { return [] }
        let rows = try await CommentModel.query(on: database)
            .filter(\.$subjectType == subject.type).filter(\.$subjectKey == subject.key).sort(\.$createdAt).all()
        return rows.map { Comment(id: $0.id!, authorName: $0.authorName, body: $0.body, createdAt: $0.createdAt ?? Date()) }
    }

    public func add(_ body: String, on subject: Subject, by viewer: Viewer, authorName: String, in transaction: AuditedTransaction) async throws {
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let author = viewer.userID else { throw StoreError.forbidden("Sign in to comment.") }
        // Read through the transaction: a second connection would wait for this one (SQLite has one).
        guard try await CommentRepository(database: transaction.database).mayUse(subject, viewer: viewer) else { throw StoreError.notFound }
        guard !text.isEmpty else { throw StoreError.conflict("Write a comment before sending it.") }
        guard text.count <= 4000 else { throw StoreError.conflict("Keep a comment to 4,000 characters.") }
        let row = CommentModel()
        row.subjectType = subject.type
        row.subjectKey = subject.key
        if case .item(_, let state) = subject { row.stateCode = state }
        row.authorID = author
        row.authorName = authorName
        row.body = text
        try await row.create(on: transaction.database)
        try await transaction.record("comment.add", entity: subject.type, id: subject.key, after: ["body": text])
    }

    private func mayUse(_ subject: Subject, viewer: Viewer) async throws -> Bool {
        switch subject {
        case .evidence(let id):
            return try await EvidenceRepository(database: database).evidence(id: id, visibleTo: viewer) != nil
        case .item(_, let state):
            return viewer.maySee(SharingScope(tlp: .amber, owningState: state))
        }
    }
}

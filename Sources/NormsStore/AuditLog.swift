import FluentKit
import Foundation

/// One entry of the audit log as the domain sees it.
public struct AuditRecord: Codable, Sendable, Hashable {
    public var seq: Int
    public var at: String
    public var actor: String
    public var action: String
    public var entity: String
    public var entityID: String
    public var before: String?
    public var after: String?
    public var prevHash: String
    public var hash: String

    /// The hash of every field but `hash` itself, chained to the previous entry's hash.
    static func computeHash(seq: Int, at: String, actor: String, action: String, entity: String, entityID: String,
                            before: String?, after: String?, prevHash: String) -> String {
        let fields = [String(seq), at, actor, action, entity, entityID, before ?? "\u{0}", after ?? "\u{0}", prevHash]
        // A unit separator cannot occur in the JSON or names we log, so field boundaries are unambiguous.
        return Digests.sha256Hex(fields.joined(separator: "\u{1F}"))
    }
}

/// The outcome of checking the audit chain.
public struct AuditVerification: Sendable, Hashable {
    public var entryCount: Int
    /// The sequence number of the first entry that does not match the chain, if any.
    public var firstTamperedSeq: Int?
    public var reason: String?

    public var isIntact: Bool { firstTamperedSeq == nil }
}

/// The append-only audit log: every write records who did what, when, with the state before and after.
///
/// Entries are chained by SHA-256 hashes: each hash covers the entry and the previous hash, so a
/// changed, removed or inserted entry breaks the chain from that point on.
public struct AuditLog: Sendable {
    public static let genesisHash = String(repeating: "0", count: 64)
    let database: any Database

    /// Appends an entry; call it inside the transaction of the write it records.
    func append(actor: String, action: String, entity: String, entityID: String, before: String?, after: String?) async throws {
        let last = try await AuditEntryModel.query(on: database).sort(\.$seq, .descending).first()
        let seq = (last?.seq ?? 0) + 1
        let prevHash = last?.hash ?? Self.genesisHash
        let at = Self.timestamp(Date())
        let entry = AuditEntryModel()
        entry.seq = seq
        entry.at = at
        entry.actor = actor
        entry.action = action
        entry.entity = entity
        entry.entityID = entityID
        entry.before = before
        entry.after = after
        entry.prevHash = prevHash
        entry.hash = AuditRecord.computeHash(seq: seq, at: at, actor: actor, action: action, entity: entity, entityID: entityID,
                                             before: before, after: after, prevHash: prevHash)
        try await entry.create(on: database)
    }

    /// The entries about one entity, oldest first: its history.
    public func history(entity: String, id: String) async throws -> [AuditRecord] {
        try await AuditEntryModel.query(on: database)
            .filter(\.$entity == entity).filter(\.$entityID == id)
            .sort(\.$seq).all().map(Self.record)
    }

    /// Walks the whole chain in order and reports the first entry that does not match.
    public func verify(batchSize: Int = 1000) async throws -> AuditVerification {
        var expectedSeq = 1
        var prevHash = Self.genesisHash
        var count = 0
        while true {
            let batch = try await AuditEntryModel.query(on: database)
                .filter(\.$seq >= expectedSeq).sort(\.$seq).limit(batchSize).all()
            if batch.isEmpty { break }
            for entry in batch {
                count += 1
                if entry.seq != expectedSeq {
                    return AuditVerification(entryCount: count, firstTamperedSeq: expectedSeq, reason: "entry \(expectedSeq) is missing (next is \(entry.seq))")
                }
                if entry.prevHash != prevHash {
                    return AuditVerification(entryCount: count, firstTamperedSeq: entry.seq, reason: "entry \(entry.seq) does not point to the hash of entry \(entry.seq - 1)")
                }
                let recomputed = AuditRecord.computeHash(seq: entry.seq, at: entry.at, actor: entry.actor, action: entry.action, entity: entry.entity,
                                                         entityID: entry.entityID, before: entry.before, after: entry.after, prevHash: entry.prevHash)
                if recomputed != entry.hash {
                    return AuditVerification(entryCount: count, firstTamperedSeq: entry.seq, reason: "entry \(entry.seq) was changed after it was written")
                }
                prevHash = entry.hash
                expectedSeq += 1
            }
        }
        return AuditVerification(entryCount: count, firstTamperedSeq: nil, reason: nil)
    }

    static func record(_ model: AuditEntryModel) -> AuditRecord {
        AuditRecord(seq: model.seq, at: model.at, actor: model.actor, action: model.action, entity: model.entity,
                    entityID: model.entityID, before: model.before, after: model.after, prevHash: model.prevHash, hash: model.hash)
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}

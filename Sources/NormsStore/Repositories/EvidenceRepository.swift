import FluentKit
import Foundation
import NormsCore

/// Reads and writes evidence. Every read takes the viewer and returns only what the viewer may see.
public struct EvidenceRepository: Sendable {
    let database: any Database

    /// The evidence of one state the viewer may see, newest first.
    public func evidence(ofState code: String, visibleTo viewer: Viewer) async throws -> [Evidence] {
        let models = try await EvidenceModel.query(on: database)
            .filter(\.$stateCode == code.uppercased()).sort(\.$date, .descending).all()
        return try await domain(models).visible(to: viewer)
    }

    /// The evidence with these ids that the viewer may see; ids the viewer may not see are left out
    /// exactly as ids that do not exist.
    public func evidence(ids: [UUID], visibleTo viewer: Viewer) async throws -> [Evidence] {
        guard !ids.isEmpty else { return [] }
        let models = try await EvidenceModel.query(on: database).filter(\.$id ~~ ids).all()
        return try await domain(models).visible(to: viewer)
    }

    /// One piece of evidence, if the viewer may see it; a hidden one is reported exactly as a missing one.
    public func evidence(id: UUID, visibleTo viewer: Viewer) async throws -> Evidence? {
        try await evidence(ids: [id], visibleTo: viewer).first
    }

    /// What a contributor submitted, newest first, with its review status.
    public func submissions(by contributor: UUID, visibleTo viewer: Viewer) async throws -> [Evidence] {
        let models = try await EvidenceModel.query(on: database).filter(\.$contributorID == contributor).sort(\.$createdAt, .descending).all()
        return try await domain(models).visible(to: viewer)
    }

    /// Searches the evidence the viewer may see. Filters narrow in SQL; sight is decided per record
    /// afterwards, and the text matched only in what remains, so no count or match ever reflects
    /// a hidden record.
    public func search(_ query: EvidenceQuery, visibleTo viewer: Viewer) async throws -> [Evidence] {
        var builder = EvidenceModel.query(on: database)
        if let state = query.stateCode { builder = builder.filter(\.$stateCode == state) }
        if let status = query.status { builder = builder.filter(\.$status == status.rawValue) }
        if let kind = query.kind { builder = builder.filter(\.$kind == kind.rawValue) }
        if let tlp = query.tlp { builder = builder.filter(\.$tlp == tlp.rawValue) }
        let visible = try await domain(builder.sort(\.$date, .descending).all()).visible(to: viewer)
        let words = query.text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        let matching = visible.filter { evidence in
            let haystack = "\(evidence.title) \(evidence.issuer) \(evidence.itemIDs.joined(separator: " "))".lowercased()
            return words.allSatisfy(haystack.contains)
        }
        return query.itemID.map { item in matching.filter { $0.itemIDs.contains(item) } } ?? matching
    }

    /// Validates or rejects submitted evidence. Only the state's focal point may; evidence the
    /// reviewer may not see is not found.
    public func review(id: UUID, decision: ReviewDecision, by viewer: Viewer, in transaction: AuditedTransaction) async throws -> Evidence {
        guard let before = try await EvidenceRepository(database: transaction.database).evidence(id: id, visibleTo: viewer),
              let model = try await EvidenceModel.find(id, on: transaction.database) else { throw StoreError.notFound }
        guard Permissions.mayReviewEvidence(viewer, forState: before.stateCode) else {
            throw StoreError.forbidden("Only the focal point of \(before.stateCode) may review its evidence.")
        }
        switch decision {
        case .validate:
            model.status = ValidationStatus.validated.rawValue
            model.rejectionReason = nil
        case .reject(let reason):
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw StoreError.conflict("Give the reason for rejecting the evidence.") }
            guard reason.count <= 2000 else { throw StoreError.conflict("Keep the reason to 2,000 characters.") }
            model.status = ValidationStatus.rejected.rawValue
            model.rejectionReason = reason
        }
        model.reviewedBy = viewer.userID
        model.reviewedAt = Date()
        try await model.save(on: transaction.database)
        guard let after = try await EvidenceRepository(database: transaction.database).evidence(id: id, visibleTo: viewer) else { throw StoreError.notFound }
        try await transaction.record("evidence.review", entity: "evidence", id: id.uuidString,
                                     before: ["status": before.status.rawValue], after: ["status": after.status.rawValue, "reason": after.rejectionReason ?? ""])
        return after
    }

    /// Stores the PDF behind a piece of evidence with its SHA-256 checksum.
    public func attach(_ file: EvidenceFile, to evidenceID: UUID, in transaction: AuditedTransaction) async throws {
        let model = EvidenceFileModel()
        model.$evidence.id = evidenceID
        model.filename = file.filename
        model.contentType = file.contentType
        model.size = file.content.count
        model.sha256 = file.sha256
        model.content = file.content
        try await model.create(on: transaction.database)
        try await transaction.record("evidence.attach", entity: "evidence", id: evidenceID.uuidString,
                                     after: ["filename": file.filename, "sha256": file.sha256, "size": String(file.content.count)])
    }

    /// The attached file, if the evidence has one and the viewer may see the evidence.
    public func file(of evidenceID: UUID, visibleTo viewer: Viewer) async throws -> EvidenceFile? {
        guard try await evidence(id: evidenceID, visibleTo: viewer) != nil,
              let model = try await EvidenceFileModel.query(on: database).filter(\.$evidence.$id == evidenceID).first() else { return nil }
        return EvidenceFile(filename: model.filename, contentType: model.contentType, content: model.content)
    }

    /// Summaries of attached files (no content), keyed by evidence id, for evidence the viewer may see.
    public func attachments(of evidence: [Evidence]) async throws -> [UUID: EvidenceFile.Summary] {
        let ids = evidence.map(\.id)
        guard !ids.isEmpty else { return [:] }
        let models = try await EvidenceFileModel.query(on: database).filter(\.$evidence.$id ~~ ids)
            .field(\.$id).field(\.$evidence.$id).field(\.$filename).field(\.$size).field(\.$sha256).all()
        return Dictionary(models.map { ($0.$evidence.id, EvidenceFile.Summary(filename: $0.filename, size: $0.size, sha256: $0.sha256)) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// Adds evidence inside an audited transaction.
    public func add(_ evidence: Evidence, in transaction: AuditedTransaction) async throws {
        let model = EvidenceModel()
        model.id = evidence.id
        model.stateCode = evidence.stateCode
        model.organisationID = evidence.organisationID
        model.contributorID = evidence.contributorID
        model.kind = evidence.kind.rawValue
        model.title = evidence.title
        model.issuer = evidence.issuer
        model.date = evidence.date
        model.sourceURL = evidence.sourceURL
        model.language = evidence.language
        model.tlp = evidence.sharing.tlp.rawValue
        model.status = evidence.status.rawValue
        model.rejectionReason = evidence.rejectionReason
        model.reviewBy = evidence.reviewBy
        model.isDemo = evidence.isDemo
        try await model.create(on: transaction.database)
        let links = evidence.itemIDs.map { itemID in
            let link = EvidenceItemModel()
            link.$evidence.id = evidence.id
            link.itemKey = itemID
            return link
        }
        if !links.isEmpty { try await links.create(on: transaction.database) }
        try await Shares.save(evidence.sharing, for: .evidence, id: evidence.id, on: transaction.database)
        try await transaction.record("evidence.add", entity: "evidence", id: evidence.id.uuidString, after: evidence)
    }

    private func domain(_ models: [EvidenceModel]) async throws -> [Evidence] {
        let ids = models.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let links = try await EvidenceItemModel.query(on: database).filter(\.$evidence.$id ~~ ids).all()
        let itemsByEvidence = Dictionary(grouping: links, by: { $0.$evidence.id })
        let shares = try await Shares.recipients(of: .evidence, ids: ids, on: database)
        return models.map { model in
            let id = model.id!
            return Evidence(
                id: id, stateCode: model.stateCode, organisationID: model.organisationID, contributorID: model.contributorID,
                kind: EvidenceKind(rawValue: model.kind) ?? .report, title: model.title, issuer: model.issuer, date: model.date,
                sourceURL: model.sourceURL, language: model.language,
                sharing: Shares.scope(tlp: TLP(rawValue: model.tlp) ?? .red, owningState: model.stateCode,
                                      owningOrganisation: model.organisationID, shares: shares[id] ?? []),
                status: ValidationStatus(rawValue: model.status) ?? .submitted, rejectionReason: model.rejectionReason,
                reviewBy: model.reviewBy, itemIDs: (itemsByEvidence[id] ?? []).map(\.itemKey).sorted(), isDemo: model.isDemo)
        }
    }
}

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

    /// Counts of the viewer's visible evidence per state, for overview figures.
    public func visibleCounts(visibleTo viewer: Viewer) async throws -> [String: Int] {
        let all = try await domain(EvidenceModel.query(on: database).all()).visible(to: viewer)
        return Dictionary(grouping: all, by: \.stateCode).mapValues(\.count)
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

import FluentKit
import Foundation
import NormsCore

/// Reads and writes the explicit shares of shared records (`ShareModel`).
enum Shares {
    enum Subject: String {
        case evidence, assessment
    }

    /// The explicit recipients of each subject, keyed by subject id.
    static func recipients(of subject: Subject, ids: [UUID], on database: any Database) async throws -> [UUID: [ShareModel]] {
        guard !ids.isEmpty else { return [:] }
        let shares = try await ShareModel.query(on: database)
            .filter(\.$subjectType == subject.rawValue).filter(\.$subjectID ~~ ids).all()
        return Dictionary(grouping: shares, by: \.subjectID)
    }

    /// Builds the full sharing scope from the record's own fields and its explicit shares.
    static func scope(tlp: TLP, owningState: String?, owningOrganisation: UUID?, shares: [ShareModel]) -> SharingScope {
        SharingScope(
            tlp: tlp, owningState: owningState, owningOrganisation: owningOrganisation,
            sharedWithStates: Set(shares.compactMap(\.stateCode)),
            sharedWithOrganisations: Set(shares.compactMap(\.organisationID)),
            namedRecipients: Set(shares.compactMap(\.userID)))
    }

    /// Stores the explicit recipients of a scope.
    static func save(_ scope: SharingScope, for subject: Subject, id: UUID, on database: any Database) async throws {
        var rows: [ShareModel] = []
        func row(state: String? = nil, organisation: UUID? = nil, user: UUID? = nil) -> ShareModel {
            let share = ShareModel()
            share.subjectType = subject.rawValue
            share.subjectID = id
            share.stateCode = state
            share.organisationID = organisation
            share.userID = user
            return share
        }
        rows += scope.sharedWithStates.sorted().map { row(state: $0) }
        rows += scope.sharedWithOrganisations.sorted { $0.uuidString < $1.uuidString }.map { row(organisation: $0) }
        rows += scope.namedRecipients.sorted { $0.uuidString < $1.uuidString }.map { row(user: $0) }
        if !rows.isEmpty { try await rows.create(on: database) }
    }
}

import FluentKit
import Foundation
import NormsCore

/// Reads the reference data: states, their sourced facts, regional bodies.
///
/// Reference data is public by definition (TLP:CLEAR: published sources only), so these reads
/// need no viewer.
public struct ReferenceRepository: Sendable {
    let database: any Database

    public func states() async throws -> [StateProfile] {
        let states = try await StateModel.query(on: database).sort(\.$name).all()
        return try await profiles(states)
    }

    public func state(code: String) async throws -> StateProfile? {
        guard let state = try await StateModel.query(on: database).filter(\.$code == code.uppercased()).first() else { return nil }
        return try await profiles([state]).first
    }

    public func stateCodes() async throws -> [String] {
        try await StateModel.query(on: database).sort(\.$code).all().map(\.code)
    }

    public func regionalBodies() async throws -> [RegionalBody] {
        let bodies = try await RegionalBodyModel.query(on: database).with(\.$source).sort(\.$name).all()
        return bodies.map { body in
            RegionalBody(id: body.bodyKey, name: body.name, abbreviation: body.abbreviation, founded: body.founded,
                         topics: body.topics.split(separator: "\n").map(String.init),
                         source: Self.source(body.source), asOf: body.asOf)
        }
    }

    private func profiles(_ states: [StateModel]) async throws -> [StateProfile] {
        let ids = states.compactMap(\.id)
        let facts = try await FactModel.query(on: database).filter(\.$state.$id ~~ ids).with(\.$source).sort(\.$position).all()
        let byState = Dictionary(grouping: facts, by: { $0.$state.id })
        return states.map { state in
            StateProfile(code: state.code, alpha2: state.alpha2, name: state.name, facts: (byState[state.id!] ?? []).map { fact in
                ReferenceFact(kind: FactKind(rawValue: fact.kind) ?? .asean, value: fact.value, year: fact.year, tiers: fact.tiers,
                              source: Self.source(fact.source), asOf: fact.asOf, note: fact.note)
            })
        }
    }

    static func source(_ model: SourceModel) -> SourceReference {
        SourceReference(id: model.sourceKey, title: model.title, publisher: model.publisher, date: model.date, url: model.url)
    }
}

/// Reads the catalogs that have been loaded.
public struct CatalogRepository: Sendable {
    let database: any Database

    /// The catalog in use: the active one most recently loaded.
    public func active() async throws -> Catalog? {
        guard let model = try await CatalogModel.query(on: database).filter(\.$isActive == true).sort(\.$loadedAt, .descending).first() else { return nil }
        return try JSONDecoder().decode(Catalog.self, from: Data(model.document.utf8))
    }

    /// `id@version` of every loaded catalog, oldest first.
    public func loadedReferences() async throws -> [String] {
        try await CatalogModel.query(on: database).sort(\.$loadedAt).all().map { "\($0.catalogKey)@\($0.version)" }
    }
}

/// Reads organisations.
public struct OrganisationRepository: Sendable {
    let database: any Database

    public func all() async throws -> [Organisation] {
        try await OrganisationModel.query(on: database).sort(\.$name).all().map(Self.organisation)
    }

    public func organisation(id: UUID) async throws -> Organisation? {
        try await OrganisationModel.find(id, on: database).map(Self.organisation)
    }

    /// Adds an organisation inside an audited transaction.
    public func add(_ organisation: Organisation, in transaction: AuditedTransaction) async throws {
        let model = OrganisationModel()
        model.id = organisation.id
        model.name = organisation.name
        model.stateCode = organisation.stateCode
        model.stakeholderType = organisation.stakeholderType.rawValue
        model.isDemo = organisation.isDemo
        try await model.create(on: transaction.database)
        try await transaction.record("organisation.add", entity: "organisation", id: organisation.id.uuidString, after: organisation)
    }

    static func organisation(_ model: OrganisationModel) -> Organisation {
        Organisation(id: model.id!, name: model.name, stateCode: model.stateCode,
                     stakeholderType: StakeholderType(rawValue: model.stakeholderType) ?? .government, isDemo: model.isDemo)
    }
}

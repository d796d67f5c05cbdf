import FluentKit
import Foundation
import NormsCore

/// Loads the catalog and reference data on first start, and the demo data set on request.
public struct Seeder: Sendable {
    public static let actor = "system:reference-loader"
    public static let demoActor = "system:demo-loader"
    let store: NormsStore

    public init(store: NormsStore) { self.store = store }

    /// Loads `catalog` unless that id and version is loaded, and makes it the active catalog.
    @discardableResult
    public func load(catalog: Catalog) async throws -> Bool {
        let existing = try await CatalogModel.query(on: store.database)
            .filter(\.$catalogKey == catalog.id).filter(\.$version == catalog.version).first()
        if let existing {
            guard !existing.isActive else { return false }
        }
        return try await store.write(actor: Self.actor) { transaction in
            let database = transaction.database
            let previous = try await CatalogModel.query(on: database).filter(\.$isActive == true).all()
            for model in previous where model.id != existing?.id {
                model.isActive = false
                try await model.save(on: database)
            }
            if let existing {
                existing.isActive = true
                try await existing.save(on: database)
                try await transaction.record("catalog.activate", entity: "catalog", id: catalog.reference)
                return true
            }
            let model = CatalogModel()
            model.catalogKey = catalog.id
            model.version = catalog.version
            model.title = catalog.title
            model.document = try AuditedTransaction.json(catalog)
            model.isActive = true
            try await model.create(on: database)
            let items = catalog.items.map { item in
                let row = ChecklistItemModel()
                row.$catalog.id = model.id!
                row.itemKey = item.id
                row.norm = item.norm
                row.stage = item.stage
                row.evidenceLevel = item.evidenceLevel.rawValue
                row.factor = item.factor
                row.isCore = item.core
                row.text = item.text
                row.guidance = item.guidance
                return row
            }
            try await items.create(on: database)
            try await transaction.record(
                "catalog.load", entity: "catalog", id: catalog.reference,
                after: ["norms": catalog.norms.count, "items": catalog.items.count])
            return true
        }
    }

    /// Loads a reference data set unless the same content is loaded; a changed file replaces the
    /// facts of its own data set (reference data is derived from the shipped file, never edited here).
    @discardableResult
    public func load(reference data: ReferenceDataSet) async throws -> Bool {
        let hash = try Self.contentHash(data)
        let existing = try await DatasetModel.query(on: store.database).filter(\.$datasetKey == data.id).first()
        if existing?.contentHash == hash { return false }
        return try await store.write(actor: Self.actor) { transaction in
            let database = transaction.database
            let codes = data.states.map(\.code)
            let oldStates = try await StateModel.query(on: database).filter(\.$code ~~ codes).all()
            let oldSources = try await SourceModel.query(on: database).filter(\.$datasetKey == data.id).all()
            try await FactModel.query(on: database).filter(\.$state.$id ~~ oldStates.compactMap(\.id)).delete()
            try await RegionalBodyModel.query(on: database).filter(\.$source.$id ~~ oldSources.compactMap(\.id)).delete()
            try await SourceModel.query(on: database).filter(\.$datasetKey == data.id).delete()

            var sourceIDs: [String: UUID] = [:]
            for source in data.sources {
                let model = SourceModel()
                model.datasetKey = data.id
                model.sourceKey = source.id
                model.title = source.title
                model.publisher = source.publisher
                model.date = source.date
                model.url = source.url
                try await model.create(on: database)
                sourceIDs[source.id] = model.id
            }
            for state in data.states {
                let model = oldStates.first { $0.code == state.code } ?? StateModel()
                model.code = state.code
                model.alpha2 = state.alpha2
                model.name = state.name
                try await model.save(on: database)
                for (position, fact) in state.facts.enumerated() {
                    let row = FactModel()
                    row.$state.id = model.id!
                    row.kind = fact.kind.rawValue
                    row.value = fact.value
                    row.year = fact.year
                    row.tiers = fact.tiers
                    row.$source.id = sourceIDs[fact.source.id]!
                    row.asOf = fact.asOf
                    row.note = fact.note
                    row.position = position
                    try await row.create(on: database)
                }
            }
            for body in data.regionalBodies {
                let row = RegionalBodyModel()
                row.bodyKey = body.id
                row.name = body.name
                row.abbreviation = body.abbreviation
                row.founded = body.founded
                row.topics = body.topics.joined(separator: "\n")
                row.$source.id = sourceIDs[body.source.id]!
                row.asOf = body.asOf
                try await row.create(on: database)
            }
            let dataset = existing ?? DatasetModel()
            dataset.datasetKey = data.id
            dataset.contentHash = hash
            dataset.asOf = data.asOf
            try await dataset.save(on: database)
            try await transaction.record(
                existing == nil ? "reference.load" : "reference.reload", entity: "dataset", id: data.id,
                before: existing.map { ["contentHash": $0.contentHash] },
                after: ["contentHash": hash, "states": String(data.states.count), "facts": String(data.factCount)])
            return true
        }
    }

    /// Whether the demo data set is in this database.
    public func demoIsLoaded() async throws -> Bool {
        try await OrganisationModel.query(on: store.database).filter(\.$isDemo == true).count() > 0
    }

    /// Loads the demo data set once; returns false if it was already there.
    @discardableResult
    public func load(demo: DemoData) async throws -> Bool {
        guard try await !demoIsLoaded() else { return false }
        return try await store.write(actor: Self.demoActor) { transaction in
            for organisation in demo.organisations { try await store.organisations.add(organisation, in: transaction) }
            for evidence in demo.evidence { try await store.evidence.add(evidence, in: transaction) }
            for assessment in demo.assessments { try await store.assessments.add(assessment, in: transaction) }
            return true
        }
    }

    /// A hash of the data set's content, independent of key order.
    static func contentHash(_ data: ReferenceDataSet) throws -> String {
        Digests.sha256Hex(try AuditedTransaction.json(data))
    }
}

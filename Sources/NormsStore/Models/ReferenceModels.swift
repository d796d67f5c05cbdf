import FluentKit
import Foundation

/// A loaded catalog; the whole validated catalog is kept as JSON, and its items as rows to link to.
final class CatalogModel: Model, @unchecked Sendable {
    static let schema = "catalogs"
    @ID(key: .id) var id: UUID?
    @Field(key: "catalog_key") var catalogKey: String
    @Field(key: "version") var version: String
    @Field(key: "title") var title: String
    @Field(key: "document") var document: String
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "loaded_at", on: .create) var loadedAt: Date?
    init() {}
}

final class ChecklistItemModel: Model, @unchecked Sendable {
    static let schema = "checklist_items"
    @ID(key: .id) var id: UUID?
    @Parent(key: "catalog_id") var catalog: CatalogModel
    @Field(key: "item_key") var itemKey: String
    @Field(key: "norm") var norm: String
    @Field(key: "stage") var stage: Int
    @Field(key: "evidence_level") var evidenceLevel: String
    @Field(key: "factor") var factor: String
    @Field(key: "is_core") var isCore: Bool
    @Field(key: "text") var text: String
    @Field(key: "guidance") var guidance: String
    init() {}
}

/// A reference data set as loaded, with the hash of its content so a second start changes nothing.
final class DatasetModel: Model, @unchecked Sendable {
    static let schema = "datasets"
    @ID(key: .id) var id: UUID?
    @Field(key: "dataset_key") var datasetKey: String
    @Field(key: "content_hash") var contentHash: String
    @Field(key: "as_of") var asOf: String
    @Timestamp(key: "loaded_at", on: .create) var loadedAt: Date?
    init() {}
}

final class SourceModel: Model, @unchecked Sendable {
    static let schema = "reference_sources"
    @ID(key: .id) var id: UUID?
    @Field(key: "dataset_key") var datasetKey: String
    @Field(key: "source_key") var sourceKey: String
    @Field(key: "title") var title: String
    @Field(key: "publisher") var publisher: String
    @Field(key: "date") var date: String
    @OptionalField(key: "url") var url: String?
    init() {}
}

final class StateModel: Model, @unchecked Sendable {
    static let schema = "states"
    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "alpha2") var alpha2: String
    @Field(key: "name") var name: String
    @Children(for: \.$state) var facts: [FactModel]
    init() {}
}

final class FactModel: Model, @unchecked Sendable {
    static let schema = "reference_facts"
    @ID(key: .id) var id: UUID?
    @Parent(key: "state_id") var state: StateModel
    @Field(key: "kind") var kind: String
    @Field(key: "value") var value: String
    @OptionalField(key: "year") var year: Int?
    @OptionalField(key: "tiers") var tiers: Int?
    @Parent(key: "source_id") var source: SourceModel
    @Field(key: "as_of") var asOf: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "position") var position: Int
    init() {}
}

final class RegionalBodyModel: Model, @unchecked Sendable {
    static let schema = "regional_bodies"
    @ID(key: .id) var id: UUID?
    @Field(key: "body_key") var bodyKey: String
    @Field(key: "name") var name: String
    @OptionalField(key: "abbreviation") var abbreviation: String?
    @OptionalField(key: "founded") var founded: Int?
    /// The mandate topics, one per line.
    @Field(key: "topics") var topics: String
    @Parent(key: "source_id") var source: SourceModel
    @Field(key: "as_of") var asOf: String
    init() {}
}

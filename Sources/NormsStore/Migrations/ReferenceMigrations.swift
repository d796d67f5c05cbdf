import FluentKit

struct CreateCatalogs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CatalogModel.schema)
            .id()
            .field("catalog_key", .string, .required)
            .field("version", .string, .required)
            .field("title", .string, .required)
            .field("document", .string, .required)
            .field("is_active", .bool, .required)
            .field("loaded_at", .datetime)
            .unique(on: "catalog_key", "version")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(CatalogModel.schema).delete() }
}

struct CreateChecklistItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ChecklistItemModel.schema)
            .id()
            .field("catalog_id", .uuid, .required, .references(CatalogModel.schema, "id", onDelete: .cascade))
            .field("item_key", .string, .required)
            .field("norm", .string, .required)
            .field("stage", .int, .required)
            .field("evidence_level", .string, .required)
            .field("factor", .string, .required)
            .field("is_core", .bool, .required)
            .field("text", .string, .required)
            .field("guidance", .string, .required)
            .unique(on: "catalog_id", "item_key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(ChecklistItemModel.schema).delete() }
}

struct CreateDatasets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DatasetModel.schema)
            .id()
            .field("dataset_key", .string, .required)
            .field("content_hash", .string, .required)
            .field("as_of", .string, .required)
            .field("loaded_at", .datetime)
            .unique(on: "dataset_key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(DatasetModel.schema).delete() }
}

struct CreateReferenceSources: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SourceModel.schema)
            .id()
            .field("dataset_key", .string, .required)
            .field("source_key", .string, .required)
            .field("title", .string, .required)
            .field("publisher", .string, .required)
            .field("date", .string, .required)
            .field("url", .string)
            .unique(on: "dataset_key", "source_key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(SourceModel.schema).delete() }
}

struct CreateStates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StateModel.schema)
            .id()
            .field("code", .string, .required)
            .field("alpha2", .string, .required)
            .field("name", .string, .required)
            .unique(on: "code")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(StateModel.schema).delete() }
}

struct CreateReferenceFacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FactModel.schema)
            .id()
            .field("state_id", .uuid, .required, .references(StateModel.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("value", .string, .required)
            .field("year", .int)
            .field("tiers", .int)
            .field("source_id", .uuid, .required, .references(SourceModel.schema, "id"))
            .field("as_of", .string, .required)
            .field("note", .string)
            .field("position", .int, .required)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(FactModel.schema).delete() }
}

struct CreateRegionalBodies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RegionalBodyModel.schema)
            .id()
            .field("body_key", .string, .required)
            .field("name", .string, .required)
            .field("abbreviation", .string)
            .field("founded", .int)
            .field("topics", .string, .required)
            .field("source_id", .uuid, .required, .references(SourceModel.schema, "id"))
            .field("as_of", .string, .required)
            .unique(on: "body_key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema(RegionalBodyModel.schema).delete() }
}

import Foundation

/// Loads and validates a catalog file.
///
/// Validation is complete: every problem in the file is reported at once, each with the file,
/// the line, the path inside the document and the reason.
public enum CatalogLoader {
    /// The bundled catalog of the 11 UN norms.
    public static let bundledCatalogName = "un-norms-2015"

    public static func loadBundled() throws -> Catalog {
        guard let url = Bundle.module.url(forResource: bundledCatalogName, withExtension: "yaml", subdirectory: "Resources/catalogs") else {
            throw DataFileError(problems: [DataFileProblem(file: "\(bundledCatalogName).yaml", path: "", line: nil, reason: "is missing from the bundle")])
        }
        return try load(contentsOf: url)
    }

    public static func load(contentsOf url: URL) throws -> Catalog {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataFileError(problems: [DataFileProblem(file: url.path, path: "", line: nil, reason: "cannot be read: \(error.localizedDescription)")])
        }
        return try load(yaml: text, file: url.lastPathComponent)
    }

    public static func load(yaml text: String, file: String) throws(DataFileError) -> Catalog {
        let reader = YAMLReader(file: file)
        let catalog = reader.root(of: text).flatMap { CatalogReading(root: $0).read() }
        try reader.throwIfProblems()
        guard let catalog else { throw reader.incomplete() }
        return catalog
    }
}

/// The field-by-field reading of a catalog document.
private struct CatalogReading {
    let root: YAMLCursor

    func read() -> Catalog? {
        root.allowOnly(["id", "version", "title", "publisher", "description", "sources", "stages", "pillars", "factors", "norms", "items"])
        let id = root["id"].string()
        if let id, id.range(of: #"^[a-z0-9][a-z0-9-]*$"#, options: .regularExpression) == nil {
            root["id"].report("'\(id)' must be lowercase letters, digits and dashes")
        }
        let version = root["version"].string()
        let title = root["title"].string()
        let publisher = root["publisher"].string()
        let description = root["description"].string()
        let sources = SourceReading.sources(root["sources"])
        let sourceIDs = sources.map(\.id)
        let stages = readStages(root["stages"])
        let pillars = readPillars(root["pillars"])
        let factors = readFactors(root["factors"])
        let norms = readNorms(root["norms"], pillarIDs: pillars.map(\.id), sourceIDs: sourceIDs)
        let items = readItems(root["items"], norms: norms, factorIDs: factors.map(\.id), sourceIDs: sourceIDs)
        checkEveryStageHasCoreItems(norms: norms, items: items, stages: stages)
        guard let id, let version, let title, let publisher, let description else { return nil }
        return Catalog(
            id: id, version: version, title: title, publisher: publisher, description: description,
            sources: sources, stages: stages, pillars: pillars, factors: factors,
            norms: norms.map(\.value), items: items.map(\.value))
    }

    private func readStages(_ list: YAMLCursor) -> [MaturityStage] {
        let stages = list.elements().compactMap { cursor -> MaturityStage? in
            cursor.allowOnly(["level", "name", "definition"])
            guard let level = cursor["level"].int(in: 0...MaturityStage.highestLevel),
                  let name = cursor["name"].string(),
                  let definition = cursor["definition"].string() else { return nil }
            return MaturityStage(level: level, name: name, definition: definition)
        }
        let levels = stages.map(\.level)
        if list.exists && levels != Array(0...MaturityStage.highestLevel) && !stages.isEmpty {
            list.report("must define the levels 0 to \(MaturityStage.highestLevel) once each, in order; found \(levels.map(String.init).joined(separator: ", "))")
        }
        return stages
    }

    private func readPillars(_ list: YAMLCursor) -> [Pillar] {
        var ids = UniqueIDs()
        return list.elements().compactMap { cursor in
            cursor.allowOnly(["id", "name", "summary"])
            guard let id = cursor["id"].string() else { return nil }
            ids.check(id, at: cursor["id"])
            guard let name = cursor["name"].string(), let summary = cursor["summary"].string() else { return nil }
            return Pillar(id: id, name: name, summary: summary)
        }
    }

    private func readFactors(_ list: YAMLCursor) -> [Factor] {
        var ids = UniqueIDs()
        return list.elements().compactMap { cursor in
            cursor.allowOnly(["id", "name", "capacityBuilding"])
            guard let id = cursor["id"].string() else { return nil }
            ids.check(id, at: cursor["id"])
            guard let name = cursor["name"].string(), let category = cursor["capacityBuilding"].string() else { return nil }
            return Factor(id: id, name: name, capacityBuilding: category)
        }
    }

    private func readNorms(_ list: YAMLCursor, pillarIDs: [String], sourceIDs: [String]) -> [Located<Norm>] {
        var ids = UniqueIDs()
        return list.elements().compactMap { cursor in
            cursor.allowOnly(["id", "title", "officialText", "citation", "source", "summary", "pillars"])
            guard let id = cursor["id"].string() else { return nil }
            ids.check(id, at: cursor["id"])
            let pillarCursors = cursor["pillars"].elements()
            let pillars = pillarCursors.compactMap { $0.string(oneOf: pillarIDs, naming: "pillar") }
            if cursor["pillars"].exists && pillarCursors.isEmpty { cursor["pillars"].report("must name at least one pillar") }
            guard let title = cursor["title"].string(),
                  let officialText = cursor["officialText"].string(),
                  let citation = cursor["citation"].string(),
                  let source = cursor["source"].string(oneOf: sourceIDs, naming: "source"),
                  let summary = cursor["summary"].string(),
                  pillars.count == pillarCursors.count, !pillars.isEmpty else { return nil }
            let norm = Norm(id: id, title: title, officialText: officialText, citation: citation, source: source, summary: summary, pillars: pillars)
            return Located(value: norm, cursor: cursor)
        }
    }

    private func readItems(_ list: YAMLCursor, norms: [Located<Norm>], factorIDs: [String], sourceIDs: [String]) -> [Located<ChecklistItem>] {
        var ids = UniqueIDs()
        let normIDs = norms.map(\.value.id)
        return list.elements().compactMap { cursor in
            cursor.allowOnly(["id", "norm", "stage", "evidenceLevel", "factor", "core", "text", "guidance", "sources"])
            let id = cursor["id"].string()
            if let id { ids.check(id, at: cursor["id"]) }
            let norm = cursor["norm"].string(oneOf: normIDs, naming: "norm")
            let stage = cursor["stage"].int(in: 1...MaturityStage.highestLevel)
            let level = cursor["evidenceLevel"].value(of: EvidenceLevel.self)
            let factor = cursor["factor"].string(oneOf: factorIDs, naming: "factor")
            let core = cursor["core"].bool()
            let text = cursor["text"].string()
            let guidance = cursor["guidance"].string()
            let sources = cursor["sources"].elements(required: false).compactMap { $0.string(oneOf: sourceIDs, naming: "source") }
            guard let id, let norm, let stage, let level, let factor, let core, let text, let guidance else { return nil }
            let item = ChecklistItem(id: id, norm: norm, stage: stage, evidenceLevel: level, factor: factor, core: core, text: text, guidance: guidance, sources: sources)
            return Located(value: item, cursor: cursor)
        }
    }

    /// A stage with no core item could never be reached or would be reached by default; both are
    /// authoring mistakes.
    private func checkEveryStageHasCoreItems(norms: [Located<Norm>], items: [Located<ChecklistItem>], stages: [MaturityStage]) {
        for norm in norms {
            for level in 1...MaturityStage.highestLevel {
                let hasCore = items.contains { $0.value.norm == norm.value.id && $0.value.stage == level && $0.value.core }
                if !hasCore {
                    let name = stages.first { $0.level == level }?.name ?? "stage \(level)"
                    norm.cursor.report("norm '\(norm.value.id)' has no core item at stage \(level) (\(name)); every stage needs at least one")
                }
            }
        }
    }
}

/// A value read from a document, with the place it was read from for later checks.
struct Located<Value> {
    let value: Value
    let cursor: YAMLCursor
}

/// Reads the `sources` list that catalogs and reference data share.
enum SourceReading {
    static func sources(_ list: YAMLCursor) -> [SourceReference] {
        var ids = UniqueIDs()
        return list.elements().compactMap { cursor in
            cursor.allowOnly(["id", "title", "publisher", "date", "url"])
            guard let id = cursor["id"].string() else { return nil }
            ids.check(id, at: cursor["id"])
            let url = cursor["url"].optionalString()
            if let url, URL(string: url)?.scheme?.hasPrefix("http") != true {
                cursor["url"].report("'\(url)' is not an http or https address")
            }
            guard let title = cursor["title"].string(),
                  let publisher = cursor["publisher"].string(),
                  let date = cursor["date"].date() else { return nil }
            return SourceReference(id: id, title: title, publisher: publisher, date: date, url: url)
        }
    }
}

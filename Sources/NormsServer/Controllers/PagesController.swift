import NormsCore
import NormsStore
import Vapor

/// The HTML pages. Query functions hold the logic and take no `Request`; handlers parse and render.
enum PagesController {
    static func overviewModel(store: NormsStore, catalog: Catalog, viewer: Viewer, filter: OverviewFilter, context: PageContext) async throws -> OverviewPage.Model {
        var stages: [String: [String: Int]] = [:]
        let maturity = try await store.maturity.regional(catalog: catalog, visibleTo: viewer)
        if let stakeholder = filter.stakeholder {
            for (code, result) in try await store.maturity.evidenceOnRecord(from: stakeholder, catalog: catalog, visibleTo: viewer) {
                stages[code] = Dictionary(uniqueKeysWithValues: result.norms.map { ($0.normID, $0.stage) })
            }
        } else {
            for (code, state) in maturity {
                stages[code] = state.result.map { Dictionary(uniqueKeysWithValues: $0.norms.map { ($0.normID, $0.stage) }) }
            }
        }
        return OverviewPage.Model(
            catalog: catalog, states: try await store.reference.states(), maturity: maturity, heatmapStages: stages,
            bodies: try await store.reference.regionalBodies(), filter: filter, context: context)
    }

    static func stateModel(store: NormsStore, catalog: Catalog, viewer: Viewer, code: String, context: PageContext) async throws -> StatePage.Model {
        let state = try await StateLookup.find(code, in: store)
        return StatePage.Model(
            catalog: catalog, state: state,
            maturity: try await store.maturity.maturity(ofState: state.code, catalog: catalog, visibleTo: viewer),
            thirdParty: try await store.maturity.maturity(ofState: state.code, kind: .thirdParty, catalog: catalog, visibleTo: viewer),
            evidenceOnRecord: try await store.maturity.evidenceOnRecord(ofState: state.code, catalog: catalog, visibleTo: viewer),
            evidence: try await store.evidence.evidence(ofState: state.code, visibleTo: viewer), context: context)
    }

    static func normModel(store: NormsStore, catalog: Catalog, viewer: Viewer, id: String, context: PageContext) async throws -> NormPage.Model {
        guard let norm = catalog.norm(id.lowercased()) else {
            throw AppError.notFound("No norm '\(id)' in \(catalog.reference). Norms: \(catalog.norms.map(\.id).joined(separator: ", ")).")
        }
        return NormPage.Model(
            catalog: catalog, norm: norm, states: try await store.reference.states(),
            maturity: try await store.maturity.regional(catalog: catalog, visibleTo: viewer), context: context)
    }

    @Sendable static func overview(req: Request) async throws -> Response {
        let filter = try OverviewFilter(catalog: req.catalog, pillar: req.query[String.self, at: "pillar"],
                                        norm: req.query[String.self, at: "norm"], stakeholder: req.query[String.self, at: "stakeholder"])
        let model = try await overviewModel(store: req.store, catalog: req.catalog, viewer: req.viewer, filter: filter, context: req.pageContext)
        return OverviewPage(model: model).response()
    }

    @Sendable static func state(req: Request) async throws -> Response {
        let model = try await stateModel(store: req.store, catalog: req.catalog, viewer: req.viewer,
                                         code: req.parameters.get("code") ?? "", context: req.pageContext)
        return StatePage(model: model).response()
    }

    @Sendable static func norm(req: Request) async throws -> Response {
        let model = try await normModel(store: req.store, catalog: req.catalog, viewer: req.viewer,
                                        id: req.parameters.get("id") ?? "", context: req.pageContext)
        return NormPage(model: model).response()
    }
}

/// The overview's filters: a pillar or a norm narrows the columns; a stakeholder type switches the
/// heatmap to the evidence on record from that kind of organisation.
struct OverviewFilter {
    var pillar: Pillar?
    var norm: Norm?
    var stakeholder: StakeholderType?

    init(catalog: Catalog, pillar: String?, norm: String?, stakeholder: String?) throws {
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        if let id = given(pillar) {
            guard let found = catalog.pillar(id) else { throw AppError.notFound("No pillar '\(id.prefix(30))'. Pillars: \(catalog.pillars.map(\.id).joined(separator: ", ")).") }
            self.pillar = found
        }
        if let id = given(norm) {
            guard let found = catalog.norm(id.lowercased()) else { throw AppError.notFound("No norm '\(id.prefix(30))'. Norms: \(catalog.norms.map(\.id).joined(separator: ", ")).") }
            self.norm = found
        }
        if let type = given(stakeholder) {
            guard let found = StakeholderType(rawValue: type) else {
                throw AppError.notFound("No stakeholder type '\(type.prefix(30))'. Types: \(StakeholderType.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            self.stakeholder = found
        }
    }

    /// The norms shown as columns.
    func norms(in catalog: Catalog) -> [Norm] {
        catalog.norms.filter { norm in
            (pillar.map { norm.pillars.contains($0.id) } ?? true) && (self.norm.map { $0.id == norm.id } ?? true)
        }
    }
}

/// Finds a state by ISO code, with an error that says what the known codes are.
enum StateLookup {
    static func find(_ code: String, in store: NormsStore) async throws -> StateProfile {
        if let state = try await store.reference.state(code: code) { return state }
        throw AppError.notFound(try await unknownStateMessage(code, in: store))
    }

    /// One sentence naming the unknown code and the known ones; shared by pages, API and CLI.
    static func unknownStateMessage(_ code: String, in store: NormsStore) async throws -> String {
        let known = try await store.reference.stateCodes().joined(separator: ", ")
        return "No state with code '\(code.prefix(12))'. Use an ISO 3166-1 alpha-3 code: \(known)."
    }
}

enum AssetsController {
    @Sendable static func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.cacheControl = .init(maxAge: 3600)
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}

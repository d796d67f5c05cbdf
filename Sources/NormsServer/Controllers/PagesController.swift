import NormsCore
import NormsStore
import Vapor

/// The HTML pages. Query functions hold the logic and take no `Request`; handlers parse and render.
enum PagesController {
    static func overviewModel(store: NormsStore, catalog: Catalog, viewer: Viewer, pillarID: String?, context: PageContext) async throws -> OverviewPage.Model {
        let pillar = try pillarID.map { id in
            guard let pillar = catalog.pillar(id) else {
                throw AppError.notFound("No pillar '\(id)'. Pillars: \(catalog.pillars.map(\.id).joined(separator: ", ")).")
            }
            return pillar
        }
        return OverviewPage.Model(
            catalog: catalog, states: try await store.reference.states(),
            maturity: try await store.maturity.regional(catalog: catalog, visibleTo: viewer),
            bodies: try await store.reference.regionalBodies(), pillar: pillar, context: context)
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
        let model = try await overviewModel(store: req.store, catalog: req.catalog, viewer: req.viewer,
                                            pillarID: req.query[String.self, at: "pillar"], context: req.pageContext)
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

/// Finds a state by ISO code, with an error that says what the known codes are.
enum StateLookup {
    static func find(_ code: String, in store: NormsStore) async throws -> StateProfile {
        if let state = try await store.reference.state(code: code) { return state }
        let known = try await store.reference.stateCodes().joined(separator: ", ")
        let shown = String(code.prefix(12))
        throw AppError.notFound("No state with code '\(shown)'. Use an ISO 3166-1 alpha-3 code: \(known).")
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

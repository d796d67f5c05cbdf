import NormsCore
import NormsStore
import Vapor

/// Wire formats of the JSON API. Domain values, never database models, go on the wire.
enum APIDTO {
    struct Health: Content {
        var status: String
        var catalog: String
        var demo: Bool
    }

    struct NormList: Content {
        var catalog: String
        var title: String
        var stages: [MaturityStage]
        var pillars: [Pillar]
        var norms: [NormEntry]
    }

    struct NormEntry: Content {
        var id: String
        var title: String
        var officialText: String
        var citation: String
        var source: SourceReference?
        var summary: String
        var pillars: [String]
        var items: [ChecklistItem]
    }

    struct StateEntry: Content {
        var code: String
        var alpha2: String
        var name: String
        var links: [String: String]
    }

    struct StateList: Content {
        var demo: Bool
        var states: [StateEntry]
    }

    struct StateDetail: Content {
        var demo: Bool
        var state: StateProfile
        var links: [String: String]
    }

    struct EvidenceEntry: Content {
        var id: UUID
        var stateCode: String
        var kind: EvidenceKind
        var title: String
        var issuer: String
        var date: String
        var sourceURL: String?
        var language: String
        var tlp: TLP
        var status: ValidationStatus
        var itemIDs: [String]
        var demo: Bool

        init(_ evidence: Evidence) {
            id = evidence.id
            stateCode = evidence.stateCode
            kind = evidence.kind
            title = evidence.title
            issuer = evidence.issuer
            date = evidence.date
            sourceURL = evidence.sourceURL
            language = evidence.language
            tlp = evidence.sharing.tlp
            status = evidence.status
            itemIDs = evidence.itemIDs
            demo = evidence.isDemo
        }
    }

    struct EvidenceList: Content {
        /// The number of records the viewer may see that match; never a count of hidden ones.
        var count: Int
        var evidence: [EvidenceEntry]
    }

    struct MaturityResponse: Content {
        /// True when the figures come from the invented demonstration data set.
        var demo: Bool
        var notice: String
        var maturity: StateMaturity
    }
}

enum APIController {
    @Sendable static func health(req: Request) async throws -> APIDTO.Health {
        _ = try await req.store.catalogs.loadedReferences()
        return APIDTO.Health(status: "ok", catalog: req.catalog.reference, demo: req.application.demoMode)
    }

    @Sendable static func norms(req: Request) async throws -> APIDTO.NormList {
        let catalog = req.catalog
        return APIDTO.NormList(
            catalog: catalog.reference, title: catalog.title, stages: catalog.stages, pillars: catalog.pillars,
            norms: catalog.norms.map { norm in
                APIDTO.NormEntry(id: norm.id, title: norm.title, officialText: norm.officialText, citation: norm.citation,
                                 source: catalog.source(norm.source), summary: norm.summary, pillars: norm.pillars,
                                 items: catalog.items(ofNorm: norm.id))
            })
    }

    @Sendable static func states(req: Request) async throws -> APIDTO.StateList {
        let states = try await req.store.reference.states()
        return APIDTO.StateList(demo: req.application.demoMode, states: states.map { state in
            APIDTO.StateEntry(code: state.code, alpha2: state.alpha2, name: state.name, links: links(state.code))
        })
    }

    @Sendable static func state(req: Request) async throws -> APIDTO.StateDetail {
        let state = try await StateLookup.find(req.parameters.get("code") ?? "", in: req.store)
        return APIDTO.StateDetail(demo: req.application.demoMode, state: state, links: links(state.code))
    }

    @Sendable static func maturity(req: Request) async throws -> APIDTO.MaturityResponse {
        let state = try await StateLookup.find(req.parameters.get("code") ?? "", in: req.store)
        let maturity = try await req.store.maturity.maturity(ofState: state.code, catalog: req.catalog, visibleTo: req.viewer)
        let isDemo = maturity.assessment?.isDemo ?? false
        let notice = isDemo
            ? "DEMO DATA: invented figures that describe no real state. Computed only from information visible to you."
            : "Computed only from information visible to you."
        return APIDTO.MaturityResponse(demo: isDemo, notice: notice, maturity: maturity)
    }

    @Sendable static func evidenceList(req: Request) async throws -> APIDTO.EvidenceList {
        let results = try await req.store.evidence.search(EvidenceController.query(from: req), visibleTo: req.viewer)
        return APIDTO.EvidenceList(count: results.count, evidence: results.map(APIDTO.EvidenceEntry.init))
    }

    @Sendable static func evidence(req: Request) async throws -> APIDTO.EvidenceEntry {
        APIDTO.EvidenceEntry(try await EvidenceController.visibleEvidence(req))
    }

    private static func links(_ code: String) -> [String: String] {
        ["self": SiteURL.apiState(code).path, "maturity": SiteURL.apiMaturity(code).path, "page": SiteURL.state(code).path]
    }
}

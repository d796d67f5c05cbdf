import Foundation
import NormsCore
import NormsStore
import Vapor

/// Self and third-party assessments: start, judge norm by norm, submit, publish.
enum AssessmentController {
    struct StartForm: Content {
        var kind: String
        var asOf: String
    }

    struct StatusForm: Content {
        var to: String
        var tlp: String?
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let state = try await StateLookup.find(req.parameters.get("code") ?? "", in: req.store)
        let viewer = req.viewer
        let all = try await req.store.assessments.assessments(ofState: state.code, visibleTo: viewer)
        let assessorIDs = Set(Permissions.assessorOrganisations(viewer))
        return AssessmentsPage(
            context: req.pageContext, state: state,
            series: try await req.store.maturity.series(ofState: state.code, catalog: req.catalog, visibleTo: viewer),
            workInProgress: all.filter { $0.status != .published && Permissions.mayEdit($0, viewer: viewer) },
            maySelfAssess: Permissions.mayStartSelfAssessment(viewer, forState: state.code),
            assessorOrganisations: try await req.store.organisations.all().filter { assessorIDs.contains($0.id) }).response()
    }

    @Sendable static func start(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let state = try await StateLookup.find(req.parameters.get("code") ?? "", in: req.store)
        let form = try req.content.decode(StartForm.self)
        guard EvidenceDraft.parseDate(form.asOf) != nil else {
            throw AppError(status: .unprocessableEntity, title: "Date not valid", detail: "'\(form.asOf.prefix(20))' is not a date; write the as-of date as YYYY-MM-DD.")
        }
        let kind: AssessmentKind
        let organisation: Organisation?
        if form.kind == AssessmentKind.selfAssessment.rawValue {
            guard Permissions.mayStartSelfAssessment(user.viewer, forState: state.code) else {
                throw AppError(status: .forbidden, title: "Not allowed", detail: "Only the focal point of \(state.name) starts its self-assessment.")
            }
            kind = .selfAssessment
            let id = user.viewer.memberships.first { $0.stateCode == state.code && $0.roles.contains(.focalPoint) }!.organisationID
            organisation = try await req.store.organisations.organisation(id: id)
        } else if form.kind.hasPrefix("thirdParty:"), let id = UUID(uuidString: String(form.kind.dropFirst("thirdParty:".count))),
                  Permissions.assessorOrganisations(user.viewer).contains(id) {
            kind = .thirdParty
            organisation = try await req.store.organisations.organisation(id: id)
        } else {
            throw AppError(status: .forbidden, title: "Not allowed", detail: "Choose an assessment you may start: a self-assessment as focal point, or a third-party assessment as assessor.")
        }
        guard let organisation else { throw StoreError.notFound }
        // A draft is seen by its own organisation only, until it is published at the level chosen then.
        let assessment = Assessment(
            stateCode: state.code, kind: kind, assessorOrganisationID: organisation.id, assessorName: organisation.name,
            catalogReference: req.catalog.reference, asOf: form.asOf, status: .draft,
            sharing: SharingScope(tlp: .amberStrict, owningState: state.code, owningOrganisation: organisation.id), judgements: [])
        let store = req.store
        try await store.write(actor: AccountController.actor(user)) { try await store.assessments.add(assessment, in: $0) }
        return req.redirect(to: SiteURL.assessment(assessment.id.uuidString).path)
    }

    @Sendable static func editor(req: Request) async throws -> Response {
        let assessment = try await visibleAssessment(req)
        let normID = req.query[String.self, at: "norm"].flatMap { req.catalog.norm($0)?.id } ?? req.catalog.norms[0].id
        let evidence = try await req.store.evidence.evidence(ofState: assessment.stateCode, visibleTo: req.viewer).filter { $0.status == .validated }
        var byItem: [String: [Evidence]] = [:]
        for record in evidence { for item in record.itemIDs { byItem[item, default: []].append(record) } }
        let state = try await StateLookup.find(assessment.stateCode, in: req.store)
        let notice: String? = req.query[String.self, at: "saved"] != nil ? "Judgements saved; the result and roadmap below are updated." : nil
        return AssessmentEditorPage(
            context: req.pageContext, catalog: req.catalog, assessment: assessment, stateName: state.name, normID: normID,
            maturity: try await req.store.maturity.evaluate(code: assessment.stateCode, assessment: assessment, catalog: req.catalog),
            evidenceByItem: byItem, mayEdit: Permissions.mayEdit(assessment, viewer: req.viewer),
            history: try await req.store.audit.history(entity: "assessment", id: assessment.id.uuidString), notice: notice).response()
    }

    @Sendable static func saveJudgements(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let assessment = try await visibleAssessment(req)
        guard let norm = req.query[String.self, at: "norm"].flatMap({ req.catalog.norm($0) }) else {
            throw AppError(status: .badRequest, title: "Norm missing", detail: "Say which norm's judgements are being saved.")
        }
        let fields = try req.content.decode([String: String].self)
        let evidence = try await req.store.evidence.evidence(ofState: assessment.stateCode, visibleTo: user.viewer).filter { $0.status == .validated }
        var judgements: [ItemJudgement] = []
        for item in req.catalog.items(ofNorm: norm.id) {
            guard let raw = fields["judgement-\(item.id)"] else { continue }
            guard let judgement = Judgement(rawValue: raw) else {
                throw AppError(status: .unprocessableEntity, title: "Unknown judgement", detail: "'\(raw.prefix(20))' is not a judgement for \(item.id).")
            }
            let rationale = (fields["rationale-\(item.id)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard rationale.count <= 4000 else {
                throw AppError(status: .unprocessableEntity, title: "Rationale too long", detail: "Keep the rationale for \(item.id) to 4,000 characters.")
            }
            // The validated evidence on record for the item is linked to the judgement.
            let linked = evidence.filter { $0.itemIDs.contains(item.id) }.map(\.id)
            judgements.append(ItemJudgement(itemID: item.id, judgement: judgement, rationale: rationale, evidenceIDs: linked))
        }
        let store = req.store
        let viewer = user.viewer
        let items = judgements
        try await store.write(actor: AccountController.actor(user)) {
            try await store.assessments.saveJudgements(items, in: assessment.id, by: viewer, transaction: $0)
        }
        return req.redirect(to: SiteURL.assessment(assessment.id.uuidString).path + "?norm=\(norm.id)&saved=1")
    }

    @Sendable static func changeStatus(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let assessment = try await visibleAssessment(req)
        let form = try req.content.decode(StatusForm.self)
        guard let status = AssessmentStatus(rawValue: form.to) else {
            throw AppError(status: .badRequest, title: "Unknown status", detail: "An assessment can be a draft, submitted or published.")
        }
        let level = form.tlp.flatMap(TLP.init(parsing:))
        let store = req.store
        let viewer = user.viewer
        try await store.write(actor: AccountController.actor(user)) {
            try await store.assessments.advance(assessment.id, to: status, publishingAt: level, by: viewer, transaction: $0)
        }
        return req.redirect(to: status == .published ? SiteURL.state(assessment.stateCode).path : SiteURL.assessment(assessment.id.uuidString).path)
    }

    static func visibleAssessment(_ req: Request) async throws -> Assessment {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let assessment = try await req.store.assessments.assessment(id: id, visibleTo: req.viewer) else { throw StoreError.notFound }
        return assessment
    }
}

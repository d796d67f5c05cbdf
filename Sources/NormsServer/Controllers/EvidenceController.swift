import Foundation
import NormsCore
import NormsStore
import Vapor

/// The evidence workflow: list and search, contribute, review, comment, download.
enum EvidenceController {
    struct EvidenceForm: Content {
        var stateCode: String?
        var organisationID: String?
        var kind: String?
        var title: String?
        var issuer: String?
        var date: String?
        var sourceURL: String?
        var language: String?
        var tlp: String?
        var itemIDs: [String]?
        var document: File?

        var draft: EvidenceDraft {
            EvidenceDraft(stateCode: stateCode ?? "", organisationID: organisationID ?? "", kind: kind ?? "", title: title ?? "",
                          issuer: issuer ?? "", date: date ?? "", sourceURL: sourceURL ?? "", language: language ?? "",
                          tlp: tlp ?? "", itemIDs: itemIDs ?? [], hasAttachment: attachment != nil)
        }

        /// The uploaded file, if one was chosen (browsers send an empty part when none is).
        var attachment: File? {
            guard let document, !document.filename.isEmpty, document.data.readableBytes > 0 else { return nil }
            return document
        }
    }

    struct ReviewForm: Content {
        var decision: String
        var reason: String?
    }

    struct CommentForm: Content {
        var body: String
    }

    /// Reads the search and filter parameters; unknown values are ignored rather than failing.
    static func query(from req: Request) -> EvidenceQuery {
        EvidenceQuery(
            text: String((req.query[String.self, at: "q"] ?? "").prefix(200)),
            stateCode: req.query[String.self, at: "state"].flatMap { $0.isEmpty ? nil : $0.uppercased() },
            status: req.query[String.self, at: "status"].flatMap(ValidationStatus.init(rawValue:)),
            kind: req.query[String.self, at: "kind"].flatMap(EvidenceKind.init(rawValue:)),
            tlp: req.query[String.self, at: "tlp"].flatMap(TLP.init(parsing:)),
            itemID: req.query[String.self, at: "item"].flatMap { $0.isEmpty ? nil : $0 })
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let query = query(from: req)
        let results = try await req.store.evidence.search(query, visibleTo: req.viewer)
        return EvidenceListPage(context: req.pageContext, query: query, states: try await req.store.reference.states(), results: results).response()
    }

    @Sendable static func newForm(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let page = try await formPage(req: req, user: user, draft: EvidenceDraft(stateCode: Permissions.contributionStates(user.viewer).first ?? ""))
        return page.response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(EvidenceForm.self)
        var draft = form.draft
        draft.stateCode = draft.stateCode.uppercased()
        let file = form.attachment.map {
            EvidenceFile(filename: sanitizedFilename($0.filename), contentType: "application/pdf", content: Data(buffer: $0.data))
        }
        let fileProblem = file.flatMap { EvidenceFile.problem(filename: $0.filename, content: $0.content) }
        let result = draft.validated(
            catalog: req.catalog, states: Set(Permissions.contributionStates(user.viewer)),
            organisations: Permissions.contributingOrganisations(user.viewer, forState: draft.stateCode), contributor: user.account.id)
        var errors = FieldErrors()
        if case .failure(let found) = result { errors = found }
        if let fileProblem { errors.messages["document"] = fileProblem }
        guard errors.isEmpty, case .success(let evidence) = result else {
            return try await formPage(req: req, user: user, draft: draft, errors: errors).response(status: .unprocessableEntity)
        }
        let store = req.store
        try await store.write(actor: AccountController.actor(user)) { transaction in
            try await store.evidence.add(evidence, in: transaction)
            if let file { try await store.evidence.attach(file, to: evidence.id, in: transaction) }
        }
        return req.redirect(to: SiteURL.evidence(evidence.id.uuidString).path + "?submitted=1")
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let evidence = try await visibleEvidence(req)
        let store = req.store
        let mayReview = Permissions.mayReviewEvidence(req.viewer, forState: evidence.stateCode)
        let notice: String? = req.query[String.self, at: "submitted"] != nil ? "Submitted. Your focal point will review it; follow its status under My submissions."
            : req.query[String.self, at: "reviewed"] != nil ? "Review saved." : nil
        return EvidenceDetailPage(
            context: req.pageContext, catalog: req.catalog, evidence: evidence,
            attachment: try await store.evidence.attachments(of: [evidence])[evidence.id], mayReview: mayReview,
            comments: try await store.comments.thread(on: .evidence(evidence.id), visibleTo: req.viewer),
            history: try await store.audit.history(entity: "evidence", id: evidence.id.uuidString), notice: notice).response()
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let evidence = try await visibleEvidence(req)
        let form = try req.content.decode(ReviewForm.self)
        let decision: ReviewDecision
        switch form.decision {
        case "validate": decision = .validate
        case "reject": decision = .reject(reason: form.reason ?? "")
        default: throw AppError(status: .badRequest, title: "Unknown decision", detail: "Choose Validate or Reject.")
        }
        let store = req.store
        let viewer = user.viewer
        _ = try await store.write(actor: AccountController.actor(user)) { try await store.evidence.review(id: evidence.id, decision: decision, by: viewer, in: $0) }
        return req.redirect(to: SiteURL.evidence(evidence.id.uuidString).path + "?reviewed=1")
    }

    @Sendable static func comment(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let evidence = try await visibleEvidence(req)
        let form = try req.content.decode(CommentForm.self)
        let store = req.store
        let viewer = user.viewer
        try await store.write(actor: AccountController.actor(user)) {
            try await store.comments.add(form.body, on: .evidence(evidence.id), by: viewer, authorName: user.account.displayName, in: $0)
        }
        return req.redirect(to: SiteURL.evidence(evidence.id.uuidString).path + "#comments-heading")
    }

    @Sendable static func file(req: Request) async throws -> Response {
        let evidence = try await visibleEvidence(req)
        guard let file = try await req.store.evidence.file(of: evidence.id, visibleTo: req.viewer) else { throw StoreError.notFound }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        headers.contentDisposition = .init(.attachment, filename: file.filename)
        headers.cacheControl = .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(data: file.content))
    }

    @Sendable static func mySubmissions(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let submissions = try await req.store.evidence.submissions(by: user.account.id, visibleTo: user.viewer)
        return MySubmissionsPage(context: req.pageContext, submissions: submissions).response()
    }

    /// The evidence named in the path, if the viewer may see it; otherwise the same 404 as a missing id.
    static func visibleEvidence(_ req: Request) async throws -> Evidence {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let evidence = try await req.store.evidence.evidence(id: id, visibleTo: req.viewer) else { throw StoreError.notFound }
        return evidence
    }

    private static func formPage(req: Request, user: SignedInUser, draft: EvidenceDraft, errors: FieldErrors = FieldErrors()) async throws -> EvidenceFormPage {
        let codes = Permissions.contributionStates(user.viewer)
        guard !codes.isEmpty else {
            throw AppError(status: .forbidden, title: "Not a contributor", detail: "Your account holds no contributor or focal-point role for a state. Ask your administrator.")
        }
        let states = try await req.store.reference.states().filter { codes.contains($0.code) }
        let organisationIDs = Set(codes.flatMap { Permissions.contributingOrganisations(user.viewer, forState: $0) })
        let organisations = try await req.store.organisations.all().filter { organisationIDs.contains($0.id) }
        return EvidenceFormPage(context: req.pageContext, catalog: req.catalog, states: states, organisations: organisations, draft: draft, errors: errors)
    }

    /// Keeps letters, digits, dots, dashes and underscores of an uploaded file's name.
    static func sanitizedFilename(_ name: String) -> String {
        let base = (name as NSString).lastPathComponent
        let cleaned = String(base.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) ? Character($0) : "_" })
        return cleaned.isEmpty ? "document.pdf" : String(cleaned.prefix(120))
    }
}

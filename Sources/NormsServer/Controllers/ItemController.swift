import NormsCore
import NormsStore
import Vapor

/// Checklist items: guidance, supporting evidence and discussion per state.
enum ItemController {
    struct CommentForm: Content {
        var stateCode: String
        var body: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let item = try lookup(req)
        let viewer = req.viewer
        let states = try await req.store.reference.states().filter { viewer.stateCodes.contains($0.code) }
        var threads: [(state: StateProfile, comments: [Comment])] = []
        for state in states {
            threads.append((state, try await req.store.comments.thread(on: .item(item.id, state: state.code), visibleTo: viewer)))
        }
        return ItemPage(context: req.pageContext, catalog: req.catalog, item: item,
                        evidence: try await req.store.evidence.search(EvidenceQuery(itemID: item.id), visibleTo: viewer),
                        threads: threads).response()
    }

    @Sendable static func comment(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let item = try lookup(req)
        let form = try req.content.decode(CommentForm.self)
        let store = req.store
        let viewer = user.viewer
        let code = form.stateCode.uppercased()
        try await store.write(actor: AccountController.actor(user)) {
            try await store.comments.add(form.body, on: .item(item.id, state: code), by: viewer, authorName: user.account.displayName, in: $0)
        }
        return req.redirect(to: SiteURL.item(item.id).path + "#discussion-heading")
    }

    private static func lookup(_ req: Request) throws -> ChecklistItem {
        let id = req.parameters.get("id") ?? ""
        guard let item = req.catalog.item(id) else {
            throw AppError.notFound("No checklist item '\(id.prefix(20))' in \(req.catalog.reference).")
        }
        return item
    }
}

import Foundation
import NormsCore
import NormsStore
import Vapor

/// The signed-in user behind a request, with the viewer their memberships make them.
struct SignedInUser: Sendable {
    var account: UserAccount
    var viewer: Viewer
}

extension Request {
    private struct UserKey: StorageKey { typealias Value = SignedInUser }

    var signedInUser: SignedInUser? {
        get { storage[UserKey.self] }
        set { storage[UserKey.self] = newValue }
    }

    /// The signed-in user, or a redirect to the sign-in page that comes back here.
    func requireUser() throws -> SignedInUser {
        guard let user = signedInUser else { throw SeeOther(to: SiteURL.signIn.path + "?next=" + (url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/")) }
        return user
    }

    /// What every page needs to know about the request: who is looking, demo mode, the form token.
    var pageContext: PageContext {
        PageContext(demoMode: application.demoMode, user: signedInUser.map {
            PageContext.User(name: $0.account.displayName, isAdministrator: $0.viewer.isAdministrator,
                             contributesTo: Permissions.contributionStates($0.viewer))
        }, csrfToken: CSRF.token(for: self))
    }
}

/// A redirect raised from deep inside a handler, turned into a 303 by `AppErrorMiddleware`.
struct SeeOther: Error {
    var to: String
}

/// Puts the viewer on every request: the public, or the signed-in user from the session.
struct ViewerMiddleware: AsyncMiddleware {
    static let sessionKey = "userID"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.viewer = .anonymous
        if request.hasSession, let id = request.session.data[Self.sessionKey].flatMap(UUID.init(uuidString:)) {
            if let account = try await request.store.users.account(id: id),
               let viewer = try await request.store.users.viewer(userID: id) {
                request.viewer = viewer
                request.signedInUser = SignedInUser(account: account, viewer: viewer)
            } else {
                request.session.destroy()
            }
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    private struct ViewerKey: StorageKey { typealias Value = Viewer }

    /// Who is asking; the public unless a session says otherwise.
    var viewer: Viewer {
        get { storage[ViewerKey.self] ?? .anonymous }
        set { storage[ViewerKey.self] = newValue }
    }
}

/// Cross-site request forgery protection: every form carries the session's token, and every
/// POST must return it.
enum CSRF {
    static let sessionKey = "csrf"
    static let field = "_csrf"

    static func token(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = Digests.randomToken()
        request.session.data[sessionKey] = token
        return token
    }

    static func isValid(_ request: Request) -> Bool {
        guard request.hasSession, let expected = request.session.data[sessionKey],
              let sent = try? request.content.get(String.self, at: field) else { return false }
        return Array(expected.utf8).constantTimeEquals(Array(sent.utf8))
    }
}

struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            // Global middleware runs before the route collects a streamed body (a multipart upload
            // arrives in several chunks), so collect it here to read the token.
            _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
        }
        if request.method == .POST, !request.url.path.hasPrefix("/api/"), !CSRF.isValid(request) {
            throw AppError(status: .forbidden, title: "Form expired",
                           detail: "This form is no longer valid (it may have been open too long, or sent from another site). Reload the page and try again.")
        }
        return try await next.respond(to: request)
    }
}

extension Array where Element == UInt8 {
    func constantTimeEquals(_ other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        return zip(self, other).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

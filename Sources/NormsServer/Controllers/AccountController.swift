import Foundation
import NormsCore
import NormsStore
import Vapor

/// Sign-in, sign-out, password changes and invitations.
enum AccountController {
    struct SignInForm: Content {
        var email: String
        var password: String
        var next: String?
    }

    struct PasswordForm: Content {
        var current: String?
        var password: String
        var confirm: String
    }

    /// The outcome of a sign-in attempt, decided without a `Request` so it can be tested directly.
    enum SignInOutcome: Equatable {
        case success(UserAccount)
        case wrongCredentials
        case locked(minutes: Int)
    }

    static let wrongCredentialsMessage = "The email address or the password is not right. Check both and try again."

    /// Checks a sign-in. The same message answers an unknown address and a wrong password, and
    /// every address typed is throttled alike, so the answer never tells whether an account exists.
    static func signIn(email: String, password: String, store: NormsStore, dummyHash: String,
                       verify: (String, String) throws -> Bool, now: Date = Date()) async throws -> SignInOutcome {
        if let until = try await store.users.lockedUntil(email: email, now: now) {
            return .locked(minutes: SignInPolicy.minutesLeft(lockedUntil: until, now: now) ?? 1)
        }
        let account = try await store.users.account(email: email)
        // Verify against a fixed hash when there is no account, so both paths cost the same time.
        let hash = account?.passwordHash ?? dummyHash
        let matches = (try? verify(password, hash)) ?? false
        guard let account, account.passwordHash != nil, matches else {
            if let until = try await store.users.recordFailure(email: email, now: now) {
                return .locked(minutes: SignInPolicy.minutesLeft(lockedUntil: until, now: now) ?? 1)
            }
            return .wrongCredentials
        }
        try await store.users.clearFailures(email: email)
        return .success(account)
    }

    @Sendable static func signInPage(req: Request) async throws -> Response {
        if req.signedInUser != nil { return req.redirect(to: SiteURL.home.path) }
        return SignInPage(context: req.pageContext, next: safeNext(req.query[String.self, at: "next"])).response()
    }

    @Sendable static func signInSubmit(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let password = req.password
        let outcome = try await signIn(email: form.email, password: form.password, store: req.store,
                                       dummyHash: req.application.dummyPasswordHash) { try password.verify($0, created: $1) }
        switch outcome {
        case .success(let account):
            try await startSession(for: account, on: req)
            req.logger.info("Signed in.", metadata: ["user": .string(account.id.uuidString)])
            return req.redirect(to: safeNext(form.next))
        case .wrongCredentials:
            return SignInPage(context: req.pageContext, email: form.email, next: safeNext(form.next), message: wrongCredentialsMessage).response(status: .unauthorized)
        case .locked(let minutes):
            let message = "Too many failed sign-ins with this address. Wait \(minutes) minute\(minutes == 1 ? "" : "s") and try again."
            return SignInPage(context: req.pageContext, email: form.email, next: safeNext(form.next), message: message).response(status: .tooManyRequests)
        }
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        req.session.destroy()
        return req.redirect(to: SiteURL.home.path)
    }

    @Sendable static func passwordPage(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return PasswordPage(context: req.pageContext, heading: "Change your password", action: SiteURL.password.path, email: user.account.email, askCurrent: true).response()
    }

    @Sendable static func passwordSubmit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(PasswordForm.self)
        var errors = passwordErrors(form, email: user.account.email)
        if let hash = user.account.passwordHash, !((try? req.password.verify(form.current ?? "", created: hash)) ?? false) {
            errors.messages["current"] = "This is not your current password."
        }
        guard errors.isEmpty else {
            return PasswordPage(context: req.pageContext, heading: "Change your password", action: SiteURL.password.path,
                                email: user.account.email, askCurrent: true, errors: errors).response(status: .unprocessableEntity)
        }
        let hash = try await req.password.async.hash(form.password)
        try await req.store.write(actor: actor(user)) { try await req.store.users.setPasswordHash(hash, userID: user.account.id, in: $0) }
        return NoticePage(context: req.pageContext, title: "Password changed", message: "Your new password is in use.", link: ("Back to the overview", SiteURL.home.path)).response()
    }

    @Sendable static func invitationPage(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let account = try await req.store.users.invitedAccount(token: token) else { throw invitationGone }
        return PasswordPage(context: req.pageContext, heading: "Set your password", action: SiteURL.invitation(token).path, email: account.email, askCurrent: false).response()
    }

    @Sendable static func invitationSubmit(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let invited = try await req.store.users.invitedAccount(token: token) else { throw invitationGone }
        let form = try req.content.decode(PasswordForm.self)
        let errors = passwordErrors(form, email: invited.email)
        guard errors.isEmpty else {
            return PasswordPage(context: req.pageContext, heading: "Set your password", action: SiteURL.invitation(token).path,
                                email: invited.email, askCurrent: false, errors: errors).response(status: .unprocessableEntity)
        }
        let hash = try await req.password.async.hash(form.password)
        let store = req.store
        let account = try await store.write(actor: "user:\(invited.email)") { try await store.users.acceptInvitation(token: token, passwordHash: hash, in: $0) }
        try await startSession(for: account, on: req)
        return req.redirect(to: SiteURL.home.path)
    }

    /// Signs the account in on a new session: the pre-sign-in session is deleted and a new id is
    /// issued, so an identifier planted before sign-in (session fixation) is worth nothing after it.
    static func startSession(for account: UserAccount, on req: Request) async throws {
        if let old = req.session.id { try await req.application.sessions.driver.deleteSession(old, for: req).get() }
        req.session.id = nil
        req.session.data = SessionData()
        req.session.data[ViewerMiddleware.sessionKey] = account.id.uuidString
    }

    static let invitationGone = AppError(status: .notFound, title: "Invitation not valid",
                                         detail: "This invitation link has expired or has already been used. Ask your administrator for a new one.")

    static func passwordErrors(_ form: PasswordForm, email: String) -> FieldErrors {
        var errors = FieldErrors()
        if let problem = PasswordRules.problem(with: form.password, email: email) { errors.messages["password"] = problem }
        if form.password != form.confirm { errors.messages["confirm"] = "The two passwords are not the same." }
        return errors
    }

    /// Only same-site paths are followed after sign-in, never another host.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return SiteURL.home.path }
        return next
    }

    static func actor(_ user: SignedInUser) -> String { "user:\(user.account.email)" }
}

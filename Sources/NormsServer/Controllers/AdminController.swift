import Foundation
import NormsCore
import NormsStore
import Vapor

/// Accounts, organisations and roles; administrators only.
enum AdminController {
    static let invitationLifetime: TimeInterval = 7 * 24 * 3600

    struct InvitationForm: Content {
        var email: String?
        var displayName: String?
        var organisationID: String?
        var roles: [String]?
        var administrator: String?
    }

    struct RoleForm: Content {
        var userID: String
        var organisationID: String
        var role: String
    }

    struct OrganisationForm: Content {
        var name: String?
        var stateCode: String?
        var stakeholderType: String?
    }

    static func requireAdministrator(_ req: Request) throws -> SignedInUser {
        let user = try req.requireUser()
        guard Permissions.mayAdminister(user.viewer) else {
            throw AppError(status: .forbidden, title: "Administrators only", detail: "This page manages accounts; your account is not an administrator.")
        }
        return user
    }

    @Sendable static func page(req: Request) async throws -> Response {
        _ = try requireAdministrator(req)
        return try await page(req: req).response()
    }

    static func page(req: Request, invitationLink: String? = nil, errors: FieldErrors = FieldErrors()) async throws -> AdminPage {
        AdminPage(context: req.pageContext, users: try await req.store.users.all(), organisations: try await req.store.organisations.all(),
                  states: try await req.store.reference.states(), invitationLink: invitationLink, errors: errors)
    }

    @Sendable static func invite(req: Request) async throws -> Response {
        let admin = try requireAdministrator(req)
        let form = try req.content.decode(InvitationForm.self)
        var errors: [String: String] = [:]
        let email = SignInPolicy.key(for: form.email ?? "")
        if !EmailAddress.isValid(email) { errors["email"] = "Enter a valid email address." }
        let name = (form.displayName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["displayName"] = "Enter the person's name." }
        if name.count > 200 { errors["displayName"] = "Keep the name to 200 characters." }
        let roles = (form.roles ?? []).compactMap(Role.init(rawValue:))
        let organisation = try await form.organisationID.flatMap(UUID.init(uuidString:)).asyncMap { try await req.store.organisations.organisation(id: $0) }
        if !roles.isEmpty && organisation == nil { errors["organisationID"] = "Choose the organisation the roles are held in." }
        if roles.isEmpty && form.administrator == nil { errors["roles"] = "Give the person at least one role, or make them an administrator." }
        if let organisation, let problem = roles.lazy.compactMap({ Permissions.placementProblem(of: $0, in: organisation) }).first {
            errors["roles"] = problem
        }
        if try await req.store.users.account(email: email) != nil { errors["email"] = "An account with this email address already exists." }
        guard errors.isEmpty else {
            return try await page(req: req, errors: FieldErrors(errors)).response(status: .unprocessableEntity)
        }
        let store = req.store
        let token = try await store.write(actor: AccountController.actor(admin)) { transaction in
            let account = try await store.users.create(email: email, displayName: name, passwordHash: nil, isAdministrator: form.administrator == "true", in: transaction)
            for role in roles { try await store.users.addMembership(userID: account.id, organisationID: organisation!.id, role: role, in: transaction) }
            return try await store.users.invite(userID: account.id, validFor: invitationLifetime, in: transaction)
        }
        let link = publicBaseURL(req) + SiteURL.invitation(token).path
        return try await page(req: req, invitationLink: link).response(status: .created)
    }

    @Sendable static func grantRole(req: Request) async throws -> Response {
        let admin = try requireAdministrator(req)
        let form = try req.content.decode(RoleForm.self)
        guard let userID = UUID(uuidString: form.userID), try await req.store.users.account(id: userID) != nil,
              let organisation = try await UUID(uuidString: form.organisationID).asyncMap({ try await req.store.organisations.organisation(id: $0) }),
              let role = Role(rawValue: form.role) else {
            throw AppError(status: .unprocessableEntity, title: "Cannot grant", detail: "Choose a user, an organisation and a role from the lists.")
        }
        if let problem = Permissions.placementProblem(of: role, in: organisation) {
            throw AppError(status: .unprocessableEntity, title: "Cannot grant", detail: problem)
        }
        if let viewer = try await req.store.users.viewer(userID: userID),
           viewer.memberships.contains(where: { $0.organisationID == organisation.id && $0.roles.contains(role) }) {
            throw AppError(status: .unprocessableEntity, title: "Already granted", detail: "The user already holds this role in \(organisation.name).")
        }
        let store = req.store
        try await store.write(actor: AccountController.actor(admin)) {
            try await store.users.addMembership(userID: userID, organisationID: organisation.id, role: role, in: $0)
        }
        return req.redirect(to: SiteURL.admin.path)
    }

    @Sendable static func addOrganisation(req: Request) async throws -> Response {
        let admin = try requireAdministrator(req)
        let form = try req.content.decode(OrganisationForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw AppError(status: .unprocessableEntity, title: "Name missing", detail: "Enter the organisation's name (at most 200 characters).") }
        guard let type = form.stakeholderType.flatMap(StakeholderType.init(rawValue:)) else {
            throw AppError(status: .unprocessableEntity, title: "Stakeholder type missing", detail: "Choose the organisation's stakeholder type.")
        }
        let code = (form.stateCode ?? "").isEmpty ? nil : form.stateCode!.uppercased()
        if let code { _ = try await StateLookup.find(code, in: req.store) }
        let organisation = Organisation(name: name, stateCode: code, stakeholderType: type)
        let store = req.store
        try await store.write(actor: AccountController.actor(admin)) { try await store.organisations.add(organisation, in: $0) }
        return req.redirect(to: SiteURL.admin.path)
    }

    /// The address links in invitations start with: `PUBLIC_URL`, else the request's own host.
    static func publicBaseURL(_ req: Request) -> String {
        if let configured = Environment.get("PUBLIC_URL") { return configured.hasSuffix("/") ? String(configured.dropLast()) : configured }
        let host = req.headers.first(name: .host) ?? "127.0.0.1:8080"
        return "http://\(host)"
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

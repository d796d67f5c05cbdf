import Foundation
import NormsCore
import NormsStore
import Vapor

/// One demo account per role, created with the demo data set and printed by `serve --demo`.
public enum DemoAccounts {
    /// The shared password of every demo account. Demo accounts exist only in demo databases.
    public static let password = "cybernorms-demo"

    public struct Account: Sendable, Hashable {
        public var email: String
        public var name: String
        public var role: String
        public var organisation: String?
    }

    private struct Spec {
        var email: String
        var name: String
        var role: Role?
        var organisation: String?
        var administrator: Bool = false
    }

    /// Creates the demo accounts that are missing; returns all of them.
    static func ensure(app: Application, demo: DemoData) async throws -> [Account] {
        let agency = { (code: String) in demo.organisations.first { $0.stateCode == code && $0.stakeholderType == .government }?.name }
        let university = { (code: String) in demo.organisations.first { $0.stateCode == code && $0.stakeholderType == .academia }?.name }
        let specs = [
            Spec(email: "admin@demo.cybernorms.example", name: "Demo Administrator", role: nil, organisation: nil, administrator: true),
            Spec(email: "coordinator@demo.cybernorms.example", name: "Demo Regional Coordinator", role: .regionalCoordinator, organisation: DemoData.secretariatName),
            Spec(email: "focal.mys@demo.cybernorms.example", name: "Demo Focal Point (Malaysia)", role: .focalPoint, organisation: agency("MYS")),
            Spec(email: "contributor.mys@demo.cybernorms.example", name: "Demo Contributor (Malaysia)", role: .contributor, organisation: university("MYS")),
            Spec(email: "assessor@demo.cybernorms.example", name: "Demo Third-party Assessor", role: .assessor, organisation: DemoData.instituteName),
            Spec(email: "focal.sgp@demo.cybernorms.example", name: "Demo Focal Point (Singapore)", role: .focalPoint, organisation: agency("SGP")),
            Spec(email: "viewer.tha@demo.cybernorms.example", name: "Demo Viewer (Thailand)", role: .viewer, organisation: agency("THA")),
        ]
        let store = NormsStore(database: app.db)
        let organisations = try await store.organisations.all()
        var accounts: [Account] = []
        for spec in specs {
            let organisation = spec.organisation.flatMap { name in organisations.first { $0.name == name } }
            if try await store.users.account(email: spec.email) == nil {
                let hash = try app.password.hash(password)
                try await store.write(actor: Seeder.demoActor) { transaction in
                    let account = try await store.users.create(email: spec.email, displayName: spec.name, passwordHash: hash,
                                                               isAdministrator: spec.administrator, isDemo: true, in: transaction)
                    if let role = spec.role, let organisation {
                        try await store.users.addMembership(userID: account.id, organisationID: organisation.id, role: role, in: transaction)
                    }
                }
            }
            accounts.append(Account(email: spec.email, name: spec.name,
                                    role: spec.administrator ? "Administrator" : spec.role.map(AdminPage.roleName) ?? "",
                                    organisation: organisation?.name))
        }
        return accounts
    }
}

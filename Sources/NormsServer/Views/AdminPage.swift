import NormsCore
import NormsStore
import Plot

/// `/admin`: accounts, organisations and roles.
struct AdminPage: Page {
    var context: PageContext
    var users: [UserListing]
    var organisations: [Organisation]
    var states: [StateProfile]
    /// The one-time link of an invitation just created, shown once.
    var invitationLink: String?
    var errors: FieldErrors = FieldErrors()
    var title: String { "Administration" }

    var content: Node<HTML.BodyContext> {
        .group(
            .h1("Administration"),
            .unwrap(invitationLink) { link in
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .p(.strong("Invitation created. "), .text("Send this one-time link to the person; it works once and expires in 7 days. It is not shown again.")),
                     .p(.code(.id("invitation-link"), .text(link))))
            },
            .section(.class("card"), .attribute(named: "aria-labelledby", value: "invite-heading"),
                     .h2(.id("invite-heading"), .text("Invite a user")),
                     .form(.method(.post), .action(SiteURL.adminInvitations.path),
                           context.csrfField,
                           ViewParts.errorSummary(errors),
                           ViewParts.field("email", label: "Email address", errors: errors, control: .input(.type(.email), .id("email"), .name("email"), ViewParts.describedBy("email", errors: errors))),
                           ViewParts.field("displayName", label: "Name", errors: errors, control: .input(.type(.text), .id("displayName"), .name("displayName"), ViewParts.describedBy("displayName", errors: errors))),
                           ViewParts.field("organisationID", label: "Organisation", errors: errors, control:
                                .select(.id("organisationID"), .attribute(named: "name", value: "organisationID"), ViewParts.option("", "Choose…"),
                                        .forEach(organisations) { organisation in ViewParts.option(organisation.id.uuidString, organisation.name) })),
                           .fieldset(.element(named: "legend", text: "Roles"),
                                     .unwrap(errors["roles"]) { .p(.class("field-error"), .text($0)) },
                                     .forEach(Role.allCases) { role in
                                         .div(.class("check"), .input(.type(.checkbox), .id("role-\(role.rawValue)"), .name("roles[]"), .value(role.rawValue)),
                                              .label(.for("role-\(role.rawValue)"), .text(AdminPage.roleName(role))))
                                     }),
                           .div(.class("check"), .input(.type(.checkbox), .id("administrator"), .name("administrator"), .value("true")),
                                .label(.for("administrator"), .text("Administrator (manages accounts; sees no extra information)"))),
                           .button(.type(.submit), .class("primary"), .text("Create invitation")))),
            .section(.class("card"), .attribute(named: "aria-labelledby", value: "grant-heading"),
                     .h2(.id("grant-heading"), .text("Grant a role")),
                     .form(.method(.post), .action(SiteURL.adminRoles.path),
                           context.csrfField,
                           .div(.class("field"), .label(.for("grant-user"), .text("User")),
                                .select(.id("grant-user"), .attribute(named: "name", value: "userID"),
                                        .forEach(users) { user in ViewParts.option(user.account.id.uuidString, "\(user.account.displayName) <\(user.account.email)>") })),
                           .div(.class("field"), .label(.for("grant-organisation"), .text("Organisation")),
                                .select(.id("grant-organisation"), .attribute(named: "name", value: "organisationID"),
                                        .forEach(organisations) { organisation in ViewParts.option(organisation.id.uuidString, organisation.name) })),
                           .div(.class("field"), .label(.for("grant-role"), .text("Role")),
                                .select(.id("grant-role"), .attribute(named: "name", value: "role"),
                                        .forEach(Role.allCases) { role in ViewParts.option(role.rawValue, AdminPage.roleName(role)) })),
                           .button(.type(.submit), .text("Grant role")))),
            .section(.class("card"), .attribute(named: "aria-labelledby", value: "org-heading"),
                     .h2(.id("org-heading"), .text("Add an organisation")),
                     .form(.method(.post), .action(SiteURL.adminOrganisations.path),
                           context.csrfField,
                           .div(.class("field"), .label(.for("org-name"), .text("Name")), .input(.type(.text), .id("org-name"), .name("name"))),
                           .div(.class("field"), .label(.for("org-state"), .text("State")),
                                .select(.id("org-state"), .attribute(named: "name", value: "stateCode"), ViewParts.option("", "The region (no state)"),
                                        .forEach(states) { state in ViewParts.option(state.code, state.name) })),
                           .div(.class("field"), .label(.for("org-type"), .text("Stakeholder type")),
                                .select(.id("org-type"), .attribute(named: "name", value: "stakeholderType"),
                                        .forEach(StakeholderType.allCases) { type in ViewParts.option(type.rawValue, type.name) })),
                           .button(.type(.submit), .text("Add organisation")))),
            .section(.attribute(named: "aria-labelledby", value: "users-heading"),
                     .h2(.id("users-heading"), .text("Users")),
                     .div(.class("table-scroll"), .table(
                        .thead(.tr(.th("Email"), .th("Name"), .th("Roles"), .th("Password set"))),
                        .tbody(.forEach(users) { user in
                            .tr(.td(.text(user.account.email)), .td(.text(user.account.displayName)),
                                .td(.text((user.memberships.map { "\(Self.roleName($0.role)), \($0.organisation.name)" } + (user.account.isAdministrator ? ["Administrator"] : [])).joined(separator: "; "))),
                                .td(.text(user.account.passwordHash == nil ? "Not yet" : "Yes")))
                        })))),
            .section(.attribute(named: "aria-labelledby", value: "orgs-heading"),
                     .h2(.id("orgs-heading"), .text("Organisations")),
                     .div(.class("table-scroll"), .table(
                        .thead(.tr(.th("Name"), .th("State"), .th("Stakeholder type"))),
                        .tbody(.forEach(organisations) { organisation in
                            .tr(.td(.text(organisation.name)), .td(.text(organisation.stateCode ?? "Region")), .td(.text(organisation.stakeholderType.name)))
                        }))))
        )
    }

    static func roleName(_ role: Role) -> String {
        switch role {
        case .regionalCoordinator: "Regional coordinator"
        case .focalPoint: "State focal point"
        case .contributor: "Contributor"
        case .assessor: "Third-party assessor"
        case .viewer: "Viewer"
        }
    }
}

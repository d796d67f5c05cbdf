import NormsCore
import Plot

/// `/signin`.
struct SignInPage: Page {
    var context: PageContext
    var email: String = ""
    var next: String = "/"
    /// One message for the whole form: it never says which of email or password was wrong.
    var message: String?
    var title: String { "Sign in" }

    var content: Node<HTML.BodyContext> {
        .div(.class("narrow card"),
             .h1("Sign in"),
             .unwrap(message) { .p(.class("form-error"), .attribute(named: "role", value: "alert"), .text($0)) },
             .form(.method(.post), .action(SiteURL.signIn.path),
                   context.csrfField,
                   .input(.type(.hidden), .name("next"), .value(next.attributeEscaped)),
                   .div(.class("field"), .label(.for("email"), .text("Email address")),
                        .input(.type(.email), .id("email"), .name("email"), .value(email.attributeEscaped), .attribute(named: "autocomplete", value: "username"), .required(true))),
                   .div(.class("field"), .label(.for("password"), .text("Password")),
                        .input(.type(.password), .id("password"), .name("password"), .attribute(named: "autocomplete", value: "current-password"), .required(true))),
                   .button(.type(.submit), .class("primary"), .text("Sign in"))),
             .p(.class("muted"), .text("Accounts are created by an administrator, who sends you a one-time link to set your password.")))
    }
}

/// A form that sets a password: from an invitation, or to change one's own.
struct PasswordPage: Page {
    var context: PageContext
    var heading: String
    var action: String
    var email: String
    var askCurrent: Bool
    var errors: FieldErrors = FieldErrors()
    var title: String { heading }

    var content: Node<HTML.BodyContext> {
        .div(.class("narrow card"),
             .h1(.text(heading)),
             .p(.class("muted"), .text("Account: \(email). Use at least \(PasswordRules.minimumLength) characters; a phrase of several words is easy to remember and hard to guess.")),
             .form(.method(.post), .action(action),
                   context.csrfField,
                   ViewParts.errorSummary(errors),
                   .if(askCurrent, ViewParts.field("current", label: "Current password", errors: errors, control:
                        .input(.type(.password), .id("current"), .name("current"), .attribute(named: "autocomplete", value: "current-password"), .required(true), ViewParts.describedBy("current", errors: errors)))),
                   ViewParts.field("password", label: "New password", errors: errors, control:
                        .input(.type(.password), .id("password"), .name("password"), .attribute(named: "autocomplete", value: "new-password"), .required(true), ViewParts.describedBy("password", errors: errors))),
                   ViewParts.field("confirm", label: "New password again", errors: errors, control:
                        .input(.type(.password), .id("confirm"), .name("confirm"), .attribute(named: "autocomplete", value: "new-password"), .required(true), ViewParts.describedBy("confirm", errors: errors))),
                   .button(.type(.submit), .class("primary"), .text("Save password"))))
    }
}

/// A short confirmation after an action.
struct NoticePage: Page {
    var context: PageContext
    var title: String
    var message: String
    var link: (label: String, href: String)?

    var content: Node<HTML.BodyContext> {
        .div(.class("narrow card"), .h1(.text(title)), .p(.text(message)),
             .unwrap(link) { .p(.a(.href($0.href.attributeEscaped), .text($0.label))) })
    }
}

import NormsCore
import Plot
import Vapor

/// What every page knows about the request it answers.
struct PageContext: Sendable {
    struct User: Sendable {
        var name: String
        var isAdministrator: Bool
        /// The states the user may add evidence for.
        var contributesTo: [String]
    }

    var demoMode: Bool
    var user: User?
    var csrfToken: String

    /// The hidden field every form carries.
    var csrfField: Node<HTML.FormContext> { .input(.type(.hidden), .name(CSRF.field), .value(csrfToken)) }
}

/// The base of every page: landmarks, navigation, the demo banner, and the footer on sharing levels.
protocol Page {
    var title: String { get }
    var context: PageContext { get }
    var content: Node<HTML.BodyContext> { get }
}

extension Page {
    func document() -> HTML {
        HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) · cybernorms"),
                .stylesheet(SiteURL.stylesheet.path)
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text("Skip to content")),
                .header(
                    .class("site-header"),
                    .div(.class("wrap"),
                         .a(.class("brand"), .href(SiteURL.home.path), .text("cybernorms")),
                         .nav(.attribute(named: "aria-label", value: "Main"),
                              .ul(.li(.a(.href(SiteURL.home.path), .text("Regional overview"))),
                                  .li(.a(.href(SiteURL.norm("a").path), .text("Norms"))),
                                  .li(.a(.href(SiteURL.evidenceList.path), .text("Evidence"))),
                                  .if(!(context.user?.contributesTo.isEmpty ?? true), .li(.a(.href(SiteURL.newEvidence.path), .text("Add evidence")))),
                                  .if(context.user != nil, .li(.a(.href(SiteURL.mySubmissions.path), .text("My submissions")))),
                                  .if(context.user?.isAdministrator == true, .li(.a(.href(SiteURL.admin.path), .text("Administration")))),
                                  .li(.a(.href(SiteURL.apiStates.path), .text("Open data (JSON)"))),
                                  .unwrap(context.user, { user in
                                      .li(.form(.class("inline"), .method(.post), .action(SiteURL.signOut.path), context.csrfField,
                                                .button(.type(.submit), .class("link"), .text("Sign out \(user.name)"))))
                                  }, else: .li(.a(.href(SiteURL.signIn.path), .text("Sign in"))))
                                 )))
                ),
                .if(context.demoMode, .div(.class("demo-banner"), .attribute(named: "role", value: "note"),
                                   .strong("Demo data. "),
                                   .text("This site holds the invented demonstration data set. Records marked [DEMO] describe no real state's implementation."))),
                .main(.id("main"), .class("wrap"), content),
                .footer(.class("site-footer"),
                        .div(.class("wrap"),
                             .p(.text(context.user == nil
                                      ? "You see only information marked TLP:CLEAR, and every figure is computed from that alone. "
                                      : "You see what your memberships allow under TLP 2.0, and every figure is computed from that alone. "),
                                .text("Reference facts cite their sources; the norms' official text is from UN document A/70/174.")),
                             .p(.text("cybernorms: open-source tooling for the UN framework of responsible state behaviour in cyberspace."))))
            )
        )
    }

    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: document().render()))
    }
}

/// An error page with the real status.
struct ErrorPage: Page {
    var status: HTTPResponseStatus
    var title: String
    var detail: String
    var context: PageContext

    var content: Node<HTML.BodyContext> {
        .div(.class("error"),
             .h1(.text("\(status.code) · \(title)")),
             .p(.text(detail)),
             .p(.a(.href(SiteURL.home.path), .text("Back to the regional overview"))))
    }
}

extension String {
    /// The text made safe inside a double-quoted attribute. Plot writes attribute values as they
    /// are given, so every value that can carry user or file data goes through this.
    var attributeEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// Small view helpers shared by pages.
enum ViewParts {
    static func stageBadge(_ stage: Int, name: String) -> Node<HTML.BodyContext> {
        .span(.class("stage stage-\(stage)"), .text("\(stage) · \(name)"))
    }

    static func tlpBadge(_ tlp: TLP) -> Node<HTML.BodyContext> {
        .span(.class("tlp tlp-\(tlp.rawValue.lowercased().replacingOccurrences(of: "+", with: "-"))"), .text(tlp.label))
    }

    /// A form field with its label, its error (tied to it for screen readers) and the kept input.
    static func field<C: HTML.BodyContext>(_ name: String, label: String, errors: FieldErrors, hint: String? = nil, control: Node<C>) -> Node<C> {
        .div(.class(errors[name] == nil ? "field" : "field has-error"),
             .label(.for(name), .text(label)),
             .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .text($0)) },
             .unwrap(errors[name]) { .p(.class("field-error"), .id("\(name)-error"), .text($0)) },
             control)
    }

    /// The `aria-describedby` of a field's input: its hint and its error; left out when empty.
    static func describedBy<C>(_ name: String, errors: FieldErrors, hasHint: Bool = false) -> Attribute<C> {
        Attribute(name: "aria-describedby", value: describedByIDs(name, errors: errors, hasHint: hasHint), ignoreIfValueIsEmpty: true)
    }

    /// The same for a `select` or `textarea`, whose attributes Plot takes as nodes.
    static func describedBy<C>(_ name: String, errors: FieldErrors, hasHint: Bool = false) -> Node<C> {
        .attribute(named: "aria-describedby", value: describedByIDs(name, errors: errors, hasHint: hasHint), ignoreIfValueIsEmpty: true)
    }

    private static func describedByIDs(_ name: String, errors: FieldErrors, hasHint: Bool) -> String {
        [hasHint ? "\(name)-hint" : nil, errors[name] == nil ? nil : "\(name)-error"].compactMap { $0 }.joined(separator: " ")
    }

    /// A summary of a form's errors at its top, as accessibility guidance asks.
    /// - Parameter order: the fields in the order the form shows them; others follow alphabetically.
    static func errorSummary<C: HTML.BodyContext>(_ errors: FieldErrors, order: [String] = []) -> Node<C> {
        let keys = order.filter { errors[$0] != nil } + errors.messages.keys.filter { !order.contains($0) }.sorted()
        return .if(!errors.isEmpty, .div(.class("form-error"), .attribute(named: "role", value: "alert"),
                                         .p(.strong("The form has \(errors.messages.count) problem\(errors.messages.count == 1 ? "" : "s"). Nothing was saved.")),
                                         .ul(.forEach(keys) { key in .li(.a(.href("#\(key)".attributeEscaped), .text(errors.messages[key]!))) })))
    }

    /// An `<option>` with visible text (Plot's own `option` takes attributes only).
    static func option(_ value: String, _ label: String, selected: Bool = false) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: value.attributeEscaped, ignoreIfValueIsEmpty: false),
            .if(selected, .attribute(named: "selected", value: "selected")),
            .text(label),
        ])
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded(.down)))%" }

    static func score(_ value: Double) -> String { String(format: "%.2f", value) }

    static func source(_ source: SourceReference, asOf: String) -> Node<HTML.BodyContext> {
        .span(.class("source"),
              .text("Source: "),
              .unwrap(source.url, { .a(.href($0.attributeEscaped), .attribute(named: "rel", value: "noopener"), .text(source.title)) }, else: .text(source.title)),
              .text(", \(source.publisher), \(source.date). As of \(asOf)."))
    }
}

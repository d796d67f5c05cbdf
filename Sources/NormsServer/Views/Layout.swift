import NormsCore
import Plot
import Vapor

/// The base of every page: landmarks, navigation, the demo banner, and the footer on sharing levels.
protocol Page {
    var title: String { get }
    var demoMode: Bool { get }
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
                                  .li(.a(.href(SiteURL.apiStates.path), .text("Open data (JSON)"))))))
                ),
                .if(demoMode, .div(.class("demo-banner"), .attribute(named: "role", value: "note"),
                                   .strong("Demo data. "),
                                   .text("This site holds the invented demonstration data set. Records marked [DEMO] describe no real state's implementation."))),
                .main(.id("main"), .class("wrap"), content),
                .footer(.class("site-footer"),
                        .div(.class("wrap"),
                             .p(.text("You see only information marked TLP:CLEAR, and every figure is computed from that alone. "),
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
    var demoMode: Bool

    var content: Node<HTML.BodyContext> {
        .div(.class("error"),
             .h1(.text("\(status.code) · \(title)")),
             .p(.text(detail)),
             .p(.a(.href(SiteURL.home.path), .text("Back to the regional overview"))))
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

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded(.down)))%" }

    static func score(_ value: Double) -> String { String(format: "%.2f", value) }

    static func source(_ source: SourceReference, asOf: String) -> Node<HTML.BodyContext> {
        .span(.class("source"),
              .text("Source: "),
              .unwrap(source.url, { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text(source.title)) }, else: .text(source.title)),
              .text(", \(source.publisher), \(source.date). As of \(asOf)."))
    }
}

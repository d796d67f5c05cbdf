import NormsCore
import NormsReports
import NormsStore
import Plot

/// `/`: the region at a glance: states × norms heatmap, per-state summary, regional bodies.
struct OverviewPage: Page {
    struct Model {
        var catalog: Catalog
        var states: [StateProfile]
        var maturity: [String: StateMaturity]
        var bodies: [RegionalBody]
        /// The pillar the heatmap is narrowed to, if any.
        var pillar: Pillar?
        var context: PageContext
    }

    var model: Model
    var title: String { "Regional overview" }
    var context: PageContext { model.context }

    private var norms: [Norm] { model.pillar.map { model.catalog.norms(inPillar: $0.id) } ?? model.catalog.norms }

    var content: Node<HTML.BodyContext> {
        let rows = model.states.map { state in
            HeatmapRow(code: state.code, name: state.name,
                       stages: Dictionary(uniqueKeysWithValues: (model.maturity[state.code]?.result?.norms ?? []).map { ($0.normID, $0.stage) }),
                       link: SiteURL.state(state.code).path)
        }
        return .group(
            .h1("Implementation of the UN cyber norms"),
            .p(.class("lead"), .text("The stage each state has reached on each of the 11 norms of responsible state behaviour in cyberspace, from its newest published self-assessment against the \(model.catalog.title) (\(model.catalog.reference)). Select a state for the reasons behind every stage.")),
            .nav(.class("filters"), .attribute(named: "aria-label", value: "Filter by pillar"),
                 .span(.class("muted"), .text("Pillar:")),
                 .a(.href(SiteURL.home.path), .if(model.pillar == nil, .attribute(named: "aria-current", value: "page")), .text("All norms")),
                 .forEach(model.catalog.pillars) { pillar in
                     .a(.href(SiteURL.home.path + "?pillar=\(pillar.id)"),
                        .if(model.pillar?.id == pillar.id, .attribute(named: "aria-current", value: "page")),
                        .text(pillar.name))
                 }),
            .section(.class("card"), .attribute(named: "aria-labelledby", value: "heatmap-heading"),
                     .h2(.id("heatmap-heading"), .text("Stage per state and norm")),
                     .div(.class("chart-scroll"), .raw(Charts.heatmap(rows: rows, norms: norms, catalog: model.catalog)))),
            .section(.attribute(named: "aria-labelledby", value: "states-heading"),
                     .h2(.id("states-heading"), .text("States")),
                     .div(.class("table-scroll"), .table(
                        .thead(.tr(.th("State"), .th("Assessment"), .th("Overall score"), .th("Lowest stage"), .th("Highest stage"))),
                        .tbody(.forEach(model.states) { state in
                            let maturity = model.maturity[state.code]
                            return .tr(
                                .td(.a(.href(SiteURL.state(state.code).path), .text("\(state.name) (\(state.code))"))),
                                .td(.unwrap(maturity?.assessment, { .text("\($0.kind.name), as of \($0.asOf)\($0.isDemo ? " [DEMO]" : "")") }, else: .span(.class("muted"), .text("None published")))),
                                .td(.text(maturity?.result.map { ViewParts.score($0.overallScore) } ?? "–")),
                                .td(.text(maturity?.result.map { String($0.lowestStage) } ?? "–")),
                                .td(.text(maturity?.result.map { String($0.highestStage) } ?? "–")))
                        })))),
            .section(.attribute(named: "aria-labelledby", value: "bodies-heading"),
                     .h2(.id("bodies-heading"), .text("Regional bodies and mechanisms")),
                     .div(.class("table-scroll"), .table(
                        .thead(.tr(.th("Body"), .th("Founded"), .th("Mandate topics"), .th("Source"))),
                        .tbody(.forEach(model.bodies) { body in
                            .tr(.td(.text(body.name), .unwrap(body.abbreviation) { .small(.text(" (\($0))")) }),
                                .td(.text(body.founded.map(String.init) ?? "unknown")),
                                .td(.text(body.topics.joined(separator: "; "))),
                                .td(ViewParts.source(body.source, asOf: body.asOf)))
                        })))))
    }
}

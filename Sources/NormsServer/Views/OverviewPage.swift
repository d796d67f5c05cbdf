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
        /// The stage per state and norm the heatmap shows, by state code; absent when nothing is visible.
        var heatmapStages: [String: [String: Int]]
        var bodies: [RegionalBody]
        var filter: OverviewFilter
        var context: PageContext
    }

    var model: Model
    var title: String { "Regional overview" }
    var context: PageContext { model.context }

    private var norms: [Norm] { model.filter.norms(in: model.catalog) }

    private var source: String {
        model.filter.stakeholder.map { "Evidence on record contributed by \($0.name.lowercased()) organisations: each item with such validated evidence counts as met." }
            ?? "From each state's newest published self-assessment."
    }

    var content: Node<HTML.BodyContext> {
        let rows = model.states.map { state in
            HeatmapRow(code: state.code, name: state.name,
                       stages: model.heatmapStages[state.code] ?? [:],
                       link: SiteURL.state(state.code).path)
        }
        return .group(
            .h1("Implementation of the UN cyber norms"),
            .p(.class("lead"), .text("The stage each state has reached on each of the 11 norms of responsible state behaviour in cyberspace, from its newest published self-assessment against the \(model.catalog.title) (\(model.catalog.reference)). Select a state for the reasons behind every stage.")),
            .form(.class("card filters-form"), .method(.get), .action(SiteURL.home.path), .attribute(named: "aria-label", value: "Filter the heatmap"),
                  EvidenceListPage.select("pillar", label: "Pillar", selected: model.filter.pillar?.id, options: model.catalog.pillars.map { ($0.id, $0.name) }),
                  EvidenceListPage.select("norm", label: "Norm", selected: model.filter.norm?.id, options: model.catalog.norms.map { ($0.id, "\($0.id): \($0.title)") }),
                  EvidenceListPage.select("stakeholder", label: "Evidence from", selected: model.filter.stakeholder?.rawValue,
                                          options: StakeholderType.allCases.map { ($0.rawValue, $0.name) }, anyLabel: "Self-assessments (all sources)"),
                  .button(.type(.submit), .text("Apply"))),
            .section(.class("card"), .attribute(named: "aria-labelledby", value: "heatmap-heading"),
                     .h2(.id("heatmap-heading"), .text("Stage per state and norm")),
                     .p(.class("muted"), .id("heatmap-source"), .text(source)),
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

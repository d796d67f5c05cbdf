import NormsCore
import NormsReports
import NormsStore
import Plot

/// `/norms/{id}`: one norm: official text with citation, our summary, the checklist, and the states.
struct NormPage: Page {
    struct Model {
        var catalog: Catalog
        var norm: Norm
        var states: [StateProfile]
        var maturity: [String: StateMaturity]
        var context: PageContext
    }

    var model: Model
    var title: String { "Norm \(model.norm.id)" }
    var context: PageContext { model.context }

    var content: Node<HTML.BodyContext> {
        let catalog = model.catalog
        let source = catalog.source(model.norm.source)
        return .group(
            .nav(.class("filters"), .attribute(named: "aria-label", value: "Norms"),
                 .forEach(catalog.norms) { norm in
                     .a(.href(SiteURL.norm(norm.id).path), .if(norm.id == model.norm.id, .attribute(named: "aria-current", value: "page")), .text(norm.id))
                 }),
            .h1(.text("Norm \(model.norm.id): \(model.norm.title)")),
            .blockquote(.class("norm-text"), .p(.text(model.norm.officialText)),
                        .p(.class("source"), .text(model.norm.citation), .unwrap(source) { .text(". \($0.citation)") })),
            .p(.class("lead"), .text(model.norm.summary)),
            .p(.class("muted"), .text("Pillars: " + model.norm.pillars.compactMap { catalog.pillar($0)?.name }.joined(separator: ", "))),
            .section(.attribute(named: "aria-labelledby", value: "states-heading"),
                     .h2(.id("states-heading"), .text("Across the states")),
                     .div(.class("table-scroll"), .table(
                        .thead(.tr(.th("State"), .th("Stage"), .th("Progress to next"), .th("Blocking items"))),
                        .tbody(.forEach(model.states) { state in
                            let norm = model.maturity[state.code]?.result?.norm(model.norm.id)
                            return .tr(.td(.a(.href(SiteURL.state(state.code).path + "#norm-\(model.norm.id)"), .text(state.name))),
                                       .td(.unwrap(norm, { ViewParts.stageBadge($0.stage, name: $0.stageName) }, else: .span(.class("muted"), .text("No published assessment visible")))),
                                       .td(.text(norm.map { ViewParts.percent($0.progress) } ?? "–")),
                                       .td(.text(norm?.blockingItems.map(\.itemID).joined(separator: ", ") ?? "–")))
                        })))),
            .section(.attribute(named: "aria-labelledby", value: "checklist-heading"),
                     .h2(.id("checklist-heading"), .text("Implementation checklist")),
                     .forEach(catalog.stages.filter { $0.level > 0 }) { stage in
                         .div(.class("card"),
                              .h3(.text("Stage \(stage.level): \(stage.name)")),
                              .p(.class("muted"), .text(stage.definition)),
                              .div(.class("table-scroll"), .table(
                                .thead(.tr(.th("Item"), .th("Core"), .th("Evidence level"), .th("What must be true"), .th("Evidence that satisfies it"))),
                                .tbody(.forEach(catalog.items(ofNorm: model.norm.id).filter { $0.stage == stage.level }) { item in
                                    .tr(.id(item.id), .td(.a(.href(SiteURL.item(item.id).path), .text(item.id))), .td(.text(item.core ? "Core" : "Supporting")), .td(.text(item.evidenceLevel.name)),
                                        .td(.text(item.text)), .td(.text(item.guidance)))
                                }))))
                     })
        )
    }
}

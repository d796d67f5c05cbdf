import NormsCore
import NormsReports
import NormsStore
import Plot

/// `/states/{code}`: one state: stage per norm with its reasons, radar, sourced facts, evidence, roadmap.
struct StatePage: Page {
    struct Model {
        var catalog: Catalog
        var state: StateProfile
        var maturity: StateMaturity
        /// The newest published third-party assessment the viewer may see.
        var thirdParty: StateMaturity
        var evidenceOnRecord: MaturityResult
        var evidence: [Evidence]
        var context: PageContext
    }

    var model: Model
    var title: String { model.state.name }
    var context: PageContext { model.context }

    var content: Node<HTML.BodyContext> {
        .group(
            .h1(.text("\(model.state.name) (\(model.state.code))")),
            .p(.a(.href(SiteURL.stateAssessments(model.state.code).path), .text("All assessments of \(model.state.name), over time"))),
            assessmentSection,
            sideBySideSection,
            evidenceOnRecordSection,
            factsSection,
            evidenceSection
        )
    }

    private var assessmentSection: Node<HTML.BodyContext> {
        guard let result = model.maturity.result, let assessment = model.maturity.assessment else {
            return .section(.class("card"), .h2("Maturity"),
                            .p(.text("No published assessment of \(model.state.name) is visible to you, so no stage is shown.")))
        }
        let scores = result.norms.map { (label: $0.normID, score: $0.score) }
        return .group(
            .p(.class("lead"),
               .text("From the \(assessment.kind.name.lowercased()) by \(assessment.assessorName), as of \(assessment.asOf). Published as "),
               ViewParts.tlpBadge(assessment.tlp),
               .text(". Overall score \(ViewParts.score(result.overallScore)) of 5; stages range from \(result.lowestStage) to \(result.highestStage)."),
               .if(assessment.isDemo, .strong(" [DEMO] Invented demonstration data."))),
            .div(.class("grid"),
                 .section(.class("card"), .attribute(named: "aria-labelledby", value: "radar-heading"),
                          .h2(.id("radar-heading"), .text("Score per norm")),
                          .raw(Charts.radar(scores: scores, title: "\(model.state.name): score per norm, 0 to 5"))),
                 .section(.class("card"), .attribute(named: "aria-labelledby", value: "pillars-heading"),
                          .h2(.id("pillars-heading"), .text("Per pillar")),
                          .table(.thead(.tr(.th("Pillar"), .th("Mean score"), .th("Range of stages"))),
                                 .tbody(.forEach(result.pillars) { pillar in
                                     .tr(.td(.text(pillar.name)), .td(.text(ViewParts.score(pillar.meanScore))),
                                         .td(.text("\(pillar.lowestStage) to \(pillar.highestStage)")))
                                 })))),
            .section(.attribute(named: "aria-labelledby", value: "norms-heading"),
                     .h2(.id("norms-heading"), .text("Stage per norm, and what blocks the next")),
                     .forEach(result.norms) { norm in
                         .div(.class("card"), .id("norm-\(norm.normID)"),
                              .h3(.a(.href(SiteURL.norm(norm.normID).path), .text("Norm \(norm.normID): \(model.catalog.norm(norm.normID)?.title ?? "")")),
                                  .text(" "), ViewParts.stageBadge(norm.stage, name: norm.stageName)),
                              .p(.class("explanation"), .text(norm.explanation)),
                              .if(!norm.blockingItems.isEmpty, .ul(.class("blocking"), .forEach(norm.blockingItems) { item in
                                  .li(.strong(.text(item.itemID)), .text(" (\(item.judgement.name.lowercased())): \(item.text)"))
                              })))
                     }),
            roadmapSection
        )
    }

    private var roadmapSection: Node<HTML.BodyContext> {
        let steps = model.maturity.roadmap?.immediateSteps ?? []
        return .section(.attribute(named: "aria-labelledby", value: "roadmap-heading"),
                        .h2(.id("roadmap-heading"), .text("Roadmap: next steps")),
                        .p(.class("muted"), .text("The core items that block each norm's next stage, lower stage first; political endorsement, then law and policy, then practice.")),
                        .div(.class("table-scroll"), .table(
                            .thead(.tr(.th("Item"), .th("Stage"), .th("Evidence level"), .th("What to do"), .th("Evidence that satisfies it"), .th("Capacity building"))),
                            .tbody(.forEach(steps) { step in
                                .tr(.td(.text(step.itemID)), .td(.text("\(step.stage) \(step.stageName)")), .td(.text(step.evidenceLevel.name)),
                                    .td(.text(step.text)), .td(.text(step.guidance)), .td(.text(step.capacityBuilding)))
                            }))))
    }

    /// The state's own view beside an independent one, norm by norm.
    private var sideBySideSection: Node<HTML.BodyContext> {
        guard let independent = model.thirdParty.result, let assessment = model.thirdParty.assessment else { return .empty }
        return .section(.class("card"), .id("side-by-side"), .attribute(named: "aria-labelledby", value: "side-heading"),
                        .h2(.id("side-heading"), .text("Self-assessment and third-party assessment")),
                        .p(.class("muted"), .text("Third-party assessment by \(assessment.assessorName), as of \(assessment.asOf).")),
                        .div(.class("table-scroll"), .table(
                            .thead(.tr(.th("Norm"), .th("Self-assessment"), .th("Third-party assessment"))),
                            .tbody(.forEach(independent.norms) { norm in
                                let own = model.maturity.result?.norm(norm.normID)
                                return .tr(.attribute(named: "data-norm", value: norm.normID), .td(.text(norm.normID)),
                                           .td(.unwrap(own, { ViewParts.stageBadge($0.stage, name: $0.stageName) }, else: .text("–"))),
                                           .td(.class("third-party-stage"), ViewParts.stageBadge(norm.stage, name: norm.stageName)))
                            }))))
    }

    /// The live figure: items with validated evidence count as met.
    private var evidenceOnRecordSection: Node<HTML.BodyContext> {
        let result = model.evidenceOnRecord
        return .section(.class("card"), .id("evidence-on-record"), .attribute(named: "aria-labelledby", value: "record-heading"),
                        .h2(.id("record-heading"), .text("Evidence on record")),
                        .p(.class("muted"), .text("Between assessments: each checklist item backed by validated evidence that you may see counts as met. It changes as soon as the focal point validates evidence.")),
                        .div(.class("table-scroll"), .table(
                            .thead(.tr(.th("Norm"), .th("Stage"), .th("Items with validated evidence"), .th("Blocking the next stage"))),
                            .tbody(.forEach(result.norms) { norm in
                                .tr(.attribute(named: "data-norm", value: norm.normID),
                                    .td(.text(norm.normID)),
                                    .td(.class("record-stage"), ViewParts.stageBadge(norm.stage, name: norm.stageName)),
                                    .td(.text("\(norm.judgedItemCount) of \(norm.itemCount)")),
                                    .td(.text(norm.blockingItems.map(\.itemID).joined(separator: ", "))))
                            }))))
    }

    private var factsSection: Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: "facts-heading"),
                 .h2(.id("facts-heading"), .text("Sourced public facts")),
                 .if(model.state.facts.isEmpty, .p(.class("muted"), .text("No sourced facts yet."))),
                 .div(.class("table-scroll"), .table(
                    .thead(.tr(.th("Fact"), .th("Value"), .th("Year"), .th("Source"))),
                    .tbody(.forEach(model.state.facts) { fact in
                        .tr(.td(.text(fact.kind.name)),
                            .td(.text(fact.value), .unwrap(fact.tiers) { .text(" (\($0) tiers)") }, .unwrap(fact.note) { .div(.class("muted"), .text($0)) }),
                            .td(.text(fact.year.map(String.init) ?? "")),
                            .td(ViewParts.source(fact.source, asOf: fact.asOf)))
                    }))),
                 .p(.class("muted"), .text("Facts not listed here are unknown: nothing is shown without a source.")))
    }

    private var evidenceSection: Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: "evidence-heading"),
                 .h2(.id("evidence-heading"), .text("Evidence visible to you")),
                 .if(model.evidence.isEmpty, .p(.class("muted"), .text("No evidence is visible to you."))),
                 .if(!model.evidence.isEmpty, .div(.class("table-scroll"), .table(
                    .thead(.tr(.th("Date"), .th("Title"), .th("Kind"), .th("Issuer"), .th("Status"), .th("Sharing"), .th("Items"))),
                    .tbody(.forEach(model.evidence) { evidence in
                        .tr(.td(.text(evidence.date)), .td(.text(evidence.title)), .td(.text(evidence.kind.name)), .td(.text(evidence.issuer)),
                            .td(.text(evidence.status.rawValue)), .td(ViewParts.tlpBadge(evidence.sharing.tlp)),
                            .td(.text(evidence.itemIDs.joined(separator: ", "))))
                    })))))
    }
}

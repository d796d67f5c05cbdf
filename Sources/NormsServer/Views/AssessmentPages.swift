import Foundation
import NormsCore
import NormsStore
import Plot

/// `/states/{code}/assessments`: the series of assessments, and starting a new one.
struct AssessmentsPage: Page {
    var context: PageContext
    var state: StateProfile
    var series: [StateMaturity]
    /// Drafts and submitted assessments the viewer may work on.
    var workInProgress: [Assessment]
    var maySelfAssess: Bool
    var assessorOrganisations: [Organisation]
    var title: String { "Assessments of \(state.name)" }

    var content: Node<HTML.BodyContext> {
        .group(
            .h1(.text("Assessments of \(state.name)")),
            .p(.class("lead"), .text("Assessments are dated and kept: a published assessment never changes, and a newer one supersedes it. Together they show progress over time.")),
            .section(.attribute(named: "aria-labelledby", value: "series-heading"),
                     .h2(.id("series-heading"), .text("Published assessments")),
                     .if(series.isEmpty, .p(.class("muted"), .text("No published assessment is visible to you."))),
                     .if(!series.isEmpty, .div(.class("table-scroll"), .table(
                        .thead(.tr(.th("As of"), .th("Kind"), .th("Assessor"), .th("Sharing"), .th("Overall score"), .th("Stages"))),
                        .tbody(.forEach(series) { entry in
                            .tr(.td(.a(.href(SiteURL.assessment(entry.assessment!.id.uuidString).path), .text(entry.assessment!.asOf))),
                                .td(.text(entry.assessment!.kind.name)), .td(.text(entry.assessment!.assessorName)),
                                .td(ViewParts.tlpBadge(entry.assessment!.tlp)),
                                .td(.text(entry.result.map { ViewParts.score($0.overallScore) } ?? "–")),
                                .td(.text(entry.result.map { $0.norms.map { "\($0.normID) \($0.stage)" }.joined(separator: " · ") } ?? "")))
                        }))))),
            .if(!workInProgress.isEmpty, .section(.attribute(named: "aria-labelledby", value: "wip-heading"),
                .h2(.id("wip-heading"), .text("In progress")),
                .ul(.forEach(workInProgress) { assessment in
                    .li(.a(.href(SiteURL.assessment(assessment.id.uuidString).path), .text("\(assessment.kind.name) as of \(assessment.asOf)")),
                        .text(" · \(assessment.status.rawValue) · \(assessment.assessorName)"))
                }))),
            .if(maySelfAssess || !assessorOrganisations.isEmpty, .section(.class("card"), .attribute(named: "aria-labelledby", value: "start-heading"),
                .h2(.id("start-heading"), .text("Start an assessment")),
                .form(.method(.post), .action(SiteURL.stateAssessments(state.code).path),
                      context.csrfField,
                      .div(.class("field"), .label(.for("kind"), .text("Kind")),
                           .select(.id("kind"), .attribute(named: "name", value: "kind"),
                                   .if(maySelfAssess, ViewParts.option(AssessmentKind.selfAssessment.rawValue, AssessmentKind.selfAssessment.name)),
                                   .forEach(assessorOrganisations) { organisation in
                                       ViewParts.option("thirdParty:\(organisation.id.uuidString)", "Third-party assessment by \(organisation.name)")
                                   })),
                      .div(.class("field"), .label(.for("asOf"), .text("As of (YYYY-MM-DD)")),
                           .input(.type(.text), .id("asOf"), .name("asOf"), .value(Self.today))),
                      .button(.type(.submit), .class("primary"), .text("Start")))))
        )
    }

    static var today: String { Date().formatted(.iso8601.year().month().day()) }
}

/// `/assessments/{id}`: the editor, norm by norm, with the result and roadmap as judgements are saved.
struct AssessmentEditorPage: Page {
    var context: PageContext
    var catalog: Catalog
    var assessment: Assessment
    var stateName: String
    var normID: String
    var maturity: StateMaturity
    /// Validated evidence the editor may see, by item.
    var evidenceByItem: [String: [Evidence]]
    var mayEdit: Bool
    var history: [AuditRecord]
    var notice: String?
    var title: String { "\(assessment.kind.name) of \(stateName)" }

    private var editable: Bool { mayEdit && assessment.status == .draft }

    var content: Node<HTML.BodyContext> {
        let judgements = Dictionary(assessment.judgements.map { ($0.itemID, $0) }, uniquingKeysWith: { _, last in last })
        let norm = catalog.norm(normID)!
        let result = maturity.result?.norm(normID)
        return .group(
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .h1(.text("\(assessment.kind.name) of \(stateName), as of \(assessment.asOf)")),
            .p(.text("By \(assessment.assessorName). Status: "), .strong(.text(assessment.status.rawValue)), .text(". "),
               .if(assessment.status == .published, .group(.text("Published as "), ViewParts.tlpBadge(assessment.sharing.tlp), .text(". It no longer changes.")))),
            statusPanel,
            .nav(.class("filters"), .attribute(named: "aria-label", value: "Norms"),
                 .forEach(catalog.norms) { other in
                     .a(.href(SiteURL.assessment(assessment.id.uuidString).path + "?norm=\(other.id)"),
                        .if(other.id == normID, .attribute(named: "aria-current", value: "page")),
                        .text("\(other.id) · \(maturity.result?.norm(other.id)?.stage ?? 0)"))
                 }),
            .h2(.text("Norm \(norm.id): \(norm.title)")),
            .unwrap(result) { result in
                .div(.class("card"), .id("norm-result"), ViewParts.stageBadge(result.stage, name: result.stageName), .p(.class("explanation"), .text(result.explanation)))
            },
            .form(.method(.post), .action(SiteURL.assessmentJudgements(assessment.id.uuidString).path + "?norm=\(normID)"),
                  context.csrfField,
                  .forEach(catalog.stages.filter { $0.level > 0 }) { stage in
                      .fieldset(.element(named: "legend", text: "Stage \(stage.level): \(stage.name)"),
                                .forEach(catalog.items(ofNorm: normID).filter { $0.stage == stage.level }) { item in
                                    itemRow(item, judgement: judgements[item.id])
                                })
                  },
                  .if(editable, .button(.type(.submit), .class("primary"), .text("Save judgements for norm \(normID)")))),
            .section(.attribute(named: "aria-labelledby", value: "roadmap-heading"),
                     .h2(.id("roadmap-heading"), .text("Roadmap for norm \(normID)")),
                     .ul(.forEach(maturity.roadmap?.steps(forNorm: normID) ?? []) { step in
                         .li(.strong(.text(step.itemID)), .text(" (stage \(step.stage), \(step.evidenceLevel.name.lowercased())\(step.blocksNextStage ? ", next" : "")): \(step.text) "),
                             .span(.class("muted"), .text("Evidence: \(step.guidance)")))
                     })),
            .section(.attribute(named: "aria-labelledby", value: "history-heading"),
                     .h2(.id("history-heading"), .text("History")),
                     .ul(.forEach(history) { entry in
                         .li(.text("\(entry.at): \(entry.action) by \(entry.actor)"))
                     }))
        )
    }

    private func itemRow(_ item: ChecklistItem, judgement: ItemJudgement?) -> Node<HTML.FormContext> {
        let current = judgement?.judgement ?? .notAssessed
        let evidence = evidenceByItem[item.id] ?? []
        return .div(.class("card item"), .id("item-\(item.id)"),
                    .p(.strong(.text(item.id)), .text(item.core ? " · core · " : " · supporting · "), .text(item.evidenceLevel.name), .br(), .text(item.text)),
                    .p(.class("hint"), .text("Evidence that satisfies it: \(item.guidance)")),
                    .div(.class("field"), .label(.for("judgement-\(item.id)"), .text("Judgement")),
                         .select(.id("judgement-\(item.id)"), .attribute(named: "name", value: "judgement-\(item.id)"),
                                 .if(!editable, .attribute(named: "disabled", value: "disabled")),
                                 .forEach(Judgement.allCases) { option in ViewParts.option(option.rawValue, option.name, selected: option == current) })),
                    .div(.class("field"), .label(.for("rationale-\(item.id)"), .text("Rationale")),
                         .textarea(.id("rationale-\(item.id)"), .attribute(named: "name", value: "rationale-\(item.id)"), .attribute(named: "rows", value: "2"),
                                   .if(!editable, .attribute(named: "readonly", value: "readonly")),
                                   .text(judgement?.rationale ?? ""))),
                    .p(.class("muted"), .text("Validated evidence on record: "),
                       .if(evidence.isEmpty, .text("none")),
                       .forEach(evidence) { record in .group(.a(.href(SiteURL.evidence(record.id.uuidString).path), .text(record.title)), .text(" ")) }))
    }

    private var statusPanel: Node<HTML.BodyContext> {
        .if(mayEdit && assessment.status != .published, .div(.class("card"),
            .if(assessment.status == .draft, .form(.method(.post), .action(SiteURL.assessmentStatus(assessment.id.uuidString).path),
                context.csrfField, .input(.type(.hidden), .name("to"), .value("submitted")),
                .button(.type(.submit), .text("Submit for publication")), .text(" Judgements are frozen once submitted."))),
            .if(assessment.status == .submitted, .form(.method(.post), .action(SiteURL.assessmentStatus(assessment.id.uuidString).path),
                context.csrfField, .input(.type(.hidden), .name("to"), .value("published")),
                .div(.class("field"), .label(.for("tlp"), .text("Publish the results as")),
                     .select(.id("tlp"), .attribute(named: "name", value: "tlp"),
                             .forEach(TLP.allCases) { level in ViewParts.option(level.rawValue, "\(level.label): \(level.audienceDescription)", selected: level == .clear) })),
                .button(.type(.submit), .class("primary"), .text("Publish")))),
            .if(assessment.status == .submitted, .form(.method(.post), .action(SiteURL.assessmentStatus(assessment.id.uuidString).path),
                context.csrfField, .input(.type(.hidden), .name("to"), .value("draft")),
                .button(.type(.submit), .text("Return to draft"))))))
    }
}

import Foundation
import NormsCore
import NormsStore
import Plot

/// `/evidence`: the evidence the viewer may see, filtered and searched.
struct EvidenceListPage: Page {
    var context: PageContext
    var query: EvidenceQuery
    var states: [StateProfile]
    var results: [Evidence]
    var title: String { "Evidence" }

    var content: Node<HTML.BodyContext> {
        .group(
            .h1("Evidence"),
            .p(.class("lead"), .text("Documents and facts offered to show that states implement the checklist. You see only what your sharing level allows; counts and search results are computed from that alone.")),
            .form(.class("card filters-form"), .method(.get), .action(SiteURL.evidenceList.path), .attribute(named: "role", value: "search"),
                  .div(.class("field"), .label(.for("q"), .text("Search titles, issuers and items")),
                       .input(.type(.search), .id("q"), .name("q"), .value(query.text.attributeEscaped))),
                  Self.select("state", label: "State", selected: query.stateCode, options: states.map { ($0.code, $0.name) }),
                  Self.select("status", label: "Status", selected: query.status?.rawValue, options: ValidationStatus.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }),
                  Self.select("kind", label: "Kind", selected: query.kind?.rawValue, options: EvidenceKind.allCases.map { ($0.rawValue, $0.name) }),
                  .button(.type(.submit), .text("Apply"))),
            .p(.id("result-count"), .text("\(results.count) result\(results.count == 1 ? "" : "s")")),
            EvidenceTable(evidence: results, showState: true).node
        )
    }

    /// A filter's select, its first option meaning "no filter".
    static func select(_ name: String, label: String, selected: String?, options: [(String, String)], anyLabel: String = "Any") -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(name), .text(label)),
             .select(.id(name), .attribute(named: "name", value: name),
                     ViewParts.option("", anyLabel),
                     .forEach(options) { value, text in ViewParts.option(value, text, selected: value == selected) }))
    }
}

/// A table of evidence, shared by the list, the state page and "my submissions".
struct EvidenceTable {
    var evidence: [Evidence]
    var showState: Bool
    var showReason: Bool = false

    var node: Node<HTML.BodyContext> {
        .if(evidence.isEmpty, .p(.class("muted"), .text("No evidence to show.")),
            else: .div(.class("table-scroll"), .table(
                .thead(.tr(.th("Date"), .if(showState, .th("State")), .th("Title"), .th("Kind"), .th("Issuer"), .th("Status"), .th("Sharing"), .th("Items"))),
                .tbody(.forEach(evidence) { record in
                    .tr(.td(.text(record.date)),
                        .if(showState, .td(.a(.href(SiteURL.state(record.stateCode).path), .text(record.stateCode)))),
                        .td(.a(.href(SiteURL.evidence(record.id.uuidString).path), .text(record.title))),
                        .td(.text(record.kind.name)), .td(.text(record.issuer)),
                        .td(.span(.class("status status-\(record.status.rawValue)"), .text(record.status.rawValue.capitalized)),
                            .if(showReason && record.rejectionReason != nil, .div(.class("muted"), .text("Reason: \(record.rejectionReason ?? "")")))),
                        .td(ViewParts.tlpBadge(record.sharing.tlp)),
                        .td(.text(record.itemIDs.joined(separator: ", "))))
                }))))
    }
}

/// `/evidence/new`: the contribution form, shown again with field errors and the input kept.
struct EvidenceFormPage: Page {
    var context: PageContext
    var catalog: Catalog
    var states: [StateProfile]
    var organisations: [Organisation]
    var draft: EvidenceDraft
    var errors: FieldErrors = FieldErrors()
    var title: String { "Add evidence" }

    var content: Node<HTML.BodyContext> {
        .group(
            .h1("Add evidence"),
            .p(.class("lead"), .text("Your focal point reviews what you submit; only validated evidence counts toward your state's figures. The sharing level is AMBER unless you choose otherwise.")),
            .form(.class("card"), .method(.post), .action(SiteURL.evidenceList.path), .enctype(.multipartData), .attribute(named: "novalidate", value: "novalidate"),
                  context.csrfField,
                  ViewParts.errorSummary(errors, order: ["stateCode", "organisationID", "kind", "title", "issuer", "date", "sourceURL", "document", "language", "tlp", "itemIDs"]),
                  ViewParts.field("stateCode", label: "State", errors: errors, control:
                    .select(.id("stateCode"), .attribute(named: "name", value: "stateCode"), ViewParts.describedBy("stateCode", errors: errors),
                            .forEach(states) { state in ViewParts.option(state.code, state.name, selected: state.code == draft.stateCode) })),
                  ViewParts.field("organisationID", label: "On behalf of", errors: errors, control:
                    .select(.id("organisationID"), .attribute(named: "name", value: "organisationID"), ViewParts.describedBy("organisationID", errors: errors),
                            .forEach(organisations) { organisation in
                                ViewParts.option(organisation.id.uuidString, organisation.name, selected: organisation.id.uuidString == draft.organisationID)
                            })),
                  ViewParts.field("kind", label: "Kind of evidence", errors: errors, control:
                    .select(.id("kind"), .attribute(named: "name", value: "kind"), ViewParts.describedBy("kind", errors: errors),
                            ViewParts.option("", "Choose…"),
                            .forEach(EvidenceKind.allCases) { kind in ViewParts.option(kind.rawValue, kind.name, selected: kind.rawValue == draft.kind) })),
                  ViewParts.field("title", label: "Title", errors: errors, control:
                    .input(.type(.text), .id("title"), .name("title"), .value(draft.title.attributeEscaped), ViewParts.describedBy("title", errors: errors))),
                  ViewParts.field("issuer", label: "Issued by", errors: errors, hint: "The ministry, agency, parliament or organisation that issued the document.", control:
                    .input(.type(.text), .id("issuer"), .name("issuer"), .value(draft.issuer.attributeEscaped), ViewParts.describedBy("issuer", errors: errors, hasHint: true))),
                  ViewParts.field("date", label: "Date of the document", errors: errors, hint: "YYYY-MM-DD", control:
                    .input(.type(.text), .id("date"), .name("date"), .value(draft.date.attributeEscaped), .attribute(named: "inputmode", value: "numeric"), ViewParts.describedBy("date", errors: errors, hasHint: true))),
                  ViewParts.field("sourceURL", label: "Source address", errors: errors, hint: "Where the document is published. Leave empty if you attach the PDF.", control:
                    .input(.type(.url), .id("sourceURL"), .name("sourceURL"), .value(draft.sourceURL.attributeEscaped), ViewParts.describedBy("sourceURL", errors: errors, hasHint: true))),
                  ViewParts.field("document", label: "Attach the document (PDF, at most \(EvidenceFile.maximumSize / 1_048_576) MB)", errors: errors, control:
                    .input(.type(.file), .id("document"), .name("document"), .attribute(named: "accept", value: "application/pdf"), ViewParts.describedBy("document", errors: errors))),
                  ViewParts.field("language", label: "Language (two-letter code)", errors: errors, control:
                    .input(.type(.text), .id("language"), .name("language"), .value(draft.language.attributeEscaped), ViewParts.describedBy("language", errors: errors))),
                  ViewParts.field("tlp", label: "Sharing level", errors: errors, hint: TLP.allCases.map { "\($0.label): \($0.audienceDescription)" }.joined(separator: " "), control:
                    .select(.id("tlp"), .attribute(named: "name", value: "tlp"), ViewParts.describedBy("tlp", errors: errors, hasHint: true),
                            .forEach(TLP.allCases) { level in ViewParts.option(level.rawValue, level.label, selected: level.rawValue == draft.tlp) })),
                  ViewParts.field("itemIDs", label: "Checklist items it supports", errors: errors, hint: "Hold Ctrl (or Cmd) to choose several.", control:
                    .select(.id("itemIDs"), .attribute(named: "name", value: "itemIDs[]"), .attribute(named: "multiple", value: "multiple"), .attribute(named: "size", value: "12"), ViewParts.describedBy("itemIDs", errors: errors, hasHint: true),
                            .forEach(catalog.norms) { norm in
                                .element(named: "optgroup", nodes: [.attribute(named: "label", value: "Norm \(norm.id): \(norm.title)".attributeEscaped)]
                                         + catalog.items(ofNorm: norm.id).map { item in
                                             ViewParts.option(item.id, "\(item.id) · stage \(item.stage) · \(item.text.prefix(90))\(item.text.count > 90 ? "…" : "")",
                                                              selected: draft.itemIDs.contains(item.id))
                                         })
                            })),
                  .button(.type(.submit), .class("primary"), .text("Submit for review"))))
    }
}

/// `/evidence/{id}`: one piece of evidence, its review, comments and history.
struct EvidenceDetailPage: Page {
    var context: PageContext
    var catalog: Catalog
    var evidence: Evidence
    var attachment: EvidenceFile.Summary?
    var mayReview: Bool
    var comments: [Comment]
    var history: [AuditRecord]
    var notice: String?
    var title: String { evidence.title }

    var content: Node<HTML.BodyContext> {
        .group(
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .h1(.text(evidence.title)),
            .p(ViewParts.tlpBadge(evidence.sharing.tlp), .text(" "), .span(.class("status status-\(evidence.status.rawValue)"), .text(evidence.status.rawValue.capitalized)),
               .if(evidence.isDemo, .strong(" [DEMO] Invented demonstration record."))),
            .dl(.class("facts"),
                .dt("State"), .dd(.a(.href(SiteURL.state(evidence.stateCode).path), .text(evidence.stateCode))),
                .dt("Kind"), .dd(.text(evidence.kind.name)),
                .dt("Issued by"), .dd(.text(evidence.issuer)),
                .dt("Date"), .dd(.text(evidence.date)),
                .dt("Language"), .dd(.text(evidence.language)),
                .dt("Source"), .dd(.unwrap(evidence.sourceURL, { .a(.href($0.attributeEscaped), .attribute(named: "rel", value: "noopener noreferrer"), .text($0)) }, else: .text("—"))),
                .dt("Document"), .dd(.unwrap(attachment, { file in
                    .group(.a(.href(SiteURL.evidenceFile(evidence.id.uuidString).path), .text(file.filename)),
                           .span(.class("muted"), .text(" (\(file.size / 1024) KB, SHA-256 \(file.sha256.prefix(16))…)")))
                }, else: .text("No file attached"))),
                .dt("Supports"), .dd(.forEach(evidence.itemIDs) { id in
                    .div(.a(.href(SiteURL.norm(catalog.item(id)?.norm ?? "a").path + "#\(id)"), .text(id)), .text(" \(catalog.item(id)?.text ?? "")"))
                }),
                .if(evidence.status == .rejected, .group(.dt("Reason for rejection"), .dd(.text(evidence.rejectionReason ?? ""))))),
            .if(mayReview, .section(.class("card"), .attribute(named: "aria-labelledby", value: "review-heading"),
                .h2(.id("review-heading"), .text("Review")),
                .form(.method(.post), .action(SiteURL.evidenceReview(evidence.id.uuidString).path),
                      context.csrfField,
                      .div(.class("field"), .label(.for("reason"), .text("Reason (required to reject)")),
                           .textarea(.id("reason"), .attribute(named: "name", value: "reason"), .attribute(named: "rows", value: "2"))),
                      .button(.type(.submit), .name("decision"), .value("validate"), .class("primary"), .text("Validate")),
                      .text(" "),
                      .button(.type(.submit), .name("decision"), .value("reject"), .text("Reject"))))),
            .section(.attribute(named: "aria-labelledby", value: "comments-heading"),
                .h2(.id("comments-heading"), .text("Comments")),
                .if(comments.isEmpty, .p(.class("muted"), .text("No comments yet."))),
                .forEach(comments) { comment in
                    .article(.class("comment"), .p(.strong(.text(comment.authorName)), .span(.class("muted"), .text(" · \(comment.createdAt.formatted(.iso8601))"))),
                             .p(.text(comment.body)))
                },
                .if(context.user != nil, .form(.method(.post), .action(SiteURL.evidenceComments(evidence.id.uuidString).path),
                    context.csrfField,
                    .div(.class("field"), .label(.for("body"), .text("Add a comment")), .textarea(.id("body"), .attribute(named: "name", value: "body"), .attribute(named: "rows", value: "3"))),
                    .button(.type(.submit), .text("Comment"))))),
            .section(.attribute(named: "aria-labelledby", value: "history-heading"),
                .h2(.id("history-heading"), .text("History")),
                .ul(.forEach(history) { entry in
                    .li(.text("\(entry.at): \(entry.action) by \(entry.actor)"))
                }))
        )
    }
}

/// `/my/submissions`: what the signed-in user submitted, with its review status.
struct MySubmissionsPage: Page {
    var context: PageContext
    var submissions: [Evidence]
    var title: String { "My submissions" }

    var content: Node<HTML.BodyContext> {
        .group(.h1("My submissions"),
               .p(.class("lead"), .text("Everything you submitted and where its review stands. Rejected evidence shows the focal point's reason.")),
               EvidenceTable(evidence: submissions, showState: true, showReason: true).node)
    }
}

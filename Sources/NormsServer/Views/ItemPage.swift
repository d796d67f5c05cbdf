import NormsCore
import NormsStore
import Plot

/// `/items/{id}`: one checklist item: what it asks, the evidence that supports it, and each of the
/// viewer's states' discussion of it.
struct ItemPage: Page {
    var context: PageContext
    var catalog: Catalog
    var item: ChecklistItem
    var evidence: [Evidence]
    /// The viewer's states and their threads on this item.
    var threads: [(state: StateProfile, comments: [Comment])]
    var title: String { "Item \(item.id)" }

    var content: Node<HTML.BodyContext> {
        let norm = catalog.norm(item.norm)!
        return .group(
            .p(.a(.href(SiteURL.norm(norm.id).path), .text("Norm \(norm.id): \(norm.title)"))),
            .h1(.text("Item \(item.id)")),
            .p(.class("lead"), .text(item.text)),
            .dl(.class("facts"),
                .dt("Stage"), .dd(.text("\(item.stage) \(catalog.stageName(item.stage))\(item.core ? ", core" : ", supporting")")),
                .dt("Evidence level"), .dd(.text(item.evidenceLevel.name)),
                .dt("Factor"), .dd(.text(catalog.factor(item.factor)?.name ?? item.factor)),
                .dt("Evidence that satisfies it"), .dd(.text(item.guidance))),
            .section(.attribute(named: "aria-labelledby", value: "evidence-heading"),
                     .h2(.id("evidence-heading"), .text("Evidence for this item visible to you")),
                     EvidenceTable(evidence: evidence, showState: true).node),
            .section(.attribute(named: "aria-labelledby", value: "discussion-heading"),
                     .h2(.id("discussion-heading"), .text("Discussion")),
                     .if(threads.isEmpty, .p(.class("muted"), .text(context.user == nil
                        ? "Sign in to discuss this item with the members of your state."
                        : "Discussions belong to a state; your account holds no role in a state."))),
                     .forEach(threads) { thread in
                         .div(.class("card"),
                              .h3(.text("\(thread.state.name) (seen by members of \(thread.state.name): TLP:AMBER)")),
                              .if(thread.comments.isEmpty, .p(.class("muted"), .text("No comments yet."))),
                              .forEach(thread.comments) { comment in
                                  .article(.class("comment"), .p(.strong(.text(comment.authorName)), .span(.class("muted"), .text(" · \(comment.createdAt.formatted(.iso8601))"))),
                                           .p(.text(comment.body)))
                              },
                              .form(.method(.post), .action(SiteURL.itemComments(item.id).path),
                                    context.csrfField,
                                    .input(.type(.hidden), .name("stateCode"), .value(thread.state.code)),
                                    .div(.class("field"), .label(.for("body-\(thread.state.code)"), .text("Add a comment")),
                                         .textarea(.id("body-\(thread.state.code)"), .attribute(named: "name", value: "body"), .attribute(named: "rows", value: "3"))),
                                    .button(.type(.submit), .text("Comment"))))
                     })
        )
    }
}

import Foundation
import NormsCore

/// Everything a state report says, as one value: rendered as JSON, Markdown or HTML.
public struct StateReport: Codable, Sendable {
    public var generatedAt: String
    public var catalog: String
    public var state: StateProfile
    /// The assessment the figures come from; `nil` when none is visible.
    public var assessment: AssessmentReference?
    public var isDemo: Bool
    public var norms: [NormLine]
    public var pillars: [PillarMaturity]
    public var overallScore: Double?
    public var roadmap: [RoadmapStep]
    /// How the sharing levels shaped this report, in one sentence.
    public var sharingNote: String

    public struct AssessmentReference: Codable, Sendable {
        public var kind: AssessmentKind
        public var assessor: String
        public var asOf: String
        public var tlp: TLP

        public init(kind: AssessmentKind, assessor: String, asOf: String, tlp: TLP) {
            self.kind = kind
            self.assessor = assessor
            self.asOf = asOf
            self.tlp = tlp
        }
    }

    public struct NormLine: Codable, Sendable {
        public var normID: String
        public var title: String
        public var stage: Int
        public var stageName: String
        public var progress: Double
        public var score: Double
        public var explanation: String
        public var blockingItems: [OutstandingItem]
    }

    public init(state: StateProfile, catalog: Catalog, assessment: AssessmentReference?, isDemo: Bool,
                result: MaturityResult?, roadmap: Roadmap?, audience: String, generatedAt: Date = Date()) {
        self.generatedAt = generatedAt.formatted(.iso8601)
        self.catalog = catalog.reference
        self.state = state
        self.assessment = assessment
        self.isDemo = isDemo
        self.norms = (result?.norms ?? []).map { norm in
            NormLine(normID: norm.normID, title: catalog.norm(norm.normID)?.title ?? norm.normID, stage: norm.stage,
                     stageName: norm.stageName, progress: norm.progress, score: norm.score,
                     explanation: norm.explanation, blockingItems: norm.blockingItems)
        }
        self.pillars = result?.pillars ?? []
        self.overallScore = result?.overallScore
        self.roadmap = roadmap?.steps ?? []
        self.sharingNote = "Computed only from information visible to \(audience)."
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    public func markdown() -> String {
        var lines: [String] = []
        lines.append("# \(state.name) (\(state.code)): implementation of the UN cyber norms")
        lines.append("")
        if isDemo { lines += ["> **DEMO DATA.** These figures come from the invented demonstration data set, not from any state.", ""] }
        lines.append("- Catalog: `\(catalog)`")
        if let assessment {
            lines.append("- Source of the figures: \(assessment.kind.name) by \(assessment.assessor), as of \(assessment.asOf) (\(assessment.tlp.label))")
        } else {
            lines.append("- Source of the figures: no published assessment is visible, so no stage is reported.")
        }
        lines.append("- \(sharingNote)")
        lines.append("- Generated: \(generatedAt)")
        if let overallScore {
            lines += ["", "## Summary", "", "Overall score \(fixed(overallScore, 2)) of 5 (the mean of the norm scores below).", ""]
            lines += ["| Pillar | Mean score | Lowest stage | Highest stage |", "|---|---|---|---|"]
            lines += pillars.map { "| \($0.name) | \(fixed($0.meanScore, 2)) | \($0.lowestStage) | \($0.highestStage) |" }
        }
        if !norms.isEmpty {
            lines += ["", "## Maturity per norm", "", "| Norm | Stage | Progress to next | Score |", "|---|---|---|---|"]
            lines += norms.map { "| \($0.normID): \($0.title.markdownCell) | \($0.stage) \($0.stageName) | \(Int(($0.progress * 100).rounded(.down)))% | \(fixed($0.score, 2)) |" }
            lines += ["", "## Why: what blocks the next stage", ""]
            for norm in norms {
                lines.append("### Norm \(norm.normID): \(norm.title)")
                lines.append("")
                lines.append(norm.explanation)
                lines.append("")
                for item in norm.blockingItems {
                    lines.append("- **\(item.itemID)** (\(item.judgement.name.lowercased())): \(item.text)")
                }
                if !norm.blockingItems.isEmpty { lines.append("") }
            }
        }
        if !roadmap.isEmpty {
            lines += ["## Roadmap", "", "Next steps first: the items that block each norm's next stage, then those of later stages.", ""]
            lines += ["| # | Norm | Item | Stage | Evidence level | Capacity building | What to do | Evidence that satisfies it |", "|---|---|---|---|---|---|---|---|"]
            for (index, step) in roadmap.enumerated() {
                let when = step.blocksNextStage ? "next" : "later"
                lines.append("| \(index + 1) | \(step.normID) | \(step.itemID) (\(when)) | \(step.stage) \(step.stageName) | \(step.evidenceLevel.name) | \(step.capacityBuilding.markdownCell) | \(step.text.markdownCell) | \(step.guidance.markdownCell) |")
            }
            lines.append("")
        }
        if !state.facts.isEmpty {
            lines += ["## Sourced facts", ""]
            for fact in state.facts {
                let year = fact.year.map { " (\($0))" } ?? ""
                lines.append("- \(fact.kind.name): \(fact.value)\(year). Source: \(fact.source.citation)\(fact.source.url.map { ", <\($0)>" } ?? ""); as of \(fact.asOf).")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Safe inside a Markdown table cell.
    var markdownCell: String { replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
}

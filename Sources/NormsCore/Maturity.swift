import Foundation

/// An item that keeps a norm from its next stage, with how it was judged.
public struct OutstandingItem: Codable, Sendable, Hashable {
    public var itemID: String
    public var stage: Int
    public var core: Bool
    public var judgement: Judgement
    public var text: String
}

/// The maturity of one norm, with the reasons for it.
public struct NormMaturity: Codable, Sendable, Hashable {
    public var normID: String
    /// The highest stage whose core items, and those of every stage below, are met or not applicable.
    public var stage: Int
    public var stageName: String
    /// The stage above, or `nil` at the top.
    public var nextStage: Int?
    /// The share (0 ..< 1) of the next stage's applicable items that are met, a partly met item
    /// counting half; 0 at the top stage.
    public var progress: Double
    /// `stage + progress`, a continuous figure for charts.
    public var score: Double
    /// The core items of the next stage that are not yet met: exactly what blocks it.
    public var blockingItems: [OutstandingItem]
    /// The supporting items of the next stage not yet met: they add progress, not the stage.
    public var supportingGaps: [OutstandingItem]
    public var judgedItemCount: Int
    public var itemCount: Int
    /// The result in sentences, for pages and reports.
    public var explanation: String
}

/// A pillar's figure: the mean of the scores of its norms, with the range it hides.
public struct PillarMaturity: Codable, Sendable, Hashable {
    public var pillarID: String
    public var name: String
    public var normIDs: [String]
    public var meanScore: Double
    public var lowestStage: Int
    public var highestStage: Int
}

/// The maturity of a state against a catalog: per norm, per pillar, overall.
public struct MaturityResult: Codable, Sendable, Hashable {
    public var catalogReference: String
    public var norms: [NormMaturity]
    public var pillars: [PillarMaturity]
    public var overallScore: Double
    public var lowestStage: Int
    public var highestStage: Int

    public func norm(_ id: String) -> NormMaturity? { norms.first { $0.normID == id } }
}

/// Computes maturity from a catalog and judgements. Pure: the same input gives the same result.
public enum MaturityEngine {
    /// Evaluates `judgements` (by item id) against `catalog`; an item with no judgement is not assessed.
    public static func evaluate(catalog: Catalog, judgements: [String: Judgement]) -> MaturityResult {
        let itemsByNorm = Dictionary(grouping: catalog.items, by: \.norm)
        let norms = catalog.norms.map { norm in
            evaluate(norm: norm, items: itemsByNorm[norm.id] ?? [], catalog: catalog, judgements: judgements)
        }
        let pillars = catalog.pillars.compactMap { pillar -> PillarMaturity? in
            let members = norms.filter { catalog.norm($0.normID)?.pillars.contains(pillar.id) == true }
            guard !members.isEmpty else { return nil }
            return PillarMaturity(
                pillarID: pillar.id, name: pillar.name, normIDs: members.map(\.normID),
                meanScore: mean(members.map(\.score)),
                lowestStage: members.map(\.stage).min() ?? 0, highestStage: members.map(\.stage).max() ?? 0)
        }
        return MaturityResult(
            catalogReference: catalog.reference, norms: norms, pillars: pillars,
            overallScore: mean(norms.map(\.score)),
            lowestStage: norms.map(\.stage).min() ?? 0, highestStage: norms.map(\.stage).max() ?? 0)
    }

    /// Evaluates one norm from its items (in any order).
    static func evaluate(norm: Norm, items: [ChecklistItem], catalog: Catalog, judgements: [String: Judgement]) -> NormMaturity {
        let items = items.sorted { ($0.stage, $0.id.numericOrder) < ($1.stage, $1.id.numericOrder) }
        let judgement = { (item: ChecklistItem) in judgements[item.id] ?? .notAssessed }
        let top = MaturityStage.highestLevel

        var stage = 0
        for level in 1...top {
            let cores = items.filter { $0.stage == level && $0.core }
            guard cores.allSatisfy({ judgement($0).clearsStage }) else { break }
            stage = level
        }

        let next = stage < top ? stage + 1 : nil
        let nextItems = items.filter { $0.stage == next }
        let outstanding = nextItems.filter { !judgement($0).clearsStage }.map {
            OutstandingItem(itemID: $0.id, stage: $0.stage, core: $0.core, judgement: judgement($0), text: $0.text)
        }
        let credits = nextItems.compactMap { judgement($0).credit }
        let progress = credits.isEmpty ? 0 : credits.reduce(0, +) / Double(credits.count)
        let blocking = outstanding.filter(\.core)

        return NormMaturity(
            normID: norm.id, stage: stage, stageName: catalog.stageName(stage), nextStage: next,
            progress: progress, score: Double(stage) + progress,
            blockingItems: blocking, supportingGaps: outstanding.filter { !$0.core },
            judgedItemCount: items.filter { judgement($0) != .notAssessed }.count, itemCount: items.count,
            explanation: explain(stage: stage, next: next, progress: progress, blocking: blocking, catalog: catalog))
    }

    private static func explain(stage: Int, next: Int?, progress: Double, blocking: [OutstandingItem], catalog: Catalog) -> String {
        let reached = stage == 0
            ? "Stage 0 (\(catalog.stageName(0))): not every core item of stage 1 is met yet."
            : "Stage \(stage) (\(catalog.stageName(stage))) reached: every core item of stages 1 to \(stage) is met or not applicable."
        guard let next else { return reached }
        let list = blocking.map { "\($0.itemID) (\($0.judgement.name.lowercased()))" }.joined(separator: ", ")
        let noun = blocking.count == 1 ? "core item" : "core items"
        let percent = Int((progress * 100).rounded(.down))
        return "\(reached) Stage \(next) (\(catalog.stageName(next))) is blocked by \(blocking.count) \(noun): \(list). Progress toward stage \(next): \(percent)%."
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}

import Foundation

/// One next step on a state's roadmap: a core item still to satisfy.
public struct RoadmapStep: Codable, Sendable, Hashable {
    public var normID: String
    public var itemID: String
    public var stage: Int
    public var stageName: String
    public var evidenceLevel: EvidenceLevel
    public var text: String
    /// What evidence would satisfy the item.
    public var guidance: String
    public var judgement: Judgement
    /// True when the item blocks the norm's very next stage; false for later stages.
    public var blocksNextStage: Bool
    public var factor: String
    /// The capacity-building category a gap on this item falls in, for matching needs to offers.
    public var capacityBuilding: String
}

/// The ordered next steps for a state, from its maturity result.
public struct Roadmap: Codable, Sendable, Hashable {
    public var catalogReference: String
    /// Lower stage first; within a stage political endorsement, then law and policy, then practice.
    public var steps: [RoadmapStep]

    public func steps(forNorm normID: String) -> [RoadmapStep] { steps.filter { $0.normID == normID } }
    public var immediateSteps: [RoadmapStep] { steps.filter(\.blocksNextStage) }

    /// Builds the roadmap: every core item above each norm's reached stage that is not yet met or
    /// not applicable, in the order a state would take them.
    public static func plan(catalog: Catalog, judgements: [String: Judgement], result: MaturityResult) -> Roadmap {
        var steps: [RoadmapStep] = []
        let maturityByNorm = Dictionary(uniqueKeysWithValues: result.norms.map { ($0.normID, $0) })
        for item in catalog.items where item.core {
            let judgement = judgements[item.id] ?? .notAssessed
            guard let norm = maturityByNorm[item.norm], item.stage > norm.stage, !judgement.clearsStage else { continue }
            let factor = catalog.factor(item.factor)
            steps.append(RoadmapStep(
                normID: norm.normID, itemID: item.id, stage: item.stage, stageName: catalog.stageName(item.stage),
                evidenceLevel: item.evidenceLevel, text: item.text, guidance: item.guidance, judgement: judgement,
                blocksNextStage: item.stage == norm.nextStage, factor: factor?.name ?? item.factor,
                capacityBuilding: factor?.capacityBuilding ?? item.factor))
        }
        let normOrder = Dictionary(uniqueKeysWithValues: catalog.norms.enumerated().map { ($1.id, $0) })
        steps.sort {
            if $0.stage != $1.stage { return $0.stage < $1.stage }
            if $0.evidenceLevel != $1.evidenceLevel { return $0.evidenceLevel < $1.evidenceLevel }
            if $0.normID != $1.normID { return normOrder[$0.normID, default: 0] < normOrder[$1.normID, default: 0] }
            return $0.itemID.numericOrder.lexicographicallyPrecedes($1.itemID.numericOrder)
        }
        return Roadmap(catalogReference: catalog.reference, steps: steps)
    }
}

import Foundation
import NormsCore

/// The colour of each maturity stage, light to dark, with text colours that keep contrast ≥ 4.5:1.
public enum StagePalette {
    public static let fills = ["#f1f3f5", "#dbe9f6", "#a9cbe8", "#5b9bd1", "#2767a8", "#123f6e"]
    public static let texts = ["#343a40", "#1b2a38", "#12263a", "#0b1a29", "#ffffff", "#ffffff"]
    /// The fill for a cell with no visible assessment.
    public static let unknownFill = "#ffffff"

    public static func fill(_ stage: Int) -> String { fills[max(0, min(stage, fills.count - 1))] }
    public static func text(_ stage: Int) -> String { texts[max(0, min(stage, texts.count - 1))] }
}

/// One row of the regional heatmap: a state and its stage per norm (`nil`: nothing visible).
public struct HeatmapRow: Sendable {
    public var code: String
    public var name: String
    public var stages: [String: Int]
    public var link: String?

    public init(code: String, name: String, stages: [String: Int], link: String? = nil) {
        self.code = code
        self.name = name
        self.stages = stages
        self.link = link
    }
}

/// Server-rendered SVG charts: they show without JavaScript and go into reports unchanged.
public enum Charts {
    /// States × norms, the stage in every cell; an empty cell means no assessment is visible.
    public static func heatmap(rows: [HeatmapRow], norms: [Norm], catalog: Catalog) -> String {
        let cell = 40, labelWidth = 150, header = 34, legendHeight = 44
        // Wide enough for the legend's six entries even when a pillar narrows the columns.
        let width = max(labelWidth + cell * norms.count + 10, 6 * 118 + 20)
        let height = header + cell * rows.count + legendHeight
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart heatmap" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="heatmap-title heatmap-desc">
        <title id="heatmap-title">Maturity stage per state and norm</title>
        <desc id="heatmap-desc">Rows are states, columns are norms a to k; each cell gives the stage reached, 0 to 5. An empty cell means no published assessment is visible to you.</desc>
        """
        for (index, norm) in norms.enumerated() {
            let x = labelWidth + index * cell + cell / 2
            svg += ##"<text x="\##(x)" y="\##(header - 12)" text-anchor="middle" class="col-label">\##(norm.id.xmlEscaped)</text>"##
        }
        for (row, state) in rows.enumerated() {
            let y = header + row * cell
            let label = ##"<text x="\##(labelWidth - 8)" y="\##(y + cell / 2 + 5)" text-anchor="end" class="row-label">\##(state.name.xmlEscaped)</text>"##
            svg += state.link.map { ##"<a href="\##($0.xmlEscaped)">\##(label)</a>"## } ?? label
            for (column, norm) in norms.enumerated() {
                let x = labelWidth + column * cell
                let stage = state.stages[norm.id]
                let title = stage.map { "\(state.name), norm \(norm.id): stage \($0) (\(catalog.stageName($0)))" }
                    ?? "\(state.name), norm \(norm.id): no published assessment visible"
                svg += ##"<g><title>\##(title.xmlEscaped)</title><rect x="\##(x + 1)" y="\##(y + 1)" width="\##(cell - 2)" height="\##(cell - 2)" rx="3" fill="\##(stage.map(StagePalette.fill) ?? StagePalette.unknownFill)" stroke="#ced4da"/>"##
                if let stage {
                    svg += ##"<text x="\##(x + cell / 2)" y="\##(y + cell / 2 + 5)" text-anchor="middle" fill="\##(StagePalette.text(stage))" class="cell">\##(stage)</text>"##
                } else {
                    svg += ##"<text x="\##(x + cell / 2)" y="\##(y + cell / 2 + 5)" text-anchor="middle" fill="#6c757d" class="cell">–</text>"##
                }
                svg += "</g>"
            }
        }
        svg += legend(y: header + cell * rows.count + 14, catalog: catalog)
        return svg + "</svg>"
    }

    private static func legend(y: Int, catalog: Catalog) -> String {
        var svg = ""
        for level in 0...MaturityStage.highestLevel {
            let x = 10 + level * 118
            svg += ##"<rect x="\##(x)" y="\##(y)" width="16" height="16" fill="\##(StagePalette.fill(level))" stroke="#ced4da"/>"##
            svg += ##"<text x="\##(x + 22)" y="\##(y + 13)" class="legend">\##(level) \##(catalog.stageName(level).xmlEscaped)</text>"##
        }
        return svg
    }

    /// A radar chart of one state's score per norm (0 to 5), with the stage rings.
    public static func radar(scores: [(label: String, score: Double)], title: String) -> String {
        let size = 360.0, centre = size / 2, radius = 130.0
        let count = max(scores.count, 3)
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            let angle = Double(index) / Double(count) * 2 * Double.pi - Double.pi / 2
            let distance = radius * value / Double(MaturityStage.highestLevel)
            return (centre + distance * cos(angle), centre + distance * sin(angle))
        }
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart radar" viewBox="0 0 \(Int(size)) \(Int(size))" width="\(Int(size))" height="\(Int(size))" role="img" aria-labelledby="radar-title">
        <title id="radar-title">\(title.xmlEscaped)</title>
        """
        for ring in 1...MaturityStage.highestLevel {
            let points = (0..<count).map { point($0, Double(ring)) }.map { "\(fixed($0.0)),\(fixed($0.1))" }.joined(separator: " ")
            svg += ##"<polygon points="\##(points)" fill="none" stroke="#dee2e6"/>"##
        }
        for (index, entry) in scores.enumerated() {
            let (x, y) = point(index, Double(MaturityStage.highestLevel))
            let (lx, ly) = point(index, Double(MaturityStage.highestLevel) + 0.55)
            svg += ##"<line x1="\##(fixed(centre))" y1="\##(fixed(centre))" x2="\##(fixed(x))" y2="\##(fixed(y))" stroke="#dee2e6"/>"##
            svg += ##"<text x="\##(fixed(lx))" y="\##(fixed(ly + 4))" text-anchor="middle" class="axis-label">\##(entry.label.xmlEscaped)</text>"##
        }
        if !scores.isEmpty {
            let shape = scores.enumerated().map { point($0.offset, $0.element.score) }.map { "\(fixed($0.0)),\(fixed($0.1))" }.joined(separator: " ")
            svg += ##"<polygon points="\##(shape)" fill="rgba(39,103,168,0.25)" stroke="#2767a8" stroke-width="2"/>"##
            for (index, entry) in scores.enumerated() {
                let (x, y) = point(index, entry.score)
                svg += ##"<circle cx="\##(fixed(x))" cy="\##(fixed(y))" r="3.5" fill="#2767a8"><title>\##("Norm \(entry.label): \(fixed(entry.score, 2))".xmlEscaped)</title></circle>"##
            }
        }
        return svg + "</svg>"
    }
}

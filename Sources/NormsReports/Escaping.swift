extension String {
    /// The text escaped for XML and HTML content and attribute values.
    public var xmlEscaped: String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// Formats a number with a fixed count of decimals, independent of locale.
func fixed(_ value: Double, _ decimals: Int = 1) -> String {
    let factor = (0..<decimals).reduce(1.0) { acc, _ in acc * 10 }
    let rounded = (value * factor).rounded() / factor
    var text = String(rounded)
    if decimals == 0, text.hasSuffix(".0") { text.removeLast(2) }
    return text
}

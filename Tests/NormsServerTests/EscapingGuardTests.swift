import Foundation
import Testing

/// Plot writes attribute values verbatim, so every view must escape what it puts in `value` and
/// `href` unless the value is built from the site's own identifiers. This guard reads the views'
/// source and fails on any other dynamic value, so a new view cannot forget.
@Suite struct EscapingGuardTests {
    /// Values that never carry user or file data: literals, the site's own paths and identifiers.
    static let safe = [
        #"^"[^"\\]*"$"#,                    // a plain string literal
        #"^SiteURL\."#,                     // paths built by SiteURL from codes and ids
        #"\.attributeEscaped$"#,            // escaped on purpose
        #"^(csrfToken|Self\.today|role\.rawValue|thread\.state\.code)$"#,
    ]

    static func isSafe(_ argument: String) -> Bool {
        safe.contains { argument.range(of: $0, options: .regularExpression) != nil }
    }

    @Test func the_guard_rejects_unescaped_user_values() {
        #expect(!Self.isSafe("draft.title"))
        #expect(!Self.isSafe("evidence.sourceURL"))
        #expect(!Self.isSafe(#""\(evidence.title)""#))
        #expect(Self.isSafe("draft.title.attributeEscaped"))
    }

    @Test func every_dynamic_attribute_value_in_the_views_is_escaped() throws {
        let views = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NormsServer/Views")
        let files = try FileManager.default.contentsOfDirectory(at: views, includingPropertiesForKeys: nil).filter { $0.pathExtension == "swift" }
        #expect(files.count >= 8)
        var checked = 0
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: #"\.(value|href)\(((?:[^()]|\([^()]*\))*)\)"#)
            for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                let argument = String(source[Range(match.range(at: 2), in: source)!]).trimmingCharacters(in: .whitespaces)
                checked += 1
                #expect(Self.isSafe(argument), "\(file.lastPathComponent): .\(source[Range(match.range(at: 1), in: source)!])(\(argument)) is not escaped")
            }
        }
        #expect(checked > 40)
    }
}

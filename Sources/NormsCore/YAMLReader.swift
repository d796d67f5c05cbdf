import Foundation
import Yams

/// Reads a YAML document field by field, collecting every problem with its path and line.
///
/// Decoding through `Codable` stops at the first error and loses line numbers; a data file's
/// author wants all the problems at once, each where it is.
final class YAMLReader {
    let file: String
    private(set) var problems: [DataFileProblem] = []

    init(file: String) { self.file = file }

    /// Parses `text`; returns the root cursor, or `nil` after recording the syntax error.
    func root(of text: String) -> YAMLCursor? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                report(path: "", line: nil, "the file is empty")
                return nil
            }
            return YAMLCursor(reader: self, node: node, path: "", fallbackLine: 1)
        } catch let error as YamlError {
            report(path: "", line: error.line, "is not valid YAML: \(error.problem)")
        } catch {
            report(path: "", line: nil, "is not valid YAML: \(error)")
        }
        return nil
    }

    func report(path: String, line: Int?, _ reason: String) {
        problems.append(DataFileProblem(file: file, path: path, line: line, reason: reason))
    }

    /// The error for a document that yielded no value although no field reported a problem.
    func incomplete() -> DataFileError {
        DataFileError(problems: [DataFileProblem(file: file, path: "", line: nil, reason: "could not be read as a whole")])
    }

    /// Throws a `DataFileError` with everything reported so far, if anything was.
    func throwIfProblems() throws(DataFileError) {
        if !problems.isEmpty { throw DataFileError(problems: problems) }
    }
}

/// A position in a YAML document: the node there (if any) and the path that leads to it.
struct YAMLCursor {
    let reader: YAMLReader
    let node: Node?
    let path: String
    /// The line of the nearest enclosing node, for a field that is missing.
    let fallbackLine: Int?

    var line: Int? { node?.mark?.line ?? fallbackLine }
    var exists: Bool { node != nil }

    func report(_ reason: String) { reader.report(path: path, line: line, reason) }

    subscript(key: String) -> YAMLCursor {
        let child = node?.mapping?[key]
        return YAMLCursor(reader: reader, node: child, path: path.isEmpty ? key : "\(path).\(key)", fallbackLine: line)
    }

    /// Reports fields that the format does not know, which are usually typos.
    func allowOnly(_ keys: Set<String>) {
        guard let mapping = node?.mapping else { return }
        for (key, value) in mapping {
            guard let name = key.string, !keys.contains(name) else { continue }
            reader.report(
                path: path.isEmpty ? name : "\(path).\(name)", line: value.mark?.line ?? key.mark?.line,
                "unknown field '\(name)'; expected one of \(keys.sorted().joined(separator: ", "))")
        }
    }

    /// The elements of a required list; reports a missing or non-list node.
    func elements(required: Bool = true) -> [YAMLCursor] {
        guard let node else {
            if required { report("missing field") }
            return []
        }
        guard let sequence = node.sequence else {
            report("expected a list")
            return []
        }
        return sequence.enumerated().map { index, element in
            YAMLCursor(reader: reader, node: element, path: "\(path)[\(index)]", fallbackLine: line)
        }
    }

    /// A required, non-empty text.
    func string() -> String? {
        guard let node else {
            report("missing field")
            return nil
        }
        guard let scalar = node.scalar else {
            report("expected text")
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            report("must not be empty")
            return nil
        }
        return value
    }

    /// An optional text; `nil` when absent.
    func optionalString() -> String? { exists ? string() : nil }

    /// A required whole number within `range`.
    func int(in range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = string() else { return nil }
        guard let value = Int(text) else {
            report("'\(text)' is not a whole number")
            return nil
        }
        if let range, !range.contains(value) {
            report("\(value) is out of range; expected \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    func optionalInt(in range: ClosedRange<Int>? = nil) -> Int? { exists ? int(in: range) : nil }

    func bool() -> Bool? {
        guard let text = string() else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report("'\(text)' is not true or false")
            return nil
        }
    }

    /// A required date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as its source is.
    func date() -> String? {
        guard let text = string() else { return nil }
        guard text.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) != nil else {
            report("'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return text
    }

    /// A required value of a string enumeration, named in the error when unknown.
    func value<E: RawRepresentable & CaseIterable>(of type: E.Type) -> E? where E.RawValue == String {
        guard let text = string() else { return nil }
        guard let value = E(rawValue: text) else {
            report("unknown value '\(text)'; expected one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A required text that must be one of `allowed`.
    func string(oneOf allowed: [String], naming what: String) -> String? {
        guard let text = string() else { return nil }
        guard allowed.contains(text) else {
            let expected = allowed.isEmpty ? "none is defined" : "expected one of \(allowed.joined(separator: ", "))"
            report("unknown \(what) '\(text)'; \(expected)")
            return nil
        }
        return text
    }

    /// An optional list of texts.
    func strings(required: Bool = false) -> [String] {
        elements(required: required).compactMap { $0.string() }
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }

    var problem: String {
        switch self {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _), let .composer(context, problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        default: "\(self)"
        }
    }
}

/// Keeps the first place an id was seen, to report duplicates where they are.
struct UniqueIDs {
    private var seen: [String: String] = [:]

    mutating func check(_ id: String, at cursor: YAMLCursor) {
        if let first = seen[id] {
            cursor.report("duplicate id '\(id)'; first used at \(first)")
        } else {
            seen[id] = cursor.path
        }
    }
}

/// One problem in a data file: which file, where inside it, and why.
public struct DataFileProblem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The path inside the document, like `items[37].stage`; empty for the whole document.
    public var path: String
    /// The 1-based line the problem is on, where the parser knows it.
    public var line: Int?
    public var reason: String

    public init(file: String, path: String, line: Int?, reason: String) {
        self.file = file
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `file:line: path: reason`, the form compilers use, so editors can jump to it.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return path.isEmpty ? "\(location): \(reason)" : "\(location): \(path): \(reason)"
    }
}

/// A data file that could not be loaded, with every problem found in it.
public struct DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [DataFileProblem]

    public init(problems: [DataFileProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

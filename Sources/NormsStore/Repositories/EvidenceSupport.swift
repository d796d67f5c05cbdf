import Foundation
import NormsCore

/// Filters for an evidence search; `nil` means any.
public struct EvidenceQuery: Sendable, Hashable {
    public var text: String
    public var stateCode: String?
    public var status: ValidationStatus?
    public var kind: EvidenceKind?
    public var tlp: TLP?
    public var itemID: String?

    public init(text: String = "", stateCode: String? = nil, status: ValidationStatus? = nil, kind: EvidenceKind? = nil, tlp: TLP? = nil, itemID: String? = nil) {
        self.text = text
        self.stateCode = stateCode
        self.status = status
        self.kind = kind
        self.tlp = tlp
        self.itemID = itemID
    }
}

/// A focal point's decision on submitted evidence.
public enum ReviewDecision: Sendable, Hashable {
    case validate
    case reject(reason: String)
}

/// A document attached to evidence.
public struct EvidenceFile: Sendable, Hashable {
    public static let maximumSize = 10 * 1024 * 1024

    public var filename: String
    public var contentType: String
    public var content: Data

    public init(filename: String, contentType: String, content: Data) {
        self.filename = filename
        self.contentType = contentType
        self.content = content
    }

    public var sha256: String { Digests.sha256Hex(content) }

    /// What is shown about an attachment without loading it.
    public struct Summary: Sendable, Hashable {
        public var filename: String
        public var size: Int
        public var sha256: String
    }

    /// Checks that the upload is a PDF within the size limit; returns the reason when it is not.
    public static func problem(filename: String, content: Data) -> String? {
        if content.isEmpty { return "The attached file is empty." }
        if content.count > maximumSize { return "The PDF is \(content.count / 1_048_576) MB; attach one of at most \(maximumSize / 1_048_576) MB." }
        if !content.starts(with: Array("%PDF-".utf8)) { return "Only PDF files can be attached; '\(filename.prefix(60))' is not a PDF." }
        return nil
    }
}

/// A comment, as shown in a thread.
public struct Comment: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var authorName: String
    public var body: String
    public var createdAt: Date
}

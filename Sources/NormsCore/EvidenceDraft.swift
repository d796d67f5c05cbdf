import Foundation

/// What a contributor typed into the evidence form, before it is validated.
public struct EvidenceDraft: Sendable, Hashable, Codable {
    public var stateCode: String
    public var organisationID: String
    public var kind: String
    public var title: String
    public var issuer: String
    public var date: String
    public var sourceURL: String
    public var language: String
    public var tlp: String
    public var itemIDs: [String]
    /// True when a PDF is attached instead of (or beside) a source address.
    public var hasAttachment: Bool

    public init(stateCode: String = "", organisationID: String = "", kind: String = "", title: String = "", issuer: String = "",
                date: String = "", sourceURL: String = "", language: String = "en", tlp: String = TLP.amber.rawValue,
                itemIDs: [String] = [], hasAttachment: Bool = false) {
        self.stateCode = stateCode
        self.organisationID = organisationID
        self.kind = kind
        self.title = title
        self.issuer = issuer
        self.date = date
        self.sourceURL = sourceURL
        self.language = language
        self.tlp = tlp
        self.itemIDs = itemIDs
        self.hasAttachment = hasAttachment
    }
}

/// Problems with a draft, by form field, each a sentence the user can act on.
public struct FieldErrors: Sendable, Hashable, Error {
    public var messages: [String: String]

    public init(_ messages: [String: String] = [:]) { self.messages = messages }

    public var isEmpty: Bool { messages.isEmpty }
    public subscript(field: String) -> String? { messages[field] }
}

extension EvidenceDraft {
    public static let maximumTitleLength = 300
    public static let maximumTextLength = 200

    /// Validates the draft for a contributor; returns the evidence to store, or every field's problem.
    ///
    /// - Parameters:
    ///   - organisations: the organisations the contributor may submit through for this state.
    ///   - today: the date against which "in the future" is judged.
    public func validated(catalog: Catalog, states: Set<String>, organisations: [UUID], contributor: UUID, today: Date = Date()) -> Result<Evidence, FieldErrors> {
        var errors: [String: String] = [:]
        let state = stateCode.trimmingCharacters(in: .whitespaces).uppercased()
        if !states.contains(state) { errors["stateCode"] = "Choose a state you contribute for." }
        let organisation = UUID(uuidString: organisationID)
        if organisation == nil || !organisations.contains(organisation!) {
            errors["organisationID"] = "Choose one of your organisations."
        }
        let kind = EvidenceKind(rawValue: kind)
        if kind == nil { errors["kind"] = "Choose what kind of evidence this is." }
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty {
            errors["title"] = "Enter a title."
        } else if title.count > Self.maximumTitleLength {
            errors["title"] = "The title is \(title.count) characters long; keep it to \(Self.maximumTitleLength)."
        }
        let issuer = issuer.trimmingCharacters(in: .whitespacesAndNewlines)
        if issuer.isEmpty {
            errors["issuer"] = "Enter who issued the document (for example the ministry or agency)."
        } else if issuer.count > Self.maximumTextLength {
            errors["issuer"] = "Keep the issuer to \(Self.maximumTextLength) characters."
        }
        let date = date.trimmingCharacters(in: .whitespaces)
        if let parsed = Self.parseDate(date) {
            if parsed > today { errors["date"] = "The date \(date) is in the future; enter the date of the document." }
            else if parsed < Self.parseDate("1980-01-01")! { errors["date"] = "The date \(date) is before 1980; check the year." }
        } else {
            errors["date"] = date.isEmpty ? "Enter the date of the document." : "'\(date.prefix(20))' is not a date; write it as YYYY-MM-DD."
        }
        let url = sourceURL.trimmingCharacters(in: .whitespaces)
        if !url.isEmpty {
            let components = URLComponents(string: url)
            if components?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true || components?.host?.isEmpty != false {
                errors["sourceURL"] = "Enter a full web address starting with https:// (or http://)."
            }
        } else if !hasAttachment {
            errors["sourceURL"] = "Give a source address or attach the document as a PDF."
        }
        let language = language.trimmingCharacters(in: .whitespaces).lowercased()
        if language.range(of: "^[a-z]{2}$", options: .regularExpression) == nil {
            errors["language"] = "Enter a two-letter language code, for example en, ms or th."
        }
        let level = TLP(parsing: tlp)
        if level == nil { errors["tlp"] = "Choose a sharing level." }
        let known = Set(catalog.items.map(\.id))
        let unknown = itemIDs.filter { !known.contains($0) }
        if itemIDs.isEmpty {
            errors["itemIDs"] = "Link at least one checklist item this evidence supports."
        } else if !unknown.isEmpty {
            errors["itemIDs"] = "Unknown checklist items: \(unknown.prefix(5).joined(separator: ", "))."
        }
        guard errors.isEmpty, let organisation, let kind, let level else { return .failure(FieldErrors(errors)) }
        return .success(Evidence(
            stateCode: state, organisationID: organisation, contributorID: contributor, kind: kind, title: title, issuer: issuer,
            date: date, sourceURL: url.isEmpty ? nil : url, language: language,
            sharing: SharingScope(tlp: level, owningState: state, owningOrganisation: organisation, namedRecipients: [contributor]),
            status: .submitted, itemIDs: Array(Set(itemIDs)).sorted()))
    }

    /// Parses `YYYY-MM-DD` strictly (no rollover of 2025-02-30).
    public static func parseDate(_ text: String) -> Date? {
        guard text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}

/// The judgements that the evidence on record supports: an item with validated evidence is met.
///
/// This is the live figure between formal assessments: validating evidence moves it at once.
/// Pass only the evidence the viewer may see, so the figure uses nothing else.
public enum EvidenceOnRecord {
    public static func judgements(from evidence: [Evidence]) -> [String: Judgement] {
        var judgements: [String: Judgement] = [:]
        for record in evidence where record.status == .validated {
            for item in record.itemIDs { judgements[item] = .met }
        }
        return judgements
    }
}

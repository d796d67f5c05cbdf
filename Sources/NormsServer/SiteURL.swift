import Vapor

/// Every route of the site, so paths in routes and links in pages come from one place.
enum SiteURL {
    case home
    case state(String)
    case norm(String)
    case stylesheet
    case health
    case apiNorms
    case apiStates
    case apiState(String)
    case apiMaturity(String)
    case signIn
    case signOut
    case password
    case invitation(String)
    case evidenceList
    case newEvidence
    case evidence(String)
    case evidenceReview(String)
    case evidenceComments(String)
    case evidenceFile(String)
    case mySubmissions
    case admin
    case adminInvitations
    case adminOrganisations
    case adminRoles
    case apiEvidenceList
    case stateAssessments(String)
    case item(String)
    case itemComments(String)
    case assessment(String)
    case assessmentJudgements(String)
    case assessmentStatus(String)
    case apiEvidence(String)

    var path: String { "/" + components.joined(separator: "/") }

    var pathComponents: [PathComponent] { components.map { PathComponent(stringLiteral: $0) } }

    private var components: [String] {
        switch self {
        case .home: []
        case .state(let code): ["states", code]
        case .norm(let id): ["norms", id]
        case .stylesheet: ["assets", "site.css"]
        case .health: ["healthz"]
        case .apiNorms: ["api", "v1", "norms"]
        case .apiStates: ["api", "v1", "states"]
        case .apiState(let code): ["api", "v1", "states", code]
        case .apiMaturity(let code): ["api", "v1", "states", code, "maturity"]
        case .signIn: ["signin"]
        case .signOut: ["signout"]
        case .password: ["account", "password"]
        case .invitation(let token): ["invitations", token]
        case .evidenceList: ["evidence"]
        case .newEvidence: ["evidence", "new"]
        case .evidence(let id): ["evidence", id]
        case .evidenceReview(let id): ["evidence", id, "review"]
        case .evidenceComments(let id): ["evidence", id, "comments"]
        case .evidenceFile(let id): ["evidence", id, "file"]
        case .mySubmissions: ["my", "submissions"]
        case .admin: ["admin"]
        case .adminInvitations: ["admin", "invitations"]
        case .adminOrganisations: ["admin", "organisations"]
        case .adminRoles: ["admin", "roles"]
        case .apiEvidenceList: ["api", "v1", "evidence"]
        case .stateAssessments(let code): ["states", code, "assessments"]
        case .item(let id): ["items", id]
        case .itemComments(let id): ["items", id, "comments"]
        case .assessment(let id): ["assessments", id]
        case .assessmentJudgements(let id): ["assessments", id, "judgements"]
        case .assessmentStatus(let id): ["assessments", id, "status"]
        case .apiEvidence(let id): ["api", "v1", "evidence", id]
        }
    }
}

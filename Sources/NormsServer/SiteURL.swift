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
        }
    }
}

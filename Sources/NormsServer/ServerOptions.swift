import Foundation
import NormsCore
import NormsStore

/// How the application is set up: where its data lives, which catalog it uses, whether to add demo data.
public struct ServerOptions: Sendable {
    public var location: StoreLocation
    /// A catalog file to load instead of the bundled one.
    public var catalogFile: URL?
    /// Load the demonstration data set (only ever on request).
    public var loadDemo: Bool

    public init(location: StoreLocation, catalogFile: URL? = nil, loadDemo: Bool = false) {
        self.location = location
        self.catalogFile = catalogFile
        self.loadDemo = loadDemo
    }
}

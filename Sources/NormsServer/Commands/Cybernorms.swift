import ArgumentParser
import Foundation
import Logging
import NormsCore
import NormsReports
import NormsStore
import Vapor

/// The `cybernorms` command line: one executable, with subcommands.
public struct Cybernorms: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cybernorms",
        abstract: "Turn the 11 UN norms of responsible state behaviour in cyberspace into measurable practice.",
        discussion: """
        Start here: `cybernorms serve` runs the web application on http://127.0.0.1:8080 with an embedded \
        SQLite database (./cybernorms.sqlite), loading the norms catalog and the ASEAN reference data on \
        first start. Add --demo to load a clearly marked demonstration data set.

        Set DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/DATABASE to use PostgreSQL instead.
        """,
        subcommands: [Serve.self, UserCommand.self, CatalogCommand.self, Report.self, Audit.self, Demo.self, Bench.self]
    )

    public init() {}
}

/// Options every command that opens the database shares.
struct DatabaseOptions: ParsableArguments {
    @ArgumentParser.Option(name: .customLong("database-url"), help: ArgumentHelp(
        "A PostgreSQL address (postgres://USER:PASSWORD@HOST:PORT/DATABASE) or sqlite:PATH. Defaults to $DATABASE_URL, else the SQLite file.",
        valueName: "url"))
    var databaseURL: String?

    @ArgumentParser.Option(name: .customLong("sqlite"), help: ArgumentHelp("The SQLite file used when no database URL is set.", valueName: "path"))
    var sqlitePath: String = StoreLocation.defaultSQLitePath

    func location() throws -> StoreLocation {
        do {
            return try StoreLocation.from(databaseURL: databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"], sqlitePath: sqlitePath)
        } catch {
            throw CommandFailure(error.reason)
        }
    }
}

/// A command that cannot do what was asked, with the reason in one line (exit code 1).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Boots the application without serving, runs `body`, and shuts down, also on failure.
func withConfiguredApp<T: Sendable>(_ options: ServerOptions, arguments: [String] = ["cybernorms"], logLevel: Logger.Level = .warning,
                                    _ body: (Application) async throws -> T) async throws -> T {
    var environment = try Environment.detect(arguments: ["cybernorms"])
    environment.arguments = arguments
    try LoggingBootstrap.once(environment: &environment, defaultLevel: logLevel)
    let app = try await Application.make(environment)
    do {
        try await configure(app, options: options)
        let result = try await body(app)
        try await app.asyncShutdown()
        return result
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// Bootstraps logging once per process, quiet by default for one-shot commands.
enum LoggingBootstrap {
    nonisolated(unsafe) private static var done = false
    private static let lock = NSLock()

    static func once(environment: inout Environment, defaultLevel: Logger.Level = .warning) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? defaultLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the web application and JSON API.",
        discussion: "Migrates the database and loads the catalog and reference data on first start; a second start changes nothing.")

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The address to listen on. Defaults to $HOST, else 127.0.0.1.", valueName: "host"))
    var hostname: String?

    @ArgumentParser.Option(name: .shortAndLong, help: ArgumentHelp("The port to listen on. Defaults to $PORT, else 8080.", valueName: "port"))
    var port: Int?

    @ArgumentParser.Flag(help: "Load the demonstration data set (marked [DEMO] everywhere) and print the demo accounts.")
    var demo = false

    @ArgumentParser.Option(help: ArgumentHelp("Load this catalog file instead of the bundled UN norms catalog.", valueName: "file"))
    var catalog: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let port, !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535; got \(port).") }
        if let catalog, !FileManager.default.fileExists(atPath: catalog) { throw ValidationError("--catalog: no file at \(catalog).") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let host = hostname ?? environment["HOST"] ?? "127.0.0.1"
        guard let port = port ?? Int(environment["PORT"] ?? "8080") else { throw ValidationError("$PORT is not a number.") }
        let options = ServerOptions(location: try database.location(), catalogFile: catalog.map(URL.init(fileURLWithPath:)), loadDemo: demo)
        try await withConfiguredApp(options, arguments: ["cybernorms", "serve", "--hostname", host, "--port", String(port)], logLevel: .info) { app in
            app.logger.notice("Using \(options.location).")
            if app.demoMode {
                var lines = ["Demo data set loaded: every demo record is marked [DEMO]. Demo accounts (password: \(DemoAccounts.password)):"]
                for account in app.demoAccounts {
                    lines.append("  \(account.email.padding(toLength: 42, withPad: " ", startingAt: 0)) \(account.role)\(account.organisation.map { ", \($0)" } ?? "")")
                }
                // Written unbuffered, so the accounts show at once even when output goes to a file.
                FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
            try await app.execute()
        }
    }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage accounts from the command line.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account and print a one-time link to set its password.",
            discussion: "Use it once to bootstrap the first administrator: `cybernorms user create --email you@agency.gov --name \"Your Name\" --administrator`. The link expires in 7 days; further accounts are invited from the Administration page.")

        @ArgumentParser.Option(help: "The person's email address; it is their sign-in name.")
        var email: String

        @ArgumentParser.Option(help: "The person's name as pages show it.")
        var name: String

        @ArgumentParser.Flag(help: "Make the account an administrator (manages accounts; sees no extra information).")
        var administrator = false

        @ArgumentParser.Option(help: ArgumentHelp("The address the server is reached at, for the link.", valueName: "url"))
        var publicURL: String = ProcessInfo.processInfo.environment["PUBLIC_URL"] ?? "http://127.0.0.1:8080"

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard EmailAddress.isValid(email) else {
                throw ValidationError("--email '\(email)' is not an email address.")
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name must not be empty.") }
        }

        func run() async throws {
            let options = ServerOptions(location: try database.location())
            let (email, name, administrator) = (self.email, self.name, self.administrator)
            let token = try await withConfiguredApp(options) { app in
                let store = NormsStore(database: app.db)
                do {
                    return try await store.write(actor: "cli:user-create") { transaction in
                        let account = try await store.users.create(email: email, displayName: name, passwordHash: nil, isAdministrator: administrator, in: transaction)
                        return try await store.users.invite(userID: account.id, validFor: AdminController.invitationLifetime, in: transaction)
                    }
                } catch StoreError.conflict(let reason) {
                    throw CommandFailure(reason)
                }
            }
            let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
            print("Account created for \(SignInPolicy.key(for: email))\(administrator ? " (administrator)" : "").")
            print("Send this one-time link to set the password (valid 7 days, shown only now):")
            print("  \(base)\(SiteURL.invitation(token).path)")
        }
    }
}

struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Work with catalog files.", subcommands: [Validate.self])

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a catalog file; print every problem with its line and path, and exit non-zero if there is any.")

        @ArgumentParser.Argument(help: ArgumentHelp("The catalog YAML file.", valueName: "file"))
        var file: String

        func run() async throws {
            guard FileManager.default.fileExists(atPath: file) else { throw CommandFailure("No file at \(file).") }
            do {
                let catalog = try CatalogLoader.load(contentsOf: URL(fileURLWithPath: file))
                let core = catalog.items.filter(\.core).count
                print("\(file): valid. \(catalog.reference): \(catalog.norms.count) norms, \(catalog.items.count) items (\(core) core), \(catalog.stages.count) stages.")
            } catch let error as DataFileError {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                FileHandle.standardError.write(Data("\(file): invalid (\(error.problems.count) problem\(error.problems.count == 1 ? "" : "s")).\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a state's maturity, the reasons for it, and its roadmap.",
        discussion: "The report shows what the public may see (TLP:CLEAR), as the website does for a visitor.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @ArgumentParser.Option(help: ArgumentHelp("The state's ISO 3166-1 alpha-3 code, for example MYS.", valueName: "code"))
    var state: String

    @ArgumentParser.Option(help: "markdown or json.")
    var format: Format = .markdown

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let options = ServerOptions(location: try database.location())
        let code = state
        let format = self.format
        let output = try await withConfiguredApp(options) { app in
            let store = NormsStore(database: app.db)
            guard let profile = try await store.reference.state(code: code) else {
                throw CommandFailure(try await StateLookup.unknownStateMessage(code, in: store))
            }
            let maturity = try await store.maturity.maturity(ofState: profile.code, catalog: app.catalog, visibleTo: .anonymous)
            let reference = maturity.assessment.map {
                StateReport.AssessmentReference(kind: $0.kind, assessor: $0.assessorName, asOf: $0.asOf, tlp: $0.tlp)
            }
            let report = StateReport(state: profile, catalog: app.catalog, assessment: reference, isDemo: maturity.assessment?.isDemo ?? false,
                                     result: maturity.result, roadmap: maturity.roadmap, audience: "the public (TLP:CLEAR)")
            return format == .json ? try report.json() : report.markdown()
        }
        print(output)
    }
}

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the hash chain of the audit log; report the first tampered entry and exit non-zero if there is one.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let options = ServerOptions(location: try database.location())
            let verification = try await withConfiguredApp(options) { app in try await NormsStore(database: app.db).audit.verify() }
            if verification.isIntact {
                print("Audit log intact: \(verification.entryCount) entries, chain verified.")
            } else {
                FileHandle.standardError.write(Data("Audit log tampered: first bad entry is \(verification.firstTamperedSeq!): \(verification.reason ?? "").\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demonstration data set into the database (never done silently).",
        discussion: "Every demo record is marked [DEMO]. Use it on a database meant for trying the platform, not on a real one.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let options = ServerOptions(location: try database.location(), loadDemo: true)
        let loaded = try await withConfiguredApp(options) { app in app.demoMode }
        print(loaded ? "Demo data set present in \(options.location)." : "Demo data set could not be loaded.")
    }
}

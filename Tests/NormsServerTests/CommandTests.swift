import ArgumentParser
import Foundation
import NormsCore
import Testing
@testable import NormsServer

@Suite struct CommandTests {
    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cn-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func catalog_validate_accepts_the_bundled_catalog() async throws {
        let url = try #require(bundledCatalogURL())
        let command = try CatalogCommand.Validate.parse([url.path])
        try await command.run()
    }

    @Test func catalog_validate_exits_non_zero_on_an_invalid_file() async throws {
        let path = try Self.temporaryFile("id: x\nversion: \"1\"\nitems: [{ id: a.1.1 }]\n")
        let command = try CatalogCommand.Validate.parse([path])
        await #expect(throws: ExitCode(1)) { try await command.run() }
    }

    @Test func a_missing_file_is_one_clear_line() async throws {
        let command = try CatalogCommand.Validate.parse(["/nonexistent/catalog.yaml"])
        do { try await command.run(); Issue.record("ran") } catch {
            #expect("\(error)" == "No file at /nonexistent/catalog.yaml.")
        }
    }

    @Test func bad_flags_and_values_are_rejected_with_a_reason() {
        #expect(throws: (any Error).self) { try Cybernorms.parseAsRoot(["serve", "--port", "99999"]) }
        #expect(throws: (any Error).self) { try Cybernorms.parseAsRoot(["report", "--state", "MYS", "--format", "pdf"]) }
        #expect(throws: (any Error).self) { try Cybernorms.parseAsRoot(["serve", "--no-such-flag"]) }
        #expect(Cybernorms.helpMessage().contains("cybernorms serve"))
        #expect(Cybernorms.helpMessage(for: Report.self).contains("--state"))
    }

    @Test func report_prints_markdown_and_json_for_a_state() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cn-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sqlite = directory.appendingPathComponent("db.sqlite").path
        let demo = try Demo.parse(["--sqlite", sqlite])
        try await demo.run()
        let markdown = try Report.parse(["--state", "MYS", "--sqlite", sqlite])
        try await markdown.run()
        let unknown = try Report.parse(["--state", "XYZ", "--sqlite", sqlite])
        do { try await unknown.run(); Issue.record("ran") } catch {
            #expect("\(error)".hasPrefix("No state with code 'XYZ'. Use an ISO 3166-1 alpha-3 code: BRN"))
        }
        let audit = try Audit.Verify.parse(["--sqlite", sqlite])
        try await audit.run()
        let create = try UserCommand.Create.parse(["--email", "First.Admin@Agency.example", "--name", "First Admin", "--administrator", "--sqlite", sqlite])
        try await create.run()
        let again = try UserCommand.Create.parse(["--email", "first.admin@agency.example", "--name", "Again", "--sqlite", sqlite])
        do { try await again.run(); Issue.record("created twice") } catch {
            #expect("\(error)" == "An account with this email address already exists.")
        }
        #expect(throws: (any Error).self) { try UserCommand.Create.parse(["--email", "nobody", "--name", "X"]) }
    }

    private func bundledCatalogURL() -> URL? {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NormsCore/Resources/catalogs/un-norms-2015.yaml")
    }
}

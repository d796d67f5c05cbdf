import ArgumentParser
import Foundation
import NormsCore
import NormsReports
import NormsStore
import Vapor

/// Measures the hot paths and prints figures; it asserts nothing (tests do that).
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the maturity engine, the regional query and page rendering; print the figures.",
        discussion: "Runs on a temporary SQLite file with the demo data set; touches no other database.")

    @ArgumentParser.Option(help: "How many times to repeat each measurement.")
    var iterations: Int = 200

    func validate() throws {
        guard (1...100_000).contains(iterations) else { throw ValidationError("--iterations must be between 1 and 100000.") }
    }

    func run() async throws {
        var environment = Environment(name: "bench", arguments: ["cybernorms"])
        try LoggingBootstrap.once(environment: &environment)
        let catalog = try CatalogLoader.loadBundled()
        let reference = try ReferenceDataLoader.loadBundled()
        let demo = DemoData.generate(catalog: catalog, states: reference.states)
        let judgements = demo.assessments[0].judgementsByItem

        print("cybernorms bench: \(iterations) iterations, catalog \(catalog.reference) (\(catalog.items.count) items)")
        report("catalog load and validation", try measure { _ = try CatalogLoader.loadBundled() })
        report("maturity of one state (11 norms)", try measure { _ = MaturityEngine.evaluate(catalog: catalog, judgements: judgements) })
        report("maturity + roadmap, 193 states", try measure {
            for _ in 0..<193 {
                let result = MaturityEngine.evaluate(catalog: catalog, judgements: judgements)
                _ = Roadmap.plan(catalog: catalog, judgements: judgements, result: result)
            }
        })

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cybernorms-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let runtime = try await StoreRuntime.start(location: .sqliteFile(path: directory.appendingPathComponent("bench.sqlite").path))
        do {
            let seeder = Seeder(store: runtime.store)
            try await seeder.load(catalog: catalog)
            try await seeder.load(reference: reference)
            try await seeder.load(demo: demo)
            let rounds = max(1, iterations / 10)
            report("regional maturity query (SQLite, public viewer)", try await measureAsync(rounds) {
                _ = try await runtime.store.maturity.regional(catalog: catalog, visibleTo: .anonymous)
            })
            let regional = try await runtime.store.maturity.regional(catalog: catalog, visibleTo: .anonymous)
            let rows = reference.states.map { state in
                HeatmapRow(code: state.code, name: state.name,
                           stages: Dictionary(uniqueKeysWithValues: (regional[state.code]?.result?.norms ?? []).map { ($0.normID, $0.stage) }))
            }
            report("heatmap SVG, 11 states", try measure { _ = Charts.heatmap(rows: rows, norms: catalog.norms, catalog: catalog) })
            report("audit chain verification", try await measureAsync(rounds) { _ = try await runtime.store.audit.verify() })
        } catch {
            await runtime.shutdown()
            throw error
        }
        await runtime.shutdown()
    }

    private func measure(_ body: () throws -> Void) throws -> [Double] {
        try (0..<iterations).map { _ in
            let start = ContinuousClock.now
            try body()
            return (ContinuousClock.now - start).milliseconds
        }
    }

    private func measureAsync(_ rounds: Int, _ body: () async throws -> Void) async throws -> [Double] {
        var samples: [Double] = []
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            try await body()
            samples.append((ContinuousClock.now - start).milliseconds)
        }
        return samples
    }

    private func report(_ name: String, _ samples: [Double]) {
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2]
        let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
        let label = name.padding(toLength: 50, withPad: " ", startingAt: 0)
        print("  \(label) median \(String(format: "%9.3f", median)) ms   p95 \(String(format: "%9.3f", p95)) ms   (n=\(sorted.count))")
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}

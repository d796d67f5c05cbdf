import FluentKit
import Foundation
import NormsCore
import NormsStore
import NormsTestSupport
import SQLKit
import Testing

/// Loaded once: the bundled catalog, reference data and demo data.
enum Bundled {
    static let catalog = try! CatalogLoader.loadBundled()
    static let reference = try! ReferenceDataLoader.loadBundled()
    static let demo = DemoData.generate(catalog: catalog, states: reference.states)

    static func seed(_ store: NormsStore, demo withDemo: Bool = true) async throws {
        let seeder = Seeder(store: store)
        try await seeder.load(catalog: catalog)
        try await seeder.load(reference: reference)
        if withDemo { try await seeder.load(demo: demo) }
    }
}

@Suite struct SeedingTests {
    @Test(arguments: TestBackend.available)
    func reference_data_loads_once_and_a_second_start_changes_nothing(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            // setup
            let store = runtime.store
            let seeder = Seeder(store: store)
            // MUT
            let firstCatalog = try await seeder.load(catalog: Bundled.catalog)
            let firstReference = try await seeder.load(reference: Bundled.reference)
            let entries = try await store.audit.verify().entryCount
            let secondCatalog = try await seeder.load(catalog: Bundled.catalog)
            let secondReference = try await seeder.load(reference: Bundled.reference)
            // validate
            #expect(firstCatalog && firstReference)
            #expect(!secondCatalog && !secondReference)
            #expect(try await store.audit.verify().entryCount == entries)
            let states = try await store.reference.states()
            #expect(states.count == 11)
            #expect(states.reduce(0) { $0 + $1.facts.count } + (try await store.reference.regionalBodies().count) == Bundled.reference.factCount)
            #expect(try await store.catalogs.active() == Bundled.catalog)
            #expect(try await store.reference.state(code: "mys")?.facts == Bundled.reference.state("MYS")?.facts)
        }
    }

    @Test(arguments: TestBackend.available)
    func a_changed_reference_file_replaces_its_facts_and_keeps_the_audit_trail(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store, demo: false)
            var changed = Bundled.reference
            changed.states[0].facts.removeLast()
            #expect(try await Seeder(store: store).load(reference: changed))
            #expect(try await store.reference.state(code: changed.states[0].code)?.facts.count == changed.states[0].facts.count)
            let history = try await store.audit.history(entity: "dataset", id: changed.id)
            #expect(history.map(\.action) == ["reference.load", "reference.reload"])
            #expect(history[1].before != nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func demo_data_loads_only_on_request_and_once(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store, demo: false)
            #expect(try await !Seeder(store: store).demoIsLoaded())
            #expect(try await Seeder(store: store).load(demo: Bundled.demo))
            #expect(try await !Seeder(store: store).load(demo: Bundled.demo))
            #expect(try await store.organisations.all().count == Bundled.demo.organisations.count)
        }
    }
}

@Suite struct SharingInStoreTests {
    static func member(of state: String, organisation: UUID = UUID()) -> Viewer {
        Viewer(userID: UUID(), memberships: [Membership(organisationID: organisation, stateCode: state, roles: [.contributor])])
    }

    @Test(arguments: TestBackend.available)
    func evidence_reads_return_only_what_each_viewer_may_see(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            // setup
            let store = runtime.store
            try await Bundled.seed(store)
            let all = Bundled.demo.evidence.filter { $0.stateCode == "MYS" }
            let strictOwner = all.first { $0.sharing.tlp == .amberStrict }!.organisationID!
            let cases: [(String, Viewer, Set<TLP>)] = [
                ("public", .anonymous, [.clear]),
                ("member of another state", Self.member(of: "SGP"), [.clear, .green]),
                ("member of the state", Self.member(of: "MYS"), [.clear, .green, .amber]),
                ("member of the owning organisation", Self.member(of: "MYS", organisation: strictOwner), [.clear, .green, .amber, .amberStrict]),
            ]
            for (name, viewer, levels) in cases {
                // MUT
                let seen = try await store.evidence.evidence(ofState: "MYS", visibleTo: viewer)
                // validate
                let expected = all.filter { levels.contains($0.sharing.tlp) && ($0.sharing.tlp != .amberStrict || $0.organisationID == strictOwner) }
                #expect(Set(seen.map(\.id)) == Set(expected.map(\.id)), "\(name)")
                #expect(!seen.contains { $0.sharing.tlp == .red }, "\(name) saw RED")
                let byID = try await store.evidence.evidence(ids: all.map(\.id), visibleTo: viewer)
                #expect(Set(byID.map(\.id)) == Set(expected.map(\.id)), "\(name) by id")
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func red_evidence_reaches_named_recipients_only(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store, demo: false)
            let recipient = UUID()
            let evidence = Evidence(stateCode: "MYS", kind: .report, title: "Incident debrief", issuer: "MyCERT", date: "2025-03-01",
                                    sharing: SharingScope(tlp: .red, owningState: "MYS", namedRecipients: [recipient]))
            try await store.write(actor: "test") { try await store.evidence.add(evidence, in: $0) }
            #expect(try await store.evidence.evidence(ofState: "MYS", visibleTo: Viewer(userID: recipient)).map(\.id) == [evidence.id])
            #expect(try await store.evidence.evidence(ofState: "MYS", visibleTo: Self.member(of: "MYS")).isEmpty)
        }
    }

    /// A figure computed for a viewer uses only what the viewer may see: the demo marks norm f's
    /// judgements AMBER, so the public's figure for f comes from no judgement at all.
    @Test(arguments: TestBackend.available)
    func maturity_for_a_viewer_is_computed_only_from_visible_judgements(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store)
            let publicView = try await store.maturity.maturity(ofState: "MYS", catalog: Bundled.catalog, visibleTo: .anonymous)
            let memberView = try await store.maturity.maturity(ofState: "MYS", catalog: Bundled.catalog, visibleTo: Self.member(of: "MYS"))
            let assessment = Bundled.demo.assessments.first { $0.stateCode == "MYS" }!
            let expectedPublic = MaturityEngine.evaluate(
                catalog: Bundled.catalog,
                judgements: assessment.judgementsByItem.filter { !$0.key.hasPrefix("f.") })
            let expectedMember = MaturityEngine.evaluate(catalog: Bundled.catalog, judgements: assessment.judgementsByItem)
            #expect(publicView.result == expectedPublic)
            #expect(memberView.result == expectedMember)
            #expect(publicView.result?.norm("f")?.stage == 0)
            #expect(publicView.result?.norm("f")?.judgedItemCount == 0)
            #expect(publicView.assessment?.isDemo == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func an_amber_assessment_is_invisible_to_the_public(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store, demo: false)
            let assessment = Assessment(
                stateCode: "SGP", kind: .selfAssessment, assessorName: "Agency", catalogReference: Bundled.catalog.reference,
                asOf: "2025-06-01", status: .published, sharing: SharingScope(tlp: .amber, owningState: "SGP"),
                judgements: [ItemJudgement(itemID: "a.1.1", judgement: .met)])
            try await store.write(actor: "test") { try await store.assessments.add(assessment, in: $0) }
            let publicView = try await store.maturity.maturity(ofState: "SGP", catalog: Bundled.catalog, visibleTo: .anonymous)
            #expect(publicView.assessment == nil && publicView.result == nil)
            let regional = try await store.maturity.regional(catalog: Bundled.catalog, visibleTo: .anonymous)
            #expect(regional["SGP"]?.result == nil)
            #expect(try await store.assessments.assessments(ofState: "SGP", visibleTo: Self.member(of: "SGP")).count == 1)
        }
    }
}

@Suite struct AuditLogTests {
    @Test(arguments: TestBackend.available)
    func every_write_is_chained_and_verifies(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store)
            let verification = try await store.audit.verify(batchSize: 7)
            #expect(verification.isIntact)
            // catalog + reference + organisations + evidence + assessments
            let expected = 2 + Bundled.demo.organisations.count + Bundled.demo.evidence.count + Bundled.demo.assessments.count
            #expect(verification.entryCount == expected)
        }
    }

    @Test(arguments: TestBackend.available)
    func a_changed_entry_is_reported_as_the_first_tampered(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store)
            let sql = runtime.database as! any SQLDatabase
            try await sql.raw("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5").run()
            let verification = try await store.audit.verify()
            #expect(verification.firstTamperedSeq == 5)
            #expect(verification.reason?.contains("changed") == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func a_removed_entry_breaks_the_chain(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store)
            let sql = runtime.database as! any SQLDatabase
            try await sql.raw("DELETE FROM audit_log WHERE seq = 3").run()
            #expect(try await store.audit.verify().firstTamperedSeq == 3)
        }
    }

    /// A write that fails part-way leaves neither the change nor its audit entry behind.
    @Test(arguments: TestBackend.available)
    func a_failed_write_changes_nothing(backend: TestBackend) async throws {
        try await withStore(backend) { runtime in
            let store = runtime.store
            try await Bundled.seed(store, demo: false)
            let before = try await store.audit.verify().entryCount
            let evidence = Evidence(stateCode: "MYS", kind: .law, title: "Cyber Security Act", issuer: "Parliament", date: "2024-01-01",
                                    sharing: SharingScope(tlp: .clear, owningState: "MYS"))
            struct Interrupted: Error {}
            await #expect(throws: Interrupted.self) {
                try await store.write(actor: "test") { transaction in
                    try await store.evidence.add(evidence, in: transaction)
                    throw Interrupted()
                }
            }
            #expect(try await store.evidence.evidence(ofState: "MYS", visibleTo: .anonymous).isEmpty)
            #expect(try await store.audit.verify().entryCount == before)
        }
    }
}

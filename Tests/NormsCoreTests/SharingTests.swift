import Foundation
import Testing
@testable import NormsCore

@Suite struct SharingPolicyTests {
    static let ownState = "MYS"
    static let ownOrganisation = UUID()
    static let otherOrganisationSameState = UUID()
    static let partnerOrganisation = UUID()
    static let author = UUID()

    static let viewers: [String: Viewer] = [
        "public": .anonymous,
        "member of another state": Viewer(userID: UUID(), memberships: [Membership(organisationID: UUID(), stateCode: "SGP", roles: [.focalPoint])]),
        "regional coordinator": Viewer(userID: UUID(), memberships: [Membership(organisationID: UUID(), stateCode: nil, roles: [.regionalCoordinator])]),
        "member of the owning state": Viewer(userID: UUID(), memberships: [Membership(organisationID: otherOrganisationSameState, stateCode: ownState, roles: [.contributor])]),
        "member of the owning organisation": Viewer(userID: UUID(), memberships: [Membership(organisationID: ownOrganisation, stateCode: ownState, roles: [.focalPoint])]),
        "member of a partner organisation": Viewer(userID: UUID(), memberships: [Membership(organisationID: partnerOrganisation, stateCode: "THA", roles: [.assessor])]),
        "named recipient": Viewer(userID: author),
        "administrator": Viewer(userID: UUID(), isAdministrator: true),
    ]

    /// Who may see what: the rule of DESIGN.md, row by row.
    static let expected: [TLP: Set<String>] = [
        .clear: Set(viewers.keys),
        .green: Set(viewers.keys).subtracting(["public"]),
        .amber: ["member of the owning state", "member of the owning organisation", "member of a partner organisation", "named recipient"],
        .amberStrict: ["member of the owning organisation", "named recipient"],
        .red: ["named recipient"],
    ]

    @Test(arguments: TLP.allCases)
    func each_level_reaches_exactly_its_audience(level: TLP) {
        let scope = SharingScope(tlp: level, owningState: Self.ownState, owningOrganisation: Self.ownOrganisation,
                                 sharedWithOrganisations: [Self.partnerOrganisation], namedRecipients: [Self.author])
        let allowed = Set(Self.viewers.filter { $0.value.maySee(scope) }.map(\.key))
        #expect(allowed == Self.expected[level])
    }

    @Test func amber_shared_with_a_state_reaches_its_members() {
        let scope = SharingScope(tlp: .amber, owningState: "MYS", sharedWithStates: ["SGP"])
        #expect(Self.viewers["member of another state"]!.maySee(scope))
        #expect(!Self.viewers["member of a partner organisation"]!.maySee(scope))
    }

    @Test func levels_order_from_open_to_restricted() {
        #expect(TLP.allCases.sorted() == [.clear, .green, .amber, .amberStrict, .red])
        #expect(SharingScope(tlp: .green).restricted(to: .amber).tlp == .amber)
        #expect(SharingScope(tlp: .red).restricted(to: .clear).tlp == .red)
        #expect(TLP(parsing: "tlp:amber-strict") == .amberStrict)
    }

    /// A figure computed for a viewer uses only what the viewer may see.
    @Test func redacted_assessment_drops_hidden_judgements_and_evidence_links() {
        let visibleEvidence = UUID(), hiddenEvidence = UUID()
        let assessment = Assessment(
            stateCode: "MYS", kind: .selfAssessment, assessorName: "Agency", catalogReference: Fixtures.catalog.reference,
            asOf: "2025-01-01", status: .published, sharing: SharingScope(tlp: .clear, owningState: "MYS"),
            judgements: [
                ItemJudgement(itemID: "a.1.1", judgement: .met, evidenceIDs: [visibleEvidence, hiddenEvidence]),
                ItemJudgement(itemID: "a.2.1", judgement: .met, tlp: .amber),
            ])
        let member = Viewer(userID: UUID(), memberships: [Membership(organisationID: UUID(), stateCode: "MYS", roles: [.viewer])])

        let publicView = assessment.redacted(for: .anonymous, visibleEvidence: [visibleEvidence])!
        #expect(publicView.judgements.map(\.itemID) == ["a.1.1"])
        #expect(publicView.judgements[0].evidenceIDs == [visibleEvidence])
        #expect(Fixtures.evaluate(publicView.judgementsByItem).stage == 1)

        let memberView = assessment.redacted(for: member, visibleEvidence: [visibleEvidence, hiddenEvidence])!
        #expect(Fixtures.evaluate(memberView.judgementsByItem).stage == 2)

        var amberAssessment = assessment
        amberAssessment.sharing.tlp = .amber
        #expect(amberAssessment.redacted(for: .anonymous, visibleEvidence: []) == nil)
    }
}

@Suite struct DemoDataTests {
    @Test func demo_data_is_marked_deterministic_and_spans_every_level() throws {
        let catalog = try CatalogLoader.loadBundled()
        let states = try ReferenceDataLoader.loadBundled().states
        let first = DemoData.generate(catalog: catalog, states: states)
        let second = DemoData.generate(catalog: catalog, states: states)
        #expect(first.evidence == second.evidence && first.assessments == second.assessments)
        #expect(first.assessments.count == states.count)
        #expect(Set(first.assessments.map(\.stateCode)) == Set(states.map(\.code)))
        #expect(first.evidence.allSatisfy { $0.isDemo && $0.title.hasPrefix(DemoData.marker) })
        #expect(first.organisations.allSatisfy { $0.isDemo && $0.name.hasPrefix(DemoData.marker) })
        #expect(first.assessments.allSatisfy { $0.isDemo })
        #expect(Set(first.evidence.map(\.sharing.tlp)) == Set(TLP.allCases))
        let itemIDs = Set(catalog.items.map(\.id))
        #expect(first.evidence.allSatisfy { $0.itemIDs.allSatisfy(itemIDs.contains) })
    }
}

@Suite struct AccountRuleTests {
    @Test func roles_belong_where_they_can_act() {
        let state = Organisation(name: "Agency", stateCode: "MYS", stakeholderType: .government)
        let region = Organisation(name: "Secretariat", stateCode: nil, stakeholderType: .internationalOrganisation)
        #expect(Permissions.placementProblem(of: .focalPoint, in: state) == nil)
        #expect(Permissions.placementProblem(of: .focalPoint, in: region) == "A focal point belongs to a state's organisation.")
        #expect(Permissions.placementProblem(of: .regionalCoordinator, in: region) == nil)
        #expect(Permissions.placementProblem(of: .regionalCoordinator, in: state) != nil)
        #expect(Permissions.placementProblem(of: .assessor, in: region) == nil)
    }

    @Test func email_addresses_and_passwords() {
        #expect(EmailAddress.isValid("analyst@agency.gov.my"))
        for bad in ["", "analyst", "a@b", "a b@c.d", "a@@b.c"] { #expect(!EmailAddress.isValid(bad), "\(bad)") }
        #expect(PasswordRules.problem(with: "short", email: "a@b.c") == "Use at least 12 characters.")
        #expect(PasswordRules.problem(with: "analyst@agency.my", email: "Analyst@Agency.my") != nil)
        #expect(PasswordRules.problem(with: "a long enough phrase", email: "a@b.c") == nil)
    }
}

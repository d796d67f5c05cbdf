import Foundation

/// Who may do what. Sight of information is `SharingPolicy`'s; this decides actions.
public enum Permissions {
    /// Contributors and focal points add evidence for their own state.
    public static func mayContributeEvidence(_ viewer: Viewer, forState code: String) -> Bool {
        viewer.holds(.contributor, forState: code) || viewer.holds(.focalPoint, forState: code)
    }

    /// Only the state's focal point validates or rejects its evidence.
    public static func mayReviewEvidence(_ viewer: Viewer, forState code: String) -> Bool {
        viewer.holds(.focalPoint, forState: code)
    }

    /// A state's focal point runs its self-assessments.
    public static func mayStartSelfAssessment(_ viewer: Viewer, forState code: String) -> Bool {
        viewer.holds(.focalPoint, forState: code)
    }

    /// The organisations through which the viewer may make third-party assessments.
    public static func assessorOrganisations(_ viewer: Viewer) -> [UUID] {
        viewer.memberships.filter { $0.roles.contains(.assessor) }.map(\.organisationID)
    }

    /// Who may change an assessment while it is a draft, and submit and publish it: the state's
    /// focal point for a self-assessment, the assessor organisation's assessors for the others.
    public static func mayEdit(_ assessment: Assessment, viewer: Viewer) -> Bool {
        switch assessment.kind {
        case .selfAssessment:
            return viewer.holds(.focalPoint, forState: assessment.stateCode)
        case .thirdParty, .peer:
            guard let organisation = assessment.assessorOrganisationID else { return false }
            return viewer.memberships.contains { $0.organisationID == organisation && $0.roles.contains(.assessor) }
        }
    }

    /// Why `role` cannot be held in `organisation`, or `nil` when it can: a focal point belongs to
    /// a state's organisation, a regional coordinator to a regional one.
    public static func placementProblem(of role: Role, in organisation: Organisation) -> String? {
        switch role {
        case .focalPoint where organisation.stateCode == nil: "A focal point belongs to a state's organisation."
        case .regionalCoordinator where organisation.stateCode != nil: "A regional coordinator belongs to a regional organisation."
        default: nil
        }
    }

    /// Administrators manage accounts, organisations and roles.
    public static func mayAdminister(_ viewer: Viewer) -> Bool { viewer.isAdministrator }

    /// The organisations through which the viewer may submit evidence for a state.
    public static func contributingOrganisations(_ viewer: Viewer, forState code: String) -> [UUID] {
        viewer.memberships
            .filter { $0.stateCode == code && !$0.roles.isDisjoint(with: [.contributor, .focalPoint]) }
            .map(\.organisationID)
    }

    /// The states the viewer may contribute to.
    public static func contributionStates(_ viewer: Viewer) -> [String] {
        Array(Set(viewer.memberships.filter { !$0.roles.isDisjoint(with: [.contributor, .focalPoint]) }.compactMap(\.stateCode))).sorted()
    }
}

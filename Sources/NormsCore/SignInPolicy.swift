import Foundation

/// The rule for repeated failed sign-ins: after `maximumFailures` in a row the address is locked
/// for `lockout`. It applies to every address typed, registered or not, so the lock itself never
/// tells whether an account exists.
public enum SignInPolicy {
    public static let maximumFailures = 5
    public static let lockout: TimeInterval = 15 * 60

    /// The state of one address after another failure at `now`.
    public static func afterFailure(failures: Int, now: Date) -> (failures: Int, lockedUntil: Date?) {
        let count = failures + 1
        return count >= maximumFailures ? (0, now.addingTimeInterval(lockout)) : (count, nil)
    }

    /// Whole minutes left of a lock, at least 1 while locked; `nil` when not locked.
    public static func minutesLeft(lockedUntil: Date?, now: Date) -> Int? {
        guard let lockedUntil, lockedUntil > now else { return nil }
        return max(1, Int((lockedUntil.timeIntervalSince(now) / 60).rounded(.up)))
    }

    /// The key an address is throttled under: trimmed and lowercased.
    public static func key(for email: String) -> String { email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
}

/// The shape of an email address, checked before an account is created.
public enum EmailAddress {
    /// Something before an `@`, a domain with a dot after it, no spaces.
    public static func isValid(_ text: String) -> Bool {
        text.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) != nil
    }
}

/// Rules for a new password.
public enum PasswordRules {
    public static let minimumLength = 12

    /// A sentence saying what is wrong with the password, or `nil` when it is acceptable.
    public static func problem(with password: String, email: String) -> String? {
        if password.count < minimumLength { return "Use at least \(minimumLength) characters." }
        if password.count > 128 { return "Use at most 128 characters." }
        if password.lowercased() == SignInPolicy.key(for: email) { return "Do not use your email address as your password." }
        return nil
    }
}

import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import NormsServer

/// A client for HTTP tests that keeps the session cookie and sends each form's CSRF token, as a
/// browser does: no shortcut around sign-in or the token check.
final class TestBrowser: @unchecked Sendable {
    let app: Application
    private var cookies: [String: String] = [:]
    private(set) var csrfToken: String?

    init(app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        let response = try await app.testing().sendRequest(.GET, path, headers: headers())
        remember(response)
        return response
    }

    /// Posts a URL-encoded form with the CSRF token of the last page fetched (unless `csrf` is false).
    @discardableResult
    func post(_ path: String, form: [(String, String)], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf, let csrfToken { fields.append((CSRF.field, csrfToken)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers()
        headers.contentType = .urlEncodedForm
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Posts a multipart form, with an optional file part.
    @discardableResult
    func postMultipart(_ path: String, form: [(String, String)], file: (name: String, filename: String, data: Data)? = nil) async throws -> TestingHTTPResponse {
        let boundary = "----cybernorms-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in form + [(CSRF.field, csrfToken ?? "")] {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/pdf\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers = headers()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
        remember(response)
        return response
    }

    /// Signs in through the real form; returns the response to the form post.
    @discardableResult
    func signIn(_ email: String, password: String = DemoAccounts.password) async throws -> TestingHTTPResponse {
        try await get("/signin")
        return try await post("/signin", form: [("email", email), ("password", password)])
    }

    private func headers() -> HTTPHeaders {
        var headers = HTTPHeaders()
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        return headers
    }

    private func remember(_ response: TestingHTTPResponse) {
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
        let html = response.body.string
        if let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) {
            csrfToken = String(html[range].split(separator: "\"")[3])
        }
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}

extension TestingHTTPResponse {
    /// The redirect target, if any.
    var location: String? { headers.first(name: .location) }
}

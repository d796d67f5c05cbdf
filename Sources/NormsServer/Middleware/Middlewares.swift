import Foundation
import NormsCore
import NormsStore
import Vapor

/// Headers that keep pages from being framed, sniffed or leaking referrers, and confine what they load.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers: [(String, String)] = [
            ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("X-Frame-Options", "DENY"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        for (name, value) in headers where !response.headers.contains(name: name) {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }
}

/// An error a user can act on: an HTTP status, a short title and the specific reason.
struct AppError: AbortError, DebuggableError {
    var status: HTTPResponseStatus
    var title: String
    var detail: String

    var reason: String { detail }
    var identifier: String { title }

    static func notFound(_ detail: String) -> AppError { AppError(status: .notFound, title: "Not found", detail: detail) }
}

/// An RFC 9457 problem document.
struct Problem: Content {
    var type: String
    var title: String
    var status: Int
    var detail: String
}

/// Renders errors as `application/problem+json` under `/api` and `/healthz`, and as an HTML page elsewhere,
/// always with the real status. Internal errors are logged in full but never shown.
struct AppErrorMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let redirect as SeeOther {
            return request.redirect(to: redirect.to, redirectType: .normal)
        } catch {
            let (status, title, detail): (HTTPResponseStatus, String, String)
            switch error {
            case let error as AppError:
                (status, title, detail) = (error.status, error.title, error.detail)
            case StoreError.notFound:
                (status, title, detail) = (.notFound, "Not found", "There is nothing at this address that you may see.")
            case StoreError.forbidden(let reason):
                (status, title, detail) = (.forbidden, "Not allowed", reason)
            case StoreError.conflict(let reason):
                (status, title, detail) = (.unprocessableEntity, "Cannot do that", reason)
            case let error as any AbortError:
                (status, title, detail) = (error.status, error.status.reasonPhrase, error.reason)
            default:
                request.logger.report(error: error)
                (status, title, detail) = (.internalServerError, "Something went wrong", "The server could not complete the request. It has been logged.")
            }
            if status.code >= 500, !(error is AppError) { request.logger.error("Request failed.", metadata: ["status": .stringConvertible(status.code)]) }
            if request.url.path.hasPrefix("/api/") || request.url.path == SiteURL.health.path {
                let response = Response(status: status)
                try response.content.encode(Problem(type: "about:blank", title: title, status: Int(status.code), detail: detail), as: .json)
                response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
                return response
            }
            return ErrorPage(status: status, title: title, detail: detail, context: request.pageContext).response(status: status)
        }
    }
}

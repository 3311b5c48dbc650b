import Hummingbird
import HummingbirdCore
import NewslintReporters

/// `newslint serve`: the HTTP JSON API over a LintService.
///
///     GET  /healthz     {"status": "ok"}
///     GET  /v1/rules    the rules the server runs
///     POST /v1/check    the CLI's JSON report of the body's text
///     POST /v1/fix      the same for the fixed text, plus "fixed": {"text", "applied"}
///
/// Errors are JSON too, `{"error": {"status": 400, "message": "…"}}`: 400 for a
/// body that is not a valid request, 413 beyond the size limit, 503 when the
/// job queue is full or a request waited past its deadline. The contract is
/// written out in `openapi.yaml` beside the sources.
public enum NewslintServer {
    public struct Settings: Sendable {
        public var host = "127.0.0.1"
        public var port = 8088
        /// Open connections at once; more wait in the listen backlog.
        public var maximumConnections = 1024
        /// A connection idle this long (a client that stops sending) is closed.
        public var idleTimeoutSeconds: Int64 = 30

        public init() {}
    }

    public static func router(_ service: LintService) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("healthz") { _, _ in
            json(.ok, "{\"status\": \"ok\"}\n")
        }
        router.get("v1/rules") { _, _ in
            json(.ok, service.rules())
        }
        router.post("v1/check") { request, _ in
            await respond(to: request, service: service) { body async throws(ServiceError) in try await service.check(body) }
        }
        router.post("v1/fix") { request, _ in
            await respond(to: request, service: service) { body async throws(ServiceError) in try await service.fix(body) }
        }
        return router
    }

    /// Runs until the process is stopped (SIGINT/SIGTERM end it gracefully).
    /// `onListening` gets the port actually bound (port 0 picks a free one).
    public static func run(_ service: LintService, settings: Settings,
                           onListening: @escaping @Sendable (Int) -> Void) async throws {
        let application = Application(
            router: router(service),
            server: .http1(configuration: .init(idleTimeout: .seconds(settings.idleTimeoutSeconds))),
            configuration: .init(
                address: .hostname(settings.host, port: settings.port),
                serverName: "newslint/\(service.version)",
                availableConnectionsDelegate: MaximumAvailableConnections(settings.maximumConnections)),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? settings.port) })
        try await application.runService()
    }

    private static func respond(
        to request: Request, service: LintService,
        _ handle: @Sendable ([UInt8]) async throws(ServiceError) -> String
    ) async -> Response {
        let body: [UInt8]
        do {
            let buffer = try await request.body.collect(upTo: service.limits.maximumBodyBytes)
            body = Array(buffer.readableBytesView)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            return failure(ServiceError(.tooLarge, "the body is larger than \(service.limits.maximumBodyBytes) bytes"))
        } catch {
            return failure(ServiceError(.badRequest, "the body could not be read"))
        }
        do {
            return json(.ok, try await handle(body))
        } catch {
            return failure(error)
        }
    }

    private static func failure(_ error: ServiceError) -> Response {
        let status: HTTPResponse.Status = switch error.kind {
        case .badRequest: .badRequest
        case .tooLarge: .contentTooLarge
        case .busy: .serviceUnavailable
        }
        let message = "{\"error\": {\"status\": \(status.code), \"message\": \(JSONValue.string(error.message).rendered())}}\n"
        var response = json(status, message)
        if error.kind == .busy { response.headers[.retryAfter] = "1" }
        return response
    }

    private static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

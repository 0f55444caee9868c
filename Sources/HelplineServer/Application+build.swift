import Foundation
import HelplineCore
import HelplineStore
public import Hummingbird
public import Logging
import NIOCore

/// Why the service could not start.
public struct ServerStartError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Composes the whole service: intents, store, routes, middleware and background services.
/// `helpline serve` and the tests both call this.
///
/// - Parameters:
///   - metrics: where the service records what `GET /metrics` shows (a new registry unless given).
///   - onListening: called with the bound port once the server accepts connections.
public func buildApplication(
    _ configuration: ServerConfiguration,
    notifierRegistry: NotifierRegistry = .standard,
    notifiers extraNotifiers: [any Notifier] = [],
    metrics: HelplineMetrics = HelplineMetrics(),
    logger: Logger,
    onListening: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let responder: Responder
    do {
        responder = try IntentLoader().load(directory: configuration.intentsDirectory)
    } catch {
        throw ServerStartError(description: error.description)
    }
    let store: any HelplineStore
    do {
        store = try await openStore(configuration.storeLocation, busyTimeout: configuration.storeBusyTimeout, logger: logger)
    } catch {
        throw ServerStartError(description: "cannot open the store at \(displayedStoreLocation(configuration.storeLocation)): \(error)")
    }
    let box = ResponderBox(responder)
    metrics.intentsLoaded(responder.knowledge.intents.count)
    let reloader = IntentReloader(directory: configuration.intentsDirectory, box: box, metrics: metrics, logger: logger)

    var notifiers = extraNotifiers
    if let url = configuration.webhookURL {
        notifiers.append(try notifierRegistry.make(WebhookNotifier.name, settings: ["url": url.absoluteString]))
    }

    let router = Router(context: HelplineRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
    router.add(middleware: ResponseHeadersMiddleware())
    if !configuration.corsOrigins.isEmpty {
        router.add(middleware: AllowedOriginsMiddleware(origins: Set(configuration.corsOrigins)))
    }
    HealthController(box: box, store: store).addRoutes(to: router)
    let api = router.group("api/v1")
    let writer = TurnWriter(store: store, metrics: metrics)
    ChatController(
        box: box, store: store, writer: writer, limiter: RateLimiter(limit: configuration.rateLimit), metrics: metrics,
        configuration: configuration
    ).addRoutes(to: api)
    let staffAPI = router.group("api/v1").add(middleware: StaffAuthMiddleware(store: store))
    StaffController(store: store, maximumBodySize: configuration.maximumBodySize).addRoutes(to: staffAPI)
    AdminController(reloader: reloader, store: store).addRoutes(to: staffAPI)
    // The pages are routes too (the file middleware serves their scripts and styles), so the
    // route list below knows them.
    router.get("/") { _, _ in try page("index.html") }
    router.get("staff") { _, _ in try page("staff.html") }
    MetricsController(metrics: metrics, store: store)
        .addRoutes(to: router.group("metrics").add(middleware: StaffAuthMiddleware(store: store)))
    // These two come last, after every route, so they see only requests no route took: a route's
    // own 404 (no such conversation) is not taken for a missing file (and `..` in an id is not
    // the file middleware's 400), and a known path asked with another method gets its 405.
    router.add(middleware: FileMiddleware(publicFolder(), searchForIndexHtml: true, logger: logger))
    router.add(middleware: MethodNotAllowedMiddleware(routes: router.routes))

    var app = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Helpline"),
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
    app.addServices(CheckpointService(store: store, logger: logger))
    let interval = configuration.watchInterval > 0 ? Duration.milliseconds(Int(configuration.watchInterval * 1000)) : nil
    app.addServices(IntentWatcher(reloader: reloader, interval: interval))
    if configuration.purgeInterval > .zero {
        app.addServices(RetentionService(store: store, box: box, interval: configuration.purgeInterval, logger: logger))
    }
    if !notifiers.isEmpty {
        app.addServices(NotificationWorker(
            store: store, notifiers: notifiers, backoff: configuration.notificationBackoff,
            maximumAttempts: configuration.maximumAttempts, pollInterval: configuration.notificationPollInterval,
            metrics: metrics, logger: logger))
    } else {
        logger.notice("no notifier configured: handoff notifications wait in the outbox (set --webhook-url)")
    }
    return app
}

/// One of the two pages, `index.html` (chat) or `staff.html`; their scripts and styles are
/// served by the file middleware.
func page(_ name: String) throws -> Response {
    guard let data = FileManager.default.contents(atPath: publicFolder() + "/" + name) else {
        throw APIError(.notFound, code: "not_found", message: "The page is missing from this build.")
    }
    return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

/// The chat page's files, shipped as resources of this module.
func publicFolder() -> String {
    Bundle.module.resourceURL?.appendingPathComponent("Public").path ?? "Public"
}

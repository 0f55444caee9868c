public import HelplineCore
import Synchronization

/// The responder currently serving. A reload swaps it whole, so a request sees either the old
/// set of intents or the new one, never a mix.
public final class ResponderBox: Sendable {
    /// What serves now and how the last reload went.
    public struct Snapshot: Sendable {
        public var responder: Responder
        /// Diagnostics of the last failed reload, cleared by a successful one.
        public var lastReloadError: String?
    }

    private let state: Mutex<Snapshot>

    public init(_ responder: Responder) {
        state = Mutex(Snapshot(responder: responder, lastReloadError: nil))
    }

    /// The responder to use for one request.
    public var responder: Responder { state.withLock { $0.responder } }

    public var snapshot: Snapshot { state.withLock { $0 } }

    func replace(with responder: Responder) {
        state.withLock { $0 = Snapshot(responder: responder, lastReloadError: nil) }
    }

    func recordFailure(_ description: String) {
        state.withLock { $0.lastReloadError = description }
    }
}

public import HelplineCore
import Synchronization

/// The responder currently serving. A reload swaps it whole, so a request sees either the old
/// set of intents or the new one, never a mix.
public final class ResponderBox: Sendable {
    /// What serves now and how the last reload went.
    public struct Snapshot: Sendable {
        public var responder: Responder
        /// The last reload failed (the last good set keeps serving); cleared by a successful one.
        /// Only the fact is kept: the diagnostics name server paths, so they go to the log, the
        /// reload route's answer and `helpline check`, never to the public `/readyz`.
        public var lastReloadFailed: Bool
    }

    private let state: Mutex<Snapshot>

    public init(_ responder: Responder) {
        state = Mutex(Snapshot(responder: responder, lastReloadFailed: false))
    }

    /// The responder to use for one request.
    public var responder: Responder { state.withLock { $0.responder } }

    public var snapshot: Snapshot { state.withLock { $0 } }

    func replace(with responder: Responder) {
        state.withLock { $0 = Snapshot(responder: responder, lastReloadFailed: false) }
    }

    func recordFailure() {
        state.withLock { $0.lastReloadFailed = true }
    }
}

import Foundation
import HelplineStore
import Synchronization

/// Records chat turns with group commit, led by the requests themselves: messages that arrive
/// while a transaction is being written wait and go into the next one together, so many turns
/// share one disk sync (`synchronous=FULL`).
///
/// There is no writer task. A request that finds no commit in flight becomes the leader: it
/// takes the waiting turns (its own first, up to ``batchLimit``), commits them, hands the lead to
/// the oldest turn that arrived meanwhile and answers the rest. Waking the next leader is waking
/// a request that had to be woken anyway, so no batch waits for a task of its own to be scheduled.
///
/// Each caller is answered only after the transaction holding its turn has committed, so
/// nothing acknowledged can be lost. A queued turn is always written: whenever the queue is not
/// empty a leader is committing or about to, and the store's batch runs to its end even if the
/// leader's task is cancelled (``HelplineStore/respond(batch:)``). So cancelling a waiting
/// request neither loses nor doubles its turn: it is recorded once and the answer is dropped.
/// On graceful shutdown the HTTP server finishes its requests before it stops, and with them
/// every queued turn: nothing else needs to be drained.
final class TurnWriter: Sendable {
    /// What a waiting request is woken with.
    private enum Wake: Sendable {
        /// Its turn was in a batch: the outcome.
        case recorded(Result<RecordedTurn, any Error>)
        /// It is the next leader; its turn was taken off the queue.
        case lead
    }

    private struct Waiter: Sendable {
        var request: TurnRequest
        var continuation: CheckedContinuation<Wake, Never>
    }

    private struct State {
        var queue: [Waiter] = []
        /// Whether a leader is committing, or has been chosen and is about to.
        var leading = false
    }

    private let store: any HelplineStore
    private let metrics: HelplineMetrics
    private let state = Mutex(State())
    /// Turns per transaction at most, so one commit never holds the lock for long.
    static let batchLimit = 256

    init(store: any HelplineStore, metrics: HelplineMetrics = HelplineMetrics()) {
        self.store = store
        self.metrics = metrics
    }

    /// Records one turn; returns once it is committed.
    func submit(_ request: TurnRequest) async throws -> RecordedTurn {
        let wake = await withCheckedContinuation { (continuation: CheckedContinuation<Wake, Never>) in
            let leads = state.withLock { state -> Bool in
                if state.leading {
                    state.queue.append(Waiter(request: request, continuation: continuation))
                    return false
                }
                state.leading = true
                return true
            }
            // Resumed before the body returns, so the caller goes on at once, without suspending.
            if leads { continuation.resume(returning: .lead) }
        }
        switch wake {
        case .recorded(let result): return try result.get()
        case .lead: return try await lead(with: request)
        }
    }

    /// Commits `own` with the turns waiting behind it, hands the lead on, answers the followers.
    private func lead(with own: TurnRequest) async throws -> RecordedTurn {
        let followers = state.withLock { state -> [Waiter] in
            let taken = Array(state.queue.prefix(Self.batchLimit - 1))
            state.queue.removeFirst(taken.count)
            return taken
        }
        let outcome: Result<[Result<RecordedTurn, StoreError>], any Error>
        let start = ContinuousClock.now
        do {
            outcome = .success(try await store.respond(batch: [own] + followers.map(\.request)))
            metrics.commit(duration: .now - start, turns: followers.count + 1)
        } catch {
            outcome = .failure(error)
        }

        // The next commit starts before anyone of this one is answered.
        let next = state.withLock { state -> Waiter? in
            guard !state.queue.isEmpty else {
                state.leading = false
                return nil
            }
            return state.queue.removeFirst()
        }
        next?.continuation.resume(returning: .lead)

        switch outcome {
        case .success(let results):
            for (follower, result) in zip(followers, results.dropFirst()) {
                follower.continuation.resume(returning: .recorded(result.mapError { $0 as any Error }))
            }
            return try results[0].get()
        case .failure(let error):
            for follower in followers { follower.continuation.resume(returning: .recorded(.failure(error))) }
            throw error
        }
    }
}

import Synchronization

/// Runs work with a time limit, and answers when the limit passes even if the work does not
/// stop: the work is cancelled and left to finish on its own.
///
/// A task group cannot do this: it waits for every child, and a PostgresNIO query written to
/// a connection whose channel has just closed never completes (the write's failure goes to a
/// nil promise, and the query's own promise is left pending), so cancelling it would not end
/// it and the caller would hang, the one thing a store call on a failing server must not do.
/// The two unstructured tasks here are the price of that guarantee; both end with the call in
/// every other case (the loser is cancelled).
enum Deadline {
    /// `work`'s result, or `expired` once `limit` has passed, whichever comes first. The
    /// caller's cancellation cancels `work` and throws `CancellationError`.
    static func run<T: Sendable>(
        limit: Duration, expired: @autoclosure @escaping @Sendable () -> any Error,
        _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let race = Race<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard race.begin(continuation) else { return }
                let worker = Task {
                    do {
                        race.finish(.success(try await work()))
                    } catch {
                        race.finish(.failure(error))
                    }
                }
                let timer = Task {
                    guard (try? await Task.sleep(for: limit)) != nil else { return }
                    race.finish(.failure(expired()))
                }
                race.started(worker, timer)
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }
}

/// The shared state of one ``Deadline/run(limit:expired:_:)``: resumes the caller once and
/// cancels whatever is still running.
private final class Race<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<T, any Error>?
        var finished: Result<T, any Error>?
        var tasks: [Task<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Takes the caller's continuation; false (and resumed) when the call was cancelled first.
    func begin(_ continuation: CheckedContinuation<T, any Error>) -> Bool {
        let early = state.withLock { state -> Result<T, any Error>? in
            if let finished = state.finished { return finished }
            state.continuation = continuation
            return nil
        }
        guard let early else { return true }
        continuation.resume(with: early)
        return false
    }

    /// Keeps the tasks to cancel when the race ends; cancels them at once if it already has.
    func started(_ tasks: Task<Void, Never>...) {
        let over = state.withLock { state -> Bool in
            state.tasks = tasks
            return state.finished != nil
        }
        if over { tasks.forEach { $0.cancel() } }
    }

    /// Ends the race with `result` unless it has ended already.
    func finish(_ result: Result<T, any Error>) {
        let (continuation, tasks) = state.withLock { state -> (CheckedContinuation<T, any Error>?, [Task<Void, Never>]) in
            guard state.finished == nil else { return (nil, []) }
            state.finished = result
            defer { state.continuation = nil }
            return (state.continuation, state.tasks)
        }
        continuation?.resume(with: result)
        tasks.forEach { $0.cancel() }
    }
}

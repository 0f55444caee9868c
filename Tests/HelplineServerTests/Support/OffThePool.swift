import Foundation

/// Runs blocking work (waiting for a child process, reading its pipe) on a thread of its own.
///
/// On Swift's cooperative pool it would hold one of only as many threads as there are cores: on
/// a 2-core machine two such waits stall every other test's tasks, and their store calls time out.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

extension Process {
    /// Waits for the process to exit without holding a cooperative thread.
    func exited() async {
        _ = try? await offThePool { self.waitUntilExit() }
    }
}

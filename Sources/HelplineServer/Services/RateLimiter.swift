import Foundation
import Synchronization

/// A token bucket per client: `limit` messages a minute, refilled evenly.
///
/// A lock, not an actor: it is asked on every message, and an actor hop per message cost more
/// than the bookkeeping itself.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let limit: Int
    private let now: @Sendable () -> ContinuousClock.Instant
    private let buckets = Mutex<[String: Bucket]>([:])

    /// - Parameters:
    ///   - limit: messages per minute per client; 0 means unlimited.
    ///   - now: the clock, injectable for tests.
    init(limit: Int, now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.limit = limit
        self.now = now
    }

    /// Takes a token for `client`; when none is left, how long until one is.
    func acquire(_ client: String) -> Duration? {
        guard limit > 0 else { return nil }
        let now = now()
        let rate = Double(limit) / 60
        let capacity = Double(limit)
        return buckets.withLock { buckets -> Duration? in
            var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(capacity, bucket.tokens + seconds * rate)
            bucket.updated = now
            var wait: Duration?
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
            } else {
                wait = .seconds((1 - bucket.tokens) / rate)
            }
            buckets[client] = bucket
            // A full bucket holds nothing worth remembering.
            if buckets.count > 50_000 {
                buckets = buckets.filter { _, bucket in
                    let idle = now - bucket.updated
                    return bucket.tokens + Double(idle.components.seconds) * rate < capacity
                }
            }
            return wait
        }
    }
}

import Foundation

/// A token bucket per client: `limit` messages a minute, refilled evenly.
actor RateLimiter {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let limit: Int
    private let now: @Sendable () -> ContinuousClock.Instant
    private var buckets: [String: Bucket] = [:]

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
        var bucket = buckets[client] ?? Bucket(tokens: Double(limit), updated: now)
        let elapsed = now - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        bucket.tokens = min(Double(limit), bucket.tokens + seconds * rate)
        bucket.updated = now
        defer {
            buckets[client] = bucket
            if buckets.count > 50_000 { forgetFullBuckets(now: now, rate: rate) }
        }
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            return nil
        }
        return .seconds((1 - bucket.tokens) / rate)
    }

    /// A full bucket holds nothing worth remembering.
    private func forgetFullBuckets(now: ContinuousClock.Instant, rate: Double) {
        buckets = buckets.filter { _, bucket in
            let elapsed = now - bucket.updated
            return bucket.tokens + Double(elapsed.components.seconds) * rate < Double(limit)
        }
    }
}

import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the intents when a file in the folder is added, removed or changed (checked every
/// `interval`), and on SIGHUP.
struct IntentWatcher: Service {
    let reloader: IntentReloader
    let interval: Duration?

    func run() async throws {
        let reloader = self.reloader
        let interval = self.interval
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
                    reloader.reload(reason: "SIGHUP")
                }
            }
            if let interval {
                group.addTask {
                    var last = Self.fingerprint(of: reloader.directory)
                    while !Task.isCancelled && !Task.isShuttingDownGracefully {
                        try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
                        let current = Self.fingerprint(of: reloader.directory)
                        if current != last {
                            last = current
                            reloader.reload(reason: "intent files changed")
                        }
                    }
                }
            }
            await group.waitForAll()
        }
    }

    /// Names, sizes and modification times of every file under the folder.
    static func fingerprint(of directory: String) -> [String: String] {
        let manager = FileManager.default
        var result: [String: String] = [:]
        guard let enumerator = manager.enumerator(atPath: directory) else { return result }
        while let path = enumerator.nextObject() as? String {
            let full = (directory as NSString).appendingPathComponent(path)
            guard let attributes = try? manager.attributesOfItem(atPath: full) else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[path] = "\(size):\(modified)"
        }
        return result
    }
}

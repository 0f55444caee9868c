import Foundation
@testable import HelplineServer
import Testing

@Suite struct WatcherTests {
    @Test func theFolderFingerprintChangesWhenAFileIsAddedEditedOrRemoved() throws {
        let workspace = try Workspace()
        let before = IntentWatcher.fingerprint(of: workspace.intents)
        #expect(before.keys.contains("smart-recovery.yaml"))
        try "id: x\n".write(toFile: workspace.intents + "/new-intent.yaml", atomically: true, encoding: .utf8)
        let added = IntentWatcher.fingerprint(of: workspace.intents)
        #expect(added != before)
        try "id: xy\n".write(toFile: workspace.intents + "/new-intent.yaml", atomically: true, encoding: .utf8)
        #expect(IntentWatcher.fingerprint(of: workspace.intents) != added)
        try FileManager.default.removeItem(atPath: workspace.intents + "/new-intent.yaml")
        #expect(IntentWatcher.fingerprint(of: workspace.intents).keys.sorted() == before.keys.sorted())
    }
}

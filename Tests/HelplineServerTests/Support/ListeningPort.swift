import Foundation

/// The port a `helpline serve --port 0` process prints on its standard output ("listening on
/// http://host:port"), or nil when the output ends first.
func listeningPort(from handle: FileHandle) async -> Int? {
    try? await offThePool {
        var buffer = ""
        while true {
            let data = handle.availableData
            if data.isEmpty { return nil }
            buffer += String(decoding: data, as: UTF8.self)
            if let range = buffer.range(of: #"listening on http://[^:]+:(\d+)"#, options: .regularExpression) {
                return Int(buffer[range].split(separator: ":").last ?? "")
            }
        }
    }
}

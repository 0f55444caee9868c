import Foundation
import Testing
import Yams

/// The paths and methods of `openapi/helpline-v1.yaml`, read from the file itself.
enum Contract {
    static let file = Repository.root.appendingPathComponent("openapi/helpline-v1.yaml").path
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Every path of the contract with the methods it declares, upper case.
    static func operations() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        return paths.mapValues { Set($0.keys.filter(methods.contains).map { $0.uppercased() }) }
    }
}

@Suite struct MethodNotAllowedTests {
    /// Every method a path of the contract does not declare gets 405 with `Allow` naming exactly
    /// the ones it declares; every one it declares is served (whatever the answer, not 405).
    @Test func aKnownPathAskedWithAnUndeclaredMethodGets405NamingTheDeclaredOnes() async throws {
        let operations = try Contract.operations()
        #expect(operations.count >= 10, "the contract was read")
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            for (path, declared) in operations.sorted(by: { $0.key < $1.key }) {
                let concrete = String(path.dropFirst()).replacingOccurrences(of: "{id}", with: UUID().uuidString.lowercased())
                for method in ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"] {
                    let answer = try await client.send(method, concrete, body: nil)
                    if declared.contains(method) {
                        #expect(answer.status != 405, "\(method) \(path)")
                        continue
                    }
                    #expect(answer.status == 405, "\(method) \(path): \(answer.status)")
                    #expect(answer.header("Allow") == declared.sorted().joined(separator: ", "), "\(method) \(path)")
                    #expect(answer.header("Cache-Control") == "no-store", "\(method) \(path)")
                    if method != "HEAD" {
                        #expect((answer.json["error"] as? [String: Any])?["code"] as? String == "method_not_allowed", "\(method) \(path)")
                    }
                }
            }
        }
    }

    @Test func anUnknownPathStays404WhateverTheMethod() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            for path in ["no/such/page", "api/v1/chat/extra", "api/v1/conversations", "staff/x"] {
                for method in ["GET", "DELETE", "TRACE"] {
                    let answer = try await client.send(method, path, body: nil)
                    #expect(answer.status == 404, "\(method) \(path)")
                    #expect(answer.header("Allow") == nil, "\(method) \(path)")
                }
            }
            // The pages' scripts are files, not routes: still served, still 404 for a file that is not there.
            #expect(try await client.get("chat.js").status == 200)
            #expect(try await client.get("nothing.js").status == 404)
        }
    }

    /// Found by the API fuzzer: `GET /api/v1/conversations/0..0` answered 400 `http_400`, because
    /// the file middleware took the route's own 404 for a missing file and refused the `..`.
    @Test func aRoutesOwn404IsNotTakenForAMissingFile() async throws {
        let workspace = try Workspace()
        let token = try await workspace.staffToken()
        try await withLiveServer(workspace.configuration()) { visitor in
            let client = visitor.signedIn(token)
            for (path, code) in [
                ("api/v1/conversations/0..0", "conversation_not_found"), ("api/v1/handoffs/a..b", "handoff_not_found"),
                ("api/v1/conversations/chat.js", "conversation_not_found"),
            ] {
                let answer = try await client.get(path)
                #expect(answer.status == 404, "\(path)")
                #expect((answer.json["error"] as? [String: Any])?["code"] as? String == code, "\(path): \(answer.text)")
            }
        }
    }
}

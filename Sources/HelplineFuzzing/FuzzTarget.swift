import Foundation
package import HelplineCore
import HelplineServer
import HTTPTypes

/// The two parsers that take untrusted text, each with the checks a fuzzed input must pass:
/// whatever the bytes, the parser answers (diagnostics, a decoded request or a 400), never traps,
/// and what it answers is well formed.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// An intent folder's file (YAML, Markdown with front matter, TSV) → diagnostics.
    case intentFile = "intent-file"
    /// A `POST /api/v1/chat` or `…/callback` body → the decoded request, or a 400.
    case chatBody = "chat-body"
}

/// One seed input: a real file of the shipped intents, or a real request body.
package struct FuzzSeed: Sendable {
    package var target: FuzzTarget
    /// For intent files: which reader, and the path the diagnostics name.
    package var kind: IntentFileCheck.Kind?
    package var path: String
    package var bytes: [UInt8]
}

/// Runs one input through its parser and says what, if anything, was wrong with the answer.
package struct FuzzHarness: Sendable {
    let check: IntentFileCheck
    /// The chat message limit (the contract's `maxLength`).
    let maximumMessageLength = ServerConfiguration().maximumMessageLength

    /// A harness whose pattern checks know the concepts of the folder's `lexicon.yaml`.
    package init(intentsDirectory: String) {
        let text = FileManager.default.contents(atPath: intentsDirectory + "/lexicon.yaml").flatMap { String(data: $0, encoding: .utf8) }
        check = IntentFileCheck(lexicon: text.map { IntentFileCheck.lexicon(fromText: $0) } ?? Lexicon())
    }

    /// The diagnostics of an intent-folder file, or the reason they are not well formed.
    package func intentFile(_ bytes: [UInt8], kind: IntentFileCheck.Kind, path: String) -> (diagnostics: [Diagnostic], problem: String?) {
        let diagnostics = check.diagnostics(of: bytes, kind: kind, path: path)
        let lines = IntentFileCheck.lineCount(of: bytes) ?? 1
        for diagnostic in diagnostics {
            if diagnostic.description.isEmpty || diagnostic.message.isEmpty { return (diagnostics, "an empty diagnostic") }
            if diagnostic.file != path { return (diagnostics, "a diagnostic names another file: \(diagnostic.file)") }
            if diagnostic.line < 0 || diagnostic.line > lines + 1 {
                return (diagnostics, "line \(diagnostic.line) of a file with \(lines) lines: \(diagnostic.message)")
            }
        }
        return (diagnostics, nil)
    }

    /// A body through both visitor decoders (chat and call-back), or the reason an answer is wrong.
    package func chatBody(_ bytes: [UInt8]) -> (accepted: Bool, problem: String?) {
        var accepted = false
        do {
            let input = try ChatInput(body: bytes, maximumLength: maximumMessageLength)
            accepted = true
            if input.message.isEmpty { return (accepted, "an empty message was accepted") }
            if input.message.trimmingCharacters(in: .whitespacesAndNewlines) != input.message {
                return (accepted, "the message was not trimmed")
            }
        } catch {
            if let problem = Self.wrongRefusal(error, codes: ["invalid_utf8", "malformed_json", "empty_message"]) { return (accepted, problem) }
        }
        do {
            let callback = try JSONBody.decode(bytes, as: CallbackRequest.self)
            if let phone = callback.phone, let kept = PhoneNumber.normalised(phone) {
                let digits = kept.hasPrefix("+") ? kept.dropFirst() : kept[...]
                guard (7...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    return (accepted, "phone \(phone.debugDescription) was kept as \(kept.debugDescription)")
                }
            }
        } catch {
            if let problem = Self.wrongRefusal(error, codes: ["invalid_utf8", "malformed_json"]) { return (accepted, problem) }
        }
        return (accepted, nil)
    }

    /// Nil when `error` is one of the 400s the decoders may answer.
    private static func wrongRefusal(_ error: APIError, codes: Set<String>) -> String? {
        error.status == .badRequest && codes.contains(error.code) ? nil : "refused with \(error.status.code) \(error.code)"
    }
}

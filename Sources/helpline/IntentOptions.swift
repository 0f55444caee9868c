import ArgumentParser
import Foundation
import HelplineCore

/// Where the intent files are; shared by every command that answers messages.
struct IntentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder of intent files (default: $HELPLINE_INTENTS, else ./intents).", valueName: "folder"))
    var intents: String?

    var directory: String {
        intents ?? ProcessInfo.processInfo.environment["HELPLINE_INTENTS"] ?? "intents"
    }

    /// The responder, or the loader's diagnostics on standard error and exit status 1.
    func loadResponder(verifyExamples: Bool = true) throws -> Responder {
        do {
            return try IntentLoader(verifyExamples: verifyExamples).load(directory: directory)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

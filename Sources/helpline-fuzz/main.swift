// Fuzzes the two parsers that take untrusted text: the intent-file readers and the visitor's
// request decoders. `make fuzz` builds this with libFuzzer (`-sanitize=fuzzer`, and
// `-DHELPLINE_LIBFUZZER`); a plain build runs the same harness on seeded mutations instead.
//
//   helpline-fuzz seed-corpus DIR [--intents FOLDER]      write the seeds, one folder per target
//   helpline-fuzz intent-file|chat-body [libFuzzer flags and corpus folders]     (libFuzzer build)
//   helpline-fuzz [--inputs N] [--seed S] [--intents FOLDER]                     (plain build)
import Foundation
import HelplineCore
import HelplineFuzzing

var arguments = Array(CommandLine.arguments.dropFirst())

@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("helpline-fuzz: \(message)\n".utf8))
    exit(2)
}

let intents = option("--intents") ?? "intents"

// MARK: Seeds for libFuzzer

if arguments.first == "seed-corpus" {
    guard arguments.count == 2 else { fail("usage: helpline-fuzz seed-corpus DIR [--intents FOLDER]") }
    for (index, seed) in FuzzSeeds.load(intentsDirectory: intents).enumerated() {
        let folder = arguments[1] + "/" + seed.target.rawValue
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // An intent-file input starts with the byte that picks its reader (see `LibFuzzerInput`).
        let prefix = seed.kind.map { [UInt8(IntentFileCheck.Kind.allCases.firstIndex(of: $0)!)] } ?? []
        guard FileManager.default.createFile(atPath: folder + "/seed-\(index)", contents: Data(prefix + seed.bytes)) else {
            fail("cannot write \(folder)/seed-\(index)")
        }
    }
    exit(0)
}

#if HELPLINE_LIBFUZZER

// MARK: libFuzzer

/// How a libFuzzer input maps onto a parser: for intent files the first byte picks the reader
/// (and a path of that kind), the rest is the file.
enum LibFuzzerInput {
    // Set once before the driver starts; libFuzzer then calls `run` from its one thread, through
    // a C function pointer that cannot carry context.
    nonisolated(unsafe) static var target = FuzzTarget.intentFile
    nonisolated(unsafe) static var harness: FuzzHarness?
    static let paths: [IntentFileCheck.Kind: String] = [
        .intent: "fuzz.yaml", .settings: "helpline.yaml", .lexicon: "lexicon.yaml", .conversationTest: "tests/fuzz.yaml",
        .article: "articles/fuzz.md", .crisisCorpus: "tests/crisis-corpus.tsv",
    ]

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let harness else { return 0 }
        let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
        let problem: String?
        switch target {
        case .intentFile:
            guard let first = bytes.first else { return 0 }
            let kinds = IntentFileCheck.Kind.allCases
            let kind = kinds[Int(first) % kinds.count]
            problem = harness.intentFile(Array(bytes.dropFirst()), kind: kind, path: paths[kind]!).problem
        case .chatBody:
            problem = harness.chatBody(bytes).problem
        }
        // A broken check is a crash to libFuzzer, which keeps the input as an artifact.
        if let problem { fatalError("\(target.rawValue): \(problem)") }
        return 0
    }
}

// libFuzzer's own `main` (linked in, but not the entry point: SwiftPM makes this file's code
// the program's `main`) refers to this function; the run itself goes through the driver below.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { LibFuzzerInput.run(data, size) }

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
    fail("usage: helpline-fuzz intent-file|chat-body [libFuzzer flags] [corpus folders]")
}
LibFuzzerInput.target = target
LibFuzzerInput.harness = FuzzHarness(intentsDirectory: intents)
// libFuzzer reads its flags from argv: the program's name, then everything after the target.
var driverArguments = [CommandLine.arguments[0]] + arguments.dropFirst()
var pointers = driverArguments.map { strdup($0) } + [nil]
var count = CInt(driverArguments.count)
let status = pointers.withUnsafeMutableBufferPointer { buffer -> CInt in
    var argv = buffer.baseAddress!
    return runDriver(&count, &argv) { LibFuzzerInput.run($0, $1) }
}
exit(status)

#else

// MARK: Seeded mutations

let inputs = Int(option("--inputs") ?? "20000") ?? 20000
let seed = UInt64(option("--seed") ?? "12") ?? 12
guard arguments.isEmpty else { fail("unknown arguments: \(arguments.joined(separator: " "))") }
let report = FuzzCampaign(intentsDirectory: intents).run(inputs: inputs, seed: seed)
print(report)
for (target, problem, input) in report.problems {
    print("\(target.rawValue): \(problem)\n  input: \(String(decoding: input.prefix(400), as: UTF8.self).debugDescription)")
}
exit(report.problemCount == 0 ? 0 : 1)

#endif

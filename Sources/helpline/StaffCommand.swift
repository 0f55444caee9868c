import ArgumentParser
import Foundation
import HelplineStore

/// Staff accounts: tokens for the staff page and API.
struct Staff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add, list and revoke staff accounts.", subcommands: [Add.self, List.self, Revoke.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff member and print their token once.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The staff member's name (letters, digits, . _ -).") var name: String

        func run() async throws {
            let store = try await options.open()
            do {
                let (member, token) = try await store.addStaff(name: name, at: Date())
                try await options.audit(store, "staff.add", targets: [member.name])
                print("Added \(member.name). Their token is shown once; only its hash is stored:")
                print("token: \(token)")
            } catch let error as StoreError {
                printError("cannot add '\(name)': \(error.message)")
                throw ExitCode(1)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff members.")
        @OptionGroup var options: StoreOptions

        func run() async throws {
            let store = try await options.open()
            let members = try await store.listStaff()
            if members.isEmpty { print("No staff yet. Add one with: helpline staff add NAME") }
            for member in members {
                let state = member.revokedAt.map { "revoked \($0.shortTimestamp)" } ?? "active"
                print("\(member.name)\tadded \(member.createdAt.shortTimestamp)\t\(state)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a staff member's token at once.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The staff member's name.") var name: String

        func run() async throws {
            let store = try await options.open()
            do {
                try await store.revokeStaff(name: name, at: Date())
                try await options.audit(store, "staff.revoke", targets: [name])
                print("Revoked \(name); their token no longer works.")
            } catch let error as StoreError {
                printError("cannot revoke '\(name)': \(error.message)")
                throw ExitCode(1)
            }
        }
    }
}

/// The audit log: who read or changed what, and when.
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List audit entries, newest first.")
    @OptionGroup var options: StoreOptions
    @Option(help: "How many entries.") var limit = 50
    @Option(name: .customLong("staff"), help: "Only this staff member's entries.") var staffName: String?

    func run() async throws {
        let store = try await options.open()
        for entry in try await store.auditLog(limit: limit, staff: staffName) {
            print("\(entry.at.shortTimestamp)\t\(entry.staff)\t\(entry.action)\t\(entry.targets.joined(separator: ","))\t\(entry.detail ?? "")")
        }
    }
}

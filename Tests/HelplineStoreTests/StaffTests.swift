import Foundation
import GRDB
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct StaffTests {
    @Test(arguments: Backend.all) func addedStaffMemberAuthenticatesWithTheTokenReturnedOnce(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let (member, token) = try await store.addStaff(name: "pat", at: Fixture.start)

            #expect(member == StaffMember(name: "pat", createdAt: Fixture.start, revokedAt: nil))
            #expect(member.isActive)
            #expect(token.hasPrefix("hl_"))
            let body = token.dropFirst(3)
            #expect(body.count == 64)
            #expect(body.allSatisfy { "0123456789abcdef".contains($0) })

            #expect(try await store.authenticate(token: token) == member)
            #expect(try await store.listStaff() == [member])
        }
    }

    @Test func onlyTheTokensHashIsStored() async throws {
        try await TemporaryStore.with { temporary in
            let (_, token) = try await temporary.store.addStaff(name: "pat", at: Fixture.start)
            let body = String(token.dropFirst(3))

            let queue = try DatabaseQueue(path: temporary.path)
            let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM staff") }
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            #expect(Set(row.columnNames) == ["id", "name", "tokenHash", "createdAt", "revokedAt"])
            let hash: String = row["tokenHash"]
            #expect(hash == StaffCredentials.hash(token))
            #expect(hash.count == 64)
            for value in row.databaseValues {
                let text = String(describing: value)
                #expect(!text.contains(body), "the token is stored in the staff table")
            }
            // Nor anywhere else in the files: the database and its write-ahead log.
            for suffix in ["", "-wal"] {
                let data = (try? Data(contentsOf: URL(fileURLWithPath: temporary.path + suffix))) ?? Data()
                #expect(data.range(of: Data(body.utf8)) == nil, "the token is in helpline.sqlite\(suffix)")
            }
        }
    }

    @Test(arguments: Backend.all) func everyTokenIsDifferent(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = try await temporary.store.addStaff(name: "pat", at: Fixture.start)
            let second = try await temporary.store.addStaff(name: "lee", at: Fixture.start)
            #expect(first.token != second.token)
            #expect(try await temporary.store.authenticate(token: second.token)?.name == "lee")
        }
    }

    @Test(arguments: Backend.all) func unknownAndMalformedTokensDoNotAuthenticate(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let (_, token) = try await store.addStaff(name: "pat", at: Fixture.start)
            #expect(try await store.authenticate(token: "") == nil)
            #expect(try await store.authenticate(token: "hl_") == nil)
            #expect(try await store.authenticate(token: String(token.dropFirst(3))) == nil)
            #expect(try await store.authenticate(token: token.uppercased()) == nil)
            #expect(try await store.authenticate(token: String(token.dropLast())) == nil)
            // The stored hash is not a token either.
            let hash = StaffCredentials.hash(token)
            #expect(try await store.authenticate(token: hash) == nil)
            #expect(try await store.authenticate(token: "hl_" + hash) == nil)
        }
    }

    @Test(arguments: Backend.all) func revokedTokenNoLongerAuthenticatesAndStaysListed(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let pat = try await store.addStaff(name: "pat", at: Fixture.start)
            let lee = try await store.addStaff(name: "lee", at: Fixture.minutes(1))

            try await store.revokeStaff(name: "pat", at: Fixture.days(1))

            #expect(try await store.authenticate(token: pat.token) == nil)
            #expect(try await store.authenticate(token: lee.token) == lee.member)
            let listed = try await store.listStaff()
            #expect(listed == [
                StaffMember(name: "pat", createdAt: Fixture.start, revokedAt: Fixture.days(1)),
                lee.member,
            ])
            #expect(listed.map(\.isActive) == [false, true])
        }
    }

    @Test(arguments: Backend.all) func revokingAnUnknownOrRevokedNameIsNotFound(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            _ = try await store.addStaff(name: "pat", at: Fixture.start)
            try await store.revokeStaff(name: "pat", at: Fixture.minutes(1))

            await #expect(throws: StoreError.notFound("")) { try await store.revokeStaff(name: "pat", at: Fixture.minutes(2)) }
            await #expect(throws: StoreError.notFound("")) { try await store.revokeStaff(name: "nobody", at: Fixture.minutes(2)) }
            // The first revocation's date stands.
            #expect(try await store.listStaff().first?.revokedAt == Fixture.minutes(1))
        }
    }

    @Test(arguments: Backend.all) func namesAreMatchedWithoutRegardToCase(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let (_, token) = try await store.addStaff(name: "Pat.Smith", at: Fixture.start)
            try await store.revokeStaff(name: "pat.smith", at: Fixture.minutes(1))
            #expect(try await store.authenticate(token: token) == nil)
            // The name keeps the case it was added with.
            #expect(try await store.listStaff().map(\.name) == ["Pat.Smith"])
        }
    }

    @Test(arguments: Backend.all) func aTakenNameIsAConflict(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let (member, token) = try await store.addStaff(name: "pat", at: Fixture.start)

            for name in ["pat", "PAT"] {
                let error = await #expect(throws: StoreError.self) { try await store.addStaff(name: name, at: Fixture.minutes(1)) }
                #expect(error?.code == .conflict)
            }
            // The first account is untouched.
            #expect(try await store.listStaff() == [member])
            #expect(try await store.authenticate(token: token) == member)
        }
    }

    @Test(arguments: Backend.all) func aRevokedNameIsNotReused(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            _ = try await store.addStaff(name: "pat", at: Fixture.start)
            try await store.revokeStaff(name: "pat", at: Fixture.minutes(1))
            await #expect(throws: StoreError.conflict("")) { try await store.addStaff(name: "pat", at: Fixture.minutes(2)) }
            #expect(try await store.listStaff().count == 1)
        }
    }

    @Test(arguments: Backend.all, [
        "", String(repeating: "a", count: 65), "pat smith", " pat", "pat\n", "pat/admin", "pat@example.org",
        "Zoë", "p\u{0430}t",  // Cyrillic a
        "hl_0123;DROP TABLE staff",
    ])
    func malformedNameIsInvalid(_ backend: Backend, _ name: String) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let error = await #expect(throws: StoreError.self) { try await temporary.store.addStaff(name: name, at: Fixture.start) }
            #expect(error?.code == .invalidData)
            if !name.isEmpty {
                #expect(error.map { !$0.message.contains(name) } ?? false, "the rejected name is quoted back")
            }
            let staff = try await temporary.store.listStaff()
            #expect(staff.isEmpty)
        }
    }

    @Test(arguments: Backend.all, ["a", "pat", "Pat.Smith_2-b", String(repeating: "x", count: 64)])
    func wellFormedNameIsAccepted(_ backend: Backend, _ name: String) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let (member, _) = try await temporary.store.addStaff(name: name, at: Fixture.start)
            #expect(member.name == name)
        }
    }
}

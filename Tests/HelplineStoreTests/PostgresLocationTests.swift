import Foundation
import Testing
@testable import HelplineStore

@Suite struct PostgresLocationTests {
    @Test func aFullURLIsReadPartByPart() throws {
        let location = try PostgresLocation(parsing: "postgres://helpline:s3cr%40t@db.example.org:6543/helpline_prod?sslmode=require")
        #expect(location.endpoint == .tcp(host: "db.example.org", port: 6543))
        #expect(location.username == "helpline")
        #expect(location.password == "s3cr@t")
        #expect(location.database == "helpline_prod")
        #expect(location.sslMode == .require)
    }

    @Test func postgresqlSchemeAndDefaultsWork() throws {
        let location = try PostgresLocation(parsing: "POSTGRESQL://pat@localhost")
        #expect(location.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(location.password == nil)
        #expect(location.database == "pat")
        #expect(location.sslMode == .prefer)
    }

    @Test func aHostParameterWithAPathIsTheSocketFolder() throws {
        let location = try PostgresLocation(parsing: "postgres://postgres@/helpline?host=/var/run/postgresql&port=5433")
        #expect(location.endpoint == .unixSocket(path: "/var/run/postgresql/.s.PGSQL.5433"))
        #expect(location.database == "helpline")
    }

    @Test func ipv6HostsAndOtherParametersAreRead() throws {
        let location = try PostgresLocation(
            parsing: "postgres://u@[::1]:5433/d?sslmode=disable&connect_timeout=7&application_name=helpline")
        #expect(location.endpoint == .tcp(host: "::1", port: 5433))
        #expect(location.sslMode == .disable)
        #expect(location.connectTimeout == .seconds(7))
        #expect(location.applicationName == "helpline")
    }

    @Test func theDescriptionNeverShowsThePassword() throws {
        let location = try PostgresLocation(parsing: "postgres://helpline:hunter2@db:5432/prod?sslmode=disable")
        #expect(!location.description.contains("hunter2"))
        #expect(location.description == "postgres://helpline:***@db:5432/prod?sslmode=disable")
        #expect(!"\(location)".contains("hunter2"))
        #expect(!String(reflecting: location).contains("hunter2"))
        var dumped = ""
        dump(location, to: &dumped)
        #expect(!dumped.contains("hunter2"))
    }

    @Test(arguments: [
        ("mysql://u@h/d", "does not start with"),
        ("postgres://h/d", "names no user"),
        ("postgres://u@/d", "names no host"),
        ("postgres://u:hunter2@h:99999/d", "port"),
        ("postgres://u:hunter2@h:abc/d", "port"),
        ("postgres://u:hunter2@h/d?sslmode=sometimes", "sslmode"),
        ("postgres://u:hunter2@h/d?colour=blue", "unknown parameter 'colour'"),
        ("postgres://u:hunter2@h/d?connect_timeout=soon", "connect_timeout"),
        ("postgres://u:hunt%zzer2@h/d", "percent escape in its password"),
        ("postgres://u:hunter2@h/d#x", "fragment"),
        ("postgres://u:hunter2@[::1/d", "IPv6"),
    ])
    func aMalformedURLIsInvalidDataThatSaysWhy(url: String, problem: String) {
        let error = #expect(throws: StoreError.self) { try PostgresLocation(parsing: url) }
        #expect(error?.code == .invalidData)
        #expect(error?.message.contains(problem) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("hunter2") == false)
        #expect(error?.message.contains("hunt%zzer2") == false)
    }

    @Test func onlyPostgresURLsArePostgresLocations() {
        #expect(PostgresLocation.isPostgresURL("postgres://u@h/d"))
        #expect(PostgresLocation.isPostgresURL("PostgreSQL://u@h/d"))
        #expect(!PostgresLocation.isPostgresURL("transcripts/helpline.sqlite"))
        #expect(!PostgresLocation.isPostgresURL("/var/lib/helpline/postgres.sqlite"))
        #expect(!PostgresLocation.isPostgresURL("file://x"))
    }

    @Test func openStoreOpensAFilePathAsSQLite() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpline-open-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await openStore(folder.appendingPathComponent("helpline.sqlite").path)
        #expect(store is SQLiteStore)
        await store.close()
    }

    @Test func openStoreRefusesAMalformedPostgresURL() async {
        await #expect(throws: StoreError.invalidData("")) { try await openStore("postgres://nobody-at-all") }
    }
}

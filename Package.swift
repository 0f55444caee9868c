// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Helpline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "helpline", targets: ["helpline"]),
        .library(name: "HelplineCore", targets: ["HelplineCore"]),
        .library(name: "HelplineStore", targets: ["HelplineStore"]),
        .library(name: "HelplineServer", targets: ["HelplineServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // The responder: normalisation, intent files, matching, plugins. No server, no database.
        .target(
            name: "HelplineCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            // The crisis floor's frozen training set (CrisisScorer).
            resources: [.copy("Crisis/Training"), .copy("Matching/OutOfScope")],
            swiftSettings: strict
        ),
        // The store: conversations, turns, handoffs, notification outbox, retention; on SQLite
        // (embedded, the default) or PostgreSQL (one server shared by several instances).
        .target(
            name: "HelplineStore",
            dependencies: [
                "HelplineCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // The web service: chat and admin API, the chat page, intent hot reload, handoff
        // notifications, Prometheus metrics.
        .target(
            name: "HelplineServer",
            dependencies: [
                "HelplineCore",
                "HelplineStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Public")],
            swiftSettings: strict
        ),
        // The fuzz harness: seeds, mutations and the checks a fuzzed input must pass, shared by
        // the test suite (a seeded run) and helpline-fuzz (libFuzzer, `make fuzz`).
        .target(
            name: "HelplineFuzzing",
            dependencies: ["HelplineCore", "HelplineServer"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "helpline-fuzz",
            dependencies: ["HelplineCore", "HelplineFuzzing"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "helpline",
            dependencies: [
                "HelplineCore",
                "HelplineStore",
                "HelplineServer",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HelplineCoreTests",
            dependencies: ["HelplineCore"],
            // Intent folders the tests read from disk by path, not bundle resources.
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HelplineStoreTests",
            dependencies: [
                "HelplineStore",
                "HelplineCore",
                // To inspect the database file the way another connection sees it.
                .product(name: "GRDB", package: "GRDB.swift"),
                // To create and drop test databases, and to cut a store off from its server.
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HelplineServerTests",
            dependencies: [
                "HelplineServer",
                "HelplineStore",
                "HelplineCore",
                "HelplineFuzzing",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                // To read openapi/helpline-v1.yaml: the routes are checked against the contract.
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
    ]
)

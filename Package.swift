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
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "helpline", targets: ["helpline"]),
        .library(name: "HelplineCore", targets: ["HelplineCore"]),
        .library(name: "HelplineStore", targets: ["HelplineStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The responder: normalisation, intent files, matching, plugins. No server, no database.
        .target(
            name: "HelplineCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // The SQLite store: conversations, turns, handoffs, notification outbox, retention.
        .target(
            name: "HelplineStore",
            dependencies: [
                "HelplineCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "helpline",
            dependencies: [
                "HelplineCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HelplineCoreTests",
            dependencies: ["HelplineCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HelplineStoreTests",
            dependencies: [
                "HelplineStore",
                "HelplineCore",
                // To inspect the database file the way another connection sees it.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
    ]
)

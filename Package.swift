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
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The responder: normalisation, intent files, matching, plugins. No server, no database.
        .target(
            name: "HelplineCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
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
    ]
)

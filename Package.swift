// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "cybernorms",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cybernorms", targets: ["cybernorms"]),
        .library(name: "NormsCore", targets: ["NormsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "NormsCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "NormsStore",
            dependencies: [
                "NormsCore",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "NormsReports",
            dependencies: ["NormsCore", .product(name: "Plot", package: "Plot")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "NormsServer",
            dependencies: [
                "NormsCore", "NormsStore", "NormsReports",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cybernorms",
            dependencies: ["NormsServer"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "NormsTestSupport",
            dependencies: ["NormsStore", .product(name: "SQLKit", package: "sql-kit"), .product(name: "FluentKit", package: "fluent-kit")],
            path: "Tests/NormsTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NormsCoreTests", dependencies: ["NormsCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "NormsStoreTests",
            dependencies: ["NormsStore", "NormsCore", "NormsTestSupport", .product(name: "SQLKit", package: "sql-kit"), .product(name: "FluentKit", package: "fluent-kit")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NormsReportsTests", dependencies: ["NormsReports", "NormsCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "NormsServerTests",
            dependencies: [
                "NormsServer", "NormsStore", "NormsCore", "NormsReports", "NormsTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

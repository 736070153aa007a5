// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CrimeStats",
    products: [
        .executable(name: "crimestats", targets: ["crimestats"]),
        .library(name: "CrimeData", targets: ["CrimeData"]),
        .library(name: "CrimeExtract", targets: ["CrimeExtract"]),
        .library(name: "CrimeAnalytics", targets: ["CrimeAnalytics"]),
        .library(name: "TextCharts", targets: ["TextCharts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "CrimeData"),
        .target(name: "CrimeExtract", dependencies: ["CrimeData"]),
        .target(
            name: "CrimeAnalytics",
            dependencies: ["COpenBLAS", "CrimeData"],
            linkerSettings: [.linkedLibrary("m")]
        ),
        .target(name: "TextCharts"),
        .executableTarget(
            name: "crimestats",
            dependencies: [
                "CrimeData", "CrimeExtract", "CrimeAnalytics", "TextCharts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        .executableTarget(
            name: "crimestats-bench",
            dependencies: ["CrimeData", "CrimeAnalytics", "CrimeExtract"],
            path: "Benchmarks/Sources/crimestats-bench"
        ),
        .testTarget(
            name: "CrimeDataTests",
            dependencies: [
                "CrimeData",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CrimeExtractTests",
            dependencies: ["CrimeExtract", "CrimeData"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CrimeAnalyticsTests",
            dependencies: [
                "CrimeAnalytics", "CrimeData",
                .product(name: "Numerics", package: "swift-numerics"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TextChartsTests",
            dependencies: ["TextCharts"],
            resources: [.copy("Goldens")]
        ),
        .testTarget(
            name: "CrimestatsTests",
            dependencies: ["crimestats", "CrimeAnalytics", "CrimeData", "TextCharts"]
        ),
        .testTarget(
            name: "CrimestatsEndToEndTests",
            dependencies: ["CrimeData", "TextCharts"],
            exclude: ["Screenshots"],
            resources: [.copy("Fixtures"), .copy("Goldens")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

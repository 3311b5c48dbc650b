// swift-tools-version: 6.0
// Swift 6 language mode (tools version 6.0).
import PackageDescription

let package = Package(
    name: "newslint",
    products: [
        .executable(name: "newslint", targets: ["newslint"]),
        .executable(name: "newslint-server", targets: ["newslint-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Declarative rules and configuration in YAML.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The pre-publish HTTP service (`newslint serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Property-based tests (test-only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The only code that includes ICU headers. Its public header is ICU-free,
        // so Swift modules that also import Foundation (which bundles its own ICU)
        // never see two definitions of ICU types. See CONTRIBUTING.md.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // Rules/dictionaries/ embedded at compile time (C23 #embed).
        .target(name: "CNewslintData"),
        .target(name: "NewslintCore"),
        .target(name: "NewslintText", dependencies: ["NewslintCore", "CICU", "CNewslintData"]),
        .target(
            name: "NewslintRules",
            dependencies: ["NewslintCore", "NewslintText", "CNewslintData", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "NewslintReporters", dependencies: ["NewslintCore"]),
        // The pre-publish HTTP JSON API behind `newslint serve`.
        .target(
            name: "NewslintService",
            dependencies: [
                "NewslintCore", "NewslintReporters",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
            ],
            exclude: ["openapi.yaml"]
        ),
        // Reading inputs and writing fixed files safely.
        .target(name: "NewslintFiles", dependencies: ["NewslintCore"]),
        // What the command-line programs share: the rule, input and
        // configuration options, and the terminal.
        .target(
            name: "NewslintCommandLine",
            dependencies: [
                "NewslintCore", "NewslintText", "NewslintRules", "NewslintFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The promises checked by the fuzzer and the property tests.
        .target(name: "NewslintVerification", dependencies: ["NewslintCore", "NewslintText", "NewslintRules"]),
        // libFuzzer target (built with -DFUZZING -sanitize=fuzzer) or input replayer.
        .executableTarget(name: "newslint-fuzz", dependencies: ["NewslintVerification"]),
        // In-process timings of each pipeline step (see Benchmarks/).
        .executableTarget(name: "newslint-benchmark", dependencies: ["NewslintText", "NewslintRules"]),
        // Development tool: compiles Rules/dictionaries/ into lexicon.bin.
        .executableTarget(name: "lexicon-compiler", dependencies: ["NewslintText"]),
        .executableTarget(
            name: "newslint",
            dependencies: [
                "NewslintCore", "NewslintText", "NewslintRules", "NewslintReporters", "NewslintFiles", "NewslintCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `newslint serve`: the HTTP service, a program of its own (see ServeCommand).
        .executableTarget(
            name: "newslint-server",
            dependencies: [
                "NewslintCore", "NewslintText", "NewslintRules", "NewslintFiles", "NewslintService", "NewslintCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NewslintCoreTests", dependencies: ["NewslintCore"]),
        .testTarget(name: "NewslintTextTests", dependencies: ["NewslintText"]),
        .testTarget(
            name: "NewslintRulesTests",
            dependencies: ["NewslintRules", "NewslintText", "NewslintCore"]
        ),
        .testTarget(name: "NewslintReportersTests", dependencies: ["NewslintReporters", "NewslintCore"]),
        .testTarget(name: "NewslintServiceTests", dependencies: ["NewslintService"]),
        .testTarget(name: "NewslintFilesTests", dependencies: ["NewslintFiles", "NewslintCore"]),
        .testTarget(name: "NewslintCLITests", dependencies: ["newslint", "newslint-server"]),
        .testTarget(
            name: "NewslintVerificationTests",
            dependencies: [
                "NewslintVerification", "NewslintCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)

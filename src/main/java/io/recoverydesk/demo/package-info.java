/**
 * A seeded, deterministic generator of realistic portfolios: the demo tenant on first
 * start (with two weeks of contact history through the compliance door, and work queues,
 * arrangements, payments and tasks through the casework and payments modules' system
 * APIs, four months of payments by a documented process, a trained propensity model and a
 * first strategy run), and placement files of any size for benchmarks and tests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "portfolio", "compliance",
        "compliance::policy", "casework", "payments", "scoring", "strategy", "team", "allocation" })
package io.recoverydesk.demo;

/**
 * A seeded, deterministic generator of realistic portfolios: the demo tenant on first
 * start, and placement files of any size for benchmarks and tests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "identity", "portfolio" })
package io.recoverydesk.demo;

/**
 * Stint's tracking model as services: clients, projects, tasks, time entries (and the timer that
 * makes them), expenses. Times are UTC {@link java.time.Instant}s, money is integer minor units
 * with an ISO-4217 currency, durations are whole seconds.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.stint.tracking.api;

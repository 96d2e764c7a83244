/**
 * Billing: services, hourly rates (money in integer minor units of an ISO-4217 currency) and
 * profiles (client + optional project + service + rate) that blocks and time are billed to.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.stint.billing.api;

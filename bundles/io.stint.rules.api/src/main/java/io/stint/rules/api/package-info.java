/**
 * The assignment rule engine's API: rules that assign blocks to billing profiles by application,
 * domain, title pattern, keyword or a condition tree, and the jobs that apply them to history.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.stint.rules.api;

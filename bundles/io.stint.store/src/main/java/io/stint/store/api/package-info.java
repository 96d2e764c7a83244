/**
 * Stint's database: the {@link javax.sql.DataSource} service, {@link io.stint.store.api.Transactions}
 * and per-bundle schema migrations declared with {@link io.stint.store.api.Migrations}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.stint.store.api;

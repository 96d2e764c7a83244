/**
 * The exporter SPI. An exporter bundle registers an {@link io.stint.export.api.Exporter}; Stint lists
 * the exporters that are live at {@code /api/v1/exports} and runs them on request, streaming the
 * file to the client or, for long exports, into a job whose progress can be followed and whose file
 * is fetched when done. Exporters come and go with their bundles while the server runs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.stint.export.api;

/**
 * Invoices as documents, and the renderer SPI. Stint's invoicing module builds an
 * {@link io.stint.invoice.api.InvoiceDocument} from a stored invoice; a renderer bundle (PDF)
 * registers an {@link io.stint.invoice.api.InvoiceRenderer} that turns it into a file.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.stint.invoice.api;

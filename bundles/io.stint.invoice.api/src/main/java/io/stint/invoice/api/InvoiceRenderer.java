package io.stint.invoice.api;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

/** Turns an invoice into a file, registered as a DS service by a renderer bundle. */
@ConsumerType
public interface InvoiceRenderer {

    /** The media type it writes, e.g. {@code application/pdf}. */
    String mediaType();

    /** Writes {@code invoice} to {@code out}; it does not close {@code out}. */
    void render(InvoiceDocument invoice, OutputStream out) throws IOException;
}

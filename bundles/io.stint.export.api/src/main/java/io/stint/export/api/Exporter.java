package io.stint.export.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An exporter, registered as a DS service by its own bundle. It declares what it makes and what it
 * takes; {@link #prepare} checks a request and answers an {@link Export} that writes the file to a
 * stream as it reads the data, never holding the whole result in memory.
 */
@ConsumerType
public interface Exporter {

    /** A stable, URL-safe id, e.g. {@code invoice-lines}, {@code time-entries-xlsx}. */
    String id();

    /** A short human title, e.g. "Invoice lines (CSV)". */
    String title();

    /** The file's media type, e.g. {@code text/csv}. */
    String mediaType();

    /** The file name extension without the dot, e.g. {@code csv}. */
    String extension();

    /** The data scope a caller needs besides {@code read:exports}, e.g. {@code read:time_entries}. */
    String scope();

    /** The parameters it takes, in the order a form would show them. */
    List<ExportParameter> parameters();

    /**
     * Checks {@code request} and answers the export to write. Nothing is read or written yet beyond
     * what the check needs.
     *
     * @throws ExportException for a missing or invalid parameter
     */
    Export prepare(ExportRequest request);
}

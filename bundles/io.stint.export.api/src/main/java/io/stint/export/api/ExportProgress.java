package io.stint.export.api;

import org.osgi.annotation.versioning.ProviderType;

/** Where an export reports how far it got. */
@ProviderType
public interface ExportProgress {

    /** Progress nobody follows. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void total(long rows) {
        }

        @Override
        public void advance(long rows) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The number of rows it will write, once known. */
    void total(long rows);

    /** {@code rows} more rows were written. */
    void advance(long rows);

    /** Whether the export should stop. */
    boolean cancelled();
}

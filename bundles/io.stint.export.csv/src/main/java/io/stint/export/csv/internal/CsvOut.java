package io.stint.export.csv.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Rows to an RFC 4180 CSV stream through Jackson's CSV generator: comma separated, CRLF line ends,
 * a field quoted only when it holds a comma, a quote or a line break, quotes doubled. For a file
 * meant for a spreadsheet, text that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading
 * apostrophe, so it shows as the text it is.
 */
final class CsvOut implements Closeable {

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final CsvGenerator generator;
    private final boolean spreadsheet;

    CsvOut(OutputStream out, boolean spreadsheet) throws IOException {
        this.generator = (CsvGenerator) FACTORY.createGenerator(out);
        this.generator.setSchema(SCHEMA);
        this.spreadsheet = spreadsheet;
    }

    /** One row of values as they are (headers, numbers, dates). */
    void row(String... values) throws IOException {
        generator.writeStartArray();
        for (String value : values) {
            generator.writeString(value == null ? "" : value);
        }
        generator.writeEndArray();
    }

    /** Free text someone typed or captured: guarded when the file is for a spreadsheet. */
    String text(String value) {
        if (value == null || value.isEmpty() || !spreadsheet) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}

package io.stint.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.stint.store.api.MigrationException;

/** One versioned migration script: {@code V<version>__<description>.sql}. */
record Script(String name, int version, String description, String sql) {

    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_.-]+)\\.sql");
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\r?\\n|$)");

    static Script of(String owner, String name, String sql) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new MigrationException("Migration script '" + name + "' of " + owner
                    + " is not named V<version>__<description>.sql");
        }
        return new Script(name, Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                sql.replace("\r\n", "\n"));
    }

    /** SHA-256 of the script text with line endings normalised, as lowercase hex. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The statements of the script: split at a {@code ;} that ends a line, comment lines dropped. */
    List<String> statements() {
        StringBuilder text = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String part : STATEMENT_END.split(text)) {
            String statement = part.strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }
}

package io.stint.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sets one key of a {@code .cfg} file's text (Java properties, as FileInstall reads them), keeping
 * its comments and other lines: the operator's file stays theirs and agrees with the configuration.
 */
final class CfgFile {

    private CfgFile() {
    }

    /** {@code text} with {@code key} set to {@code value}, or removed when {@code value} is null. */
    static String set(String text, String key, String value) {
        Pattern line = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        List<String> out = new ArrayList<>();
        boolean done = false;
        for (String l : text.split("\n", -1)) {
            if (line.matcher(l).matches()) {
                if (!done && value != null) {
                    out.add(key + "=" + escape(value));
                }
                done = true;
            } else {
                out.add(l);
            }
        }
        if (!done && value != null) {
            if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            out.add(key + "=" + escape(value));
            out.add("");
        }
        return String.join("\n", out);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}

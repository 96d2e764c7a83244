package io.stint.features;

import java.util.List;

/**
 * One feature as features/&lt;name&gt;/ describes it: its POM's description and the features it
 * depends on, its .bndrun fragment's bundles (bnd.identity) and needs (every other requirement).
 */
public record Feature(String name, String description, List<String> dependsOn, List<String> brings, List<String> needs,
        java.nio.file.Path fragment) {

    /** The three features every runtime has; all others are optional. */
    public static final List<String> BASE = List.of("platform", "core", "tracking");

    public boolean optional() {
        return !BASE.contains(name);
    }
}

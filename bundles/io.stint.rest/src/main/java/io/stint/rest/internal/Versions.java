package io.stint.rest.internal;

import java.lang.management.ManagementFactory;

import org.osgi.framework.Version;

/** Stint's version and the process uptime, as health and info report them. */
final class Versions {

    private Versions() {
    }

    /** {@code 0.1.0.SNAPSHOT} reads {@code 0.1.0-SNAPSHOT}, as the project names it. */
    static String display(Version version) {
        String base = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        return version.getQualifier().isEmpty() ? base : base + "-" + version.getQualifier();
    }

    static long uptimeSeconds() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
    }
}

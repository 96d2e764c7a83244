package io.stint.capture.x11.internal;

import com.sun.jna.Pointer;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** A private Xvfb server on a free display number, for one test class. */
final class Xvfb implements AutoCloseable {

    private final Process process;
    private final String display;
    private final Thread killer;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
        this.killer = new Thread(process::destroyForcibly, "xvfb-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts one on the first free display from :90 up and waits until a client can connect. */
    static Xvfb start() throws IOException, InterruptedException {
        XClient x = XClient.load();
        for (int n = 90; n < 200; n++) {
            if (new File("/tmp/.X11-unix/X" + n).exists() || new File("/tmp/.X" + n + "-lock").exists()) {
                continue;
            }
            Process process = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (process.isAlive() && System.nanoTime() < deadline) {
                Pointer probe = x.XOpenDisplay(":" + n);
                if (probe != null) {
                    x.XCloseDisplay(probe);
                    return new Xvfb(process, ":" + n);
                }
                Thread.sleep(50);
            }
            process.destroyForcibly().waitFor(); // another server took the number meanwhile, or it hung
        }
        throw new IllegalStateException("no free X display between :90 and :199");
    }

    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}

package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.Test;

/** The README's run command (./stint) as an operator meets it: real process, real HTTP, real signals. */
public class LauncherIT {

    private static final Path WORK = Path.of(System.getProperty("stint.itest.work", "target/itest-work"));

    private static ServerProcess server() throws Exception {
        return new ServerProcess(WORK.resolve("launcher-" + UUID.randomUUID()), ServerProcess.freePort());
    }

    @Test
    public void startsServesAndShutsDownCleanlyOnSigterm() throws Exception {
        try (ServerProcess s = server()) {
            s.start();
            assertTrue(s.log(), s.await("/health", 200, 60));
            assertTrue(s.log(), s.await("/api/v1/health", 200, 60));
            awaitLog(s, "Database open");
            int exit = s.terminate();
            assertTrue("a JVM stopped by SIGTERM exits 143 after its shutdown hooks ran: " + exit, exit == 143 || exit == 0);
            String log = s.log();
            assertTrue(log, log.contains("Database closed"));
            assertFalse("SHUTDOWN removes the lock file", Files.exists(s.data.resolve("db/stint.lck")));
            assertFalse("SHUTDOWN checkpoints the log into the data files", Files.exists(s.data.resolve("db/stint.log")));
            assertEquals("the data folder is the owner's alone", "rwx------",
                    java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(s.data)));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(s.data.resolve("db/stint.script"))));
        }
    }

    @Test
    public void sigtermRightAfterTheFirstAnswerStillClosesTheDatabase() throws Exception {
        try (ServerProcess s = server()) {
            s.start();
            assertTrue(s.log(), s.await("/health", 200, 60));
            s.terminate();
            String log = s.log();
            assertTrue(log, log.contains("Stopping Stint"));
            assertFalse(log, log.contains("Database open") && !log.contains("Database closed"));
        }
    }

    @Test
    public void aPortInUseGivesOneClearLineAndANonZeroExit() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()); ServerProcess s =
                new ServerProcess(WORK.resolve("launcher-" + UUID.randomUUID()), taken.getLocalPort())) {
            s.start();
            int exit = s.waitForExit(30);
            assertNotEquals(0, exit);
            String log = s.log().strip();
            assertEquals(log, 1, log.lines().count());
            assertTrue(log, log.contains("port " + taken.getLocalPort()) && log.contains("in use"));
        }
    }

    @Test
    public void theRuntimeJarStartedDirectlyAlsoRefusesATakenPortInOneLine() throws Exception {
        Path dir = Files.createDirectories(WORK.resolve("direct-" + UUID.randomUUID()));
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Process direct = new ProcessBuilder("java", "-Dorg.osgi.service.http.port=" + taken.getLocalPort(),
                    "-Dorg.apache.felix.http.host=127.0.0.1", "-Dstint.data=" + dir.resolve("data"),
                    "-Dlaunch.storage.dir=" + dir.resolve("cache"), "-Dgosh.args=--nointeractive",
                    "-jar", ServerProcess.ROOT.resolve("runtime/target/stint.jar").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            assertTrue("exits by itself", direct.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(3, direct.exitValue());
            String out = Files.readString(dir.resolve("out.log"));
            assertTrue(out, out.lines().filter(l -> l.startsWith("stint:")).count() == 1);
            assertTrue(out, out.contains("127.0.0.1:" + taken.getLocalPort()));
            assertFalse("no stack trace: " + out, out.contains("\tat "));
        }
    }

    @Test
    public void anUnwritableDataFolderGivesOneClearLineAndANonZeroExit() throws Exception {
        try (ServerProcess s = server()) {
            Path file = Files.createDirectories(s.data.getParent()).resolve("not-a-folder");
            Files.writeString(file, "a file where the data folder should be");
            s.start(Map.of("STINT_DATA", file.resolve("data").toString()));
            int exit = s.waitForExit(30);
            assertNotEquals(0, exit);
            String log = s.log().strip();
            assertEquals(log, 1, log.lines().count());
            assertTrue(log, log.contains("data folder"));
        }
    }

    @Test
    public void listensOnLoopbackByDefault() throws Exception {
        try (ServerProcess s = server()) {
            s.start();
            assertTrue(s.log(), s.await("/health", 200, 60));
            assertTrue(s.log(), s.log().contains("Started Jetty"));
            String nonLoopback = firstNonLoopbackAddress();
            if (nonLoopback != null) {
                try (java.net.Socket socket = new java.net.Socket()) {
                    socket.connect(new java.net.InetSocketAddress(nonLoopback, s.port), 1000);
                    throw new AssertionError("reachable on " + nonLoopback);
                } catch (java.io.IOException refused) {
                    // expected: only 127.0.0.1 listens
                }
            }
        }
    }

    private static void awaitLog(ServerProcess s, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!s.log().contains(text) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(s.log(), s.log().contains(text));
    }

    private static String firstNonLoopbackAddress() throws Exception {
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var addr : java.util.Collections.list(nic.getInetAddresses())) {
                if (!addr.isLoopbackAddress() && addr instanceof java.net.Inet4Address) {
                    return addr.getHostAddress();
                }
            }
        }
        return null;
    }
}

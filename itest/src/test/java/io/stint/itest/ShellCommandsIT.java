package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The admin bundle's Gogo commands, run as command lines through the framework's own Gogo
 * CommandProcessor: {@code stint:start}, {@code stint:stop} and {@code stint:uninstall} manage a module
 * under the management switch, while {@code start}, {@code stop}, {@code uninstall} and {@code lb}
 * typed without a scope stay Gogo's framework commands (scope {@code felix}), in a session with no
 * SCOPE and in one with the console's {@code gogo:*}; the old {@code stint:module-start} still works.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellCommandsIT {

    private BundleContext context;
    private ByteArrayOutputStream out;
    private CommandSession session;
    private Bundle example;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("shell");
    }

    @Before
    public void openSession() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandProcessor processor = context.getService(context.getServiceReference(CommandProcessor.class));
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!commands().contains("stint:start")) {
            assertTrue("stint:start registered", System.currentTimeMillis() < deadline);
            Thread.sleep(50);
        }
        Modules.find(context, Modules.EXAMPLE).ifPresent(b -> {
            throw new AssertionError("the example module is not in the runtime: " + b);
        });
        example = context.installBundle(Modules.exampleJar().toUri().toString());
    }

    @After
    public void cleanUp() throws Exception {
        if (example.getState() != Bundle.UNINSTALLED) {
            example.uninstall();
        }
        management(false);
        session.close();
    }

    @Test
    public void theStintVerbsManageAModuleWhenManagementIsOn() throws Exception {
        management(true);
        String started = (String) session.execute("stint:start " + example.getBundleId());
        assertEquals(started, Bundle.ACTIVE, example.getState());
        assertTrue(started, started.contains(Modules.EXAMPLE) && started.contains("ACTIVE"));

        String stopped = (String) session.execute("stint:stop " + example.getBundleId());
        assertEquals(stopped, Bundle.RESOLVED, example.getState());
        assertTrue(stopped, stopped.contains("RESOLVED"));

        String again = (String) session.execute("stint:module-start " + example.getBundleId());
        assertEquals("the old name is an alias: " + again, Bundle.ACTIVE, example.getState());

        String modules = (String) session.execute("stint:modules");
        assertTrue(modules, modules.contains(Modules.EXAMPLE) && modules.contains("Module changes are enabled."));

        String removed = (String) session.execute("stint:uninstall " + example.getBundleId());
        assertEquals(removed, Bundle.UNINSTALLED, example.getState());
    }

    @Test
    public void theStintVerbsRefuseWhileManagementIsOff() throws Exception {
        String refused = (String) session.execute("stint:start " + example.getBundleId());
        assertTrue(refused, refused.startsWith("Refused: ") && refused.contains("enabled=true"));
        assertEquals(Bundle.INSTALLED, example.getState());
    }

    @Test
    public void unqualifiedFrameworkVerbsStayGogosWithoutAScope() throws Exception {
        assertNull(session.get("SCOPE"));
        frameworkVerbsAreGogos();
        assertEquals("felix:*", session.get("SCOPE"));
    }

    @Test
    public void unqualifiedFrameworkVerbsStayGogosInTheConsolesScope() throws Exception {
        session.put("SCOPE", "gogo:*");
        frameworkVerbsAreGogos();
        assertEquals("gogo:felix:*", session.get("SCOPE"));
    }

    /**
     * With management off each Stint verb would refuse or print its usage, and change nothing: the
     * framework's verbs do what they say.
     */
    private void frameworkVerbsAreGogos() throws Exception {
        Collection<String> commands = commands();
        for (String verb : new String[] { "start", "stop", "install", "update", "uninstall" }) {
            assertTrue(verb + " in both scopes: " + commands, commands.contains("felix:" + verb) && commands.contains("stint:" + verb));
        }
        long id = example.getBundleId();
        notStints(session.execute("start " + id));
        assertEquals(Bundle.ACTIVE, example.getState());
        notStints(session.execute("stop " + id));
        assertEquals(Bundle.RESOLVED, example.getState());
        long modified = example.getLastModified();
        Thread.sleep(20);
        notStints(session.execute("update " + id));
        assertTrue("felix:update updated the bundle", example.getLastModified() > modified);

        String listed = String.valueOf(session.execute("lb"));
        assertTrue(listed, listed.contains("START LEVEL") && listed.contains("Stint example module"));

        String installed = String.valueOf(session.execute("install " + Modules.exampleJar().toUri()));
        assertEquals("felix:install of an installed location answers its id", "Bundle ID: " + id, installed.strip());

        notStints(session.execute("uninstall " + id));
        assertEquals(Bundle.UNINSTALLED, example.getState());
        assertFalse(Modules.find(context, Modules.EXAMPLE).isPresent());
    }

    private static void notStints(Object answer) {
        String text = String.valueOf(answer);
        assertFalse(text, text.startsWith("Refused") || text.startsWith("Usage: stint") || text.startsWith("Module "));
    }

    @SuppressWarnings("unchecked")
    private Collection<String> commands() {
        return (Collection<String>) session.get(".commands");
    }

    private void management(boolean enabled) throws Exception {
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration config = cm.getConfiguration("io.stint.admin", "?");
        Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        properties.put("enabled", String.valueOf(enabled));
        config.update(properties);
        String expected = enabled ? "Module changes are enabled." : "Module changes are disabled";
        long deadline = System.currentTimeMillis() + 10_000;
        while (!((String) session.execute("stint:modules")).contains(expected)) {
            assertTrue("module management " + (enabled ? "on" : "off"), System.currentTimeMillis() < deadline);
            Thread.sleep(50);
        }
    }
}

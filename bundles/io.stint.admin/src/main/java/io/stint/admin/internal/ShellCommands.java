package io.stint.admin.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;

/**
 * Gogo commands over the same services as {@code /api/v1/admin}: {@code stint:modules},
 * {@code stint:install <jar>}, {@code stint:start|stop|uninstall <id>}, {@code stint:update <id> <jar>},
 * {@code stint:providers [capability]}, {@code stint:prefer <capability> <id|none>},
 * {@code stint:prefer exporter <id> <bundle|none>}; {@code stint:module-install} and the other
 * {@code module-} names of earlier releases stay as aliases. Typed without the scope, {@code start},
 * {@code stop}, {@code install}, {@code update} and {@code uninstall} remain the framework's own:
 * {@link ShellScope} puts Gogo's {@code felix} scope ahead of the others.
 */
@Component(service = ShellCommands.class, property = { "osgi.command.scope=stint", "osgi.command.function=modules",
    "osgi.command.function=install", "osgi.command.function=start", "osgi.command.function=stop",
    "osgi.command.function=update", "osgi.command.function=uninstall", "osgi.command.function=providers",
    "osgi.command.function=prefer", "osgi.command.function=module-install", "osgi.command.function=module-start",
    "osgi.command.function=module-stop", "osgi.command.function=module-update", "osgi.command.function=module-uninstall" })
public final class ShellCommands {

    private final ModuleView view;
    private final ModuleManager manager;
    private final ProviderChoices choices;

    @Activate
    public ShellCommands(@Reference ModuleView view, @Reference ModuleManager manager, @Reference ProviderChoices choices) {
        this.view = view;
        this.manager = manager;
        this.choices = choices;
    }

    public String _main(String... args) {
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "modules" -> modules();
                case "install", "module-install" -> one(rest, 1, "install <jar>", () -> line(manager.install(jar(rest.get(0)))));
                case "start", "module-start" -> one(rest, 1, "start <id>", () -> line(manager.start(id(rest.get(0)))));
                case "stop", "module-stop" -> one(rest, 1, "stop <id>", () -> line(manager.stop(id(rest.get(0)))));
                case "update", "module-update" -> one(rest, 2, "update <id> <jar>",
                        () -> line(manager.update(id(rest.get(0)), jar(rest.get(1)))));
                case "uninstall", "module-uninstall" -> one(rest, 1, "uninstall <id>", () -> {
                    manager.uninstall(id(rest.get(0)));
                    return "Module " + rest.get(0) + " uninstalled";
                });
                case "providers" -> providers(rest);
                case "prefer" -> rest.size() == 3 ? capability(choices.prefer(rest.get(0), rest.get(1), true,
                        "none".equals(rest.get(2)) ? null : rest.get(2)))
                        : one(rest, 2, "prefer <capability> <id|none> | prefer exporter <id> <bundle|none>", () -> capability(
                                choices.prefer(rest.get(0), "none".equals(rest.get(1)) ? null : rest.get(1))));
                default -> "Unknown command: " + command;
            };
        } catch (ApiException e) {
            return "Refused: " + e.getMessage() + (e.errors() == null ? "" : " " + e.errors());
        }
    }

    private String modules() {
        StringBuilder out = new StringBuilder(String.format("%5s  %-10s  %-36s %-16s %-22s %s%n", "id", "state",
                "symbolic name", "version", "feature", "services / routes"));
        for (Map<String, Object> m : view.list()) {
            out.append(line(m)).append('\n');
        }
        out.append(manager.enabled() ? "Module changes are enabled." : "Module changes are disabled (etc/io.stint.admin.cfg).");
        return out.toString();
    }

    private String providers(List<String> args) {
        if (args.isEmpty()) {
            StringBuilder out = new StringBuilder();
            choices.all().forEach(c -> out.append(capability(c)).append('\n'));
            return out.toString().stripTrailing();
        }
        return capability(choices.get(args.get(0)));
    }

    @SuppressWarnings("unchecked")
    private static String capability(Map<String, Object> c) {
        StringBuilder out = new StringBuilder(c.get("capability") + " (" + c.get("interface") + ")"
                + (Boolean.TRUE.equals(c.get("choosable")) ? ", target " + c.get("target") : ", all used") + ":");
        for (Map<String, Object> p : (List<Map<String, Object>>) c.get("providers")) {
            out.append(String.format("%n  %s %-24s bundle %-4s %-36s ranking %s", Boolean.TRUE.equals(p.get("preferred")) ? "*" : " ",
                    p.get("id"), p.get("bundle_id"), p.get("symbolic_name"), p.get("ranking")));
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String line(Map<String, Object> m) {
        int services = ((List<Object>) m.get("services")).size();
        int routes = ((List<Object>) m.get("routes")).size();
        return String.format("%5s  %-10s  %-36s %-16s %-22s %d / %d", m.get("id"), m.get("state"), m.get("symbolic_name"),
                m.get("version"), m.get("feature") == null ? "-" : m.get("feature"), services, routes);
    }

    private static String one(List<String> args, int count, String usage, Supplier<String> run) {
        return args.size() == count ? run.get() : "Usage: stint:" + usage;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_id", "Not a bundle id: " + text);
        }
    }

    private static Path jar(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw ApiException.badRequest("not_found", "No file " + path.toAbsolutePath());
        }
        return path;
    }
}

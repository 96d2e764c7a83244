package io.stint.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.rest.api.ApiException;

/**
 * Installs, starts, stops, updates and removes modules, one change at a time. A jar that is not a
 * bundle, does not resolve or fails to start is refused with the reason, and the system is left as
 * it was: a new bundle is uninstalled again, an updated one rolled back to its previous content.
 */
@Component(service = ModuleManager.class, configurationPid = AdminSettings.PID)
@Designate(ocd = AdminSettings.class)
public final class ModuleManager {

    /** What the runtime and this API need to keep running. */
    static final Set<String> CORE = Set.of("io.stint.boot", "io.stint.store", "io.stint.rest", "io.stint.security",
            "io.stint.admin");
    private static final Logger LOG = LoggerFactory.getLogger(ModuleManager.class);

    private final BundleContext context;
    private final ModuleView view;
    private final ModuleStore store;
    private volatile AdminSettings settings;

    @Activate
    public ModuleManager(BundleContext context, @Reference ModuleView view, AdminSettings settings) {
        this.context = context;
        this.view = view;
        this.settings = settings;
        String data = context.getProperty("stint.data");
        this.store = new ModuleStore(Path.of(data == null ? "data" : data, "modules"));
        restoreUploads();
    }

    @Modified
    void modified(AdminSettings changed) {
        this.settings = changed;
    }

    long uploadLimit() {
        return settings.upload_max_bytes();
    }

    /** Installs and starts the bundle in {@code jar}; 400/409 and nothing installed when it cannot run. */
    synchronized Map<String, Object> install(Path jar) {
        requireEnabled();
        JarCheck.Candidate candidate = checked(jar);
        view.named(candidate.symbolicName()).ifPresent(b -> {
            throw ApiException.conflict("already_installed", candidate.symbolicName() + " is installed as module "
                    + b.getBundleId() + "; replace it with POST /api/v1/admin/modules/" + b.getBundleId() + "/update.");
        });
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context.installBundle(ModuleView.UPLOAD_LOCATION + candidate.symbolicName(), in);
        } catch (BundleException e) {
            throw ApiException.badRequest("not_a_bundle", "The framework refused the bundle: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            resolveAndStart(bundle, true);
        } catch (ApiException e) {
            remove(bundle);
            throw e;
        }
        store.save(candidate.symbolicName(), jar);
        LOG.info("Module {} {} installed and started (bundle {})", candidate.symbolicName(), candidate.version(), bundle.getBundleId());
        return view.describe(bundle);
    }

    synchronized Map<String, Object> start(long id) {
        requireEnabled();
        Bundle bundle = changeable(id);
        resolveAndStart(bundle, true);
        return view.describe(bundle);
    }

    synchronized Map<String, Object> stop(long id) {
        requireEnabled();
        Bundle bundle = changeable(id);
        try {
            bundle.stop();
        } catch (BundleException | IllegalStateException e) {
            throw ApiException.conflict("stop_failed", "The module did not stop cleanly: " + reason(e));
        }
        return view.describe(bundle);
    }

    /** Replaces the module's content with {@code jar}; on any failure the previous content is back. */
    synchronized Map<String, Object> update(long id, Path jar) {
        requireEnabled();
        Bundle bundle = changeable(id);
        JarCheck.Candidate candidate = checked(jar);
        if (!candidate.symbolicName().equals(bundle.getSymbolicName())) {
            throw ApiException.badRequest("symbolic_name_mismatch", "The jar is " + candidate.symbolicName()
                    + ", module " + id + " is " + bundle.getSymbolicName() + "; upload it as a new module instead.");
        }
        boolean wasActive = (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0;
        Path previous = null;
        try {
            previous = Files.createTempFile("stint-module-", ".jar");
            BundleJar.write(bundle, previous);
            if (wasActive) {
                stopTransiently(bundle); // so that the update itself does not try to start the new content
            }
            replace(bundle, jar);
            try {
                resolveAndStart(bundle, wasActive);
            } catch (ApiException e) {
                replace(bundle, previous);
                restart(bundle, wasActive);
                throw e;
            }
            if ("upload".equals(view.source(bundle))) {
                store.save(candidate.symbolicName(), jar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(previous);
        }
        LOG.info("Module {} updated to {} (bundle {})", candidate.symbolicName(), candidate.version(), id);
        return view.describe(bundle);
    }

    /** Uninstalls the module; one from {@code deploy/} loses its file there too, so it stays gone. */
    synchronized void uninstall(long id) {
        requireEnabled();
        Bundle bundle = changeable(id);
        try {
            if (view.deployFile(bundle).isPresent()) {
                Files.deleteIfExists(view.deployFile(bundle).get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ("upload".equals(view.source(bundle))) {
            store.remove(bundle.getSymbolicName());
        }
        remove(bundle);
        LOG.info("Module {} (bundle {}) uninstalled", bundle.getSymbolicName(), id);
    }

    boolean enabled() {
        return settings.enabled();
    }

    void requireEnabled() {
        if (!settings.enabled()) {
            throw new ApiException(403, "module_management_disabled", "Module management is disabled",
                    "Installing, starting, stopping, updating and removing modules is off; set enabled=true in "
                            + "etc/io.stint.admin.cfg to allow it.", null);
        }
    }

    private Bundle changeable(long id) {
        Bundle bundle = view.find(id);
        if (CORE.contains(bundle.getSymbolicName())) {
            throw ApiException.conflict("core_module", bundle.getSymbolicName()
                    + " is part of Stint's core; it cannot be stopped, updated or removed while the server runs.");
        }
        return bundle;
    }

    private static JarCheck.Candidate checked(Path jar) {
        JarCheck.Candidate candidate = JarCheck.of(jar);
        if (candidate.fragment()) {
            throw ApiException.badRequest("fragment_not_supported", "The jar is a fragment (Fragment-Host); "
                    + "fragments attach to their host when it is refreshed, which this API does not do.");
        }
        return candidate;
    }

    /** Resolves {@code bundle} and starts it if {@code start}; 409 {@code unresolved} or {@code start_failed} with the reason. */
    private void resolveAndStart(Bundle bundle, boolean start) {
        FrameworkWiring wiring = wiring();
        if (!wiring.resolveBundles(List.of(bundle))) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            List<String> missing = revision == null ? List.of()
                    : Requirements.missing(revision.getDeclaredRequirements(null), wiring::findProviders);
            String reason = resolverMessage(bundle);
            throw new ApiException(409, "unresolved", "The bundle does not resolve",
                    "The bundle does not resolve: " + (missing.isEmpty() ? reason : "missing " + String.join(", ", missing)),
                    Map.of("requirements", missing.isEmpty() ? List.of(reason) : missing));
        }
        if (start) {
            try {
                bundle.start();
            } catch (BundleException | IllegalStateException e) {
                throw ApiException.conflict("start_failed", "The bundle failed to start: " + reason(e));
            }
        }
    }

    /** The resolver's own explanation, which a start attempt of an unresolved bundle carries. */
    private static String resolverMessage(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            bundle.stop(Bundle.STOP_TRANSIENT);
            return "the resolver gave no reason";
        } catch (BundleException | IllegalStateException e) {
            return e.getMessage();
        }
    }

    private void replace(Bundle bundle, Path jar) throws IOException {
        try (InputStream in = Files.newInputStream(jar)) {
            bundle.update(in);
        } catch (BundleException e) {
            throw ApiException.badRequest("not_a_bundle", "The framework refused the bundle: " + e.getMessage());
        }
        refresh(bundle);
    }

    private static void stopTransiently(Bundle bundle) {
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException e) {
            throw ApiException.conflict("stop_failed", "The module did not stop cleanly for its update: " + reason(e));
        }
    }

    private void restart(Bundle bundle, boolean wasActive) {
        try {
            if (wasActive) {
                bundle.start();
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Module {} did not start again after its update was rolled back", bundle.getSymbolicName(), e);
        }
    }

    private void remove(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Could not uninstall {}", bundle.getSymbolicName(), e);
        }
        refresh(bundle);
    }

    /** Rewires {@code bundle} and whatever used it, and waits until the framework is done. */
    private void refresh(Bundle bundle) {
        CountDownLatch done = new CountDownLatch(1);
        wiring().refreshBundles(List.of(bundle), event -> done.countDown());
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                LOG.warn("Refreshing {} took longer than a minute", bundle.getSymbolicName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private FrameworkWiring wiring() {
        return context.getBundle(0).adapt(FrameworkWiring.class);
    }

    /** Reinstalls the uploads kept in the data folder that the freshly started runtime lacks. */
    private void restoreUploads() {
        for (Path jar : store.jars()) {
            try {
                JarCheck.Candidate candidate = JarCheck.of(jar);
                if (view.named(candidate.symbolicName()).isEmpty()) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        context.installBundle(ModuleView.UPLOAD_LOCATION + candidate.symbolicName(), in).start();
                    }
                }
            } catch (IOException | BundleException | RuntimeException e) {
                LOG.warn("The uploaded module {} could not be installed again", jar.getFileName(), e);
            }
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null || cause == e ? "" : " (" + cause + ")");
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }
}

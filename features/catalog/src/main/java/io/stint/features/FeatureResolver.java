package io.stint.features;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.resolver.ResolutionException;

import aQute.bnd.build.Workspace;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import aQute.bnd.repository.fileset.FileSetRepository;
import aQute.bnd.service.RepositoryPlugin;
import biz.aQute.resolve.Bndrun;

/**
 * Resolves a set of features as a Stint runtime would: runtime/shared.bndrun plus the features'
 * fragments, against the bundles of {@link Bundles}, with some bundles optionally blacklisted (the
 * bundles of features that are absent).
 */
public final class FeatureResolver {

    private final Path root;
    private final FeatureCatalog catalog;
    private final Collection<File> bundles;
    private final Path work;
    /** One repository for every resolve: indexing the jars is most of a resolve's cost. */
    private FileSetRepository repository;

    public FeatureResolver(Path root, FeatureCatalog catalog, Bundles bundles, Path work) {
        this.root = root;
        this.catalog = catalog;
        this.bundles = bundles.files();
        this.work = work;
    }

    /** The outcome: the resolved bundles (bsn to version), or why it failed. */
    public record Result(Map<String, String> bundles, String failure) {

        public boolean resolved() {
            return failure == null;
        }
    }

    /** Resolves the features (not their dependencies: pass a closure for that) with {@code absent} bundles refused. */
    public Result resolve(String name, Collection<String> features, Set<String> absent) throws Exception {
        Files.createDirectories(work);
        Path run = work.resolve(name + ".bndrun");
        StringBuilder text = new StringBuilder("-include: ").append(root.resolve("runtime/shared.bndrun").toAbsolutePath());
        for (String f : features) {
            text.append(", ").append(catalog.get(f).fragment().toAbsolutePath());
        }
        text.append('\n');
        if (!absent.isEmpty()) {
            text.append("-runblacklist.absent: ")
                .append(absent.stream().map(b -> "bnd.identity;id='" + b + "'").collect(Collectors.joining(",")))
                .append('\n');
        }
        Files.writeString(run, text);
        try (Bndrun bndrun = Bndrun.createBndrun(null, run.toFile())) {
            Workspace workspace = bndrun.getWorkspace();
            workspace.setOffline(true);
            if (repository == null) {
                repository = new FileSetRepository("features", bundles);
            }
            workspace.addBasicPlugin(repository);
            for (RepositoryPlugin repo : workspace.getRepositories()) {
                repo.list(null);
            }
            String runbundles;
            try {
                runbundles = bndrun.resolve(false, false);
            } catch (ResolutionException e) {
                return new Result(Map.of(), firstLine(e.getMessage()));
            }
            if (!bndrun.isOk()) {
                return new Result(Map.of(), String.join("; ", bndrun.getErrors()));
            }
            Map<String, String> resolved = new LinkedHashMap<>();
            for (var bundle : new Parameters(runbundles, bndrun).entrySet()) {
                resolved.put(Processor.removeDuplicateMarker(bundle.getKey()), bundle.getValue().get("version"));
            }
            return new Result(resolved, null);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unresolved" : message.lines().findFirst().orElse(message);
    }

}

package io.stint.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.stint.export.api.Exporter;
import io.stint.export.api.Exporters;

/**
 * The exporters live right now, by id; when two share an id the higher {@code service.ranking}
 * (then the older service) wins, following ranking changes as they happen. Exporters come and go
 * with their bundles.
 */
@Component(service = { ExporterRegistry.class, Exporters.class })
public final class ExporterRegistry implements Exporters {

    /** A registered exporter with what orders it. */
    record Entry(Exporter exporter, int ranking, long serviceId) {
    }

    private static final Comparator<Entry> BEST = Comparator.comparingInt((Entry e) -> -e.ranking())
            .thenComparingLong(Entry::serviceId);

    private final Map<Long, Entry> byService = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(Exporter exporter, Map<String, Object> properties) {
        long serviceId = (Long) properties.get(Constants.SERVICE_ID);
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        byService.put(serviceId, new Entry(exporter, ranking instanceof Integer r ? r : 0, serviceId));
    }

    /** A changed {@code service.ranking} (an admin preferring one of two same-id exporters) counts at once. */
    void updatedExporter(Exporter exporter, Map<String, Object> properties) {
        addExporter(exporter, properties);
    }

    void removeExporter(Exporter exporter, Map<String, Object> properties) {
        byService.remove((Long) properties.get(Constants.SERVICE_ID));
    }

    /** The live exporter with {@code id}, with what ordered it first. */
    Optional<Entry> entry(String id) {
        return byService.values().stream().filter(e -> e.exporter().id().equals(id)).min(BEST);
    }

    /** Whether the service {@code serviceId} is still registered. */
    boolean live(long serviceId) {
        return byService.containsKey(serviceId);
    }

    @Override
    public Optional<Exporter> exporter(String id) {
        return entry(id).map(Entry::exporter);
    }

    @Override
    public List<Exporter> all() {
        List<Entry> entries = new ArrayList<>(byService.values());
        entries.sort(BEST);
        Map<String, Exporter> byId = new java.util.TreeMap<>();
        for (Entry e : entries) {
            byId.putIfAbsent(e.exporter().id(), e.exporter());
        }
        return new ArrayList<>(byId.values());
    }
}

package io.stint.activity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.capture.api.ActivitySource;

/**
 * Opens every capture source that comes along with the recorder as its sink, and closes it when it
 * goes. A source that throws is logged and left out; the others go on.
 */
@Component(service = SourceBinder.class, immediate = true)
public final class SourceBinder {

    /** A live source as the tracking status lists it. */
    record Live(String id, boolean available, boolean open) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SourceBinder.class);

    private final ActivityRecorder recorder;
    private final Map<ActivitySource, Boolean> sources = new ConcurrentHashMap<>();
    private volatile boolean active;

    @Activate
    public SourceBinder(@Reference ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    @Activate
    void activate() {
        active = true;
        sources.replaceAll((source, open) -> open(source));
    }

    /**
     * A new {@code sources.target} only rebinds the sources (DS unbinds those it no longer selects
     * and binds the others); the binder, and the tracking resource that uses it, stay up.
     */
    @Modified
    void modified() {
        // nothing to do: the reference's target is DS's to apply
    }

    @Deactivate
    void deactivate() {
        active = false;
        sources.forEach((source, open) -> {
            if (open) {
                close(source);
            }
        });
        sources.replaceAll((source, open) -> false);
    }

    /**
     * Every live source, or those a {@code sources.target} filter in this component's configuration
     * (PID {@code io.stint.activity.internal.SourceBinder}) selects by their {@code source.id}
     * property: that is how an operator prefers one capture provider.
     */
    @Reference(name = "sources", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(ActivitySource source) {
        sources.put(source, active && open(source));
    }

    void removeSource(ActivitySource source) {
        Boolean open = sources.remove(source);
        if (Boolean.TRUE.equals(open)) {
            close(source);
        }
    }

    /** The live sources, by id. */
    List<Live> live() {
        List<Live> live = new ArrayList<>();
        sources.forEach((source, open) -> {
            boolean available;
            try {
                available = source.available();
            } catch (RuntimeException e) {
                available = false;
            }
            live.add(new Live(name(source), available, open));
        });
        live.sort(java.util.Comparator.comparing(Live::id));
        return live;
    }

    private boolean open(ActivitySource source) {
        try {
            source.open(recorder);
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Capture source {} failed to open; the other sources go on", name(source), e);
            return false;
        }
    }

    private void close(ActivitySource source) {
        try {
            source.close();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Capture source {} failed to close", name(source), e);
        }
    }

    private static String name(ActivitySource source) {
        try {
            return source.id();
        } catch (RuntimeException e) {
            return source.getClass().getName();
        }
    }
}

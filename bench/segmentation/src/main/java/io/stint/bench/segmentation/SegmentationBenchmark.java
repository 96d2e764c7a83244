package io.stint.bench.segmentation;

import io.stint.activity.internal.segment.SegBlock;
import io.stint.activity.internal.segment.SegEvent;
import io.stint.activity.internal.segment.SegSettings;
import io.stint.activity.internal.segment.Segmenter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Segmenting 10 million generated events; the score (ops/s) is events per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class SegmentationBenchmark {

    static final int EVENTS = 10_000_000;

    private List<SegEvent> events;

    @Setup(Level.Trial)
    public void generate() {
        events = EventStream.generate(EVENTS, 42);
        List<SegBlock> blocks = Segmenter.segment(events, SegSettings.DEFAULTS);
        long active = blocks.stream().mapToLong(SegBlock::activeMs).sum();
        System.out.printf("%n%,d events -> %,d blocks, %,d h of ACTIVE time%n", events.size(), blocks.size(),
                active / 3_600_000);
    }

    /** The streaming form: blocks go to a consumer as they are final. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void streaming(Blackhole sink) {
        Segmenter segmenter = new Segmenter(SegSettings.DEFAULTS, sink::consume);
        for (SegEvent event : events) {
            segmenter.accept(event);
        }
        segmenter.finish();
    }

    /** The list form the service calls: all blocks of the input at once. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public List<SegBlock> list() {
        return Segmenter.segment(events, SegSettings.DEFAULTS);
    }
}

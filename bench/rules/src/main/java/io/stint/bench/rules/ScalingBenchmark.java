package io.stint.bench.rules;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.internal.engine.RuleEngine;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rule sets of one type at 100, 1,000 and 10,000 rules, each against 10,000 events of which about a
 * third match; flat scores across sizes mean the cost does not grow with the rules. Score = events/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScalingBenchmark {

    static final int EVENTS = 10_000;

    @Param({"APP", "DOMAIN", "KEYWORD"})
    public MatchType type;

    @Param({"100", "1000", "10000"})
    public int rules;

    private Workload.Event[] events;
    private RuleEngine engine;

    @Setup(Level.Trial)
    public void generate() {
        Workload workload = new Workload(7);
        List<Rule> set = workload.only(type, rules);
        events = workload.events(set, EVENTS, 3).toArray(Workload.Event[]::new);
        engine = RuleEngine.compile(set);
        long matched = java.util.Arrays.stream(events)
                .filter(e -> engine.classify(e.app(), e.title(), e.url(), e.domain()).isPresent()).count();
        System.out.printf("%n%,d %s rules, %,d events, %,d matched (%.0f%%)%n", engine.size(), type, events.length,
                matched, 100.0 * matched / events.length);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void classify(Blackhole sink) {
        for (Workload.Event e : events) {
            sink.consume(engine.classify(e.app(), e.title(), e.url(), e.domain()));
        }
    }
}

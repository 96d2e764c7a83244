package io.stint.bench.rules;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.internal.engine.EngineMatch;
import io.stint.rules.internal.engine.RuleEngine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * 10,000 mixed rules against 10,000 realistic events; the score (ops/s) of {@code classify} is events
 * per second. {@code withoutLiteral}: how many of the 1,000 patterns have no literal to look for.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MixedBenchmark {

    static final int RULES = 10_000;
    static final int EVENTS = 10_000;

    @Param({"0", "10"})
    public int withoutLiteral;

    private List<Rule> rules;
    private Workload.Event[] events;
    private RuleEngine engine;

    @Setup(Level.Trial)
    public void generate() {
        Workload workload = new Workload(42);
        rules = workload.mixed(RULES, withoutLiteral);
        events = workload.events(rules, EVENTS, 3).toArray(Workload.Event[]::new);
        engine = RuleEngine.compile(rules);
        Map<MatchType, Integer> winners = new EnumMap<>(MatchType.class);
        for (Workload.Event e : events) {
            Optional<EngineMatch> m = engine.classify(e.app(), e.title(), e.url(), e.domain());
            m.ifPresent(match -> winners.merge(match.rule().matchType(), 1, Integer::sum));
        }
        int matched = winners.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%n%,d rules, %,d events, %,d matched (%.0f%%): %s%n", engine.size(), events.length, matched,
                100.0 * matched / events.length, winners);
    }

    /** Classifies every event of the pool. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(EVENTS)
    public void classify(Blackhole sink) {
        for (Workload.Event e : events) {
            sink.consume(engine.classify(e.app(), e.title(), e.url(), e.domain()));
        }
    }

    /** Building the engine from the 10,000 rules, as after every change to them. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RuleEngine compile() {
        return RuleEngine.compile(rules);
    }
}

package io.stint.capture.activitywatch.internal;

import java.lang.annotation.Annotation;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;
import io.stint.testkit.TestDatabase;

/** A real in-memory database with the module's schema, the service over it, and a collecting sink. */
final class Fixture implements AutoCloseable {

    final TestDatabase db = TestDatabase.ofModule();
    final Counting tx = new Counting(db.transactions());
    final ActivityFeed feed = new ActivityFeed();
    final Sink sink = new Sink();
    final AwService service;

    Fixture() {
        feed.open(sink);
        service = new AwService(tx, feed, config(false));
    }

    @Override
    public void close() {
        service.close();
    }

    static AwConfig config(boolean testing) {
        return new AwConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AwConfig.class;
            }

            @Override
            public String local_user() {
                return "admin";
            }

            @Override
            public boolean testing() {
                return testing;
            }

            @Override
            public long body_limit_bytes() {
                return 1024;
            }

            @Override
            public int queue_capacity() {
                return 50_000;
            }

            @Override
            public long ack_timeout_millis() {
                return 10_000;
            }
        };
    }

    /** A caller with read and write tracking scopes. */
    static SecurityContext user(long id) {
        Caller caller = new Caller(id, "user" + id, Caller.ROLE_USER, ZoneOffset.UTC,
                Set.of("read:tracking", "write:tracking"), id);
        return new CallerContext(caller, false);
    }

    static JsonNode json(String text) {
        try {
            return AwJson.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    void bucket(long user, String id, String type) {
        service.create(user, AwJson.newBucket(id, json("{\"client\": \"test\", \"type\": \"" + type
                + "\", \"hostname\": \"host1\"}")));
    }

    long storedEvents() {
        return tx.delegate.call(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM AW_EVENTS")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Transactions that count the writer's commits and can make each one slow, like a disk's. */
    static final class Counting implements Transactions {
        final Transactions delegate;
        volatile long commitMillis;
        volatile int writerCalls;

        Counting(Transactions delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T call(TransactionalWork<T> work) {
            boolean writer = Thread.currentThread().getName().startsWith("stint-activitywatch-writer");
            T result = delegate.call(work);
            if (writer) {
                writerCalls++;
                if (commitMillis > 0) {
                    try {
                        Thread.sleep(commitMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            return result;
        }
    }

    /** What the activity module was given. */
    static final class Sink implements ActivitySink {
        record Call(String kind, Long userId, ActivityEvent event, long pulseMillis) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        volatile Consumer<ActivityEvent> before = e -> { };

        @Override
        public boolean record(Long userId, ActivityEvent event) {
            before.accept(event);
            calls.add(new Call("record", userId, event, 0));
            return true;
        }

        @Override
        public boolean heartbeat(Long userId, ActivityEvent event, long pulseMillis) {
            before.accept(event);
            calls.add(new Call("heartbeat", userId, event, pulseMillis));
            return true;
        }

        @Override
        public boolean recording(Long userId) {
            return true;
        }
    }
}

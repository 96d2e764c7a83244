package io.stint.ai.ollama.internal;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A reply body read into memory up to a limit, so a runaway server cannot exhaust the heap. */
final class CappedBody implements BodySubscriber<byte[]> {

    /** Thrown into the exchange when the body grows past the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("reply body larger than " + limit + " bytes");
        }
    }

    private final BodySubscriber<byte[]> bytes = BodySubscribers.ofByteArray();
    private final long limit;
    private Flow.Subscription subscription;
    private long received;
    private boolean over;

    CappedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (over) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
        }
        if (received > limit) {
            over = true;
            subscription.cancel();
            bytes.onError(new TooLarge(limit));
            return;
        }
        bytes.onNext(items);
    }

    @Override
    public void onError(Throwable throwable) {
        if (!over) {
            bytes.onError(throwable);
        }
    }

    @Override
    public void onComplete() {
        if (!over) {
            bytes.onComplete();
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return bytes.getBody();
    }
}

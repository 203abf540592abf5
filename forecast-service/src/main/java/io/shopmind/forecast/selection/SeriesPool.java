package io.shopmind.forecast.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fixed pool of threads that works through many series at once. Results come back in the order of the input,
 * whatever order the threads finish in, so a parallel run gives the same answer as a sequential one.
 */
public final class SeriesPool implements AutoCloseable {

    private final ExecutorService executor;

    public SeriesPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "series-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The available cores, the default pool size. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code work} to every item in parallel; {@code onDone} hears of each result as it is ready (from the
     * pool's threads, so it must be thread-safe). The first failure of {@code work} is rethrown.
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> work, Consumer<R> onDone) throws InterruptedException {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> {
                R result = work.apply(item);
                onDone.accept(result);
                return result;
            }));
        }
        List<R> results = new ArrayList<>(items.size());
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        return results;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

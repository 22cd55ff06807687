package dev.parley.pipeline;

import dev.parley.ingest.RawDocument;
import dev.parley.ingest.SourceItem;
import dev.parley.outcome.Outcome;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Drives a pipeline over a stream of inputs on one machine: the only place that knows about threads
 * and batches. The calling thread reads the inputs and hands each to a bounded pool of workers,
 * which run {@link Pipeline#process} on it (cleaning included); the calling thread then passes the
 * results to the sink in input order, so output and counters are the same whatever the thread
 * count, and flushes the sink every few seconds.
 *
 * <p>Why both cores are used: nothing a worker needs waits on the calling thread. Cleaning (HTML
 * extraction included) runs on the workers, not on the reading thread; up to {@code 8 × threads}
 * inputs are in flight, so while the calling thread waits for a long article at the head of the
 * line, or commits a batch to the store, the workers still have queued inputs to code.
 */
public final class LocalRunner {
  /** Inputs in flight per worker thread: enough to cover a long article or a store commit. */
  static final int IN_FLIGHT_PER_THREAD = 8;

  /** Hears every input's outcome and the periodic progress, on the runner's calling thread. */
  public interface Listener {
    /** Called once per input that did not end as ingested, with why. */
    void outcome(String doc, Outcome outcome, String reason);

    void warning(String doc, String message);

    void progress(Counters counters, double articlesPerSecond);
  }

  private final Pipeline pipeline;
  private final int threads;
  private final long flushEveryMillis;

  public LocalRunner(Pipeline pipeline, int threads, long flushEveryMillis) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
    this.flushEveryMillis = flushEveryMillis;
  }

  /**
   * Runs every item to its outcome.
   *
   * @param stored ids of articles already in the store (they end as duplicates)
   */
  public Counters run(
      Iterator<SourceItem> items, Collection<String> stored, Sink sink, Listener listener) {
    return run(items, Claims.over(stored), sink, listener);
  }

  /**
   * Runs every item to its outcome, deciding duplicates by {@code claims} (which a watcher keeps
   * from one poll to the next).
   */
  public Counters run(Iterator<SourceItem> items, Claims claims, Sink sink, Listener listener) {
    Counters counters = new Counters();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parley-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Pending> inFlight = new ArrayDeque<>();
    long start = System.nanoTime();
    long lastFlush = System.currentTimeMillis();
    try {
      while (items.hasNext()) {
        SourceItem item = items.next();
        long sequence = claims.next();
        Future<Result> future = null;
        if (item instanceof SourceItem.Document d) {
          RawDocument raw = d.raw();
          future = pool.submit(() -> pipeline.process(raw, id -> claims.claim(id, sequence)));
        }
        inFlight.add(new Pending(item, sequence, future));
        while (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
          drainOne(inFlight, claims, counters, sink, listener);
        }
        if (System.currentTimeMillis() - lastFlush >= flushEveryMillis) {
          correct(sink.flush(), counters, listener);
          lastFlush = System.currentTimeMillis();
          listener.progress(counters, rate(counters, start));
        }
      }
      while (!inFlight.isEmpty()) {
        drainOne(inFlight, claims, counters, sink, listener);
      }
      correct(sink.flush(), counters, listener);
      listener.progress(counters, rate(counters, start));
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return counters;
  }

  private static void correct(List<Sink.Refusal> refusals, Counters counters, Listener listener) {
    for (Sink.Refusal r : refusals) {
      counters.moveIngested(r.outcome(), r.events());
      listener.outcome(r.doc(), r.outcome(), r.reason());
    }
  }

  private static double rate(Counters c, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return seconds > 0 ? c.get(Outcome.INGESTED) / seconds : 0;
  }

  private static void drainOne(
      Deque<Pending> inFlight, Claims claims, Counters counters, Sink sink, Listener listener) {
    Pending p = inFlight.removeFirst();
    if (p.item() instanceof SourceItem.Rejected r) {
      counters.add(r.outcome());
      listener.outcome(r.doc(), r.outcome(), r.reason());
      return;
    }
    RawDocument raw = ((SourceItem.Document) p.item()).raw();
    raw.warnings()
        .forEach(
            w -> {
              counters.addWarning();
              listener.warning(raw.doc(), w);
            });
    Result result = await(p, raw).storedAs(((SourceItem.Document) p.item()).storedAs());
    if (result.outcome() == Outcome.INGESTED && !claims.owns(result.article().id(), p.sequence())) {
      result = result.asDuplicate(); // an earlier input reached the same article later
    }
    counters.add(result.outcome());
    if (result.outcome() != Outcome.INGESTED) {
      listener.outcome(raw.doc(), result.outcome(), result.reason());
      return;
    }
    sink.accept(result);
    counters.addEvents(result.events());
    if (!result.wasCoded()) {
      counters.addNotCoded();
    }
  }

  private static Result await(Pending p, RawDocument raw) {
    try {
      return p.future().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err; // out of memory and the like: stop, never tag on regardless
      }
      return Result.rejected(Outcome.FAILED, raw, null, "failed: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding " + raw.doc(), e);
    }
  }

  /** An input in flight, in input order; {@code future} is null for a rejected input. */
  private record Pending(SourceItem item, long sequence, Future<Result> future) {}
}

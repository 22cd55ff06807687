package dev.parley.pipeline;

import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.ingest.Outcome;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.SourceItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Drives a pipeline over a stream of inputs on one machine: the only place that knows about
 * threads. The calling thread reads and cleans each input (cheap, and it must know the article id
 * to skip duplicates before the dear NLP work), a bounded pool of workers codes articles, and the
 * calling thread hands results to the sink in input order, so output and counters are stable
 * whatever the thread count.
 */
public final class LocalRunner {
  /** Where coded articles go. Called from the runner's thread only. */
  public interface Sink {
    void accept(RawDocument raw, CodedArticle coded);

    /**
     * Called every few seconds and at the end: commit what was accepted. Returns the accepted
     * articles the store did not take after all (stored meanwhile by another process, or refused),
     * so that their outcome can be corrected.
     */
    List<Refusal> flush();
  }

  /**
   * An accepted article that the sink did not store.
   *
   * @param doc the input's name
   * @param outcome {@link Outcome#DUPLICATE} or {@link Outcome#FAILED}
   * @param reason one line
   * @param events how many events the article carried (no longer counted)
   */
  public record Refusal(String doc, Outcome outcome, String reason, int events) {}

  /** Hears every input's outcome and the periodic progress. */
  public interface Listener {
    /** Called once per input that did not end as ingested (with why), and for warnings. */
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
  public Counters run(Iterator<SourceItem> items, Set<String> stored, Sink sink, Listener listener) {
    Counters counters = new Counters();
    Set<String> seen = new HashSet<>(stored);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
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
        if (item instanceof SourceItem.Rejected r) {
          counters.add(r.outcome());
          listener.outcome(r.doc(), r.outcome(), r.reason());
          continue;
        }
        RawDocument raw = ((SourceItem.Document) item).raw();
        raw.warnings().forEach(w -> {
          counters.addWarning();
          listener.warning(raw.doc(), w);
        });
        Article article;
        try {
          article = pipeline.clean(raw);
        } catch (RuntimeException e) {
          counters.add(Outcome.FAILED);
          listener.outcome(raw.doc(), Outcome.FAILED, "cleaning failed: " + e.getMessage());
          continue;
        }
        if (article.text().isBlank()) {
          counters.add(Outcome.EMPTY);
          listener.outcome(raw.doc(), Outcome.EMPTY, "no article text after cleaning");
          continue;
        }
        if (!seen.add(article.id())) {
          counters.add(Outcome.DUPLICATE);
          listener.outcome(raw.doc(), Outcome.DUPLICATE, "same text as article " + article.id());
          continue;
        }
        Future<CodedArticle> f = pool.submit(() -> pipeline.codeOrStoreUncoded(article));
        inFlight.add(new Pending(raw, article, f));
        while (inFlight.size() >= threads * 2) {
          drainOne(inFlight, counters, sink, listener);
        }
        if (System.currentTimeMillis() - lastFlush >= flushEveryMillis) {
          correct(sink.flush(), counters, listener);
          lastFlush = System.currentTimeMillis();
          listener.progress(counters, rate(counters, start));
        }
      }
      while (!inFlight.isEmpty()) {
        drainOne(inFlight, counters, sink, listener);
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

  private static void correct(List<Refusal> refusals, Counters counters, Listener listener) {
    for (Refusal r : refusals) {
      counters.moveIngested(r.outcome(), r.events());
      listener.outcome(r.doc(), r.outcome(), r.reason());
    }
  }

  private static double rate(Counters c, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return seconds > 0 ? c.get(Outcome.INGESTED) / seconds : 0;
  }

  private void drainOne(Deque<Pending> inFlight, Counters counters, Sink sink, Listener listener) {
    Pending p = inFlight.removeFirst();
    try {
      CodedArticle coded = p.future().get();
      sink.accept(p.raw(), coded);
      counters.add(Outcome.INGESTED);
      counters.addEvents(coded.events().size());
      if (!Pipeline.codable(p.article())) {
        counters.addNotCoded();
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err; // out of memory and the like: stop, never tag on regardless
      }
      counters.add(Outcome.FAILED);
      listener.outcome(p.raw().doc(), Outcome.FAILED, "coding failed: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding " + p.raw().doc(), e);
    }
  }

  private record Pending(RawDocument raw, Article article, Future<CodedArticle> future) {}
}

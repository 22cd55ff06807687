package dev.parley.store;

import dev.parley.outcome.Outcome;
import dev.parley.pipeline.Result;
import dev.parley.pipeline.Sink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The runner's sink onto the DuckDB store, for {@code ingest}, {@code watch}, the benchmarks and
 * {@code recode} alike.
 *
 * <p>A new input goes through a {@link StoreWriter}: the database is held only while a batch
 * commits, so queries from other processes get in between batches; each batch is one transaction,
 * so a crash loses at most the batch being written and a re-run stores it once; and a batch the
 * store refuses is retried one article at a time, so one bad article loses no other.
 *
 * <p>A result that re-derives a stored article ({@link Result#storedAs()}, from {@code recode})
 * replaces what was derived for it ({@link Store#replaceDerived}), one transaction per article, at
 * the next flush. The runner decides when to flush.
 */
public final class StoreSink implements Sink {
  private final Path dataDir;
  private final String pipelineVersion;
  private final StoreWriter writer;
  private final List<Result> replacements = new ArrayList<>();
  private final List<Refusal> refusals = new ArrayList<>();
  private final Map<Recoded, Integer> recoded = new EnumMap<>(Recoded.class);

  public StoreSink(Path dataDir, String pipelineVersion) {
    this.dataDir = dataDir;
    this.pipelineVersion = pipelineVersion;
    StoreWriter.Settings settings =
        new StoreWriter.Settings(
            Integer.MAX_VALUE, Duration.ofDays(365), StoreWriter.Settings.defaults().store());
    this.writer =
        StoreWriter.open(
            dataDir,
            settings,
            new StoreWriter.Listener() {
              @Override
              public void written(StoredArticle article) {}

              @Override
              public void duplicate(StoredArticle article) {
                refusals.add(
                    new Refusal(
                        article.raw().doc(),
                        Outcome.DUPLICATE,
                        "stored meanwhile by another run as article "
                            + article.coded().article().id(),
                        article.coded().events().size()));
              }

              @Override
              public void failed(StoredArticle article, String reason) {
                refusals.add(
                    new Refusal(
                        article.raw().doc(),
                        Outcome.FAILED,
                        "the store refused it: " + reason,
                        article.coded().events().size()));
              }
            });
  }

  @Override
  public void accept(Result result) {
    if (result.storedAs() != null) {
      replacements.add(result);
    } else {
      writer.add(
          new StoredArticle(
              result.raw(), result.coded(), result.quotes(), result.times(), pipelineVersion));
    }
  }

  @Override
  public List<Refusal> flush() {
    writer.flush();
    replace();
    List<Refusal> out = List.copyOf(refusals);
    refusals.clear();
    return out;
  }

  /** How the recoded articles ended (updated, renamed, now a duplicate), since this sink opened. */
  public Map<Recoded, Integer> recoded() {
    return Map.copyOf(recoded);
  }

  private void replace() {
    if (replacements.isEmpty()) {
      return;
    }
    try (Store store = Store.open(dataDir, Store.Access.READ_WRITE)) {
      for (Result r : replacements) {
        try {
          recoded.merge(
              store.replaceDerived(r.storedAs(), r.coded(), r.quotes(), r.times(), pipelineVersion),
              1,
              Integer::sum);
        } catch (RuntimeException e) {
          refusals.add(
              new Refusal(
                  r.doc(), Outcome.FAILED, "the store refused it: " + e.getMessage(), r.events()));
        }
      }
    } finally {
      replacements.clear();
    }
  }
}

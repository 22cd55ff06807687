package dev.parley.cli;

import dev.parley.events.CodedArticle;
import dev.parley.ingest.Outcome;
import dev.parley.ingest.RawDocument;
import dev.parley.pipeline.LocalRunner;
import dev.parley.store.StoreWriter;
import dev.parley.store.StoredArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's sink onto the DuckDB store, through a {@link StoreWriter}: the database is held only
 * while a batch commits, so queries from other processes get in between batches; each batch is one
 * transaction, so a crash loses at most the batch being written and a re-run stores it once; and a
 * batch the store refuses is retried one article at a time, so one bad article loses no other.
 * The runner decides when to flush.
 */
final class StoreSink implements LocalRunner.Sink {
  private final String pipelineVersion;
  private final StoreWriter writer;
  private final List<LocalRunner.Refusal> refusals = new ArrayList<>();

  StoreSink(Path dataDir, String pipelineVersion) {
    this.pipelineVersion = pipelineVersion;
    StoreWriter.Settings settings = new StoreWriter.Settings(Integer.MAX_VALUE, Duration.ofDays(365),
        StoreWriter.Settings.defaults().store());
    this.writer = StoreWriter.open(dataDir, settings, new StoreWriter.Listener() {
      @Override
      public void written(StoredArticle article) {}

      @Override
      public void duplicate(StoredArticle article) {
        refusals.add(new LocalRunner.Refusal(article.raw().doc(), Outcome.DUPLICATE,
            "stored meanwhile by another run as article " + article.coded().article().id(), article.coded().events().size()));
      }

      @Override
      public void failed(StoredArticle article, String reason) {
        refusals.add(new LocalRunner.Refusal(article.raw().doc(), Outcome.FAILED, "the store refused it: " + reason,
            article.coded().events().size()));
      }
    });
  }

  @Override
  public void accept(RawDocument raw, CodedArticle coded) {
    writer.add(new StoredArticle(raw, coded, pipelineVersion));
  }

  @Override
  public List<LocalRunner.Refusal> flush() {
    writer.flush();
    List<LocalRunner.Refusal> out = List.copyOf(refusals);
    refusals.clear();
    return out;
  }
}

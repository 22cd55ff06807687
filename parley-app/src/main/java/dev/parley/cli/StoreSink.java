package dev.parley.cli;

import dev.parley.events.CodedArticle;
import dev.parley.ingest.RawDocument;
import dev.parley.pipeline.LocalRunner;
import dev.parley.store.Store;
import dev.parley.store.StoredArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's sink onto the DuckDB store. It holds the database only while committing a batch, so
 * that queries from other processes get in between batches; each batch is one transaction, so a
 * crash loses at most the articles of the batch being written, and a re-run stores them once.
 */
final class StoreSink implements LocalRunner.Sink {
  private final Path dataDir;
  private final String pipelineVersion;
  private final List<StoredArticle> buffer = new ArrayList<>();
  private long written;

  StoreSink(Path dataDir, String pipelineVersion) {
    this.dataDir = dataDir;
    this.pipelineVersion = pipelineVersion;
  }

  @Override
  public void accept(RawDocument raw, CodedArticle coded) {
    buffer.add(new StoredArticle(raw, coded, pipelineVersion));
  }

  @Override
  public void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    try (Store store = Store.open(dataDir, Store.Access.READ_WRITE)) {
      written += store.write(buffer);
    }
    buffer.clear();
  }

  long written() {
    return written;
  }
}

package dev.parley.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A second Parley process for {@link StoreConcurrencyIT}: writes articles of 10 events each through
 * a {@link StoreWriter} for a while, as an ingest would, then prints {@code written N}.
 */
public final class WriterLoop {
  private WriterLoop() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long millis = Long.parseLong(args[1]);
    int[] failed = {0};
    StoreWriter.Listener listener =
        new StoreWriter.Listener() {
          @Override
          public void written(StoredArticle article) {}

          @Override
          public void duplicate(StoredArticle article) {
            failed[0]++;
            System.err.println("unexpected duplicate " + article.coded().article().id());
          }

          @Override
          public void failed(StoredArticle article, String reason) {
            failed[0]++;
            System.err.println("failed " + reason);
          }
        };
    StoreWriter.Settings settings =
        new StoreWriter.Settings(20, Duration.ofSeconds(1), StoreOptions.defaults());
    int n = 0;
    try (StoreWriter writer = StoreWriter.open(dir, settings, listener)) {
      // the clock starts once the store is open: loading DuckDB's native library alone can take
      // seconds on a busy machine, and the test is about the batches, not the start-up
      long end = System.nanoTime() + millis * 1_000_000;
      while (System.nanoTime() < end) {
        writer.add(Fixtures.bulk(n++, 10));
        Thread.sleep(5); // the pipeline's work between articles
      }
    }
    System.out.println("written " + n);
    System.exit(failed[0] == 0 ? 0 : 1);
  }
}

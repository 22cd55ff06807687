package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries while another process writes: DuckDB allows one writing process or several reading ones,
 * so both sides hold the file briefly and wait for each other.
 */
class StoreConcurrencyIT {
  @TempDir Path dir;

  @Test
  void queriesNeverFailWhileAnotherProcessWrites() throws Exception {
    Store.open(dir, Store.Access.READ_WRITE).close();
    ByteArrayOutputStream notices = new ByteArrayOutputStream();
    StoreOptions options =
        StoreOptions.defaults().withNotices(new PrintStream(notices, true, StandardCharsets.UTF_8));
    Path out = dir.resolve("writer.out");
    Path err = dir.resolve("writer.err");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                WriterLoop.class.getName(),
                dir.toString(),
                "6000")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int queries = 0;
    long maxSeen = 0;
    java.util.SortedSet<Long> seen = new java.util.TreeSet<>();
    long slowest = 0;
    while (writer.isAlive()) {
      long start = System.nanoTime();
      try (Store store = Store.open(dir, Store.Access.READ_ONLY, options)) {
        Counts c = store.counts();
        List<EventRow> usa = store.events(EventFilter.ALL.withSource("USA").withCode("03"));
        // a reader sees whole batches: every stored article with all its events
        assertEquals(10 * c.articles(), c.events());
        assertEquals(c.events(), usa.size());
        assertTrue(c.articles() >= maxSeen, "articles went down");
        maxSeen = c.articles();
        seen.add(c.articles());
      }
      slowest = Math.max(slowest, System.nanoTime() - start);
      queries++;
    }
    String written = Files.readString(out).strip();
    assertEquals(0, writer.waitFor(), "writer failed: " + written + " " + Files.readString(err));
    assertTrue(written.startsWith("written "), written);
    long n = Long.parseLong(written.substring("written ".length()));
    try (Store store = Store.open(dir, Store.Access.READ_ONLY, options)) {
      assertEquals(n, store.counts().articles());
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "StoreConcurrencyIT: %d queries while another process wrote %d articles; slowest query %d ms%n",
        queries,
        n,
        slowest / 1_000_000);
    assertTrue(queries >= 10, "only " + queries + " queries ran");
    // the queries ran between the writer's batches, not only before or after them
    assertTrue(
        seen.stream().anyMatch(k -> k > 0 && k < n), "queries saw only " + seen + " of " + n);
    // at least two batches of 20, so that a query could fall between them
    assertTrue(n >= 40, "writer wrote only " + n);
  }

  @Test
  void anOpenInTheSameJvmWaitsForTheOtherAccessModeAndSaysSoOnce() throws Exception {
    Store.open(dir, Store.Access.READ_WRITE).close();
    ByteArrayOutputStream notices = new ByteArrayOutputStream();
    StoreOptions options =
        StoreOptions.defaults().withNotices(new PrintStream(notices, true, StandardCharsets.UTF_8));
    CountDownLatch held = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () -> {
              Store store = Store.open(dir, Store.Access.READ_WRITE);
              try {
                held.countDown();
                Thread.sleep(1800);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                store.close();
              }
            });
    holder.start();
    assertTrue(held.await(30, TimeUnit.SECONDS));
    long start = System.nanoTime();
    try (Store store = Store.open(dir, Store.Access.READ_ONLY, options)) {
      assertEquals(0, store.counts().articles());
    }
    long waited = (System.nanoTime() - start) / 1_000_000;
    holder.join();
    assertTrue(waited >= 1000, "waited only " + waited + " ms");
    String said = notices.toString(StandardCharsets.UTF_8);
    assertEquals(
        "parley: waiting for another Parley process to release "
            + dir.resolve("parley.duckdb")
            + " (up to 60 s)"
            + System.lineSeparator(),
        said);
  }

  @Test
  void anOpenGivesUpAfterTheLockTimeoutWithAClearMessage() {
    Store holder = Store.open(dir, Store.Access.READ_WRITE);
    try {
      StoreOptions impatient =
          StoreOptions.defaults()
              .withLockTimeout(Duration.ofMillis(300))
              .withNotices(
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      StoreException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              StoreException.class, () -> Store.open(dir, Store.Access.READ_ONLY, impatient));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Parley store "
                      + dir.resolve("parley.duckdb")
                      + " stayed locked by another process for 300 ms ("),
          e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(
                  "): try again when it has finished, or wait longer with a higher lock timeout"),
          e.getMessage());
    } finally {
      holder.close();
    }
  }
}

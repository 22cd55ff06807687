package dev.parley.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.duckdb.DuckDBConnection;

/**
 * Opens the DuckDB file, waiting while another connection holds it.
 *
 * <p>DuckDB locks the file per process: one process may hold it read-write, or several read-only.
 * Across processes a conflicting open fails with "Could not set lock on file". Inside one JVM,
 * DuckDB shares one database instance per file, and an open with another access mode than the
 * instance already open fails with "different configuration"; both are waited out the same way.
 */
final class LockWait {
  private static final long FIRST_PAUSE_MS = 10;
  private static final long LONGEST_PAUSE_MS = 100;

  private LockWait() {}

  static DuckDBConnection open(Path dataDir, boolean readOnly, StoreOptions options) {
    Path file = dataDir.resolve(Store.FILE_NAME);
    Properties props = new Properties();
    if (readOnly) {
      props.setProperty("duckdb.read_only", "true");
    }
    String url = "jdbc:duckdb:" + file.toAbsolutePath();
    long start = System.nanoTime();
    long deadline = start + options.lockTimeout().toNanos();
    long pause = FIRST_PAUSE_MS;
    boolean noticed = false;
    while (true) {
      try {
        return (DuckDBConnection) DriverManager.getConnection(url, props);
      } catch (SQLException e) {
        if (!isLockConflict(e)) {
          throw new StoreException("cannot open Parley store " + file + ": " + firstLine(e), e);
        }
        long now = System.nanoTime();
        if (now - deadline >= 0) {
          throw new StoreException(
              "Parley store "
                  + file
                  + " stayed locked by another process for "
                  + words(options.lockTimeout())
                  + " ("
                  + firstLine(e)
                  + "): try again when it has finished, or wait longer with a higher lock timeout",
              e);
        }
        if (!noticed && now - start >= StoreOptions.NOTICE_AFTER.toNanos()) {
          options
              .notices()
              .println(
                  "parley: waiting for another Parley process to release "
                      + file
                      + " (up to "
                      + words(options.lockTimeout())
                      + ")");
          noticed = true;
        }
        // jitter, so that two waiting processes do not retry in step
        long jittered = pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
        sleep(Math.min(jittered, Math.max(1, (deadline - now) / 1_000_000)), file);
        pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
      }
    }
  }

  static boolean isLockConflict(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Could not set lock on file") || m.contains("different configuration");
  }

  private static String words(java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void sleep(long millis, Path file) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for Parley store " + file, e);
    }
  }
}

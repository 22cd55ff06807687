package dev.parley.store;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Store} waits for the database file when another process holds it.
 *
 * <p>DuckDB lets one process open a file for writing, or several for reading, never both at once.
 * Every open therefore retries on DuckDB's lock error with a growing pause, for up to {@code
 * lockTimeout}, and says once on {@code notices} that it is waiting when the wait passes {@link
 * #NOTICE_AFTER}.
 *
 * @param lockTimeout how long an open waits for another process before it fails
 * @param notices where the one-line "waiting for another Parley process" notice goes
 */
public record StoreOptions(Duration lockTimeout, PrintStream notices) {

  /** Waits shorter than this are the normal cost of sharing the file and are not reported. */
  public static final Duration NOTICE_AFTER = Duration.ofSeconds(1);

  public StoreOptions {
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    Objects.requireNonNull(notices, "notices");
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
    }
  }

  /** Wait up to 60 s, notices to standard error. */
  public static StoreOptions defaults() {
    return new StoreOptions(Duration.ofSeconds(60), System.err);
  }

  public StoreOptions withLockTimeout(Duration timeout) {
    return new StoreOptions(timeout, notices);
  }

  public StoreOptions withNotices(PrintStream stream) {
    return new StoreOptions(lockTimeout, stream);
  }
}

package dev.parley.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Buffers articles for a long-running writer (ingest, recode) and commits them in batches, holding
 * the DuckDB file only while it commits (open read-write, write, close), so that queries from other
 * processes can run between batches.
 *
 * <p>A batch is written when {@code batchSize} articles are buffered, or at the first {@link #add}
 * after {@code maxDelay} has passed since the oldest buffered article arrived, and at {@link
 * #flush} and {@link #close}. Each article's outcome goes to the {@link Listener}. When DuckDB or
 * the checks refuse a batch, its articles are written one at a time so that one bad article does
 * not lose the others. Thread-safe.
 */
public final class StoreWriter implements AutoCloseable {

  /**
   * When batches are written.
   *
   * @param batchSize articles per batch
   * @param maxDelay how long an article may wait in the buffer, checked when the next one arrives
   * @param store how opens wait for other processes
   */
  public record Settings(int batchSize, Duration maxDelay, StoreOptions store) {
    public Settings {
      Objects.requireNonNull(maxDelay, "maxDelay");
      Objects.requireNonNull(store, "store");
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
      }
    }

    /** 100 articles or 5 seconds, waiting up to 60 s for other processes. */
    public static Settings defaults() {
      return new Settings(100, Duration.ofSeconds(5), StoreOptions.defaults());
    }
  }

  /** Hears what became of each article handed to {@link #add}. */
  public interface Listener {
    void written(StoredArticle article);

    /** The article's id was already stored (or came earlier in the same batch). */
    void duplicate(StoredArticle article);

    /** The store refused the article; {@code reason} is one line. */
    void failed(StoredArticle article, String reason);
  }

  private final Path dataDir;
  private final Settings settings;
  private final Listener listener;
  private final LongSupplier nanoTime;
  private final List<StoredArticle> buffer = new ArrayList<>();
  private long oldestAt;
  private int written;

  StoreWriter(Path dataDir, Settings settings, Listener listener, LongSupplier nanoTime) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.nanoTime = nanoTime;
  }

  /**
   * Creates the store if needed and checks its schema version now, so that a store that cannot be
   * used fails before any work is done.
   */
  public static StoreWriter open(Path dataDir, Settings settings, Listener listener) {
    Store.open(dataDir, Store.Access.READ_WRITE, settings.store()).close();
    return new StoreWriter(dataDir, settings, listener, System::nanoTime);
  }

  /** Buffers an article; writes the buffer when it is full or has waited too long. */
  public synchronized void add(StoredArticle article) {
    Objects.requireNonNull(article, "article");
    if (buffer.isEmpty()) {
      oldestAt = nanoTime.getAsLong();
    }
    buffer.add(article);
    if (buffer.size() >= settings.batchSize()
        || nanoTime.getAsLong() - oldestAt >= settings.maxDelay().toNanos()) {
      flush();
    }
  }

  /** Writes what is buffered. Keeps the buffer when the store cannot be opened. */
  public synchronized void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    List<StoredArticle> batch = List.copyOf(buffer);
    try (Store store = Store.open(dataDir, Store.Access.READ_WRITE, settings.store())) {
      buffer.clear();
      List<StoredArticle> done;
      try {
        done = store.writeBatch(batch);
      } catch (IllegalArgumentException | StoreException refused) {
        writeOneByOne(store, batch);
        return;
      }
      report(batch, done);
    }
  }

  private void writeOneByOne(Store store, List<StoredArticle> batch) {
    for (StoredArticle s : batch) {
      try {
        report(List.of(s), store.writeBatch(List.of(s)));
      } catch (IllegalArgumentException | StoreException e) {
        listener.failed(s, LockWait.firstLine(e));
      }
    }
  }

  private void report(List<StoredArticle> batch, List<StoredArticle> done) {
    Set<StoredArticle> stored = Collections.newSetFromMap(new IdentityHashMap<>());
    stored.addAll(done);
    for (StoredArticle s : batch) {
      if (stored.contains(s)) {
        written++;
        listener.written(s);
      } else {
        listener.duplicate(s);
      }
    }
  }

  /**
   * The ids among {@code ids} that are stored or buffered, so a runner can skip an article before
   * the costly stages. Opens the store read-only for the lookup.
   */
  public synchronized Set<String> knownIds(Collection<String> ids) {
    Set<String> known = new HashSet<>();
    Set<String> wanted = new HashSet<>(ids);
    for (StoredArticle s : buffer) {
      String id = s.coded().article().id();
      if (wanted.contains(id)) {
        known.add(id);
      }
    }
    try (Store store = Store.open(dataDir, Store.Access.READ_ONLY, settings.store())) {
      known.addAll(store.storedIds(ids));
    }
    return known;
  }

  /** Articles written so far. */
  public synchronized int written() {
    return written;
  }

  /** Articles waiting in the buffer. */
  public synchronized int buffered() {
    return buffer.size();
  }

  /** Writes what is buffered. */
  @Override
  public synchronized void close() {
    flush();
  }
}

package dev.parley.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@code parley watch} has already taken from each feed: the ids (guid, Atom id, or link) of
 * the items handed over or given up, and how often a fetch that may succeed later has failed. Kept
 * as JSON in {@code feeds/state.json} under the data directory and written atomically (a temporary
 * file, forced to disk, then moved over the old one), so a crash or a stop never leaves half a file
 * and a restart does not fetch again what was taken. Only one watcher may use a data directory at a
 * time: a lock on {@code feeds/state.lock} is held until {@link #close()}. Not thread-safe.
 *
 * <p>Each feed keeps its latest {@value #MAX_IDS_PER_FEED} ids; an item older than that which
 * reappears in a feed is fetched again (the store's article identity still keeps it out twice).
 */
public final class FeedState implements AutoCloseable {
  /** Ids kept per feed, newest last. */
  public static final int MAX_IDS_PER_FEED = 10_000;

  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final class PerFeed {
    final LinkedHashSet<String> seen = new LinkedHashSet<>();
    final Map<String, Integer> retries = new LinkedHashMap<>();
  }

  private final Path file;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Map<String, PerFeed> feeds = new LinkedHashMap<>();
  private boolean dirty;

  private FeedState(Path file, FileChannel lockChannel, FileLock lock) {
    this.file = file;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** The state file under a data directory. */
  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("feeds").resolve("state.json");
  }

  /**
   * Opens (or starts) the state of the data directory {@code dataDir} and locks it.
   *
   * @throws IOException when the file cannot be read, is not a state file of this version, or
   *     another watcher holds the lock; the message names the file
   */
  public static FeedState open(Path dataDir) throws IOException {
    Path file = fileIn(dataDir);
    Files.createDirectories(file.getParent());
    Path lockFile = file.resolveSibling("state.lock");
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(lockFile + ": another parley watch is using this data directory");
    }
    FeedState state = new FeedState(file, channel, lock);
    try {
      if (Files.exists(file)) {
        state.load();
      }
    } catch (IOException | RuntimeException e) {
      state.close();
      throw e;
    }
    return state;
  }

  public Path file() {
    return file;
  }

  /** Whether the item {@code id} of {@code feed} was taken already. */
  public boolean seen(String feed, String id) {
    PerFeed f = feeds.get(feed);
    return f != null && f.seen.contains(id);
  }

  /** Records that the item was taken (handed over, or given up for good). */
  public void markSeen(String feed, String id) {
    PerFeed f = feeds.computeIfAbsent(feed, k -> new PerFeed());
    f.retries.remove(id);
    if (f.seen.add(id)) {
      Iterator<String> oldest = f.seen.iterator();
      while (f.seen.size() > MAX_IDS_PER_FEED) {
        oldest.next();
        oldest.remove();
      }
    }
    dirty = true;
  }

  /** Counts one more failed attempt at an item; returns the count so far. */
  public int recordFailure(String feed, String id) {
    dirty = true;
    return feeds.computeIfAbsent(feed, k -> new PerFeed()).retries.merge(id, 1, Integer::sum);
  }

  /** How many ids are remembered for {@code feed}. */
  public int size(String feed) {
    PerFeed f = feeds.get(feed);
    return f == null ? 0 : f.seen.size();
  }

  /** Writes the state if it changed since the last save: temporary file, force, atomic move. */
  public void save() throws IOException {
    if (!dirty) {
      return;
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ObjectNode all = root.putObject("feeds");
    for (Map.Entry<String, PerFeed> e : feeds.entrySet()) {
      ObjectNode f = all.putObject(e.getKey());
      ArrayNode seen = f.putArray("seen");
      e.getValue().seen.forEach(seen::add);
      ObjectNode retries = f.putObject("retries");
      e.getValue().retries.forEach(retries::put);
    }
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    Path tmp = Files.createTempFile(file.getParent(), "state", ".json.tmp");
    try {
      try (FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            file + ": the file system cannot replace the state file atomically", e);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    dirty = false;
  }

  /** Releases the lock; does not save (call {@link #save()} first). */
  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      lockChannel.close();
    }
  }

  private void load() throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a feed state file (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": not a feed state file (expected a JSON object)");
    }
    if (!root.path("version").isInt() || root.get("version").asInt() != VERSION) {
      throw new IOException(
          file + ": feed state version " + root.path("version") + ", this Parley reads " + VERSION);
    }
    JsonNode all = root.path("feeds");
    if (!all.isObject()) {
      throw new IOException(file + ": \"feeds\" is not an object");
    }
    for (Map.Entry<String, JsonNode> e : all.properties()) {
      PerFeed f = new PerFeed();
      JsonNode seen = e.getValue().path("seen");
      JsonNode retries = e.getValue().path("retries");
      if (!seen.isArray() || !(retries.isObject() || retries.isMissingNode())) {
        throw new IOException(file + ": feed " + e.getKey() + " has no \"seen\" list");
      }
      seen.forEach(id -> f.seen.add(id.asText()));
      retries.properties().forEach(r -> f.retries.put(r.getKey(), r.getValue().asInt()));
      feeds.put(e.getKey(), f);
    }
  }

  /** The ids remembered for a feed, oldest first (for tests and diagnostics). */
  Set<String> ids(String feed) {
    PerFeed f = feeds.get(feed);
    return f == null ? Set.of() : java.util.Collections.unmodifiableSet(f.seen);
  }
}

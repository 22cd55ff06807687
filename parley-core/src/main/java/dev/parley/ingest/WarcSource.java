package dev.parley.ingest;

import dev.parley.outcome.Outcome;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of one WARC file ({@code .warc} or {@code .warc.gz}, one gzip member per record as
 * Common Crawl News publishes them). Every HTTP {@code response} record with status 200 and an HTML
 * content type is one {@link RawDocument} of type HTML: its {@code doc} and {@code Hints.url} are
 * the {@code WARC-Target-URI}; the payload is decoded by {@link dev.parley.extract.HtmlDecoder}
 * with the charset of the record's HTTP {@code Content-Type} header, and the decoder's warnings
 * become the document's (see {@link WarcPages}).
 *
 * <p>The record's {@code WARC-Date} is when the page was crawled, not when it was published, so it
 * is not given as {@code Hints.published}: a page that states no date of its own keeps an unknown
 * date rather than a wrong one. Nor is it a warning: it is not a problem, and a warning on every
 * record would drown the real ones.
 *
 * <p>Other responses (not HTML, not status 200, payload over the size cap) come out as {@link
 * Outcome#SKIPPED}, with the reason. Records that are not responses ({@code warcinfo}, {@code
 * request}, {@code metadata}, ...) are passed over silently and counted in {@link #stats()}. A
 * broken record (a bad gzip member, a malformed header, a truncated body) comes out as one {@link
 * Outcome#FAILED} item naming the file and the byte offset, and reading resumes at the next record
 * that can be read; a truncated file ends the iteration after that item. Never throws for bad
 * input.
 */
public final class WarcSource implements Iterator<SourceItem>, Closeable {
  /** The default cap on one page's payload: 5 MB. */
  public static final long DEFAULT_MAX_PAYLOAD_BYTES = 5L * 1024 * 1024;

  /** The reason given for a payload over the cap (followed by the cap in parentheses). */
  public static final String OVER_CAP = "page over the size cap";

  private static final int MAX_READER_WARNINGS = 20;

  private final Path path;
  private final long maxPayloadBytes;
  private FileChannel channel;
  private WarcReader reader;
  private RecordStarts starts;
  private boolean started;
  private boolean done;
  private long lastStart = -1;
  private long freshAt = -1;
  private Deferred deferred;
  private final ArrayDeque<SourceItem> queue = new ArrayDeque<>();

  private long records;
  private long documents;
  private long skipped;
  private long empty;
  private long failed;
  private final Map<String, Long> passedOver = new TreeMap<>();
  private final List<String> readerWarnings = new ArrayList<>();

  /** Reads {@code file} with the default payload cap. */
  public WarcSource(Path file) {
    this(file, DEFAULT_MAX_PAYLOAD_BYTES);
  }

  /**
   * Reads {@code file}; nothing is opened until the first {@link #hasNext()}.
   *
   * @param maxPayloadBytes pages with a larger (decoded) HTTP payload are skipped
   */
  public WarcSource(Path file, long maxPayloadBytes) {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    if (maxPayloadBytes < 1) {
      throw new IllegalArgumentException("maxPayloadBytes must be positive: " + maxPayloadBytes);
    }
    this.path = file;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /**
   * What was read so far from the file.
   *
   * @param records WARC records read (of any type)
   * @param documents HTML pages given out as documents
   * @param skipped responses given out as skipped (not HTML, not status 200, over the cap)
   * @param empty HTML responses with an empty payload, given out as empty
   * @param failed broken records (or runs of unreadable bytes), given out as failed
   * @param passedOver records that are not responses, by WARC-Type, passed over silently
   * @param readerWarnings the WARC reader's own warnings (first 20), e.g. a bad record trailer
   */
  public record Stats(
      long records,
      long documents,
      long skipped,
      long empty,
      long failed,
      Map<String, Long> passedOver,
      List<String> readerWarnings) {
    public static final Stats NONE = new Stats(0, 0, 0, 0, 0, Map.of(), List.of());

    public Stats {
      passedOver = Map.copyOf(passedOver);
      readerWarnings = List.copyOf(readerWarnings);
    }

    /** Records passed over, all types together. */
    public long passedOverTotal() {
      return passedOver.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The sum of two files' figures. */
    public Stats plus(Stats o) {
      Map<String, Long> types = new TreeMap<>(passedOver);
      o.passedOver.forEach((k, v) -> types.merge(k, v, Long::sum));
      List<String> warnings = new ArrayList<>(readerWarnings);
      o.readerWarnings.stream()
          .limit(Math.max(0, MAX_READER_WARNINGS - warnings.size()))
          .forEach(warnings::add);
      return new Stats(
          records + o.records,
          documents + o.documents,
          skipped + o.skipped,
          empty + o.empty,
          failed + o.failed,
          types,
          warnings);
    }

    /**
     * "7 WARC records: 3 pages, 2 skipped, 0 empty, 1 failed; passed over 1 request, 1 warcinfo".
     */
    public String summary() {
      StringBuilder s =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%d WARC records: %d pages, %d skipped, %d empty, %d failed",
                  records,
                  documents,
                  skipped,
                  empty,
                  failed));
      if (!passedOver.isEmpty()) {
        s.append("; passed over");
        String sep = " ";
        for (Map.Entry<String, Long> e : new TreeMap<>(passedOver).entrySet()) {
          s.append(sep).append(e.getValue()).append(' ').append(e.getKey());
          sep = ", ";
        }
      }
      return s.toString();
    }
  }

  /** The figures so far; final once {@link #hasNext()} has returned false. */
  public Stats stats() {
    return new Stats(records, documents, skipped, empty, failed, passedOver, readerWarnings);
  }

  @Override
  public boolean hasNext() {
    while (queue.isEmpty() && !done) {
      advance();
    }
    return !queue.isEmpty();
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return queue.removeFirst();
  }

  /** Closes the file; only needed when iteration stops before the end. */
  @Override
  public void close() {
    done = true;
    closeReader();
    if (starts != null) {
      try {
        starts.close();
      } catch (IOException ignored) {
        // read-only channel: nothing to lose
      }
      starts = null;
    }
  }

  private void advance() {
    if (!started) {
      started = true;
      start();
      return;
    }
    Optional<WarcRecord> next;
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      readFailed(describe(e));
      return;
    }
    if (next.isEmpty()) {
      if (deferred != null) {
        fail(
            String.format(
                Locale.ROOT,
                "broken WARC record after byte %d: %s",
                deferred.after(),
                deferred.why()));
      }
      close();
      return;
    }
    WarcRecord record = next.get();
    SourceItem item = null;
    try {
      if (record instanceof WarcResponse response) {
        item = WarcPages.item(response, maxPayloadBytes);
      }
      // Read the block to its end here, so that damage in it is blamed on this record.
      record.body().consume();
    } catch (IOException | RuntimeException e) {
      recordFailed(record.position(), describe(e));
      return;
    }
    if (deferred != null) {
      fail(
          String.format(
              Locale.ROOT,
              "broken WARC record after byte %d (reading resumed at byte %d): %s",
              deferred.after(),
              record.position(),
              deferred.why()));
      deferred = null;
    }
    freshAt = -1;
    lastStart = record.position();
    records++;
    if (item == null) {
      passedOver.merge(record.type(), 1L, Long::sum);
      return;
    }
    if (item instanceof SourceItem.Document) {
      documents++;
    } else if (((SourceItem.Rejected) item).outcome() == Outcome.EMPTY) {
      empty++;
    } else {
      skipped++;
    }
    queue.add(item);
  }

  private void start() {
    try {
      if (Files.size(path) == 0) {
        queue.add(new SourceItem.Rejected(path.toString(), Outcome.EMPTY, "empty file"));
        close();
        return;
      }
      starts = new RecordStarts(path, RecordStarts.isGzip(path));
    } catch (IOException e) {
      fail("cannot read: " + describe(e));
      close();
      return;
    }
    openAt(0);
  }

  /**
   * Reading the next record failed. Right after (re)opening, the record at that offset is broken;
   * after a good record, the damage lies somewhere behind it: reading resumes at the next record
   * start, and the failure is given out once it is known whether that record reads.
   */
  private void readFailed(String why) {
    if (freshAt >= 0) {
      recordFailed(freshAt, why);
      return;
    }
    long resume = nextStart(lastStart, true);
    if (resume >= 0) {
      deferred = new Deferred(lastStart, why);
      openAt(resume);
      return;
    }
    long weak = nextStart(lastStart, false);
    if (weak >= 0) {
      fail(String.format(Locale.ROOT, "broken WARC record at byte %d: %s", weak, why));
    } else {
      fail(String.format(Locale.ROOT, "broken WARC record after byte %d: %s", lastStart, why));
    }
    close();
  }

  /** The record at {@code offset} is broken: give it out as failed, resume after it. */
  private void recordFailed(long offset, String why) {
    deferred = null;
    long resume = nextStart(offset, true);
    String none = records == 0 && resume < 0 ? " (no WARC record found)" : "";
    fail(String.format(Locale.ROOT, "broken WARC record at byte %d: %s%s", offset, why, none));
    if (resume < 0) {
      close();
    } else {
      openAt(resume);
    }
  }

  /** The first record start after {@code offset}, or -1 (also when the file cannot be scanned). */
  private long nextStart(long offset, boolean verified) {
    try {
      return starts.next(offset + 1, verified);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Opens a fresh reader at {@code offset}. */
  private void openAt(long offset) {
    closeReader();
    freshAt = offset;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
      channel.position(offset);
      reader = new WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      recordFailed(offset, describe(e));
      return;
    }
    reader.onWarning(
        w -> {
          if (readerWarnings.size() < MAX_READER_WARNINGS) {
            readerWarnings.add(path + ": " + w);
          }
        });
  }

  private void fail(String reason) {
    failed++;
    queue.add(new SourceItem.Rejected(path.toString(), Outcome.FAILED, reason));
  }

  /** A read failure after the good record at {@code after}, not yet given out. */
  private record Deferred(long after, String why) {}

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() || m.equals("No value present")
        ? e.getClass().getSimpleName()
        : m;
  }

  private void closeReader() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // read-only channel: nothing to lose
    } finally {
      reader = null;
      channel = null;
    }
  }
}

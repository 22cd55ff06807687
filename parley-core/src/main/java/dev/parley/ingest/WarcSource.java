package dev.parley.ingest;

import dev.parley.extract.HtmlDecoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of one WARC file ({@code .warc} or {@code .warc.gz}, one gzip member per record as
 * Common Crawl News publishes them). Every HTTP {@code response} record with status 200 and an HTML
 * content type is one {@link RawDocument} of type HTML: its {@code doc} and {@code Hints.url} are
 * the {@code WARC-Target-URI}; the payload is decoded by {@link HtmlDecoder} with the charset of the
 * record's HTTP {@code Content-Type} header, and the decoder's warnings become the document's.
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
 * that can be read; a truncated file ends the iteration after that item. Never throws for bad input.
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
  private SourceItem pending;

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
  public record Stats(long records, long documents, long skipped, long empty, long failed,
      Map<String, Long> passedOver, List<String> readerWarnings) {
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
      o.readerWarnings.stream().limit(Math.max(0, MAX_READER_WARNINGS - warnings.size())).forEach(warnings::add);
      return new Stats(records + o.records, documents + o.documents, skipped + o.skipped,
          empty + o.empty, failed + o.failed, types, warnings);
    }

    /** "7 WARC records: 3 pages, 2 skipped, 0 empty, 1 failed; passed over 1 request, 1 warcinfo". */
    public String summary() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
          "%d WARC records: %d pages, %d skipped, %d empty, %d failed", records, documents, skipped, empty, failed));
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
    while (pending == null && !done) {
      advance();
    }
    return pending != null;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem out = pending;
    pending = null;
    return out;
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
      if (!start()) {
        return;
      }
    }
    Optional<WarcRecord> next;
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      brokenAfter(lastStart, e);
      return;
    }
    if (next.isEmpty()) {
      close();
      return;
    }
    WarcRecord record = next.get();
    lastStart = record.position();
    records++;
    SourceItem item = null;
    try {
      if (record instanceof WarcResponse response) {
        item = response(response);
      }
      // Read the block to its end here, so that damage in it is blamed on this record.
      record.body().consume();
    } catch (IOException | RuntimeException e) {
      broken(record.position(), describe(e));
      resumeAfter(record.position());
      return;
    }
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
    pending = item;
  }

  private boolean start() {
    try {
      if (Files.size(path) == 0) {
        pending = new SourceItem.Rejected(path.toString(), Outcome.EMPTY, "empty file");
        close();
        return false;
      }
      starts = new RecordStarts(path, RecordStarts.isGzip(path));
      return open(0);
    } catch (IOException e) {
      failed++;
      pending = new SourceItem.Rejected(path.toString(), Outcome.FAILED, "cannot read: " + describe(e));
      close();
      return false;
    }
  }

  /** Opens a reader at {@code offset}; on failure gives out a failed item and ends. */
  private boolean open(long offset) throws IOException {
    closeReader();
    channel = FileChannel.open(path, StandardOpenOption.READ);
    channel.position(offset);
    try {
      reader = new WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      broken(offset, describe(e));
      close();
      return false;
    }
    reader.onWarning(w -> {
      if (readerWarnings.size() < MAX_READER_WARNINGS) {
        readerWarnings.add(path + ": " + w);
      }
    });
    return true;
  }

  /** {@link WarcReader#next()} failed: the record after the one at {@code previous} is broken. */
  private void brokenAfter(long previous, Exception e) {
    try {
      long at = starts.next(previous + 1, false);
      if (at < 0) {
        broken(previous + 1, describe(e) + (previous < 0 ? " (no WARC record found)" : ""));
        close();
        return;
      }
      broken(at, describe(e));
      resumeAfter(at);
    } catch (IOException io) {
      broken(previous + 1, describe(e));
      close();
    }
  }

  private void broken(long offset, String why) {
    failed++;
    pending = new SourceItem.Rejected(path.toString(), Outcome.FAILED,
        String.format(Locale.ROOT, "broken WARC record at byte %d: %s", offset, why));
  }

  /** Continues at the first readable record start after {@code offset}, or ends. */
  private void resumeAfter(long offset) {
    closeReader();
    try {
      long at = starts.next(offset + 1, true);
      if (at < 0) {
        close();
        return;
      }
      lastStart = at - 1;
      if (!open(at)) {
        close();
      }
    } catch (IOException e) {
      close();
    }
  }

  private SourceItem response(WarcResponse response) throws IOException {
    String uri = response.target();
    if (uri == null || uri.isBlank()) {
      throw new IOException("response record without a WARC-Target-URI");
    }
    String recordType = baseType(response.headers().first("Content-Type").orElse(null));
    if (recordType != null && !recordType.equals("application/http")) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "not an HTTP response: " + recordType);
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      throw new IOException("malformed HTTP response header (" + describe(e) + ")", e);
    }
    if (http.status() != 200) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "HTTP status " + http.status());
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    String type = baseType(contentType);
    if (type == null) {
      type = response.identifiedPayloadType().map(t -> t.base().toString().toLowerCase(Locale.ROOT)).orElse(null);
    }
    if (type == null) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "no content type");
    }
    if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "not HTML: " + type);
    }
    byte[] bytes = Bytes.readAtMost(http.bodyDecoded().stream(), maxPayloadBytes);
    if (bytes == null) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED,
          OVER_CAP + " (" + Bytes.megabytes(maxPayloadBytes) + ")");
    }
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, contentType);
    if (decoded.text().isBlank()) {
      return new SourceItem.Rejected(uri, Outcome.EMPTY, "empty page");
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    response.headers().first("WARC-Truncated").ifPresent(reason ->
        warnings.add("the crawler cut this page (WARC-Truncated: " + reason + ")"));
    return new SourceItem.Document(new RawDocument(uri, RawDocument.ContentType.HTML, decoded.text(),
        new Hints(null, null, null, uri), warnings));
  }

  /** "text/html" from "text/html; charset=utf-8"; null when absent or unreadable. */
  private static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    MediaType t = MediaType.parseLeniently(contentType);
    if (!t.isValid()) {
      String head = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      return head.contains("/") ? head : null;
    }
    return t.base().toString().toLowerCase(Locale.ROOT);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() || m.equals("No value present") ? e.getClass().getSimpleName() : m;
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

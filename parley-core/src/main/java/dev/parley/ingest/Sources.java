package dev.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.extract.HtmlDecoder;
import dev.parley.outcome.Outcome;
import dev.parley.time.PageDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns command-line arguments into inputs: plain-text files (one article each), HTML files ({@code
 * .html}, {@code .htm}, gzipped too; one page each), folders (walked recursively in name order),
 * JSONL files (one article a line), and WARC files ({@code .warc}, {@code .warc.gz}; one page per
 * HTML response record, read by {@link WarcSource}). Lazy: a JSONL or WARC file of any size is read
 * a line or a record at a time. Every input comes out as exactly one {@link SourceItem}; a problem
 * is a {@link SourceItem.Rejected} with a one-line reason naming the file (and line or byte
 * offset), never an exception.
 */
public final class Sources implements Iterator<SourceItem> {
  /**
   * Limits on what is read as one article.
   *
   * @param maxArticleBytes the largest plain-text file (or JSONL line) read as one article
   * @param maxPageBytes the largest HTML page (a file, decompressed, or a WARC record's payload)
   */
  public record Limits(long maxArticleBytes, long maxPageBytes) {
    public Limits {
      if (maxArticleBytes < 1 || maxPageBytes < 1) {
        throw new IllegalArgumentException(
            "limits must be positive: " + maxArticleBytes + ", " + maxPageBytes);
      }
    }

    /** Limits with the default page cap ({@link WarcSource#DEFAULT_MAX_PAYLOAD_BYTES}). */
    public Limits(long maxArticleBytes) {
      this(maxArticleBytes, WarcSource.DEFAULT_MAX_PAYLOAD_BYTES);
    }

    public static Limits defaults() {
      return new Limits(10L * 1024 * 1024, WarcSource.DEFAULT_MAX_PAYLOAD_BYTES);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text");
  private static final List<String> JSONL_EXTENSIONS =
      List.of(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz");
  private static final List<String> HTML_EXTENSIONS =
      List.of(".html", ".htm", ".html.gz", ".htm.gz");
  private static final List<String> WARC_EXTENSIONS = List.of(".warc", ".warc.gz");

  private final Deque<String> args;
  private final Limits limits;
  private final Deque<Path> files = new ArrayDeque<>();
  private final List<WarcSource> warcs = new java.util.ArrayList<>();
  private Iterator<SourceItem> current;
  private SourceItem next;

  public Sources(List<String> args, Limits limits) {
    this.args = new ArrayDeque<>(args);
    this.limits = limits;
  }

  /**
   * What the WARC files read so far held: pages, skipped and failed records, and the records passed
   * over (requests, metadata, warcinfo), summed over all files. Final once {@link #hasNext()} has
   * returned false.
   */
  public WarcSource.Stats warcStats() {
    WarcSource.Stats sum = WarcSource.Stats.NONE;
    for (WarcSource w : warcs) {
      sum = sum.plus(w.stats());
    }
    return sum;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current != null && current.hasNext()) {
        next = current.next();
      } else if (!files.isEmpty()) {
        current = readFile(files.removeFirst());
      } else if (!args.isEmpty()) {
        current = expand(args.removeFirst());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem out = next;
    next = null;
    return out;
  }

  private Iterator<SourceItem> expand(String arg) {
    Path p = Path.of(arg);
    if (!Files.exists(p)) {
      return one(new SourceItem.Rejected(arg, Outcome.FAILED, "no such file or directory"));
    }
    if (Files.isDirectory(p)) {
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        return one(
            new SourceItem.Rejected(
                arg, Outcome.FAILED, "cannot list the folder: " + e.getMessage()));
      }
      return java.util.Collections.emptyIterator();
    }
    return readFile(p);
  }

  private Iterator<SourceItem> readFile(Path p) {
    String doc = p.toString();
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return one(new SourceItem.Rejected(doc, Outcome.SKIPPED, "hidden file"));
    }
    if (JSONL_EXTENSIONS.stream().anyMatch(name::endsWith)) {
      return new JsonlLines(p);
    }
    if (WARC_EXTENSIONS.stream().anyMatch(name::endsWith)) {
      WarcSource warc = new WarcSource(p, limits.maxPageBytes());
      warcs.add(warc);
      return warc;
    }
    if (HTML_EXTENSIONS.stream().anyMatch(name::endsWith)) {
      return one(html(p, doc, name.endsWith(".gz")));
    }
    boolean text = TEXT_EXTENSIONS.stream().anyMatch(name::endsWith) || !name.contains(".");
    if (!text) {
      String ext = name.substring(name.lastIndexOf('.'));
      return one(
          new SourceItem.Rejected(doc, Outcome.SKIPPED, "unsupported file type '" + ext + "'"));
    }
    try {
      long size = Files.size(p);
      if (size == 0) {
        return one(new SourceItem.Rejected(doc, Outcome.EMPTY, "empty file"));
      }
      if (size > limits.maxArticleBytes()) {
        return one(
            new SourceItem.Rejected(
                doc,
                Outcome.SKIPPED,
                String.format(
                    Locale.ROOT,
                    "too large for one article: %.1f MB (limit %.1f MB)",
                    size / 1048576.0,
                    limits.maxArticleBytes() / 1048576.0)));
      }
      byte[] bytes = Files.readAllBytes(p);
      return one(decoded(doc, bytes));
    } catch (IOException e) {
      return one(new SourceItem.Rejected(doc, Outcome.FAILED, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * One HTML page from a file: decoded by {@link HtmlDecoder} (BOM, then meta tag, then the bytes).
   */
  private SourceItem html(Path p, String doc, boolean gzipped) {
    long cap = limits.maxPageBytes();
    String over = WarcSource.OVER_CAP + " (" + Bytes.megabytes(cap) + ")";
    try {
      long size = Files.size(p);
      if (size == 0) {
        return new SourceItem.Rejected(doc, Outcome.EMPTY, "empty file");
      }
      if (!gzipped && size > cap) {
        return new SourceItem.Rejected(doc, Outcome.SKIPPED, over + ": " + Bytes.megabytes(size));
      }
      byte[] bytes;
      try (InputStream in =
          gzipped ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
        bytes = Bytes.readAtMost(in, cap);
      }
      if (bytes == null) {
        return new SourceItem.Rejected(doc, Outcome.SKIPPED, over + " once decompressed");
      }
      HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null);
      if (d.text().isBlank()) {
        return new SourceItem.Rejected(doc, Outcome.EMPTY, "only whitespace");
      }
      return new SourceItem.Document(
          new RawDocument(doc, RawDocument.ContentType.HTML, d.text(), Hints.NONE, d.warnings()));
    } catch (IOException e) {
      return new SourceItem.Rejected(doc, Outcome.FAILED, "cannot read: " + e.getMessage());
    }
  }

  private static SourceItem decoded(String doc, byte[] bytes) {
    TextDecoder.Result r = TextDecoder.decode(bytes);
    if (r instanceof TextDecoder.Rejected rej) {
      return new SourceItem.Rejected(doc, Outcome.SKIPPED, rej.message());
    }
    TextDecoder.Decoded d = (TextDecoder.Decoded) r;
    if (d.text().isBlank()) {
      return new SourceItem.Rejected(doc, Outcome.EMPTY, "only whitespace");
    }
    return new SourceItem.Document(
        new RawDocument(doc, RawDocument.ContentType.TEXT, d.text(), Hints.NONE, d.warnings()));
  }

  private static Iterator<SourceItem> one(SourceItem item) {
    return List.of(item).iterator();
  }

  /** The lines of a JSONL file, each one input. */
  private final class JsonlLines implements Iterator<SourceItem> {
    private final Path path;
    private InputStream reader;
    private int line;
    private SourceItem pending;
    private boolean done;

    JsonlLines(Path path) {
      this.path = path;
    }

    @Override
    public boolean hasNext() {
      if (pending != null) {
        return true;
      }
      if (done) {
        return false;
      }
      try {
        if (reader == null) {
          InputStream in = Files.newInputStream(path);
          if (path.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
          }
          reader = new java.io.BufferedInputStream(in);
        }
        byte[] bytes;
        while ((bytes = readLine(reader)) != null) {
          line++;
          String text = utf8(bytes);
          List<String> warnings = List.of();
          if (text == null) {
            // like a text file: JSON is UTF-8, but a Windows-1252 export is common; say so
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            warnings = List.of(TextDecoder.NOT_UTF8);
          }
          if (!text.isBlank()) {
            pending = parse(text, warnings);
            return true;
          }
        }
        close();
        return false;
      } catch (IOException e) {
        close();
        pending =
            new SourceItem.Rejected(
                path + ":" + (line + 1), Outcome.FAILED, "cannot read: " + e.getMessage());
        return true;
      }
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

    private void close() {
      done = true;
      if (reader != null) {
        try {
          reader.close();
        } catch (IOException ignored) {
          // nothing was written; a failed close of a reader loses nothing
        }
      }
    }

    /** The next line's bytes without its line end, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') {
          break;
        }
        out.write(b);
      }
      if (!any) {
        return null;
      }
      byte[] bytes = out.toByteArray();
      int n = bytes.length;
      return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String utf8(byte[] bytes) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes))
            .toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return null;
      }
    }

    private SourceItem parse(String text, List<String> warnings) {
      String where = path + ":" + line;
      if (text.length() > limits.maxArticleBytes()) {
        return new SourceItem.Rejected(where, Outcome.SKIPPED, "line too large for one article");
      }
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        return new SourceItem.Rejected(
            where, Outcome.FAILED, "not JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        return new SourceItem.Rejected(where, Outcome.FAILED, "not a JSON object");
      }
      String doc = node.hasNonNull("id") ? node.get("id").asText() : where;
      JsonNode body = node.get("text");
      RawDocument.ContentType type = RawDocument.ContentType.TEXT;
      if ((body == null || body.isNull()) && node.hasNonNull("html")) {
        body = node.get("html");
        type = RawDocument.ContentType.HTML;
      }
      if (body == null || body.isNull()) {
        return new SourceItem.Rejected(doc, Outcome.FAILED, where + ": no \"text\" field");
      }
      if (!body.isTextual()) {
        return new SourceItem.Rejected(doc, Outcome.FAILED, where + ": \"text\" is not a string");
      }
      String content = TextDecoder.normaliseLineEndings(body.asText());
      if (content.isBlank()) {
        return new SourceItem.Rejected(doc, Outcome.EMPTY, where + ": empty \"text\"");
      }
      String published = str(node, "published");
      if (published != null && PageDates.fromStamp(published) == null) {
        // a date hint that cannot be read is dropped, and said: never passed on unchecked
        warnings =
            append(
                warnings, "\"published\" is not a date Parley reads: '" + published + "'; ignored");
        published = null;
      }
      Hints hints = new Hints(str(node, "title"), published, str(node, "outlet"), str(node, "url"));
      return new SourceItem.Document(new RawDocument(doc, type, content, hints, warnings));
    }

    private static List<String> append(List<String> list, String item) {
      List<String> out = new ArrayList<>(list);
      out.add(item);
      return out;
    }

    private static String str(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }
}

package dev.parley.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.parley.clean.Article;
import dev.parley.clean.HtmlCleaner;
import dev.parley.clean.TextCleaner;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.SourceItem;
import dev.parley.ingest.Sources;
import dev.parley.outcome.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The logic of {@code parley extract FILE... [--format json|jsonl]}: prints what Parley reads from
 * each page or text file (title, outlet, byline, published, dateline, language, url, text, removed)
 * without storing anything. Inputs are read as {@code parley ingest} reads them ({@link Sources}:
 * HTML, text, JSONL, WARC, folders) and cleaned by the same cleaners: HTML by {@link HtmlCleaner}
 * (the {@link dev.parley.extract.HtmlExtractor}), plain text by {@link TextCleaner}. One JSON
 * object per input: one a line ({@code jsonl}) or a pretty array ({@code json}). Inputs that give
 * no article are named on the error stream with their outcome and reason.
 */
public final class ExtractReport {
  /** The keys of each object, in this order. */
  public static final List<String> FIELDS =
      List.of(
          "doc",
          "title",
          "outlet",
          "byline",
          "published",
          "dateline",
          "language",
          "url",
          "text",
          "removed",
          "warnings");

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ExtractReport() {}

  /**
   * Extracts every input and prints it.
   *
   * @param files files or folders, as given on the command line
   * @param format {@code json} or {@code jsonl}
   * @return 0 when every input was read (skipped or empty ones are reported, not errors), 1 when an
   *     input failed (unreadable, malformed), 2 for a usage error (no files, unknown format)
   */
  public static int run(List<Path> files, String format, PrintStream out, PrintStream err) {
    String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
    if (!f.equals("json") && !f.equals("jsonl")) {
      err.println("parley extract: unknown format '" + format + "' (use json or jsonl)");
      return 2;
    }
    if (files == null || files.isEmpty()) {
      err.println("parley extract: no FILE given");
      return 2;
    }
    List<String> args = files.stream().map(Path::toString).toList();
    Sources sources = new Sources(args, Sources.Limits.defaults());
    HtmlCleaner html = new HtmlCleaner();
    TextCleaner text = new TextCleaner();
    boolean pretty = f.equals("json");
    boolean failed = false;
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
      } else {
        json.setRootValueSeparator(null);
      }
      while (sources.hasNext()) {
        SourceItem item = sources.next();
        if (item instanceof SourceItem.Rejected r) {
          err.println(r.doc() + ": " + r.outcome().word() + ": " + r.reason());
          failed |= r.outcome() == Outcome.FAILED;
          continue;
        }
        RawDocument raw = ((SourceItem.Document) item).raw();
        Article article;
        try {
          article = raw.type() == RawDocument.ContentType.HTML ? html.clean(raw) : text.clean(raw);
        } catch (RuntimeException e) {
          err.println(raw.doc() + ": failed: extraction failed: " + e);
          failed = true;
          continue;
        }
        write(json, article, raw.warnings());
        if (!pretty) {
          json.flush();
          out.write('\n');
        }
      }
      if (pretty) {
        json.writeEndArray();
        json.flush();
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the extraction: " + e.getMessage(), e);
    }
    out.flush();
    return failed ? 1 : 0;
  }

  private static void write(JsonGenerator json, Article a, List<String> warnings)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("doc", a.doc());
    json.writeStringField("title", a.title());
    json.writeStringField("outlet", a.outlet());
    json.writeStringField("byline", a.byline());
    json.writeStringField("published", a.publishedText());
    json.writeStringField("dateline", a.dateline());
    json.writeStringField("language", a.language());
    json.writeStringField("url", a.url());
    json.writeStringField("text", a.text());
    list(json, "removed", a.removed());
    list(json, "warnings", warnings);
    json.writeEndObject();
  }

  private static void list(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}

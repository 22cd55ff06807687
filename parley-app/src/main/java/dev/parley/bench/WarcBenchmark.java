package dev.parley.bench;

import dev.parley.ingest.Sources;
import dev.parley.outcome.Outcome;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.LocalRunner;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.StoreSink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds, at benchmark time, a gzipped WARC of N response records from the AEB pages in {@code
 * ../shared/bench/extract/aeb/html}, as Common Crawl News writes them: one gzip member per record.
 * Each record is made distinct (a copy number written into the first paragraph) so that
 * deduplication does not skip it. The bench pages are read from the shared folder; nothing is
 * copied into the repository.
 */
public final class WarcBenchmark {

  private static final dev.parley.extract.HtmlExtractor EXTRACTOR =
      new dev.parley.extract.HtmlExtractor();

  private WarcBenchmark() {}

  /**
   * The page with a copy number written where the extractor finds the start of the body, so that
   * each copy is a distinct article.
   */
  static String distinct(String html, int copy) {
    Document doc = Jsoup.parse(html);
    String marker = "Archive copy " + copy + " of this page. ";
    Element target = bodyElement(html, doc);
    if (target == null) {
      doc.body().prependElement("p").text(marker);
    } else {
      target.prependText(marker);
    }
    return doc.outerHtml();
  }

  /**
   * The element holding the start of the body the extractor reads from this page (so the marker
   * lands in the article text), else the element with the most text of its own.
   */
  private static Element bodyElement(String html, Document doc) {
    String body = EXTRACTOR.extract(html, null).text();
    String start = body == null ? "" : body.strip().split("\n", 2)[0];
    start = start.length() > 40 ? start.substring(0, 40) : start;
    Element best = null;
    Element deepest = null; // the innermost element whose text holds the start
    String needle = start.strip();
    for (Element e : doc.body().getAllElements()) {
      if (e.normalName().equals("script") || e.normalName().equals("style")) {
        continue;
      }
      if (!needle.isEmpty() && e.ownText().contains(needle)) {
        return e;
      }
      if (!needle.isEmpty() && e.text().contains(needle)) {
        deepest = e;
      }
      if (best == null || e.ownText().length() > best.ownText().length()) {
        best = e;
      }
    }
    return deepest != null ? deepest : best;
  }

  /**
   * Builds a WARC of {@code records} pages and ingests it end to end with 2 threads into a fresh
   * store, as {@code parley ingest} does; returns the figures by metric name.
   */
  public static Map<String, Double> run(
      Pipeline pipeline, Path benchDir, int records, LocalRunner.Listener listener, PrintStream err)
      throws IOException {
    Path dir = Files.createTempDirectory("parley-bench-warc");
    try {
      Path warc = build(benchDir, records, dir.resolve("aeb.warc.gz"));
      err.println(
          "bench warc: "
              + records
              + " records in "
              + warc
              + " ("
              + Files.size(warc) / 1024
              + " KB); loading models");
      pipeline.warmUp();
      long start = System.nanoTime();
      Sources sources = new Sources(List.of(warc.toString()), Sources.Limits.defaults());
      Counters c =
          new LocalRunner(pipeline, 2, 3000)
              .run(
                  sources,
                  List.<String>of(),
                  new StoreSink(dir.resolve("data"), pipeline.version()),
                  listener);
      double seconds = (System.nanoTime() - start) / 1e9;
      err.println("warc: " + sources.warcStats().summary());
      err.println("bench warc: " + c.summary() + String.format(Locale.ROOT, " in %.1f s", seconds));
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("warc_records_per_second_2_threads", records / seconds);
      out.put("warc_ingested", (double) c.get(Outcome.INGESTED));
      out.put("warc_not_coded", (double) c.notCoded());
      out.put("warc_events", (double) c.events());
      return out;
    } finally {
      TempDirs.delete(dir);
    }
  }

  /** Writes the WARC and returns its path. */
  public static Path build(Path benchDir, int records, Path out) throws IOException {
    Path html = benchDir.resolve("extract/aeb/html");
    if (!Files.isDirectory(html)) {
      throw new IllegalArgumentException("no AEB pages in " + html + " (pass --bench-data DIR)");
    }
    List<Path> pages;
    try (Stream<Path> s = Files.list(html)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    try (FileChannel ch =
            FileChannel.open(
                out,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (int i = 0; i < records; i++) {
        Path page = pages.get(i % pages.size());
        String text = distinct(new String(Files.readAllBytes(page), StandardCharsets.UTF_8), i);
        String uri = "https://bench.invalid/" + page.getFileName() + "?copy=" + i;
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=utf-8"),
                    text.getBytes(StandardCharsets.UTF_8))
                .build();
        w.write(
            new WarcResponse.Builder(uri)
                .date(Instant.parse("2024-01-01T00:00:00Z"))
                .body(http)
                .build());
      }
    }
    return out;
  }
}

package dev.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.outcome.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  private static final String PAGE =
      WarcFiles.page("Café talks", "Ministers met at a café in São Paulo.");

  @TempDir Path dir;

  private static List<SourceItem> read(Sources.Limits limits, Path... paths) {
    List<String> args = new ArrayList<>();
    for (Path p : paths) {
      args.add(p.toString());
    }
    List<SourceItem> out = new ArrayList<>();
    new Sources(args, limits).forEachRemaining(out::add);
    return out;
  }

  private static List<SourceItem> read(Path... paths) {
    return read(Sources.Limits.defaults(), paths);
  }

  private static RawDocument doc(SourceItem item) {
    return assertInstanceOf(SourceItem.Document.class, item, item.toString()).raw();
  }

  private static void gzip(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
  }

  @Test
  void htmlFileIsOneHtmlDocumentDecodedByItsMetaCharset() throws IOException {
    Path file = dir.resolve("cafe.html");
    String html = writeCp1252Page(file, "windows-1252");

    RawDocument raw = doc(read(file).get(0));

    assertEquals(file.toString(), raw.doc());
    assertEquals(RawDocument.ContentType.HTML, raw.type());
    assertEquals(html, raw.content());
    assertEquals(Hints.NONE, raw.hints());
    assertEquals(List.of(), raw.warnings());
  }

  @Test
  void wrongMetaCharsetIsOverruledWithAWarning() throws IOException {
    Path file = dir.resolve("wrong.htm");
    String html = writeCp1252Page(file, "utf-8");

    RawDocument raw = doc(read(file).get(0));

    assertEquals(html, raw.content());
    assertEquals(List.of("charset UTF-8 in meta tag does not decode the bytes"), raw.warnings());
  }

  /**
   * Writes the page, declaring {@code declared} in a meta tag, as Windows-1252 bytes; returns its
   * text.
   */
  private static String writeCp1252Page(Path file, String declared) throws IOException {
    String html = PAGE.replace("<head>", "<head><meta charset=\"" + declared + "\">");
    Files.write(file, html.getBytes(WarcFiles.CP1252));
    return html;
  }

  @Test
  void gzippedHtmlFiles() throws IOException {
    Path html = dir.resolve("a.html.gz");
    Path htm = dir.resolve("b.HTM.GZ");
    gzip(html, PAGE.getBytes(StandardCharsets.UTF_8));
    gzip(htm, PAGE.getBytes(StandardCharsets.UTF_8));

    List<SourceItem> items = read(html, htm);

    assertEquals(PAGE, doc(items.get(0)).content());
    assertEquals(PAGE, doc(items.get(1)).content());
    assertEquals(RawDocument.ContentType.HTML, doc(items.get(1)).type());
  }

  @Test
  void emptyAndBlankHtmlFilesAreEmpty() throws IOException {
    Path empty = dir.resolve("empty.html");
    Path blank = dir.resolve("blank.htm");
    Files.write(empty, new byte[0]);
    Files.writeString(blank, " \n\t\n");

    assertEquals(
        List.of(
            new SourceItem.Rejected(empty.toString(), Outcome.EMPTY, "empty file"),
            new SourceItem.Rejected(blank.toString(), Outcome.EMPTY, "only whitespace")),
        read(empty, blank));
  }

  @Test
  void htmlOverThePageCapIsSkippedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.html");
    Files.writeString(big, PAGE + " ".repeat(300_000));

    assertOnlySkipped(
        big, new Sources.Limits(10_000_000, 200_000), "page over the size cap (0.2 MB): 0.3 MB");
  }

  private void assertOnlySkipped(Path file, Sources.Limits limits, String reason)
      throws IOException {
    assertEquals(
        List.of(new SourceItem.Rejected(file.toString(), Outcome.SKIPPED, reason)),
        read(limits, file));
  }

  @Test
  void gzipBombIsCutAtTheCap() throws IOException {
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        out.write(zeros);
      }
    }
    assertTrue(Files.size(bomb) < 100_000);

    assertOnlySkipped(
        bomb,
        new Sources.Limits(10_000_000, 1_048_576),
        "page over the size cap (1.0 MB) once decompressed");
  }

  @Test
  void brokenGzipHtmlFails() throws IOException {
    Path bad = dir.resolve("bad.html.gz");
    Files.writeString(bad, "<html>not gzip</html>");

    SourceItem.Rejected r = assertInstanceOf(SourceItem.Rejected.class, read(bad).get(0));

    assertEquals(Outcome.FAILED, r.outcome());
    assertEquals("cannot read: Not in GZIP format", r.reason());
  }

  @Test
  void folderWithWarcHtmlAndTextFilesInNameOrderWithWarcFigures() throws IOException {
    Path folder = dir.resolve("crawl");
    Files.createDirectories(folder);
    String a1 = "https://news.example.invalid/a1";
    String a2 = "https://news.example.invalid/a2";
    new WarcFiles()
        .warcinfo()
        .request(a1)
        .html(a1, PAGE)
        .response(
            "https://news.example.invalid/x.pdf",
            200,
            "application/pdf",
            new byte[] {'%', 'P', 'D', 'F'})
        .write(folder.resolve("1-crawl.warc.gz"), true);
    new WarcFiles().metadata(a2).html(a2, PAGE).write(folder.resolve("2-crawl.WARC"), false);
    Files.writeString(folder.resolve("3-page.html"), PAGE);
    Files.writeString(folder.resolve("4-story.txt"), "Ministers met on Monday.\n");
    Files.writeString(folder.resolve("5-scan.pdf"), "%PDF");

    Sources sources = new Sources(List.of(folder.toString()), Sources.Limits.defaults());
    List<SourceItem> items = new ArrayList<>();
    sources.forEachRemaining(items::add);

    assertEquals(
        List.of(
            a1,
            "https://news.example.invalid/x.pdf",
            a2,
            folder.resolve("3-page.html").toString(),
            folder.resolve("4-story.txt").toString(),
            folder.resolve("5-scan.pdf").toString()),
        items.stream().map(SourceItem::doc).toList());
    assertEquals(RawDocument.ContentType.HTML, doc(items.get(0)).type());
    assertEquals(a1, doc(items.get(0)).hints().url());
    assertEquals(RawDocument.ContentType.HTML, doc(items.get(3)).type());
    assertEquals(RawDocument.ContentType.TEXT, doc(items.get(4)).type());
    assertEquals(
        new SourceItem.Rejected(
            folder.resolve("5-scan.pdf").toString(),
            Outcome.SKIPPED,
            "unsupported file type '.pdf'"),
        items.get(5));

    WarcSource.Stats stats = sources.warcStats();
    assertEquals(6, stats.records());
    assertEquals(2, stats.documents());
    assertEquals(1, stats.skipped());
    assertEquals(Map.of("metadata", 1L, "request", 1L, "warcinfo", 1L), stats.passedOver());
  }

  @Test
  void truncatedWarcThroughSourcesKeepsTheBatchGoing() throws IOException {
    Path warc = dir.resolve("cut.warc.gz");
    new WarcFiles()
        .html("https://news.example.invalid/a1", PAGE)
        .html("https://news.example.invalid/a2", PAGE + "<p>" + "more text ".repeat(100) + "</p>")
        .write(warc, true);
    byte[] bytes = Files.readAllBytes(warc);
    Files.write(warc, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    Path after = dir.resolve("after.txt");
    Files.writeString(after, "Ministers met on Monday.\n");

    List<SourceItem> items = read(warc, after);

    assertEquals(3, items.size(), items.toString());
    assertEquals("https://news.example.invalid/a1", doc(items.get(0)).doc());
    assertEquals(
        Outcome.FAILED, assertInstanceOf(SourceItem.Rejected.class, items.get(1)).outcome());
    assertEquals(warc.toString(), items.get(1).doc());
    assertEquals(after.toString(), doc(items.get(2)).doc());
  }

  @Test
  void jsonlThatIsNotUtf8IsReadAsWindows1252WithACountedWarning() throws Exception {
    Path file = dir.resolve("cp1252.jsonl");
    byte[] line =
        "{\"id\":\"a\",\"text\":\"Caf\u00e9 talks\"}\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] good =
        "{\"id\":\"b\",\"text\":\"Caf\u00e9 talks\"}\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
    both.write(line);
    both.write(good);
    java.nio.file.Files.write(file, both.toByteArray());
    List<SourceItem> items = read(file);
    RawDocument a = ((SourceItem.Document) items.get(0)).raw();
    RawDocument b = ((SourceItem.Document) items.get(1)).raw();
    org.junit.jupiter.api.Assertions.assertEquals("Caf\u00e9 talks", a.content());
    org.junit.jupiter.api.Assertions.assertEquals(List.of(TextDecoder.NOT_UTF8), a.warnings());
    org.junit.jupiter.api.Assertions.assertEquals("Caf\u00e9 talks", b.content());
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), b.warnings());
  }

  @Test
  void anUnreadablePublishedHintIsDroppedWithAWarning() throws Exception {
    Path file = dir.resolve("dates.jsonl");
    java.nio.file.Files.writeString(
        file,
        "{\"id\":\"a\",\"text\":\"Talks\",\"published\":\"last Tuesday\"}\n"
            + "{\"id\":\"b\",\"text\":\"Talks again\",\"published\":\"2019-06-30T08:00:00Z\"}\n");
    List<SourceItem> items = read(file);
    RawDocument a = ((SourceItem.Document) items.get(0)).raw();
    RawDocument b = ((SourceItem.Document) items.get(1)).raw();
    org.junit.jupiter.api.Assertions.assertNull(a.hints().published());
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of("\"published\" is not a date Parley reads: 'last Tuesday'; ignored"), a.warnings());
    org.junit.jupiter.api.Assertions.assertEquals("2019-06-30T08:00:00Z", b.hints().published());
  }
}

package dev.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.outcome.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcSourceTest {
  private static final String A1 = "https://news.example.invalid/2024/03/05/summit-opens.html";
  private static final String A2 = "https://news.example.invalid/2024/03/05/talks-stall.html";
  private static final String PDF = "https://news.example.invalid/report.pdf";
  private static final String GONE = "https://news.example.invalid/gone.html";
  private static final String LATIN = "https://latin.example.invalid/cafe.html";

  @TempDir Path dir;

  /** Eight records: warcinfo, request, two pages, metadata, a PDF, a 404 and a mislabelled page. */
  private static WarcFiles mixed() throws IOException {
    byte[] latin =
        WarcFiles.page("Café talks", "Ministers met at a café in São Paulo.")
            .getBytes(WarcFiles.CP1252);
    return new WarcFiles()
        .warcinfo()
        .request(A1)
        .html(A1, WarcFiles.page("Summit opens", "Leaders met in Geneva on Monday."))
        .html(A2, WarcFiles.page("Talks stall", "Negotiators left without a deal."))
        .metadata(A2)
        .response(
            PDF, 200, "application/pdf", "%PDF-1.4 not a page".getBytes(StandardCharsets.US_ASCII))
        .response(
            GONE,
            404,
            "text/html",
            "<html><body>Not found</body></html>".getBytes(StandardCharsets.US_ASCII))
        .response(LATIN, 200, "text/html; charset=utf-8", latin);
  }

  private static List<SourceItem> drain(WarcSource source) {
    List<SourceItem> out = new ArrayList<>();
    source.forEachRemaining(out::add);
    return out;
  }

  private static RawDocument doc(SourceItem item) {
    return assertInstanceOf(SourceItem.Document.class, item, item.toString()).raw();
  }

  private static SourceItem.Rejected rejected(SourceItem item) {
    return assertInstanceOf(SourceItem.Rejected.class, item, item.toString());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsHtmlResponsesSkipsTheRestAndCountsWhatItPassedOver(boolean gzip) throws IOException {
    Path file = dir.resolve(gzip ? "mixed.warc.gz" : "mixed.warc");
    mixed().write(file, gzip);
    WarcSource source = new WarcSource(file);
    List<SourceItem> items = drain(source);

    assertEquals(List.of(A1, A2, PDF, GONE, LATIN), items.stream().map(SourceItem::doc).toList());
    RawDocument first = doc(items.get(0));
    assertEquals(RawDocument.ContentType.HTML, first.type());
    assertEquals(new Hints(null, null, null, A1), first.hints());
    assertTrue(
        first.content().contains("<p>Leaders met in Geneva on Monday.</p>"), first.content());
    assertEquals(List.of(), first.warnings());
    assertEquals(
        new SourceItem.Rejected(PDF, Outcome.SKIPPED, "not HTML: application/pdf"), items.get(2));
    assertEquals(new SourceItem.Rejected(GONE, Outcome.SKIPPED, "HTTP status 404"), items.get(3));

    RawDocument latin = doc(items.get(4));
    assertTrue(latin.content().contains("Ministers met at a café in São Paulo."), latin.content());
    assertEquals(
        List.of("charset UTF-8 in HTTP header does not decode the bytes"), latin.warnings());

    WarcSource.Stats stats = source.stats();
    assertEquals(8, stats.records());
    assertEquals(3, stats.documents());
    assertEquals(2, stats.skipped());
    assertEquals(0, stats.failed());
    assertEquals(Map.of("metadata", 1L, "request", 1L, "warcinfo", 1L), stats.passedOver());
    assertEquals(
        "8 WARC records: 3 pages, 2 skipped, 0 empty, 0 failed; passed over 1 metadata, 1 request, 1 warcinfo",
        stats.summary());
    assertFalse(source.hasNext());
    assertThrows(NoSuchElementException.class, source::next);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void truncatedFileGivesOneFailedItemAtTheLastRecordAndEnds(boolean gzip) throws IOException {
    Path whole = dir.resolve("whole.warc");
    List<Long> offsets =
        new WarcFiles()
            .html(A1, WarcFiles.page("Summit opens", "Leaders met in Geneva on Monday."))
            .html(A2, WarcFiles.page("Talks stall", "Negotiators left without a deal. ".repeat(40)))
            .write(whole, gzip);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve(gzip ? "cut.warc.gz" : "cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));

    WarcSource source = new WarcSource(cut);
    List<SourceItem> items = drain(source);

    assertEquals(2, items.size(), items.toString());
    SourceItem.Rejected broken = assertFirstReadThenBrokenAt(items, offsets.get(1));
    assertEquals(cut.toString(), broken.doc());
    assertEquals(1, source.stats().failed());
    assertEquals(1, source.stats().documents());
  }

  /**
   * The first item is page A1 and the second a failed record at {@code offset}; returns that one.
   */
  private static SourceItem.Rejected assertFirstReadThenBrokenAt(
      List<SourceItem> items, long offset) {
    assertEquals(A1, doc(items.get(0)).doc());
    SourceItem.Rejected broken = rejected(items.get(1));
    assertEquals(Outcome.FAILED, broken.outcome());
    assertTrue(
        broken.reason().startsWith("broken WARC record at byte " + offset + ": "), broken.reason());
    return broken;
  }

  @Test
  void badGzipMemberIsFailedAndTheRecordsAfterItAreRead() throws IOException {
    Path file = dir.resolve("bad-member.warc.gz");
    String longBody = "Negotiators left without a deal after a long night of talks. ".repeat(60);
    List<Long> offsets =
        new WarcFiles()
            .html(A1, WarcFiles.page("Summit opens", "Leaders met in Geneva on Monday."))
            .html(A2, WarcFiles.page("Talks stall", longBody))
            .html(LATIN, WarcFiles.page("Third", "A third page that must still be read."))
            .write(file, true);
    byte[] bytes = Files.readAllBytes(file);
    long middle = (offsets.get(1) + offsets.get(2)) / 2;
    for (int i = 0; i < 40; i++) {
      bytes[(int) middle + i] = (byte) 0x5A;
    }
    Files.write(file, bytes);

    WarcSource source = new WarcSource(file);
    List<SourceItem> items = drain(source);

    assertEquals(3, items.size(), items.toString());
    assertFirstReadThenBrokenAt(items, offsets.get(1));
    assertEquals(LATIN, doc(items.get(2)).doc());
    assertTrue(doc(items.get(2)).content().contains("A third page that must still be read."));
  }

  @Test
  void garbledHeaderInPlainWarcIsFailedAndReadingResumes() throws IOException {
    Path file = dir.resolve("garbled.warc");
    List<Long> offsets =
        new WarcFiles()
            .html(A1, WarcFiles.page("Summit opens", "Leaders met in Geneva on Monday."))
            .html(A2, WarcFiles.page("Talks stall", "Negotiators left without a deal."))
            .html(LATIN, WarcFiles.page("Third", "A third page that must still be read."))
            .write(file, false);
    byte[] bytes = Files.readAllBytes(file);
    // "WARC/1.1" of the second record becomes "XXXX/1.1": not a record start any more
    for (int i = 0; i < 4; i++) {
      bytes[(int) (long) offsets.get(1) + i] = 'X';
    }
    Files.write(file, bytes);

    List<SourceItem> items = drain(new WarcSource(file));

    assertEquals(3, items.size(), items.toString());
    assertEquals(A1, doc(items.get(0)).doc());
    SourceItem.Rejected broken = rejected(items.get(1));
    assertEquals(Outcome.FAILED, broken.outcome());
    assertTrue(
        broken
            .reason()
            .startsWith(
                "broken WARC record after byte "
                    + offsets.get(0)
                    + " (reading resumed at byte "
                    + offsets.get(2)
                    + "): "),
        broken.reason());
    assertEquals(LATIN, doc(items.get(2)).doc());
  }

  @Test
  void payloadOverTheCapIsSkipped() throws IOException {
    Path file = dir.resolve("big.warc.gz");
    String big = WarcFiles.page("Big", "x".repeat(150_000));
    new WarcFiles()
        .html(A1, big)
        .html(A2, WarcFiles.page("Talks stall", "Negotiators left without a deal."))
        .write(file, true);

    List<SourceItem> items = drain(new WarcSource(file, 100_000));

    assertEquals(
        new SourceItem.Rejected(A1, Outcome.SKIPPED, "page over the size cap (0.1 MB)"),
        items.get(0));
    assertEquals(A2, doc(items.get(1)).doc());
    assertEquals(2, items.size());
  }

  @Test
  void emptyPayloadIsEmptyAndMissingContentTypeIsSkipped() throws IOException {
    Path file = dir.resolve("odd.warc");
    new WarcFiles()
        .response(A1, 200, "text/html", "  \n ".getBytes(StandardCharsets.US_ASCII))
        .response(
            A2,
            200,
            null,
            "<html><body><p>no type</p></body></html>".getBytes(StandardCharsets.US_ASCII))
        .write(file, false);

    WarcSource source = new WarcSource(file);
    List<SourceItem> items = drain(source);

    assertEquals(
        List.of(
            new SourceItem.Rejected(A1, Outcome.EMPTY, "empty page"),
            new SourceItem.Rejected(A2, Outcome.SKIPPED, "no content type")),
        items);
    assertEquals(1, source.stats().empty());
    assertEquals(1, source.stats().skipped());
  }

  @Test
  void notAWarcFileIsOneFailedItem() throws IOException {
    Path file = dir.resolve("notes.warc");
    Files.writeString(file, "These are my notes, not a web archive.\n");

    List<SourceItem> items = drain(new WarcSource(file));

    assertEquals(1, items.size());
    SourceItem.Rejected r = rejected(items.get(0));
    assertEquals(Outcome.FAILED, r.outcome());
    assertEquals(file.toString(), r.doc());
    assertTrue(r.reason().startsWith("broken WARC record at byte 0: "), r.reason());
    assertTrue(r.reason().endsWith("(no WARC record found)"), r.reason());
  }

  @Test
  void emptyAndMissingFiles() throws IOException {
    Path empty = dir.resolve("empty.warc");
    Files.write(empty, new byte[0]);
    assertEquals(
        List.of(new SourceItem.Rejected(empty.toString(), Outcome.EMPTY, "empty file")),
        drain(new WarcSource(empty)));

    Path missing = dir.resolve("missing.warc.gz");
    SourceItem.Rejected r = rejected(drain(new WarcSource(missing)).get(0));
    assertEquals(Outcome.FAILED, r.outcome());
    assertTrue(r.reason().startsWith("cannot read: "), r.reason());
  }

  @Test
  void crawlDateIsNotGivenAsPublicationDate() throws IOException {
    Path file = dir.resolve("one.warc");
    new WarcFiles().html(A1, WarcFiles.page("Summit opens", "Leaders met.")).write(file, false);
    RawDocument raw = doc(drain(new WarcSource(file)).get(0));
    assertNull(raw.hints().published());
    assertFalse(raw.content().contains("2024-03-05T06:07:08Z"));
  }

  @Test
  void stopsEarlyWithClose() throws IOException {
    Path file = dir.resolve("mixed.warc.gz");
    mixed().write(file, true);
    WarcSource source = new WarcSource(file);
    assertEquals(A1, source.next().doc());
    source.close();
    assertFalse(source.hasNext());
  }
}

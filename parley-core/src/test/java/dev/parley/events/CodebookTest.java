package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.text.DataFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookTest {
  private final Codebook book = Codebook.builtIn();

  @Test
  void hasEveryRootAndAllCodes() {
    List<String> roots = book.roots().stream().map(CameoCode::code).toList();
    List<String> expected =
        List.of(
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
            "15", "16", "17", "18", "19", "20");
    assertEquals(expected, roots);
    assertEquals(316, book.size());
    for (CameoCode code : book.all()) {
      assertTrue(book.get(code.root()).isPresent(), code.code());
    }
  }

  @Test
  void gdeltValuesForKnownCodes() {
    CameoCode meet = book.get("036").orElseThrow();
    assertEquals("03", meet.root());
    assertEquals(1, meet.quadClass());
    assertEquals(4.0, meet.goldstein());
    assertEquals("AGREE", meet.plover());
    assertEquals("Express intent to meet or negotiate", meet.name());

    CameoCode force = book.get("190").orElseThrow();
    assertEquals("19", force.root());
    assertEquals(4, force.quadClass());
    assertEquals(-10.0, force.goldstein());
    assertEquals("ASSAULT", force.plover());

    CameoCode consult = book.get("042").orElseThrow();
    assertEquals(1.9, consult.goldstein());
    assertEquals("CONSULT", consult.plover());

    assertEquals(-4.4, book.get("130").orElseThrow().goldstein());
    assertEquals(3, book.get("130").orElseThrow().quadClass());
    assertEquals(2, book.get("0874").orElseThrow().quadClass());
    assertEquals(10.0, book.get("0874").orElseThrow().goldstein());
  }

  @Test
  void statementsHaveNoPloverCategoryAndAppealsAreRequests() {
    assertNull(book.get("01").orElseThrow().plover());
    assertNull(book.get("019").orElseThrow().plover());
    assertEquals("REQUEST", book.get("020").orElseThrow().plover());
    assertEquals("REQUEST", book.get("0253").orElseThrow().plover());
  }

  @Test
  void unknownCodeIsEmpty() {
    assertTrue(book.get("999").isEmpty());
    assertTrue(book.get("21").isEmpty());
  }

  @Test
  void userFileAddsAndReplacesCodes(@TempDir Path dir) throws IOException {
    Path extra =
        write(
            dir,
            "mine.tsv",
            "# my codes\n0361\t03\t1\t4.0\tAGREE\tExpress intent to hold a summit\n"
                + "036\t03\t1\t4.5\tAGREE\tExpress intent to meet or negotiate\n");
    Codebook extended = Codebook.load(List.of(extra));
    assertEquals(317, extended.size());
    assertEquals("Express intent to hold a summit", extended.get("0361").orElseThrow().name());
    assertEquals(4.5, extended.get("036").orElseThrow().goldstein());
    assertEquals(4.0, book.get("036").orElseThrow().goldstein());
  }

  @Test
  void malformedLinesNameFileAndLine(@TempDir Path dir) throws IOException {
    assertError(dir, "\n\n991\t99\t1\t0.0\t-\tNo such root\n", ":3: code 991 has root 99");
    assertError(dir, "0361\t03\t5\t4.0\tAGREE\tBad quad\n", ":1: quad_class 5 is not 1 to 4");
    assertError(
        dir, "0361\t03\t1\t11\tAGREE\tToo friendly\n", ":1: goldstein 11 is outside -10..10");
    assertError(
        dir, "0361\t04\t1\t4.0\tAGREE\tWrong root\n", ":1: root '04' does not match code 0361");
    assertError(dir, "0361\t03\t1\t4.0\tAGREE\n", ":1: expected 6 tab-separated columns, found 5");
    assertError(dir, "0471\t04\t1\t1.0\tCONSULT\tOrphan\n", ":1: code 0471 has no base code 047");
  }

  private static void assertError(Path dir, String content, String expected) throws IOException {
    Path file = write(dir, "bad.tsv", content);
    DataFileException e = assertThrows(DataFileException.class, () -> Codebook.load(List.of(file)));
    assertTrue(e.getMessage().startsWith(file + expected), () -> "message was: " + e.getMessage());
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

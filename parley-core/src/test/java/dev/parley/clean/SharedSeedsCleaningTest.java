package dev.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cleans the two shared seed articles when they sit beside the work tree (../shared/seeds); their
 * text is read at test time only and never copied into the repository. Skipped elsewhere.
 */
class SharedSeedsCleaningTest {

  private static Path seeds() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private record Seed(List<String> nonBlankLines, TextCleaner.Cleaned cleaned) {}

  private static Seed clean(String prefix) throws IOException {
    Path dir = seeds();
    assumeTrue(dir != null, "../shared/seeds is not present");
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file =
          files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
    }
    assumeTrue(file != null, "no seed " + prefix);
    TextDecoder.Decoded d = (TextDecoder.Decoded) TextDecoder.decode(Files.readAllBytes(file));
    assertEquals(List.of(), d.warnings());
    List<String> nonBlank = d.text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    TextCleaner.Cleaned c =
        new TextCleaner().cleanWithReasons(RawDocument.text(file.toString(), d.text(), Hints.NONE));
    return new Seed(nonBlank, c);
  }

  @Test
  void bloombergSeedHasTitleOutletAndItsTwoBottomPromptsRemoved() throws IOException {
    Seed s = clean("000_");
    Article a = s.cleaned().article();
    List<String> lines = s.nonBlankLines();
    assertEquals(lines.get(0), a.title());
    assertEquals("Bloomberg", a.outlet());
    assertNull(a.byline());
    assertNull(a.published());
    assertNull(a.dateline());
    assertEquals("en", a.language());
    List<String> bottom = lines.subList(lines.size() - 2, lines.size());
    assertEquals(
        Stream.concat(Stream.of(lines.get(0), lines.get(1)), bottom.stream()).toList(),
        a.removed());
    assertEquals(lines.subList(2, lines.size() - 2), a.paragraphs());
  }

  @Test
  void washingtonTimesSeedHasBylineDateDatelineAndAllBottomBoilerplateRemoved() throws IOException {
    Seed s = clean("004_");
    Article a = s.cleaned().article();
    List<String> lines = s.nonBlankLines();
    assertNull(a.title());
    assertEquals("The Washington Times", a.outlet());
    assertEquals(lines.get(0), a.byline());
    assertEquals("2019-06-28", a.publishedText());
    assertEquals("SEOUL", a.dateline());
    assertEquals("en", a.language());
    List<String> bottom = lines.subList(lines.size() - 6, lines.size());
    assertEquals(Stream.concat(Stream.of(lines.get(0)), bottom.stream()).toList(), a.removed());
    assertEquals(
        List.of(
            "byline",
            "newsletter",
            "newsletter",
            "copyright",
            "comments",
            "comments",
            "call-to-action"),
        s.cleaned().removals().stream().map(TextCleaner.Removal::rule).toList());
    assertEquals(lines.subList(1, lines.size() - 6), a.paragraphs());
  }
}

package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.clean.Article;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression corpus: one input per past failure in {@code dev/parley/regressions/} (a {@code
 * .txt} or {@code .html} file), and beside it a {@code .expect} file whose lines pin what the clean
 * stage must read from it: {@code field=value} for an exact value, {@code field~=value} for a part
 * of it ({@code #} starts a comment saying which failure it was). Add a case by adding two files.
 */
class RegressionsTest {
  private static final Map<String, Function<Article, String>> FIELDS =
      Map.of(
          "title", Article::title,
          "outlet", Article::outlet,
          "byline", Article::byline,
          "published", Article::publishedText,
          "dateline", Article::dateline,
          "language", Article::language,
          "text", Article::text);

  static List<Path> cases() throws Exception {
    Path dir = Path.of(RegressionsTest.class.getResource("/dev/parley/regressions").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pastFailuresStayFixed(Path input) throws IOException {
    String name = input.getFileName().toString();
    boolean html = name.endsWith(".html");
    String content = Files.readString(input, StandardCharsets.UTF_8);
    RawDocument raw =
        new RawDocument(
            name,
            html ? RawDocument.ContentType.HTML : RawDocument.ContentType.TEXT,
            content,
            Hints.NONE,
            null);
    Article a = new CleanStage().apply(raw);
    Path expect = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect");
    assertTrue(Files.exists(expect), "no " + expect.getFileName() + " beside " + name);
    for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      boolean part = line.contains("~=");
      String field = line.substring(0, line.indexOf(part ? "~=" : "="));
      String value = line.substring(line.indexOf('=') + 1);
      Function<Article, String> getter = FIELDS.get(field);
      assertTrue(getter != null, name + ": unknown field " + field);
      String actual = getter.apply(a);
      if (part) {
        assertTrue(
            actual != null && actual.contains(value), name + ": " + field + " was " + actual);
      } else {
        assertEquals(
            value.isEmpty() && !field.equals("text") ? null : value, actual, name + ": " + field);
      }
    }
  }
}

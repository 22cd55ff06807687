package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractReportTest {
  static final String PAGE =
      """
      <!DOCTYPE html><html lang="en"><head><title>Envoys meet in Geneva | Lakeside Press</title>
      <meta property="og:title" content="Envoys meet in Geneva">
      <meta property="og:site_name" content="Lakeside Press">
      <meta name="author" content="Jane Roe">
      <meta property="article:published_time" content="2019-06-30T08:00:00Z">
      <link rel="canonical" href="https://lakeside.example.invalid/world/envoys-meet">
      </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <article><h1>Envoys meet in Geneva</h1>
      <p>GENEVA — Envoys from both countries met on Sunday for the first time in a year, officials said.</p>
      <p>The talks lasted four hours and ended without a joint statement, according to both delegations.</p>
      </article>
      <div class="newsletter">Sign up for our daily newsletter and never miss a story from Lakeside Press.</div>
      <footer>Copyright 2019 Lakeside Press. All rights reserved.</footer>
      </body></html>
      """;

  static final String TEXT =
      """
      Envoys meet in Geneva
      Lakeside Press
      - Lakeside Press - Sunday, June 30, 2019

      GENEVA — Envoys from both countries met on Sunday for the first time in a year, officials said.

      The talks lasted four hours and ended without a joint statement, according to both delegations.

      Sign up for Daily Newsletters
      """;

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(List<Path> files, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ExtractReport.run(
            files,
            format,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final String BODY =
      "GENEVA — Envoys from both countries met on Sunday for the first time in a year, officials said.\n\n"
          + "The talks lasted four hours and ended without a joint statement, according to both delegations.";

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(new ObjectMapper().readTree(line));
    }
    return nodes;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void htmlAndTextFilesAsJsonLines() throws IOException {
    Path html = dir.resolve("envoys.html");
    Files.writeString(html, PAGE);
    Path text = dir.resolve("envoys.txt");
    Files.writeString(text, TEXT);

    Run r = run(List.of(html, text), "jsonl");

    assertEquals(0, r.code());
    assertEquals("", r.err());
    List<JsonNode> rows = lines(r.out());
    assertEquals(2, rows.size());
    JsonNode page = rows.get(0);
    List<String> keys = new ArrayList<>();
    page.fieldNames().forEachRemaining(keys::add);
    assertEquals(ExtractReport.FIELDS, keys);
    assertEquals(html.toString(), page.get("doc").asText());
    assertEquals("Envoys meet in Geneva", page.get("title").asText());
    assertEquals("Lakeside Press", page.get("outlet").asText());
    assertEquals("Jane Roe", page.get("byline").asText());
    assertEquals("2019-06-30T08:00:00Z", page.get("published").asText());
    assertEquals("en", page.get("language").asText());
    assertEquals("https://lakeside.example.invalid/world/envoys-meet", page.get("url").asText());
    assertEquals(BODY, page.get("text").asText());
    assertEquals("GENEVA", page.get("dateline").asText());
    assertTrue(
        strings(page.get("removed"))
            .contains(
                "Sign up for our daily newsletter and never miss a story from Lakeside Press."),
        page.toString());

    JsonNode plain = rows.get(1);
    assertEquals("Envoys meet in Geneva", plain.get("title").asText());
    assertEquals("Lakeside Press", plain.get("outlet").asText());
    assertEquals("- Lakeside Press - Sunday, June 30, 2019", plain.get("byline").asText());
    assertEquals("2019-06-30", plain.get("published").asText());
    assertEquals("GENEVA", plain.get("dateline").asText());
    assertTrue(plain.get("url").isNull());
    assertEquals(BODY, plain.get("text").asText());
    assertEquals(
        List.of(
            "Envoys meet in Geneva",
            "Lakeside Press",
            "- Lakeside Press - Sunday, June 30, 2019",
            "Sign up for Daily Newsletters"),
        strings(plain.get("removed")));
  }

  @Test
  void prettyJsonArrayOfGzippedHtml() throws IOException {
    Path gz = dir.resolve("envoys.htm.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    Run r = run(List.of(gz, gz), "JSON");

    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("[ {\n"), r.out());
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertEquals(2, array.size());
    assertEquals(BODY, array.get(1).get("text").asText());
  }

  @Test
  void unreadableInputsAreNamedAndTheRestIsPrinted() throws IOException {
    Path missing = dir.resolve("missing.html");
    Path empty = dir.resolve("empty.htm");
    Files.write(empty, new byte[0]);
    Path text = dir.resolve("envoys.txt");
    Files.writeString(text, TEXT);

    Run r = run(List.of(missing, empty, text), "jsonl");

    assertEquals(1, r.code());
    assertEquals(
        missing + ": failed: no such file or directory\n" + empty + ": empty: empty file\n",
        r.err().replace(System.lineSeparator(), "\n"));
    assertEquals(1, lines(r.out()).size());
  }

  @Test
  void usageErrors() {
    Run badFormat = run(List.of(dir), "csv");
    assertEquals(2, badFormat.code());
    assertEquals(
        "parley extract: unknown format 'csv' (use json or jsonl)", badFormat.err().strip());
    assertEquals("", badFormat.out());
    assertEquals(2, run(List.of(), "jsonl").code());
  }
}

package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley ingest} on bad input: every input gets one line and one outcome; the rest goes in.
 */
class IngestIT {

  static final String GOOD =
      FjordGazette.article(
          "Ministers meet in Oslo",
          "OSLO — Norway's foreign minister met Sweden's prime minister in Oslo on Monday, officials said.",
          "The two governments agreed to expand cooperation on Arctic research.",
          "Sign up for our newsletter");

  @Test
  void badInputsAreNamedCountedAndTheRestIsIngested(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), GOOD);
    Files.write(in.resolve("b-empty.txt"), new byte[0]);
    Files.write(
        in.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
    // Windows-1252 curly quotes (0x93, 0x94) are not valid UTF-8
    byte[] cp1252 =
        ("Talks resume in Geneva\n\nGENEVA — Iran\u2019s envoy met the EU\u2019s envoy in Geneva on Friday, "
                + "calling the talks \u201cuseful\u201d.\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Files.write(in.resolve("d-cp1252.txt"), cp1252);
    try (OutputStream big = Files.newOutputStream(in.resolve("e-huge.txt"))) {
      byte[] line =
          "The delegation met again in the afternoon and talks went on late into the night.\n"
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        big.write(line);
      }
    }
    Files.writeString(
        in.resolve("f-lines.jsonl"),
        "{\"id\":\"j1\",\"text\":\"ANKARA — Turkey's president met Russia's president in Ankara on Wednesday.\",\"published\":\"2019-04-03\"}\n"
            + "this is not json\n"
            + "{\"id\":\"j3\",\"title\":\"no text here\"}\n"
            + "{\"id\":\"j4\",\"text\":\"   \"}\n");
    Path data = tmp.resolve("data");

    CliRun run =
        CliRun.of(
            "ingest",
            in.toString(),
            tmp.resolve("missing.txt").toString(),
            "--data",
            data.toString());

    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().contains("10 inputs: 3 ingested, 0 duplicate, 2 empty, 2 skipped, 3 failed"),
        run.out());
    String err = run.err();
    assertLine(err, "empty", "b-empty.txt", "empty file");
    assertLine(err, "skipped", "c-binary.txt", "binary file");
    assertLine(err, "warning", "d-cp1252.txt", "not valid UTF-8; read as Windows-1252");
    assertLine(err, "skipped", "e-huge.txt", "too large for one article");
    assertLine(err, "failed", "f-lines.jsonl:2", "not JSON");
    assertLine(err, "failed", "j3", "no \"text\" field");
    assertLine(err, "empty", "j4", "empty \"text\"");
    assertLine(err, "failed", "missing.txt", "no such file or directory");

    List<JsonNode> articles = CliRun.jsonl(data, "articles");
    assertEquals(3, articles.size());
    JsonNode cp =
        articles.stream()
            .filter(a -> a.get("doc").asText().endsWith("d-cp1252.txt"))
            .findFirst()
            .orElseThrow();
    assertTrue(cp.get("text").asText().contains("\u201cuseful\u201d"), cp.toString());

    // the same batch again adds nothing
    CliRun again = CliRun.of("ingest", in.toString(), "--data", data.toString());
    assertTrue(again.out().contains("3 duplicate"), again.out());
    assertEquals(3, CliRun.jsonl(data, "articles").size());
  }

  @Test
  void aStoreOfAnotherKindIsAClearError(@TempDir Path tmp) {
    CliRun run = CliRun.of("events", "--data", tmp.resolve("nothing-here").toString());
    assertEquals(Main.STORE, run.exit());
    assertTrue(run.err().contains("no Parley store in"), run.err());
  }

  @Test
  void usageErrorsExitWithTwo(@TempDir Path tmp) {
    assertEquals(
        Main.USAGE, CliRun.of("events", "--data", tmp.toString(), "--from", "yesterday").exit());
    assertEquals(Main.USAGE, CliRun.of("ingest").exit());
  }

  private static void assertLine(String err, String outcome, String docSuffix, String reason) {
    boolean found =
        err.lines()
            .anyMatch(l -> l.startsWith(outcome) && l.contains(docSuffix) && l.contains(reason));
    assertTrue(
        found, "no '" + outcome + " ..." + docSuffix + ": ..." + reason + "' line in:\n" + err);
  }
}

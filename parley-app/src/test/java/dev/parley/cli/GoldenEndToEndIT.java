package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.events.Codebook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden end-to-end test: Parley's 15 sample articles through {@code parley ingest}, and the
 * exact events, pinned in {@code golden/demo-events.tsv}. Each pinned line carries a verdict from a
 * review by hand: {@code ok}, or {@code wrong: why} for a known mistake kept pinned so that a fix
 * shows up as a change to review, not as silence. The places and mention counts of the events that
 * have them are pinned the same way in {@code golden/demo-places.tsv}.
 */
class GoldenEndToEndIT {
  @TempDir static Path tmp;
  static List<JsonNode> events;
  static Map<String, JsonNode> articles = new HashMap<>();

  @BeforeAll
  static void ingestTheSampleCorpus() throws IOException {
    Path in = tmp.resolve("articles");
    DemoCommand.writeCorpus(in);
    Path data = tmp.resolve("data");
    CliRun ingest = CliRun.of("ingest", in.toString(), "--data", data.toString(), "--quiet");
    assertEquals(0, ingest.exit(), ingest.err());
    assertTrue(
        ingest
            .out()
            .startsWith("15 inputs: 15 ingested, 0 duplicate, 0 empty, 0 skipped, 0 failed"),
        ingest.out());
    events = CliRun.jsonl(data, "events");
    for (JsonNode a : CliRun.jsonl(data, "articles")) {
      articles.put(a.get("article_id").asText(), a);
    }
  }

  @Test
  void theEventsAreExactlyThePinnedOnes() throws IOException {
    List<String> expected = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/dev/parley/golden/demo-events.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] c = line.split("\t");
          expected.add(String.join("\t", java.util.Arrays.copyOf(c, 8)));
        }
      }
    }
    List<String> actual = new ArrayList<>();
    for (JsonNode e : events) {
      actual.add(key(e));
    }
    expected.sort(null);
    actual.sort(null);
    assertEquals(
        String.join("\n", expected),
        String.join("\n", actual),
        "the coded events changed; review each and update golden/demo-events.tsv (verdict in column 9)");
  }

  @Test
  void thePlacesAndRestatementsAreThePinnedOnes() throws IOException {
    List<String> expected = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/dev/parley/golden/demo-places.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          expected.add(String.join("\t", java.util.Arrays.copyOf(line.split("\t"), 8)));
        }
      }
    }
    List<String> actual = new ArrayList<>();
    for (JsonNode e : events) {
      if (!e.get("place").isNull() || e.get("mentions").asInt() > 1) {
        String sentence = e.get("sentence").asText().replace('\n', ' ').replace('\t', ' ');
        actual.add(
            String.join(
                "\t",
                Path.of(e.get("doc").asText()).getFileName().toString(),
                text(e, "code"),
                e.get("source").asText().isEmpty() ? "-" : text(e, "source"),
                text(e, "target"),
                text(e, "place"),
                text(e, "place_country"),
                text(e, "mentions"),
                sentence.substring(0, Math.min(50, sentence.length()))));
      }
    }
    expected.sort(null);
    actual.sort(null);
    assertEquals(
        String.join("\n", expected),
        String.join("\n", actual),
        "the places or mention counts changed; review each and update golden/demo-places.tsv (verdict in column 9)");
  }

  @Test
  void everyPlaceAndEvidenceSpanIsInsideTheArticle() {
    for (JsonNode e : events) {
      String text = articles.get(e.get("article_id").asText()).get("text").asText();
      if (!e.get("place").isNull()) {
        int b = text.offsetByCodePoints(0, e.get("place_start").asInt());
        int f =
            text.offsetByCodePoints(b, e.get("place_end").asInt() - e.get("place_start").asInt());
        assertEquals(e.get("place").asText(), text.substring(b, f), e.toString());
      }
      assertEquals(e.get("mentions").asInt(), e.get("evidence").size(), e.toString());
      boolean own = false;
      for (JsonNode span : e.get("evidence")) {
        own |=
            span.get(0).asInt() == e.get("evidence_start").asInt()
                && span.get(1).asInt() == e.get("evidence_end").asInt();
        assertTrue(span.get(1).asInt() <= text.codePointCount(0, text.length()), e.toString());
      }
      assertTrue(own, "the event's own sentence is among its evidence: " + e);
    }
  }

  @Test
  void everyEventCitesItsSentenceByCodePointOffsets() {
    Codebook codebook = Codebook.builtIn();
    assertTrue(events.size() >= 15, "too few events: " + events.size());
    for (JsonNode e : events) {
      String text = articles.get(e.get("article_id").asText()).get("text").asText();
      int start = e.get("evidence_start").asInt();
      int end = e.get("evidence_end").asInt();
      assertTrue(
          0 <= start && start < end && end <= text.codePointCount(0, text.length()), e.toString());
      int b = text.offsetByCodePoints(0, start);
      int f = text.offsetByCodePoints(b, end - start);
      assertEquals(e.get("sentence").asText(), text.substring(b, f));
      var code = codebook.get(e.get("code").asText()).orElseThrow();
      assertEquals(code.root(), e.get("root").asText());
      assertEquals(code.quadClass(), e.get("quad_class").asInt());
      assertEquals(code.goldstein(), e.get("goldstein").asDouble(), 1e-9);
      assertTrue(e.get("doc").asText().endsWith(".txt"), e.toString());
    }
  }

  /** file, date, source, code, target, modality, negated, the sentence's first 50 characters. */
  static String key(JsonNode e) {
    String doc = Path.of(e.get("doc").asText()).getFileName().toString();
    String sentence = e.get("sentence").asText().replace('\n', ' ').replace('\t', ' ');
    return String.join(
        "\t",
        doc,
        text(e, "date"),
        text(e, "source"),
        text(e, "code"),
        text(e, "target"),
        text(e, "modality"),
        e.get("negated").asBoolean() ? "negated" : "-",
        sentence.substring(0, Math.min(50, sentence.length())));
  }

  private static String text(JsonNode e, String field) {
    JsonNode v = e.get(field);
    return v == null || v.isNull() ? "-" : v.asText();
  }
}

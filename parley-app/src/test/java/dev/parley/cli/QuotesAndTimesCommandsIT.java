package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.format.Formats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short article of Parley's own with a direct quote, reported speech and relative dates goes
 * through {@code parley ingest}; {@code parley quotes} and {@code parley times} give its quotes and
 * time expressions in their JSONL contracts, and the event's date comes from the normalised "on
 * Monday".
 */
class QuotesAndTimesCommandsIT {
  static final String ARTICLE =
      FjordGazette.article(
          "Norway and Iceland to resume fishing talks",
          "OSLO — Norway's foreign minister met Iceland's prime minister in Oslo on Monday.",
          "“We are ready to talk about the quotas again,” the minister said after the meeting.",
          "Iceland's prime minister told reporters that the talks would resume next month.",
          "The two governments last discussed the quotas in January, according to the Norwegian foreign ministry.");

  @Test
  void quotesAndTimesAreStoredAndPrintedInTheirContracts(@TempDir Path tmp) throws IOException {
    Path data = CliRun.ingest(tmp, "fjord.txt", ARTICLE);

    List<JsonNode> quotes = CliRun.jsonl(data, "quotes");
    assertEquals(3, quotes.size(), quotes.toString());
    for (JsonNode q : quotes) {
      assertEquals(Formats.quoteFieldNames(), fieldNames(q));
      assertTrue(q.get("doc").asText().endsWith("fjord.txt"), q.toString());
    }
    JsonNode direct = quotes.get(0);
    assertTrue(direct.get("direct").asBoolean());
    assertEquals("We are ready to talk about the quotas again", direct.get("text").asText());
    assertEquals("said", direct.get("cue").asText());
    assertEquals("the minister", direct.get("speaker_text").asText());
    assertTrue(direct.get("speaker").asText().startsWith("NOR"), direct.toString());
    assertTrue(direct.get("quote_id").asText().endsWith(":q0"), direct.toString());

    JsonNode told = quotes.get(1);
    assertEquals(false, told.get("direct").asBoolean());
    assertEquals("told", told.get("cue").asText());
    assertEquals("reporters", told.get("addressee").asText());
    assertTrue(told.get("speaker").asText().startsWith("ISL"), told.toString());
    assertTrue(
        told.get("text").asText().contains("the talks would resume next month"), told.toString());

    JsonNode according = quotes.get(2);
    assertEquals("according to", according.get("cue").asText());
    assertTrue(according.get("speaker").asText().startsWith("NOR"), according.toString());

    // offsets are code points into the stored article text
    String text = CliRun.jsonl(data, "articles").get(0).get("text").asText();
    for (JsonNode q : quotes) {
      assertEquals(
          q.get("text").asText(), slice(text, q.get("start").asInt(), q.get("end").asInt()));
      assertEquals(
          q.get("speaker_text").asText(),
          slice(text, q.get("speaker_start").asInt(), q.get("speaker_end").asInt()));
    }
    assertEquals(2, CliRun.jsonl(data, "quotes", "--speaker", "NOR").size());
    assertEquals(
        3, CliRun.jsonl(data, "quotes", "--from", "2019-03-05", "--to", "2019-03-05").size());
    assertEquals(0, CliRun.jsonl(data, "quotes", "--from", "2019-03-06").size());

    List<JsonNode> times = CliRun.jsonl(data, "times");
    List<String> read = new ArrayList<>();
    for (JsonNode t : times) {
      assertEquals(Formats.timeFieldNames(), fieldNames(t));
      assertEquals(
          t.get("text").asText(), slice(text, t.get("start").asInt(), t.get("end").asInt()));
      read.add(
          t.get("text").asText() + "=" + t.get("type").asText() + ":" + t.get("value").asText());
    }
    assertEquals(
        List.of("Monday=DATE:2019-03-04", "next month=DATE:2019-04", "January=DATE:2019-01"), read);

    // the event coder dates the meeting with the normalised "on Monday"
    List<JsonNode> events = CliRun.jsonl(data, "events");
    assertTrue(
        events.stream().anyMatch(e -> e.get("date").asText().equals("2019-03-04")),
        events.toString());

    CliRun table = CliRun.of("quotes", "--data", data.toString());
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().contains("We are ready"), table.out());
    assertEquals(
        2,
        CliRun.of("times", "--data", data.toString(), "--format", "csv").exit(),
        "times has no CSV");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static String slice(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }
}

package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.actors.Mention;
import dev.parley.clean.Article;
import dev.parley.events.Event;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.outcome.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden test of the core pipeline: each article in {@code dev/parley/golden/} goes through
 * {@link Pipeline#process} with the default configuration, and its article, mentions and events,
 * written as JSON, must equal the {@code .expected.json} file beside it. Run with {@code
 * -Dparley.golden.write=true} to write the expected files from the current output (then review the
 * diff by hand).
 */
class CoreGoldenIT {
  private static final Path DIR = Path.of("src/test/resources/dev/parley/golden");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    pipeline = Pipeline.build(PipelineConfig.defaults());
  }

  @ParameterizedTest
  @ValueSource(strings = {"muscat-talks", "border-fire"})
  void articleMentionsAndEventsAreAsPinned(String name) throws IOException {
    String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    Result r = pipeline.process(RawDocument.text(name + ".txt", text, Hints.NONE));
    assertEquals(Outcome.INGESTED, r.outcome(), r.reason());
    String actual = JSON.writeValueAsString(json(r)) + "\n";
    Path expected = DIR.resolve(name + ".expected.json");
    if (Boolean.getBoolean("parley.golden.write")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
  }

  private static ObjectNode json(Result r) {
    ObjectNode root = JSON.createObjectNode();
    Article a = r.article();
    ObjectNode article = root.putObject("article");
    article.put("id", a.id());
    article.put("title", a.title());
    article.put("outlet", a.outlet());
    article.put("byline", a.byline());
    article.put("published", a.publishedText());
    article.put("dateline", a.dateline());
    article.put("language", a.language());
    article.put("text", a.text());
    strings(article.putArray("removed"), a.removed());
    ArrayNode mentions = root.putArray("mentions");
    for (Mention m : r.coded().resolved().mentions()) {
      ObjectNode o = mentions.addObject();
      o.put("span", m.begin() + "-" + m.end());
      o.put("text", m.text());
      o.put("kind", m.kind().name());
      o.put("ner", m.nerType());
      o.put("actor", m.actorId());
      o.put("code", m.code());
    }
    ArrayNode events = root.putArray("events");
    for (Event e : r.coded().events()) {
      ObjectNode o = events.addObject();
      o.put("id", e.eventId());
      o.put("date", e.date() == null ? null : e.date().toString());
      o.put("source", e.source());
      o.put("target", e.target());
      o.put("code", e.code());
      o.put("plover", e.plover());
      o.put("modality", e.modality().word());
      o.put("negated", e.negated());
      o.put("evidence", e.evidenceStart() + "-" + e.evidenceEnd());
      o.put("sentence", e.sentence());
      o.put("rule", e.rule());
    }
    return root;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}

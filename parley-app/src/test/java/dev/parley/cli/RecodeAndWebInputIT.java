package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley recode} after a lexicon change, and web pages through {@code parley ingest}. */
class RecodeAndWebInputIT {
  private static final String ARTICLE =
      FjordGazette.article(
          "Finland and Sweden sign pact",
          "HELSINKI — Finland's president serenaded Sweden's prime minister in Helsinki on Monday.");

  @Test
  void recodeAppliesANewLexiconToStoredRawInputs(@TempDir Path tmp) throws IOException {
    // patterns only, so that the event comes from the user's lexicon line or not at all
    Path data = CliRun.ingest(tmp, "a.txt", ARTICLE, "--no-classifier");
    assertEquals(0, events(data).size(), "'serenade' is not in the built-in lexicon");

    Files.delete(tmp.resolve("in/a.txt")); // recode needs only the store
    Path lexicon = tmp.resolve("mine.tsv");
    Files.writeString(lexicon, "051\tserenade\tobj\n");
    CliRun recode = recode(data, lexicon);
    assertEquals(0, recode.exit(), recode.err());
    assertTrue(recode.out().startsWith("recoded 1 "), recode.out());

    List<JsonNode> events = events(data);
    assertEquals(1, events.size(), events.toString());
    JsonNode e = events.get(0);
    assertEquals("FINGOV", e.get("source").asText());
    assertEquals("051", e.get("code").asText());
    assertEquals("SWEGOV", e.get("target").asText());
    assertEquals("2019-03-04", e.get("date").asText());
    assertEquals("serenade@051", e.get("rule").asText());

    // same version again: nothing to do
    CliRun again = recode(data, lexicon);
    assertTrue(again.out().startsWith("recoded 0 "), again.out());
  }

  @Test
  void htmlPagesAndJsonlHtmlAreExtractedAndCoded(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("page.html"),
        """
        <!doctype html><html lang="en"><head>
        <title>Ministers meet in Oslo | The Fjord Gazette</title>
        <meta property="og:site_name" content="The Fjord Gazette">
        <meta property="article:published_time" content="2019-03-05T08:00:00Z">
        <script>document.write('never run')</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article><h1>Ministers meet in Oslo</h1>
        <p>OSLO — Norway's foreign minister met Sweden's prime minister in Oslo on Monday, officials said.</p>
        <p>The two governments agreed to expand cooperation on Arctic research and fisheries, and said
        their officials would meet again in Stockholm in the spring.</p></article>
        <aside><h3>Sign up for our newsletter</h3><p>Get the best stories every morning.</p></aside>
        <footer>Copyright 2019 The Fjord Gazette. All rights reserved.</footer></body></html>
        """);
    Files.writeString(
        in.resolve("pages.jsonl"),
        "{\"id\":\"p2\",\"html\":\"<html><body><article><h1>Talks in Ankara</h1><p>ANKARA — Turkey's president met "
            + "Russia's president in Ankara on Wednesday to discuss the war in Syria, officials in both capitals said.</p>"
            + "</article></body></html>\",\"published\":\"2019-04-03\"}\n");
    Path data = tmp.resolve("data");
    CliRun run = CliRun.of("ingest", in.toString(), "--data", data.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("2 inputs: 2 ingested"), run.out() + run.err());

    List<JsonNode> articles = CliRun.jsonl(data, "articles");
    JsonNode page =
        articles.stream()
            .filter(a -> a.get("doc").asText().endsWith("page.html"))
            .findFirst()
            .orElseThrow();
    assertEquals("Ministers meet in Oslo", page.get("title").asText());
    assertEquals("The Fjord Gazette", page.get("outlet").asText());
    assertTrue(page.get("published").asText().startsWith("2019-03-05"), page.toString());
    assertEquals("OSLO", page.get("dateline").asText());
    String text = page.get("text").asText();
    assertTrue(text.startsWith("OSLO — Norway's foreign minister met"), text);
    assertTrue(
        !text.contains("newsletter") && !text.contains("Copyright") && !text.contains("Sport"),
        text);

    List<JsonNode> events = events(data);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.get("source").asText().equals("NORGOV")
                        && e.get("code").asText().equals("040")
                        && e.get("target").asText().equals("SWEGOV")
                        && e.get("date").asText().equals("2019-03-04")),
        events.toString());
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.get("doc").asText().equals("p2")
                        && e.get("source").asText().equals("TURGOV")
                        && e.get("target").asText().equals("RUSGOV")),
        events.toString());
  }

  /** {@code parley recode} with the given lexicon and without the classifier. */
  private static CliRun recode(Path data, Path lexicon) {
    return CliRun.of(
        "recode", "--data", data.toString(), "--lexicon", lexicon.toString(), "--no-classifier");
  }

  private static List<JsonNode> events(Path data) throws IOException {
    return CliRun.jsonl(data, "events");
  }
}

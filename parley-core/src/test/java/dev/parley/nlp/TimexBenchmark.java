package dev.parley.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.clean.Article;
import dev.parley.time.PartialDateTime;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the annotator's time expressions on a TempEval-style JSONL file ({@code id}, {@code dct},
 * {@code text}) as the TSV that {@code ../shared/bench/tools/score_timex.py} scores ({@code id
 * start end type value}, code point offsets). Not a test; run by hand:
 *
 * <pre>
 * java -Xmx3g -cp CLASSPATH dev.parley.nlp.TimexBenchmark GOLD.jsonl OUT.tsv \
 *     [fast|accurate] [screen|noscreen]
 * python3 score_timex.py GOLD.jsonl OUT.tsv
 * </pre>
 */
public final class TimexBenchmark {
  private TimexBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path gold = Path.of(args[0]);
    Path out = Path.of(args[1]);
    NlpConfig config =
        args.length > 2 && args[2].equals("accurate") ? NlpConfig.accurate() : NlpConfig.fast();
    if (args.length > 3) {
      config = config.withTimeScreen(args[3].equals("screen"));
    }
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(config).load();
    ObjectMapper json = new ObjectMapper();
    int docs = 0;
    int timexes = 0;
    long t0 = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode d = json.readTree(line);
        String id = d.get("id").asText();
        Article a =
            new Article(
                id,
                id,
                null,
                null,
                null,
                PartialDateTime.parse(d.path("dct").asText(null)).orElse(null),
                null,
                "en",
                null,
                d.get("text").asText(),
                List.of());
        for (Sentence s : annotator.annotate(a, tokens -> false).sentences()) {
          for (Timex t : s.timexes()) {
            w.printf(
                Locale.ROOT,
                "%s\t%d\t%d\t%s\t%s\t%s%n",
                id,
                t.begin(),
                t.end(),
                t.type(),
                t.value(),
                t.text().replaceAll("\\s+", " "));
            timexes++;
          }
        }
        docs++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d documents, %d time expressions, %.1f s%n",
        config,
        docs,
        timexes,
        (System.nanoTime() - t0) / 1e9);
  }
}

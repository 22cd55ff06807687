package dev.parley.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.clean.Article;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The documents of a JSONL benchmark file, annotated by CoreNLP as they are written (no cleaning,
 * so the gold offsets stay valid) against their gold document date. With a cache folder, the
 * annotations are kept there as JSON and read back on the next run, so a rule can be changed and
 * measured again without running CoreNLP; the cache is never part of the repository.
 */
final class AnnotatedDocs {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** One gold document and its annotation. */
  record Doc(JsonNode gold, AnnotatedArticle annotated) {
    String id() {
      return gold.get("id").asText();
    }

    String text() {
      return gold.get("text").asText();
    }
  }

  private AnnotatedDocs() {}

  /** What a benchmark measures in the annotated documents of its gold file, into its figures. */
  interface Measurement {
    void measure(List<Doc> docs, Map<String, Double> out) throws IOException;
  }

  /**
   * The figures of a benchmark over {@code goldFile}: annotates its documents (two threads, see
   * {@link #annotate}), measures them, and adds the document count and the seconds it all took.
   */
  static Map<String, Double> measure(
      Path goldFile, CoreNlpAnnotator annotator, boolean parse, Path cache, Measurement m)
      throws IOException {
    long t0 = System.nanoTime();
    List<Doc> docs = annotate(goldFile, annotator, parse, cache, 2);
    Map<String, Double> out = new LinkedHashMap<>();
    m.measure(docs, out);
    out.put("documents", (double) docs.size());
    out.put("seconds", Figures.secondsSince(t0));
    return out;
  }

  /** A benchmark over annotated gold documents, as {@code parley bench} runs it. */
  interface Benchmark {
    Map<String, Double> run(
        CoreNlpAnnotator annotator, Path benchData, Path predictionsDir, Path cache)
        throws IOException;
  }

  /**
   * The {@code main} of such a benchmark, {@code NAME [--bench-data DIR] [--figures DIR] [--cache
   * DIR] [--record WHY]}: runs it with the fast annotator, its predictions in {@code
   * target/bench-NAME}, and exits 0 when its figures are those of {@code benchmarks/NAME.tsv}.
   */
  static void main(String name, String[] args, Benchmark benchmark) throws Exception {
    BenchArgs a = BenchArgs.parse(args);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.fast());
    Map<String, Double> measured =
        benchmark.run(annotator, a.benchData(), Path.of("target", "bench-" + name), a.cache());
    System.exit(a.check(name, measured) ? 0 : 1);
  }

  static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  /**
   * Annotates every document of {@code file}.
   *
   * @param parse whether to dependency-parse every sentence (else none)
   * @param cache a folder for the annotations, or null
   */
  static List<Doc> annotate(
      Path file, CoreNlpAnnotator annotator, boolean parse, Path cache, int threads)
      throws IOException {
    List<JsonNode> gold = read(file);
    Path cached =
        cache == null
            ? null
            : cache.resolve(file.getFileName() + (parse ? ".parsed" : "") + ".json");
    List<List<Sentence>> sentences;
    if (cached != null && Files.exists(cached)) {
      sentences = JSON.readValue(cached.toFile(), new TypeReference<List<List<Sentence>>>() {});
    } else {
      sentences = run(gold, annotator, parse, threads);
      if (cached != null) {
        Files.createDirectories(cache);
        JSON.writeValue(cached.toFile(), sentences);
      }
    }
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      out.add(new Doc(gold.get(i), new AnnotatedArticle(article(gold.get(i)), sentences.get(i))));
    }
    return out;
  }

  private static List<List<Sentence>> run(
      List<JsonNode> gold, CoreNlpAnnotator annotator, boolean parse, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Sentence>>> futures = new ArrayList<>();
      for (JsonNode g : gold) {
        futures.add(pool.submit(() -> annotator.annotate(article(g), tokens -> parse).sentences()));
      }
      List<List<Sentence>> out = new ArrayList<>();
      for (Future<List<Sentence>> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("annotating failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The gold document as an article: its text as is, its document date as the publication date. */
  static Article article(JsonNode g) {
    String text = g.get("text").asText();
    String date = g.hasNonNull("dct") ? g.get("dct").asText() : null;
    String title = g.hasNonNull("title") ? g.get("title").asText() : null;
    return Article.english(g.get("id").asText(), title, date, text);
  }
}

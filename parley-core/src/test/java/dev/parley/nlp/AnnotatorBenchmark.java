package dev.parley.nlp;

import dev.parley.clean.Article;
import dev.parley.text.Words;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Measures {@link CoreNlpAnnotator}: articles/s, tokens/s and peak heap with 1 and 2 threads,
 * parsing every sentence or only sentences with two named entities. Not a test; run by hand, one
 * preset per JVM (the heap figure includes that preset's models only):
 *
 * <pre>
 * java -Xmx3g -cp CLASSPATH dev.parley.nlp.AnnotatorBenchmark --preset fast --articles 60
 * </pre>
 *
 * Options: {@code --preset fast|accurate}, {@code --articles N} (measured, after {@code --warmup
 * N}), {@code --threads 1,2}, {@code --parse all,selected}, and levers to try on top of the preset:
 * {@code --ner-models ALL_3CLASS,CONLL_4CLASS}, {@code --fine-grained true|false}, {@code
 * --time-screen true|false}, {@code --parse-max N}. The machine may be shared: CPU milliseconds per
 * article (summed over worker threads) are less sensitive to other load than articles per second.
 */
public final class AnnotatorBenchmark {
  private static final Set<String> ENTITY_TAGS =
      Words.set(
          """
          PERSON ORGANIZATION LOCATION MISC COUNTRY CITY STATE_OR_PROVINCE
          NATIONALITY
          """);

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private AnnotatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    String preset = "fast";
    int n = 60;
    int warmup = 10;
    List<Integer> threads = List.of(1, 2);
    List<String> parseModes = List.of("all", "selected");
    List<String[]> levers = new ArrayList<>();
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--preset" -> preset = v;
        case "--articles" -> n = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--threads" -> threads = Arrays.stream(v.split(",")).map(Integer::valueOf).toList();
        case "--parse" -> parseModes = List.of(v.split(","));
        case "--ner-models", "--fine-grained", "--time-screen", "--parse-max" ->
            levers.add(new String[] {args[i], v});
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    NlpConfig config =
        switch (preset) {
          case "fast" -> NlpConfig.fast();
          case "accurate" -> NlpConfig.accurate();
          default ->
              throw new IllegalArgumentException("--preset: fast or accurate, not " + preset);
        };
    for (String[] l : levers) {
      config =
          switch (l[0]) {
            case "--ner-models" ->
                config.withNerModels(
                    Arrays.stream(l[1].split(",")).map(NerModel::valueOf).toList());
            case "--fine-grained" -> config.withFineGrainedNer(Boolean.parseBoolean(l[1]));
            case "--time-screen" -> config.withTimeScreen(Boolean.parseBoolean(l[1]));
            default -> config.withParseMaxTokens(Integer.parseInt(l[1]));
          };
    }

    HeapSampler heap = new HeapSampler();
    heap.start();
    long t0 = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(config).load();
    System.out.printf(
        Locale.ROOT, "config %s%nloaded in %.1f s%n", config, (System.nanoTime() - t0) / 1e9);
    List<Article> corpus = BenchmarkCorpus.articles(warmup + n, 500, 20190628L);
    List<Article> warm = corpus.subList(0, warmup);
    List<Article> measured = corpus.subList(warmup, warmup + n);
    run(annotator, warm, 2, s -> true);
    System.out.printf(
        Locale.ROOT,
        "%-8s %-8s %7s %9s %10s %11s %14s%n",
        "threads",
        "parse",
        "art/s",
        "tokens/s",
        "parsed",
        "cpu ms/art",
        "peak heap MB");
    for (String mode : parseModes) {
      Predicate<List<Token>> select =
          switch (mode) {
            case "all" -> s -> true;
            case "selected" -> AnnotatorBenchmark::twoEntities;
            default -> throw new IllegalArgumentException("--parse: all or selected, not " + mode);
          };
      for (int t : threads) {
        heap.reset();
        long[] r = run(annotator, measured, t, select);
        double secs = r[0] / 1e9;
        System.out.printf(
            Locale.ROOT,
            "%-8d %-8s %7.2f %9.0f %4d/%-5d %11.0f %14d%n",
            t,
            mode,
            n / secs,
            r[1] / secs,
            r[3],
            r[2],
            r[4] / 1e6 / n,
            heap.peakMb());
      }
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "live heap after GC: %d MB; max heap %d MB; counters %s%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20,
        annotator.counters());
    heap.interrupt();
  }

  /** Returns elapsed nanos, tokens, sentences, parsed sentences, CPU nanos of the workers. */
  private static long[] run(
      CoreNlpAnnotator annotator, List<Article> articles, int threads, Predicate<List<Token>> sel)
      throws Exception {
    AtomicLong tokens = new AtomicLong();
    AtomicLong sentences = new AtomicLong();
    AtomicLong parsed = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(
          pool.submit(
              () -> {
                long c0 = CPU.getCurrentThreadCpuTime();
                AnnotatedArticle aa = annotator.annotate(a, sel);
                cpu.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
                for (Sentence s : aa.sentences()) {
                  tokens.addAndGet(s.tokens().size());
                  sentences.incrementAndGet();
                  if (s.parsed()) {
                    parsed.incrementAndGet();
                  }
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long elapsed = System.nanoTime() - t0;
    pool.shutdown();
    return new long[] {elapsed, tokens.get(), sentences.get(), parsed.get(), cpu.get()};
  }

  /** Two or more runs of named-entity tokens: a sentence that might name a source and a target. */
  static boolean twoEntities(List<Token> tokens) {
    int runs = 0;
    String prev = "O";
    for (Token t : tokens) {
      if (ENTITY_TAGS.contains(t.ner()) && !t.ner().equals(prev)) {
        runs++;
      }
      prev = t.ner();
    }
    return runs >= 2;
  }

  /** Samples used heap every 20 ms and keeps the maximum. */
  private static final class HeapSampler extends Thread {
    private volatile long peak;

    HeapSampler() {
      setDaemon(true);
    }

    void reset() {
      peak = 0;
    }

    long peakMb() {
      return peak >> 20;
    }

    @Override
    public void run() {
      Runtime rt = Runtime.getRuntime();
      while (!isInterrupted()) {
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}

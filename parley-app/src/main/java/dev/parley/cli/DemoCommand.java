package dev.parley.cli;

import dev.parley.actors.Mention;
import dev.parley.bench.DemoCorpus;
import dev.parley.outcome.Outcome;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.PipelineConfig;
import dev.parley.store.ArticleRow;
import dev.parley.store.Counts;
import dev.parley.store.EventFilter;
import dev.parley.store.EventRow;
import dev.parley.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley demo}: ingests Parley's own sample articles into a data directory of the demo's own
 * and prints what came out. It never touches the user's store.
 */
@Command(
    name = "demo",
    description =
        "Ingests Parley's own sample articles into a demo data directory and prints a summary and the coded events.")
final class DemoCommand implements Callable<Integer> {
  private static final String MARKER = ".parley-demo";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "parley-demo",
      description =
          "Demo data directory, emptied and refilled at each run (default: ${DEFAULT-VALUE}).")
  Path data;

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    prepare(data);
    Path articles = data.resolve("articles");
    List<String> names = writeCorpus(articles);
    System.err.println(
        "demo: ingesting "
            + names.size()
            + " sample articles into "
            + data
            + " (loading the NLP models takes ~20 s)");
    Pipeline pipeline = Pipeline.build(PipelineConfig.defaults());
    Counters counters =
        IngestCommand.ingest(
            pipeline, data, List.of(articles.toString()), threads.threads, System.err, true);
    try (Store store = Store.open(data, Store.Access.READ_ONLY)) {
      report(out, counters, store);
    }
    out.println();
    out.println(
        "The store is in "
            + data
            + "; try: ./parley events --data "
            + data
            + " --source USA --format jsonl");
    return 0;
  }

  private static void report(PrintStream out, Counters counters, Store store) {
    List<ArticleRow> rows = store.articles();
    int removed = rows.stream().mapToInt(r -> r.article().removed().size()).sum();
    Counts counts = store.counts();
    List<EventRow> events = store.events(EventFilter.ALL);
    out.println("Parley demo");
    out.println(
        "  articles read:        "
            + counters.inputs()
            + " ("
            + counters.get(Outcome.INGESTED)
            + " ingested, "
            + counters.get(Outcome.DUPLICATE)
            + " duplicate)");
    out.println(
        "  lines removed:        " + removed + " (boilerplate, titles, outlet and byline lines)");
    Map<String, Long> byCode = new java.util.TreeMap<>();
    long resolved = 0;
    for (ArticleRow r : rows) {
      for (var m : store.mentions(r.article().id())) {
        if (m.code() != null && m.code().length() >= 3 && m.kind() != Mention.Kind.AGENT) {
          byCode.merge(m.code(), 1L, Long::sum);
          resolved++;
        }
      }
    }
    out.println(
        "  mentions:             "
            + counts.mentions()
            + " ("
            + resolved
            + " of named actors, "
            + counts.actors()
            + " distinct actors)");
    out.println("  coded events:         " + events.size());
    out.println();
    out.println("Actors found, by mentions:");
    byCode.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(12)
        .forEach(e -> out.printf(Locale.ROOT, "  %-10s %3d%n", e.getKey(), e.getValue()));
    out.println();
    out.println("Events:");
    out.printf(
        Locale.ROOT,
        "%-10s  %-9s  %-38s  %-9s  %-9s  %s%n",
        "date",
        "source",
        "event",
        "target",
        "modality",
        "evidence");
    for (EventRow r : events) {
      var e = r.event();
      out.printf(
          Locale.ROOT,
          "%-10s  %-9s  %-38s  %-9s  %-9s  %s%n",
          e.date() == null ? "?" : e.date().toString(),
          e.source(),
          clip(e.code() + " " + codeName(e), 38),
          e.target() == null ? "-" : e.target(),
          e.modality().word() + (e.negated() ? " (not)" : ""),
          clip(e.sentence().replace('\n', ' '), 90));
    }
  }

  private static String codeName(dev.parley.events.Event e) {
    return dev.parley.events.Codebook.builtIn().get(e.code()).map(c -> c.name()).orElse("");
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Empties the demo directory, refusing to touch a directory that is not a demo directory. */
  private static void prepare(Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.exists(dir.resolve(MARKER))) {
        try (Stream<Path> s = Files.list(dir)) {
          if (s.findAny().isPresent()) {
            throw new Main.UsageException(
                dir + " exists and is not a Parley demo directory; choose another with --data");
          }
        }
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(MARKER),
        "This directory is Parley's demo store; `parley demo` empties it at each run.\n");
  }

  /** Copies the bundled sample articles out of the jar; returns their names. */
  static List<String> writeCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> names = new ArrayList<>();
    for (String name : DemoCorpus.names()) {
      Files.write(dir.resolve(name), DemoCorpus.bytes(name));
      names.add(name);
    }
    return names;
  }
}

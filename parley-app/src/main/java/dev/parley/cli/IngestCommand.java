package dev.parley.cli;

import dev.parley.ingest.Sources;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.LocalRunner;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import dev.parley.store.StoreSink;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley ingest PATH...}: read, clean, code and store articles. */
@Command(
    name = "ingest",
    description = {
      "Reads articles from plain-text files, HTML pages, WARC files (Common Crawl News), JSONL files and folders",
      "of them (recursively), codes them and stores them.",
      "Every input ends as ingested, duplicate, empty, skipped or failed; the counters are printed at the end.",
      "Running it again on the same input adds nothing."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<String> paths;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--quiet",
      description = "Print only the final counters and the inputs that did not ingest.")
  boolean quiet;

  @Override
  public Integer call() {
    int workers = threads.get();
    PrintStream err = System.err;
    Pipeline pipeline = options.pipeline();
    Counters counters = ingest(pipeline, options.data(), paths, workers, err, quiet);
    System.out.println(counters.summary());
    return 0;
  }

  /** Ingests paths into the store of {@code dataDir}; shared with the demo. */
  static Counters ingest(
      Pipeline pipeline,
      java.nio.file.Path dataDir,
      List<String> paths,
      int threads,
      PrintStream err,
      boolean quiet) {
    Set<String> stored;
    try (Store store = Store.open(dataDir, Store.Access.READ_WRITE)) {
      stored = store.articleIds();
    }
    StoreSink sink = new StoreSink(dataDir, pipeline.version());
    LocalRunner runner = new LocalRunner(pipeline, threads, 3000);
    Sources sources = new Sources(paths, Sources.Limits.defaults());
    Counters counters = runner.run(sources, stored, sink, new PrintingListener(err, !quiet));
    if (sources.warcStats().records() > 0) {
      err.println("warc: " + sources.warcStats().summary());
    }
    return counters;
  }
}

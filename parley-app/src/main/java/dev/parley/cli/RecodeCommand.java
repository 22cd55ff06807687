package dev.parley.cli;

import dev.parley.ingest.SourceItem;
import dev.parley.outcome.Outcome;
import dev.parley.pipeline.Claims;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.LocalRunner;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.RawInput;
import dev.parley.store.Recoded;
import dev.parley.store.Store;
import dev.parley.store.StoreSink;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley recode}: re-derives articles, mentions and events from the stored raw inputs, after
 * the dictionaries, the lexicon, the cleaner or a stage changed. Nothing is re-read from outside.
 * It runs the same runner, pipeline function and store sink as {@code ingest}.
 */
@Command(
    name = "recode",
    description = {
      "Re-runs cleaning and coding on the stored raw inputs whose pipeline version differs from this one",
      "(after a dictionary, lexicon or Parley upgrade). --all recodes every article."
    })
final class RecodeCommand implements Callable<Integer> {
  private static final int PAGE = 200;

  @Mixin PipelineOptions options;

  @Option(
      names = "--all",
      description = "Recode every article, not only those of another pipeline version.")
  boolean all;

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() {
    int workers = threads.get();
    Pipeline pipeline = options.pipeline();
    String version = pipeline.version();
    try (Store store = Store.open(options.data(), Store.Access.READ_ONLY)) {
      store.counts(); // fails now, with the store's message, when there is no store
    }
    Stale stale = new Stale(options.data(), version, all);
    StoreSink sink = new StoreSink(options.data(), version);
    Counters c =
        new LocalRunner(pipeline, workers, 3000)
            .run(stale, Claims.none(), sink, new PrintingListener(System.err, true));
    Map<Recoded, Integer> recoded = sink.recoded();
    System.out.printf(
        Locale.ROOT,
        "recoded %d (%d renamed, %d now duplicates), %d already at version %s, %d failed%n",
        recoded.values().stream().mapToInt(Integer::intValue).sum(),
        recoded.getOrDefault(Recoded.RENAMED, 0),
        recoded.getOrDefault(Recoded.DUPLICATE, 0),
        stale.unchanged,
        version,
        c.get(Outcome.FAILED) + c.get(Outcome.EMPTY));
    return 0;
  }

  /**
   * The stored raw inputs of another pipeline version (or all of them), read a page at a time in
   * article id order, each holding the store only while it reads.
   */
  private static final class Stale implements Iterator<SourceItem> {
    private final Path dataDir;
    private final String version;
    private final boolean all;
    private final Deque<RawInput> page = new ArrayDeque<>();
    private String after;
    private boolean done;
    int unchanged;

    Stale(Path dataDir, String version, boolean all) {
      this.dataDir = dataDir;
      this.version = version;
      this.all = all;
    }

    @Override
    public boolean hasNext() {
      while (page.isEmpty() && !done) {
        List<RawInput> next;
        try (Store store = Store.open(dataDir, Store.Access.READ_ONLY)) {
          next = store.rawInputs(after, PAGE);
        }
        done = next.size() < PAGE;
        if (!next.isEmpty()) {
          after = next.get(next.size() - 1).articleId();
        }
        for (RawInput r : next) {
          if (all || !version.equals(r.pipelineVersion())) {
            page.add(r);
          } else {
            unchanged++;
          }
        }
      }
      return !page.isEmpty();
    }

    @Override
    public SourceItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RawInput r = page.removeFirst();
      return new SourceItem.Document(r.raw(), r.articleId());
    }
  }
}

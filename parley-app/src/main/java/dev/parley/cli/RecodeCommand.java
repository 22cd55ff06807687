package dev.parley.cli;

import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.RawInput;
import dev.parley.store.Recoded;
import dev.parley.store.Store;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley recode}: re-derives articles, mentions and events from the stored raw inputs, after
 * the dictionaries, the lexicon, the cleaner or a stage changed. Nothing is re-read from outside.
 */
@Command(
    name = "recode",
    description = {
      "Re-runs cleaning and coding on the stored raw inputs whose pipeline version differs from this one",
      "(after a dictionary, lexicon or Parley upgrade). --all recodes every article."
    })
final class RecodeCommand implements Callable<Integer> {
  private static final int PAGE = 200;

  @Mixin DataOptions data;
  @Mixin KnowledgeOptions knowledge;

  @Option(names = "--all", description = "Recode every article, not only those of another pipeline version.")
  boolean all;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InterruptedException {
    Pipeline pipeline = Pipeline.build(knowledge.config(data.data));
    String version = pipeline.version();
    Map<Recoded, Integer> outcomes = new EnumMap<>(Recoded.class);
    int unchanged = 0;
    int failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      String after = null;
      while (true) {
        List<RawInput> page;
        try (Store store = Store.open(data.data, Store.Access.READ_ONLY)) {
          page = store.rawInputs(after, PAGE);
        }
        if (page.isEmpty()) {
          break;
        }
        after = page.get(page.size() - 1).articleId();
        List<RawInput> todo = new ArrayList<>();
        for (RawInput r : page) {
          if (all || !version.equals(r.pipelineVersion())) {
            todo.add(r);
          } else {
            unchanged++;
          }
        }
        List<Future<CodedArticle>> coded = new ArrayList<>();
        for (RawInput r : todo) {
          coded.add(pool.submit(() -> code(pipeline, r)));
        }
        try (Store store = Store.open(data.data, Store.Access.READ_WRITE)) {
          for (int i = 0; i < todo.size(); i++) {
            try {
              Recoded o = store.replaceDerived(todo.get(i).articleId(), coded.get(i).get(), version);
              outcomes.merge(o, 1, Integer::sum);
            } catch (ExecutionException | RuntimeException e) {
              Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
              if (cause instanceof Error err) {
                throw err;
              }
              failed++;
              System.err.println("failed    " + todo.get(i).raw().doc() + ": " + cause.getMessage());
            }
          }
        }
        System.err.printf(Locale.ROOT, "recode: %d articles done%n", outcomes.values().stream().mapToInt(Integer::intValue).sum() + unchanged + failed);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "recoded %d (%d renamed, %d now duplicates), %d already at version %s, %d failed%n",
        outcomes.values().stream().mapToInt(Integer::intValue).sum(),
        outcomes.getOrDefault(Recoded.RENAMED, 0), outcomes.getOrDefault(Recoded.DUPLICATE, 0), unchanged, version, failed);
    return 0;
  }

  private static CodedArticle code(Pipeline pipeline, RawInput r) {
    Article a = pipeline.clean(r.raw());
    if (a.text().isBlank()) {
      throw new IllegalStateException("no article text left after cleaning");
    }
    return pipeline.codeOrStoreUncoded(a);
  }
}

package dev.parley.cli;

import dev.parley.actors.ActorDictionary;
import dev.parley.pipeline.PipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that extend the built-in dictionaries and lexicon with the user's own files. */
final class KnowledgeOptions {
  @Option(
      names = "--dict",
      paramLabel = "FILE",
      description =
          "Extra actor file (NAME.countries.tsv, NAME.agents.tsv, NAME.named.tsv or NAME.people.tsv, or a PETRARCH/Phoenix NAME.actors or NAME.agents, also ending .txt); repeatable. Files in DATA/dictionaries/ are read too.")
  List<Path> dictionaries = new ArrayList<>();

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "Extra pattern file in the format of the lexicon files (events/lexicon/README.md);"
              + " repeatable. Files in DATA/lexicon/ are read too.")
  List<Path> lexicons = new ArrayList<>();

  @Option(
      names = "--no-classifier",
      description = "Code events with the lexicon patterns only; the learned classifier stays off.")
  boolean noClassifier;

  PipelineConfig config(Path dataDir) {
    List<Path> dicts =
        new ArrayList<>(filesIn(dataDir.resolve("dictionaries"), KnowledgeOptions::isActorFile));
    dicts.addAll(dictionaries);
    List<Path> lex = new ArrayList<>(filesIn(dataDir.resolve("lexicon"), KnowledgeOptions::isTsv));
    lex.addAll(lexicons);
    for (Path p : dicts) {
      requireReadable(p, "--dict");
    }
    for (Path p : lex) {
      requireReadable(p, "--lexicon");
    }
    return PipelineConfig.defaults().withExtraFiles(dicts, lex).withClassifier(!noClassifier);
  }

  private static void requireReadable(Path p, String option) {
    if (!Files.isReadable(p)) {
      throw new Main.UsageException(option + " " + p + ": no such readable file");
    }
  }

  private static boolean isTsv(Path p) {
    return p.getFileName().toString().endsWith(".tsv");
  }

  /**
   * The files of DATA/dictionaries/ that are read: every {@code .tsv} (a misnamed one fails loudly
   * rather than being passed over) and the PETRARCH files the actor dictionary reads.
   */
  private static boolean isActorFile(Path p) {
    return isTsv(p) || ActorDictionary.readsFile(p);
  }

  private static List<Path> filesIn(Path dir, java.util.function.Predicate<Path> read) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      return s.filter(read).sorted().toList();
    } catch (java.io.IOException e) {
      throw new Main.UsageException("cannot list " + dir + ": " + e.getMessage());
    }
  }
}

package dev.parley.pipeline;

import dev.parley.nlp.NlpConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * How to build a {@link Pipeline}: the NLP preset, and user files that extend the built-in
 * dictionaries and lexicon.
 *
 * @param nlp the CoreNLP preset
 * @param dictionaryFiles extra actor files ({@code *.countries.tsv}, {@code *.people.tsv}, ...)
 * @param lexiconFiles extra pattern files in the format of {@code events/lexicon/}
 * @param classifier whether the learned classifier codes the candidates no pattern matched
 * @param patterns whether the lexicon patterns code events (off only to measure the classifier
 *     alone)
 */
public record PipelineConfig(
    NlpConfig nlp,
    List<Path> dictionaryFiles,
    List<Path> lexiconFiles,
    boolean classifier,
    boolean patterns) {
  public PipelineConfig {
    dictionaryFiles = List.copyOf(dictionaryFiles);
    lexiconFiles = List.copyOf(lexiconFiles);
  }

  /** The fast NLP preset and the built-in knowledge files only. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(NlpConfig.fast(), List.of(), List.of(), true, true);
  }

  public PipelineConfig withExtraFiles(List<Path> dictionaries, List<Path> lexicons) {
    return new PipelineConfig(nlp, dictionaries, lexicons, classifier, patterns);
  }

  /** The same with the classifier on or off (patterns only). */
  public PipelineConfig withClassifier(boolean on) {
    return new PipelineConfig(nlp, dictionaryFiles, lexiconFiles, on, patterns);
  }

  /** The same with the lexicon patterns on or off (off: the classifier alone, for the ablation). */
  public PipelineConfig withPatterns(boolean on) {
    return new PipelineConfig(nlp, dictionaryFiles, lexiconFiles, classifier, on);
  }
}

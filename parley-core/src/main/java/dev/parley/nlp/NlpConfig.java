package dev.parley.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the CoreNLP annotator runs, as typed settings with named presets. Everything not listed here
 * is fixed by {@link CoreNlpAnnotator}: tokenize, ssplit (a blank line always ends a sentence), the
 * left3words POS tagger, lemma, NER with SUTime, and the Universal Dependencies neural parser.
 *
 * @param nerModels the CRF models NER runs, in order (earlier models win on overlaps)
 * @param fineGrainedNer whether NER adds CoreNLP's fine-grained classes (COUNTRY, CITY,
 *     NATIONALITY, TITLE, ...) from its regular-expression gazetteers; off, tokens carry only the
 *     CRF classes and the numeric and time classes
 * @param timeScreen whether SUTime (most of NER's cost) runs only on sentences with a digit or a
 *     time word; the other sentences get the same NER without SUTime, and have no time expression
 *     to find. Costs a second copy of the CRF models in memory.
 * @param parseMaxTokens sentences with more tokens than this are not dependency-parsed (they keep
 *     an empty dependency list and are counted in {@link NlpCounters#tooLongToParse()})
 */
public record NlpConfig(
    List<NerModel> nerModels, boolean fineGrainedNer, boolean timeScreen, int parseMaxTokens) {

  public NlpConfig {
    Objects.requireNonNull(nerModels, "nerModels");
    nerModels = List.copyOf(nerModels);
    if (nerModels.isEmpty()) {
      throw new IllegalArgumentException("nerModels: at least one NER model is needed");
    }
    if (new HashSet<>(nerModels).size() != nerModels.size()) {
      throw new IllegalArgumentException("nerModels: a model is listed twice: " + nerModels);
    }
    if (parseMaxTokens < 1) {
      throw new IllegalArgumentException(
          "parseMaxTokens: must be at least 1, was " + parseMaxTokens);
    }
  }

  /**
   * The default: one CRF model (all.3class), no fine-grained classes, SUTime screened, sentences
   * over 100 tokens left unparsed. Parley's own actor dictionary supplies the countries, capitals,
   * nationalities and titles that fine-grained NER would add.
   */
  public static NlpConfig fast() {
    return new NlpConfig(List.of(NerModel.ALL_3CLASS), false, true, 100);
  }

  /**
   * CoreNLP's default English NER (three CRF models, fine-grained classes, SUTime on every
   * sentence) and a parse limit of 250 tokens.
   */
  public static NlpConfig accurate() {
    return new NlpConfig(
        List.of(NerModel.ALL_3CLASS, NerModel.MUC_7CLASS, NerModel.CONLL_4CLASS), true, false, 250);
  }

  public NlpConfig withNerModels(List<NerModel> models) {
    return new NlpConfig(models, fineGrainedNer, timeScreen, parseMaxTokens);
  }

  public NlpConfig withFineGrainedNer(boolean fineGrained) {
    return new NlpConfig(nerModels, fineGrained, timeScreen, parseMaxTokens);
  }

  public NlpConfig withTimeScreen(boolean screen) {
    return new NlpConfig(nerModels, fineGrainedNer, screen, parseMaxTokens);
  }

  public NlpConfig withParseMaxTokens(int maxTokens) {
    return new NlpConfig(nerModels, fineGrainedNer, timeScreen, maxTokens);
  }
}

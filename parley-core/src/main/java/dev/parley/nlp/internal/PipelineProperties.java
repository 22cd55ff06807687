package dev.parley.nlp.internal;

import dev.parley.nlp.NerModel;
import dev.parley.nlp.NlpConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Translates an {@link NlpConfig} into CoreNLP properties, and lists the model resources that the
 * pipeline and the dependency parser load.
 */
public final class PipelineProperties {
  /** The only English POS model in the models jar, and the fast one. */
  public static final String POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  /** The neural dependency parser's Universal Dependencies model. */
  public static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private static final String SUTIME_RULES = "edu/stanford/nlp/models/sutime/defs.sutime.txt";
  private static final String FINE_GRAINED_GAZETTEER =
      "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  private PipelineProperties() {}

  /** Properties of the tokenize, ssplit, pos and lemma pipeline. */
  public static Properties base() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // Offsets into the original text are what Parley keeps; invertible is the pipeline's default.
    p.setProperty("tokenize.language", "en");
    // A blank line (the paragraph break of Article.text) always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.model", POS_MODEL);
    return p;
  }

  /**
   * Properties of the NER annotator.
   *
   * @param sutime whether it runs SUTime; without it, numbers and money are still tagged
   */
  public static Properties ner(NlpConfig config, boolean sutime) {
    Properties p = new Properties();
    p.setProperty(
        "ner.model",
        config.nerModels().stream().map(NerModel::resource).collect(Collectors.joining(",")));
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    // Numeric classifiers carry SUTime, which gives DATE/TIME/DURATION/SET their TIMEX3 values.
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", Boolean.toString(sutime));
    // Parley reads time expressions from tokens and builds its own mentions.
    p.setProperty("ner.buildEntityMentions", "false");
    // Without this, the CRF remembers lower-cased words across documents, so an article's tags
    // depend on what was annotated before it (and on thread timing).
    p.setProperty("maxAdditionalKnownLCWords", "0");
    return p;
  }

  /** Class-path resources the pipeline and parser of {@code config} need. */
  public static List<String> requiredResources(NlpConfig config) {
    List<String> out = new ArrayList<>();
    out.add(POS_MODEL);
    config.nerModels().forEach(m -> out.add(m.resource()));
    out.add(SUTIME_RULES);
    if (config.fineGrainedNer()) {
      out.add(FINE_GRAINED_GAZETTEER);
    }
    out.add(PARSER_MODEL);
    return out;
  }
}

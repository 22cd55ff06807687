package dev.parley.nlp;

/**
 * The English CRF named-entity models in CoreNLP's models jar. Each one costs about the same time
 * per token, so every model added to {@link NlpConfig#nerModels()} adds roughly its share again.
 */
public enum NerModel {
  /** PERSON, ORGANIZATION, LOCATION; trained on the most data of the three. */
  ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
  /** PERSON, ORGANIZATION, LOCATION, MISC (CoNLL 2003). */
  CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
  /** PERSON, ORGANIZATION, LOCATION, DATE, TIME, MONEY, PERCENT (MUC-7). */
  MUC_7CLASS("edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");

  private final String resource;

  NerModel(String resource) {
    this.resource = resource;
  }

  /** Class-path resource of the serialised model. */
  public String resource() {
    return resource;
  }
}

package dev.parley.nlp.internal;

import dev.parley.nlp.Dependency;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * A loaded CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner) and Universal Dependencies parser,
 * shared by all threads. CoreNLP runs the same annotator objects concurrently under its own
 * {@code threads} option, and its depparse annotator shares one parser among threads the same way;
 * everything mutable here is local to a call.
 */
public final class CoreNlpEngine {
  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;
  private final DependencyParser parser;

  private CoreNlpEngine(NlpConfig config, StanfordCoreNLP pipeline, DependencyParser parser) {
    this.config = config;
    this.pipeline = pipeline;
    this.parser = parser;
  }

  /** Loads the models (seconds, and about 1 GB of heap for the fast preset). */
  public static CoreNlpEngine load(NlpConfig config) {
    ModelCheck.require(PipelineProperties.requiredResources(config));
    try {
      StanfordCoreNLP pipeline = new StanfordCoreNLP(PipelineProperties.of(config));
      DependencyParser parser =
          DependencyParser.loadFromModelFile(PipelineProperties.PARSER_MODEL, new Properties());
      return new CoreNlpEngine(config, pipeline, parser);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "CoreNLP could not be loaded for " + config + ": " + e.getMessage(), e);
    }
  }

  /** Sentences of a text, and how many were left unparsed and why. */
  public record Result(List<Sentence> sentences, int notSelected, int tooLong) {}

  /**
   * Annotates a text.
   *
   * @param docDate the {@code YYYY-MM-DD} date SUTime anchors relative dates on, or null to leave
   *     them unanchored
   * @param parseThis which sentences to dependency-parse, given their tokens
   */
  public Result annotate(String text, String docDate, Predicate<List<Token>> parseThis) {
    Annotation doc = new Annotation(text);
    if (docDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    pipeline.annotate(doc);
    RecordConverter convert = new RecordConverter(text);
    List<CoreMap> found = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(found.size());
    int notSelected = 0;
    int tooLong = 0;
    for (CoreMap s : found) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = convert.tokens(labels);
      List<Timex> timexes = convert.timexes(labels, tokens);
      List<Dependency> deps = List.of();
      if (!parseThis.test(tokens)) {
        notSelected++;
      } else if (tokens.size() > config.parseMaxTokens()) {
        tooLong++;
      } else {
        deps = parse(s);
      }
      sentences.add(
          new Sentence(
              sentences.size(),
              convert.codePoint(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
              convert.codePoint(s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
              tokens,
              deps,
              timexes));
    }
    return new Result(sentences, notSelected, tooLong);
  }

  private List<Dependency> parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    return DependencyConverter.convert(gs.typedDependencies(), gs.typedDependenciesEnhanced());
  }
}

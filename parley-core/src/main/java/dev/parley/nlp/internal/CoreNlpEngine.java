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
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Loaded CoreNLP models, shared by all threads: a tokenize-ssplit-pos-lemma pipeline, the NER
 * annotator (and, with {@link NlpConfig#timeScreen()}, a second one without SUTime for sentences
 * that hold no time word), and the Universal Dependencies parser. CoreNLP runs the same annotator
 * objects concurrently under its own {@code threads} option, and its depparse annotator shares one
 * parser among threads the same way; everything mutable here is local to a call.
 */
public final class CoreNlpEngine {
  private final NlpConfig config;
  private final StanfordCoreNLP base;
  private final NERCombinerAnnotator ner;
  private final NERCombinerAnnotator nerWithoutTime;
  private final DependencyParser parser;

  private CoreNlpEngine(
      NlpConfig config,
      StanfordCoreNLP base,
      NERCombinerAnnotator ner,
      NERCombinerAnnotator nerWithoutTime,
      DependencyParser parser) {
    this.config = config;
    this.base = base;
    this.ner = ner;
    this.nerWithoutTime = nerWithoutTime;
    this.parser = parser;
  }

  /** Loads the models: seconds, and under 1 GB of heap for the fast preset. */
  public static CoreNlpEngine load(NlpConfig config) {
    ModelCheck.require(PipelineProperties.requiredResources(config));
    try {
      StanfordCoreNLP base = new StanfordCoreNLP(PipelineProperties.base());
      NERCombinerAnnotator ner = new NERCombinerAnnotator(PipelineProperties.ner(config, true));
      NERCombinerAnnotator plain =
          config.timeScreen()
              ? new NERCombinerAnnotator(PipelineProperties.ner(config, false))
              : null;
      DependencyParser parser =
          DependencyParser.loadFromModelFile(PipelineProperties.PARSER_MODEL, new Properties());
      return new CoreNlpEngine(config, base, ner, plain, parser);
    } catch (IOException e) {
      throw new UncheckedIOException("CoreNLP NER models could not be read for " + config, e);
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
    base.annotate(doc);
    List<CoreMap> found = doc.get(CoreAnnotations.SentencesAnnotation.class);
    recogniseEntities(doc, found);

    RecordConverter convert = new RecordConverter(text);
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

  /**
   * Runs NER on every sentence; with the time screen, sentences without a time word go to the
   * annotator without SUTime. Each annotator sees a document of its own sentences, whose tokens are
   * the same objects as the full document's.
   */
  private void recogniseEntities(Annotation doc, List<CoreMap> sentences) {
    if (nerWithoutTime == null) {
      ner.annotate(doc);
      return;
    }
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<String> words = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(t.word());
      }
      (TimeWords.mayHoldTime(words) ? timed : plain).add(s);
    }
    if (!timed.isEmpty()) {
      ner.annotate(part(doc, timed));
    }
    if (!plain.isEmpty()) {
      nerWithoutTime.annotate(part(doc, plain));
    }
  }

  private static Annotation part(Annotation doc, List<CoreMap> sentences) {
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (docDate != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return part;
  }

  private List<Dependency> parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    return DependencyConverter.convert(gs.typedDependencies(), gs.typedDependenciesEnhanced());
  }
}

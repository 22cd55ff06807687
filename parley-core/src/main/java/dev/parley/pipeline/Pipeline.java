package dev.parley.pipeline;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.clean.Article;
import dev.parley.events.Codebook;
import dev.parley.events.CodedArticle;
import dev.parley.events.EventCoder;
import dev.parley.events.VerbLexicon;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.nlp.Token;
import dev.parley.outcome.Outcome;
import dev.parley.quotes.ArticleQuotes;
import dev.parley.quotes.QuoteFinder;
import dev.parley.timex.ArticleTimes;
import dev.parley.timex.TimexNormaliser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The stages of DESIGN.md, checked and wired when built, and the one function every runner calls
 * for one input: {@link #process} ({@code RawDocument → Result}). The local runner, {@code recode},
 * {@code watch}, the benchmarks and a later Spark job all go through it, so they cannot drift
 * apart; only a runner knows about threads, batches and storage.
 *
 * <p>Everything a stage needs (models, dictionaries, lexicon, codebook) is loaded and checked when
 * the pipeline is built, so a bad dictionary line fails before the first article. Thread-safe: one
 * pipeline serves all workers of a runner.
 */
public final class Pipeline {
  /**
   * Bumped when a stage's code changes what it produces; part of {@link #version()}. 0.2.0: the
   * version is computed from the stages' declared knowledge. 0.3.0: quotes and times stages, event
   * dates from the timex normaliser.
   */
  static final String CODE_VERSION = "0.3.0";

  private final List<Stage<?, ?>> stages;
  private final CoreNlpAnnotator annotator;
  private final String version;
  private final StageTimes timing;

  private Pipeline(List<Stage<?, ?>> stages, CoreNlpAnnotator annotator) {
    this.stages = List.copyOf(stages);
    this.annotator = annotator;
    this.version = version(this.stages);
    this.timing = new StageTimes(this.stages.stream().map(Stage::name).toList());
  }

  /**
   * The default pipeline: clean, annotate (CoreNLP, time expressions normalised by Parley's news
   * rules), times, resolve actors, quotes, code events. The annotator parses the sentences the
   * coder can code and those that may hold or attribute a quote. NLP models load lazily on the
   * first article (or {@link #warmUp()}).
   */
  public static Pipeline build(PipelineConfig config) {
    Codebook codebook = Codebook.builtIn();
    ActorDictionary dictionary = ActorDictionary.load(config.dictionaryFiles());
    VerbLexicon lexicon = VerbLexicon.load(codebook, config.lexiconFiles());
    ActorResolver resolver = new ActorResolver(dictionary);
    EventCoder coder =
        new EventCoder(
            codebook,
            lexicon,
            resolver,
            config.classifier() ? dev.parley.events.EventModel.builtIn().orElse(null) : null,
            config.patterns());
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(config.nlp());
    TimexNormaliser normaliser = new TimexNormaliser();
    Predicate<List<Token>> parseThis =
        tokens -> coder.worthParsing(tokens) || QuoteFinder.worthParsing(tokens);
    Pipeline p =
        builder()
            .then(new CleanStage())
            .then(new AnnotateStage(annotator, parseThis, normaliser))
            .then(new TimesStage(normaliser))
            .then(new ResolveStage(resolver, config.dictionaryFiles()))
            .then(new QuotesStage(new QuoteFinder(resolver)))
            .then(new CodeStage(coder, config.lexiconFiles()))
            .build(annotator);
    p.explainer =
        (article, trace) ->
            coder.code(
                resolver.resolve(normaliser.normalise(annotator.annotate(article, tokens -> true))),
                trace);
    return p;
  }

  /**
   * What {@code parley explain} runs: stages 2–4 with every sentence parsed and the coder traced.
   */
  private java.util.function.BiFunction<Article, dev.parley.events.Trace, CodedArticle> explainer;

  /**
   * Cleans one input and codes it with every sentence parsed, noting in {@code trace} every pattern
   * the coder tried and the classifier's verdicts: what {@code parley explain} shows. Only the
   * default pipeline explains.
   */
  public CodedArticle explain(RawDocument raw, dev.parley.events.Trace trace) {
    if (explainer == null) {
      throw new IllegalStateException("only the default pipeline can explain");
    }
    Article article = stages.get(0) instanceof CleanStage c ? c.apply(raw) : null;
    if (article == null || article.text().isBlank()) {
      return null;
    }
    return explainer.apply(article, trace);
  }

  /**
   * Starts a pipeline of your own stages (tests, embedders); the input is a {@link RawDocument}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Loads the NLP models now. */
  public Pipeline warmUp() {
    if (annotator != null) {
      annotator.load();
    }
    return this;
  }

  /**
   * The version of everything that shapes the output: Parley's code version and a hash of each
   * stage's declared knowledge (built-in and user files, the NLP preset). Stored with each article;
   * {@code parley recode} re-derives the articles whose version differs.
   */
  public String version() {
    return version;
  }

  /** The stages in order. */
  public List<Stage<?, ?>> stages() {
    return stages;
  }

  /** The CoreNLP annotator of the default pipeline (its counters), or null in a custom pipeline. */
  public CoreNlpAnnotator annotator() {
    return annotator;
  }

  /**
   * The wall time each stage has spent in {@link #process}, summed over all threads since the
   * pipeline was built: what a benchmark reads for each stage's share of pipeline time.
   */
  public StageTimes stageTimes() {
    return timing;
  }

  /** {@link #process(RawDocument, Predicate)} with no duplicate check. */
  public Result process(RawDocument raw) {
    return process(raw, id -> true);
  }

  /**
   * Runs one input through every stage: the one function for one input.
   *
   * <ul>
   *   <li>a stage that throws makes the input {@link Outcome#FAILED}, naming the stage;
   *   <li>an article with no text left after cleaning is {@link Outcome#EMPTY};
   *   <li>an article whose id {@code claim} refuses is a {@link Outcome#DUPLICATE}, before the dear
   *       NLP work;
   *   <li>an article in a language the coder does not read is ingested alone ({@link
   *       Result#wasCoded()} false);
   *   <li>otherwise it is {@link Outcome#INGESTED} with what the stages made.
   * </ul>
   *
   * @param claim told each clean article's id; false when another input owns that article
   */
  public Result process(RawDocument raw, Predicate<String> claim) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(claim, "claim");
    Map<Class<?>, Object> made = new HashMap<>();
    made.put(RawDocument.class, raw);
    Article article = null;
    for (int i = 0; i < stages.size(); i++) {
      Stage<?, ?> stage = stages.get(i);
      Object out;
      long start = System.nanoTime();
      try {
        out = apply(stage, made.get(stage.needs()));
      } catch (RuntimeException e) {
        return Result.rejected(Outcome.FAILED, raw, article, stage.name() + " failed: " + e);
      } finally {
        timing.add(i, System.nanoTime() - start);
      }
      made.put(stage.provides(), out);
      if (out instanceof Article a) {
        article = a;
        if (a.text().isBlank()) {
          return Result.rejected(Outcome.EMPTY, raw, a, "no article text after cleaning");
        }
        if (!claim.test(a.id())) {
          return Result.rejected(Outcome.DUPLICATE, raw, a, "same text as article " + a.id());
        }
        if (!codable(a)) {
          return Result.notCoded(raw, a);
        }
      }
    }
    ArticleQuotes quotes = (ArticleQuotes) made.get(ArticleQuotes.class);
    ArticleTimes times = (ArticleTimes) made.get(ArticleTimes.class);
    return Result.ingested(
        raw,
        (CodedArticle) made.get(CodedArticle.class),
        quotes == null ? List.of() : quotes.quotes(),
        times == null ? List.of() : times.times());
  }

  @SuppressWarnings("unchecked")
  private static <I, O> O apply(Stage<I, O> stage, Object input) {
    return stage.apply((I) input);
  }

  /** Whether the language of an article is one the coder reads (English for now). */
  public static boolean codable(Article article) {
    String lang = article.language();
    return lang == null || lang.toLowerCase(Locale.ROOT).startsWith("en");
  }

  private static String version(List<Stage<?, ?>> stages) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(CODE_VERSION.getBytes(StandardCharsets.UTF_8));
      for (Stage<?, ?> stage : stages) {
        sha.update(stage.name().getBytes(StandardCharsets.UTF_8));
        for (Knowledge k : stage.knowledge()) {
          sha.update(k.content().get());
        }
      }
      return CODE_VERSION + "+" + HexFormat.of().formatHex(sha.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Puts stages in order and checks, as each is added, that an earlier stage provides the record it
   * needs.
   */
  public static final class Builder {
    private final List<Stage<?, ?>> stages = new ArrayList<>();
    private final Set<Class<?>> available = new LinkedHashSet<>(List.of(RawDocument.class));

    private Builder() {}

    /**
     * Adds a stage after the others.
     *
     * @throws IllegalArgumentException naming the stage and the record it needs that no earlier
     *     stage provides, or the record it provides that an earlier stage already provides
     */
    public Builder then(Stage<?, ?> stage) {
      Objects.requireNonNull(stage, "stage");
      if (!available.contains(stage.needs())) {
        throw new IllegalArgumentException(
            "pipeline: stage '"
                + stage.name()
                + "' needs "
                + stage.needs().getSimpleName()
                + ", which no stage before it provides (available: "
                + names(available)
                + ")");
      }
      if (available.contains(stage.provides())) {
        throw new IllegalArgumentException(
            "pipeline: stage '"
                + stage.name()
                + "' provides "
                + stage.provides().getSimpleName()
                + ", which an earlier stage already provides");
      }
      stages.add(stage);
      available.add(stage.provides());
      return this;
    }

    /**
     * The pipeline.
     *
     * @throws IllegalArgumentException when no stage provides an {@link Article} or a {@link
     *     CodedArticle}, the two records every runner stores
     */
    public Pipeline build() {
      return build(null);
    }

    Pipeline build(CoreNlpAnnotator annotator) {
      for (Class<?> needed : List.of(Article.class, CodedArticle.class)) {
        if (!available.contains(needed)) {
          throw new IllegalArgumentException(
              "pipeline: no stage provides "
                  + needed.getSimpleName()
                  + " (stages: "
                  + stages.stream().map(Stage::name).collect(Collectors.joining(", "))
                  + ")");
        }
      }
      return new Pipeline(stages, annotator);
    }

    private static String names(Set<Class<?>> types) {
      return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }
  }
}

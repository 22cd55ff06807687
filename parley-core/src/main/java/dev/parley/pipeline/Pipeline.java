package dev.parley.pipeline;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.clean.Cleaner;
import dev.parley.events.Codebook;
import dev.parley.events.CodedArticle;
import dev.parley.events.EventCoder;
import dev.parley.events.VerbLexicon;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The stages of DESIGN.md wired together for one article at a time: clean, annotate, resolve actors,
 * code events. Everything a stage needs (models, dictionaries, lexicon, codebook) is loaded and
 * checked when the pipeline is built, so a bad dictionary line fails before the first article.
 * Thread-safe: one pipeline serves all workers of a runner.
 */
public final class Pipeline {
  /** Bumped when a stage's code changes what it produces; part of {@link #version()}. */
  static final String CODE_VERSION = "0.1.0";

  private final Cleaners cleaners;
  private final CoreNlpAnnotator annotator;
  private final ActorResolver resolver;
  private final EventCoder coder;
  private final String version;

  private Pipeline(Cleaners cleaners, CoreNlpAnnotator annotator, ActorResolver resolver, EventCoder coder, String version) {
    this.cleaners = cleaners;
    this.annotator = annotator;
    this.resolver = resolver;
    this.coder = coder;
    this.version = version;
  }

  /** Builds a pipeline; NLP models load lazily on the first article (or {@link #warmUp()}). */
  public static Pipeline build(PipelineConfig config) {
    Codebook codebook = Codebook.builtIn();
    ActorDictionary dictionary = ActorDictionary.load(config.dictionaryFiles());
    VerbLexicon lexicon = VerbLexicon.load(codebook, config.lexiconFiles());
    ActorResolver resolver = new ActorResolver(dictionary);
    EventCoder coder = new EventCoder(codebook, lexicon, resolver,
        config.classifier() ? dev.parley.events.EventModel.builtIn().orElse(null) : null);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(config.nlp());
    return new Pipeline(new Cleaners(), annotator, resolver, coder, version(config));
  }

  /** Loads the NLP models now. */
  public Pipeline warmUp() {
    annotator.load();
    return this;
  }

  /**
   * The version of everything that shapes the output: Parley's code version and a hash of the
   * knowledge files (built-in and user) and NLP preset. Stored with each article; {@code parley
   * recode} re-derives the articles whose version differs.
   */
  public String version() {
    return version;
  }

  public CoreNlpAnnotator annotator() {
    return annotator;
  }

  /** Stage 1 alone: the clean article (its id tells whether it is a duplicate). */
  public Article clean(RawDocument raw) {
    return cleaners.clean(raw);
  }

  /** Stages 2–4 on a clean article. */
  public CodedArticle code(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article, coder::worthParsing);
    ResolvedArticle resolved = resolver.resolve(annotated);
    return coder.code(resolved);
  }

  /**
   * Stages 2–4 with every sentence parsed, noting what the coder tried in {@code trace}: what
   * {@code parley explain} shows.
   */
  public CodedArticle explain(Article article, dev.parley.events.Trace trace) {
    AnnotatedArticle annotated = annotator.annotate(article, tokens -> true);
    ResolvedArticle resolved = resolver.resolve(annotated);
    return coder.code(resolved, trace);
  }

  /**
   * Stages 2–4 when the article's language is one the coder reads; otherwise the article alone, to
   * be stored with its language and counted as not coded.
   */
  public CodedArticle codeOrStoreUncoded(Article article) {
    if (!codable(article)) {
      return new CodedArticle(new ResolvedArticle(new AnnotatedArticle(article, List.of()), List.of()), List.of());
    }
    return code(article);
  }

  /** Whether the language of an article is one the coder reads (English for now). */
  public static boolean codable(Article article) {
    String lang = article.language();
    return lang == null || lang.toLowerCase(Locale.ROOT).startsWith("en");
  }

  private static String version(PipelineConfig config) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(CODE_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      List<String> resources = new java.util.ArrayList<>(List.of("/dev/parley/events/cameo.tsv"));
      resources.addAll(VerbLexicon.builtInResources());
      resources.addAll(ActorDictionary.builtInResources());
      if (config.classifier()) {
        resources.add("/dev/parley/events/model/classifier.tsv");
      }
      for (String r : resources) {
        try (InputStream in = Pipeline.class.getResourceAsStream(r)) {
          if (in != null) {
            sha.update(in.readAllBytes());
          }
        }
      }
      for (Path p : config.dictionaryFiles()) {
        sha.update(Files.readAllBytes(p));
      }
      for (Path p : config.lexiconFiles()) {
        sha.update(Files.readAllBytes(p));
      }
      sha.update(config.nlp().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return CODE_VERSION + "+" + HexFormat.of().formatHex(sha.digest(), 0, 4);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a knowledge file: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Chooses the cleaner for a raw document's content type. */
  static final class Cleaners {
    private final Cleaner text = new dev.parley.clean.TextCleaner();
    private final Cleaner html = new dev.parley.clean.HtmlCleaner();

    Article clean(RawDocument raw) {
      return switch (raw.type()) {
        case TEXT -> text.clean(raw);
        case HTML -> html.clean(raw);
      };
    }
  }
}

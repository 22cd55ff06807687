package dev.parley.nlp;

import dev.parley.clean.Article;
import dev.parley.nlp.internal.CoreNlpEngine;
import dev.parley.nlp.internal.ModelCheck;
import dev.parley.nlp.internal.PipelineProperties;
import dev.parley.time.PartialDate;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The English {@link Annotator} on Stanford CoreNLP 4.5.10: tokens, sentences, POS, lemmas, NER,
 * SUTime dates normalised against the article's publication date, and a Universal Dependencies
 * parse (see {@link dev.parley.nlp.internal.DependencyConverter} for which edges and labels).
 *
 * <p>One instance is meant to be shared by all worker threads: the models are loaded once, on the
 * first call to {@link #load()} or {@code annotate}, and used concurrently. The constructor only
 * checks that the models jar is on the class path, so a pipeline can be built cheaply and fail
 * fast.
 *
 * <p>Relative dates ("on Saturday", "last month") are resolved only when the article's publication
 * date is known to the day; otherwise they stay unanchored ("XXXX-WXX-6", "THIS P1M OFFSET P-1M"),
 * never resolved against today.
 *
 * <p>Articles whose language is known and is not English are refused ({@link
 * IllegalArgumentException}); the runner decides what to do with them.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static final System.Logger LOG = System.getLogger(CoreNlpAnnotator.class.getName());

  private final NlpConfig config;
  private final Object loadLock = new Object();
  private volatile CoreNlpEngine engine;

  private final LongAdder articles = new LongAdder();
  private final LongAdder sentences = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final LongAdder parsed = new LongAdder();
  private final LongAdder notSelected = new LongAdder();
  private final LongAdder tooLong = new LongAdder();

  /** An annotator with the {@link NlpConfig#fast()} preset. */
  public CoreNlpAnnotator() {
    this(NlpConfig.fast());
  }

  /**
   * @throws IllegalStateException when CoreNLP's models jar is not on the class path
   */
  public CoreNlpAnnotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    ModelCheck.require(PipelineProperties.requiredResources(config));
  }

  public NlpConfig config() {
    return config;
  }

  /** Loads the models now rather than on the first article; safe to call more than once. */
  public CoreNlpAnnotator load() {
    engine();
    return this;
  }

  /** Annotates and dependency-parses every sentence (up to the configured length). */
  @Override
  public AnnotatedArticle annotate(Article article) {
    return annotate(article, tokens -> true);
  }

  /**
   * Annotates an article, dependency-parsing only the sentences {@code parseThis} accepts (it sees
   * each sentence's tokens with their NER tags). A sentence left unparsed has an empty dependency
   * list ({@link Sentence#parsed()} is false) and is counted.
   *
   * @throws IllegalArgumentException when the article's language is known and is not English
   */
  public AnnotatedArticle annotate(Article article, Predicate<List<Token>> parseThis) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(parseThis, "parseThis");
    String lang = article.language();
    if (lang != null && !lang.toLowerCase(Locale.ROOT).matches("en(-.*)?")) {
      throw new IllegalArgumentException(
          "article " + article.id() + ": language is " + lang + ", the annotator reads English");
    }
    String docDate =
        article
            .publishedDate()
            .filter(d -> d.precision() == PartialDate.Precision.DAY)
            .map(PartialDate::toString)
            .orElse(null);
    CoreNlpEngine.Result r = engine().annotate(article.text(), docDate, parseThis);
    count(r);
    if (r.tooLong() > 0) {
      LOG.log(
          Level.WARNING,
          "article {0}: {1} sentence(s) over {2} tokens left unparsed",
          article.id(),
          r.tooLong(),
          config.parseMaxTokens());
    }
    return new AnnotatedArticle(article, r.sentences());
  }

  /** Totals since this annotator was made. */
  public NlpCounters counters() {
    return new NlpCounters(
        articles.sum(),
        sentences.sum(),
        tokens.sum(),
        parsed.sum(),
        notSelected.sum(),
        tooLong.sum());
  }

  private void count(CoreNlpEngine.Result r) {
    articles.increment();
    sentences.add(r.sentences().size());
    for (Sentence s : r.sentences()) {
      tokens.add(s.tokens().size());
      if (s.parsed()) {
        parsed.increment();
      }
    }
    notSelected.add(r.notSelected());
    tooLong.add(r.tooLong());
  }

  private CoreNlpEngine engine() {
    CoreNlpEngine e = engine;
    if (e == null) {
      synchronized (loadLock) {
        e = engine;
        if (e == null) {
          e = CoreNlpEngine.load(config);
          engine = e;
        }
      }
    }
    return e;
  }
}

package dev.parley.pipeline;

import dev.parley.actors.ActorContext;
import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.PhraseResolution;
import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.CoreNlpAnnotator;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a phrase resolves to, alone or inside a context (what {@code parley resolve} and the actor
 * benchmark run): the text is cleaned and annotated as a one-article input (every sentence parsed),
 * the actors of the whole text are found, the phrase is located (its last occurrence) and the head
 * token of its span resolved by {@link ActorContext#resolutionAt}, so that earlier sentences count
 * for surnames and pronouns.
 *
 * <p>A phrase that modifies an agent word outside it ("Hungarian" in "senior Hungarian officials")
 * takes that word's sector: the actor is the whole noun phrase. Thread-safe.
 */
public final class PhraseResolver {
  /** Relations by which a modifier hangs on the noun it qualifies. */
  private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "nmod:poss");

  private final CleanStage clean = new CleanStage();
  private final CoreNlpAnnotator annotator;
  private final ActorResolver resolver;

  public PhraseResolver(ActorResolver resolver, CoreNlpAnnotator annotator) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  /** A resolver over the configured dictionaries and NLP preset (models load on first use). */
  public static PhraseResolver build(PipelineConfig config) {
    return new PhraseResolver(
        new ActorResolver(ActorDictionary.load(config.dictionaryFiles())),
        new CoreNlpAnnotator(config.nlp()));
  }

  public ActorResolver resolver() {
    return resolver;
  }

  public CoreNlpAnnotator annotator() {
    return annotator;
  }

  /**
   * Resolves {@code phrase}, read in {@code context} when given (else alone), on {@code date}
   * (YYYY-MM-DD, or null for the role each person is known for).
   *
   * @throws IllegalArgumentException when the phrase is blank or the date is not YYYY-MM-DD
   */
  public PhraseResolution resolve(String phrase, String context, String date) {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("phrase is blank");
    }
    LocalDate day = date == null ? null : LocalDate.parse(date);
    boolean alone = context == null || context.isBlank();
    String text = alone ? phrase.strip() : context;
    Article article =
        clean.apply(RawDocument.text("resolve", text, new Hints(null, date, null, null)));
    if (!article.text().contains(phrase.strip()) || !Pipeline.codable(article)) {
      // the cleaner is for articles: a bare phrase ("DPRK") can look like an outlet or title line
      // to it, and a short text can pass for another language. Read the text as given, as English.
      article = Article.english("resolve", null, date, text);
    }
    AnnotatedArticle annotated = annotator.annotate(article, tokens -> true);
    PhraseResolution found = resolveIn(phrase, resolver.resolve(annotated), day);
    if (!alone && located(article.text(), phrase).isEmpty()) {
      // a phrase the context does not hold ("French warships" where the text says "French
      // warship"): read alone, and say so
      PhraseResolution bare = resolve(phrase, null, date);
      return bare.withWhy(bare.why() + "; read alone: the phrase is not in the context");
    }
    return found;
  }

  /**
   * The character span of {@code phrase}'s last occurrence in {@code text}: exact, then ignoring
   * case and runs of spaces; a phrase with an ellipsis ("U.S. ... negotiators") spans from its
   * first part to its last part after it.
   */
  static Optional<int[]> located(String text, String phrase) {
    String[] parts = phrase.strip().split("\\s*(?:\\.{2,}|\u2026)\\s*");
    List<String> pieces = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) {
        pieces.add(p.strip());
      }
    }
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    Optional<int[]> exact = located(text, pieces, 0);
    return exact.isPresent()
        ? exact
        : located(
            text,
            pieces,
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
  }

  private static Optional<int[]> located(String text, List<String> pieces, int flags) {
    java.util.regex.Matcher first = pattern(pieces.get(0), flags).matcher(text);
    int[] best = null;
    while (first.find()) {
      int end = first.end();
      boolean all = true;
      for (String piece : pieces.subList(1, pieces.size())) {
        java.util.regex.Matcher next = pattern(piece, flags).matcher(text);
        if (!next.find(end)) {
          all = false;
          break;
        }
        end = next.end();
      }
      if (all) {
        best = new int[] {first.start(), end};
      }
    }
    return Optional.ofNullable(best);
  }

  /** The piece's words with any spacing between them, not inside a longer word ("He", "the"). */
  private static java.util.regex.Pattern pattern(String piece, int flags) {
    StringBuilder b = new StringBuilder();
    for (String word : piece.split("\\s+")) {
      b.append(b.length() > 0 ? "\\s+" : "").append(java.util.regex.Pattern.quote(word));
    }
    String before = Character.isLetterOrDigit(piece.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
    String after =
        Character.isLetterOrDigit(piece.codePointBefore(piece.length()))
            ? "(?![\\p{L}\\p{N}])"
            : "";
    return java.util.regex.Pattern.compile(before + b + after, flags);
  }

  /** Resolves {@code phrase} (its last occurrence) inside an article already resolved. */
  public PhraseResolution resolveIn(String phrase, ResolvedArticle resolved, LocalDate date) {
    String text = resolved.annotated().article().text();
    Optional<int[]> at = located(text, phrase);
    if (at.isEmpty()) {
      return PhraseResolution.unresolved(phrase, "the phrase is not in the context");
    }
    int begin = text.codePointCount(0, at.get()[0]);
    int end = text.codePointCount(0, at.get()[1]);
    for (Sentence s : resolved.annotated().sentences()) {
      List<Integer> span = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (t.begin() < end && t.end() > begin) {
          span.add(t.index());
        }
      }
      if (span.isEmpty()) {
        continue;
      }
      int head = head(s, span);
      ActorContext context = new ActorContext(resolver, resolved);
      var r = context.resolutionAt(s, head, date);
      Optional<Integer> noun = agentGovernor(s, head, span, resolved);
      if (noun.isPresent()
          && r.resolved()
          && r.actor().how() == dev.parley.actors.ActorRef.How.COUNTRY) {
        // "Hungarian" in "senior Hungarian officials": the actor is the whole noun phrase
        var whole = context.resolutionAt(s, noun.get(), date);
        if (whole.resolved() && whole.actor().code().startsWith(r.actor().code())) {
          r =
              new dev.parley.actors.Resolution(
                  whole.actor(),
                  whole.why() + "; the phrase modifies '" + s.tokens().get(noun.get()).word() + "'",
                  null);
        } else if (whole.resolved()) {
          String sector =
              whole.actor().code().length() >= 6 ? whole.actor().code().substring(3, 6) : null;
          var country = resolver.countryOf(r.actor().code());
          if (sector != null && country.isPresent()) {
            r =
                new dev.parley.actors.Resolution(
                    ActorContext.countryAgent(
                        country.get(), sector, dev.parley.actors.ActorRef.How.COUNTRY_AGENT, 0.85),
                    r.why()
                        + " + the agent word it modifies, '"
                        + s.tokens().get(noun.get()).word()
                        + "' ("
                        + sector
                        + ")",
                    null);
          }
        }
      }
      r = ownCountry(r, s, span, resolved);
      return PhraseResolution.of(phrase, r, resolver.dictionary());
    }
    return PhraseResolution.unresolved(phrase, "the phrase covers no token of the text");
  }

  /**
   * The resolution with the phrase's own country, when the phrase names one country and the actor
   * came from another of the sentence: "Russian negotiators" in "the U.S. and Russian negotiators"
   * is Russia's, though the noun phrase the parser built holds "U.S." only.
   */
  private dev.parley.actors.Resolution ownCountry(
      dev.parley.actors.Resolution r, Sentence s, List<Integer> span, ResolvedArticle resolved) {
    if (!r.resolved() || r.actor().code().length() < 3) {
      return r;
    }
    String got = r.actor().code().substring(0, 3);
    // a bare sector ("army" in "South Korean army officers", where the demonym hangs on
    // "officers") takes the phrase's country as well
    boolean bareSector = r.actor().how() == dev.parley.actors.ActorRef.How.AGENT;
    if (resolver.countryOf(got).isEmpty() && !bareSector) {
      return r;
    }
    Set<String> own = new java.util.TreeSet<>();
    dev.parley.actors.Mention named = null;
    for (var m : resolved.mentions()) {
      if (m.sentence() == s.index()
          && span.contains(m.firstToken())
          && span.contains(m.lastToken())
          && m.code() != null
          && COUNTRY_KINDS.contains(m.kind())
          && resolver.countryOf(m.code()).isPresent()) {
        own.add(m.code().substring(0, 3));
        named = m;
      }
    }
    if (own.size() != 1 || own.contains(got)) {
      return r;
    }
    var c = resolver.countryOf(own.iterator().next()).orElseThrow();
    String sector = bareSector ? r.actor().code() : r.actor().code().substring(3);
    var actor =
        sector.isEmpty()
            ? new dev.parley.actors.ActorRef(
                c.code(), c.names().get(0), c.id(), r.actor().how(), r.actor().confidence())
            : ActorContext.countryAgent(c, sector, r.actor().how(), r.actor().confidence());
    return new dev.parley.actors.Resolution(
        actor,
        r.why() + "; the phrase's own country is '" + named.text() + "' (" + c.names().get(0) + ")",
        null);
  }

  private static final Set<dev.parley.actors.Mention.Kind> COUNTRY_KINDS =
      Set.of(
          dev.parley.actors.Mention.Kind.COUNTRY,
          dev.parley.actors.Mention.Kind.DEMONYM,
          dev.parley.actors.Mention.Kind.CAPITAL,
          dev.parley.actors.Mention.Kind.SEAT,
          dev.parley.actors.Mention.Kind.PLACE);

  /**
   * The head of a span: the token whose governor lies outside it (the last such noun when there are
   * several); the last token when the sentence was not parsed.
   */
  static int head(Sentence s, List<Integer> span) {
    int best = -1;
    for (int t : span) {
      Optional<Dependency> d = s.head(t);
      boolean outside = d.isEmpty() || d.get().governor() < 0 || !span.contains(d.get().governor());
      if (outside) {
        String pos = s.tokens().get(t).pos();
        if (best < 0 || pos.startsWith("N") || pos.startsWith("PRP")) {
          best = t;
        }
      }
    }
    return best < 0 ? span.get(span.size() - 1) : best;
  }

  /**
   * The noun outside the span that the span's head modifies, when an agent word covers it
   * ("officials" for "Romanian" in "senior Hungarian and Romanian officials").
   */
  private static Optional<Integer> agentGovernor(
      Sentence s, int head, List<Integer> span, ResolvedArticle resolved) {
    int t = head;
    for (int hops = 0; hops < 4; hops++) {
      Optional<Dependency> d = s.head(t);
      if (d.isEmpty() || d.get().governor() < 0 || span.contains(d.get().governor())) {
        return Optional.empty();
      }
      String rel = d.get().relation();
      if (rel.startsWith("conj")) {
        t = d.get().governor();
        continue;
      }
      if (!MODIFIER_RELATIONS.contains(rel)) {
        return Optional.empty();
      }
      int g = d.get().governor();
      for (var m : resolved.mentions()) {
        if (m.sentence() == s.index()
            && m.kind() == dev.parley.actors.Mention.Kind.AGENT
            && m.firstToken() <= g
            && g <= m.lastToken()) {
          return Optional.of(g);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}

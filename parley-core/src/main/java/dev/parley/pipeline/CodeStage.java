package dev.parley.pipeline;

import dev.parley.actors.ResolvedArticle;
import dev.parley.events.Codebook;
import dev.parley.events.CodedArticle;
import dev.parley.events.EventCoder;
import dev.parley.events.VerbLexicon;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4, code: CAMEO events from the verb-pattern lexicon over the dependency parse.
 *
 * <p>The annotate stage parses more sentences than the coder asks for (those that hold a quote, for
 * the quotes stage). The coder codes every parsed sentence it is given, so this stage hands it the
 * parses of the sentences it selects itself ({@link EventCoder#worthParsing}) and no others: what
 * it codes does not depend on what other stages need parsed.
 */
public final class CodeStage implements Stage<ResolvedArticle, CodedArticle> {
  private final EventCoder coder;
  private final List<Path> lexiconFiles;

  /**
   * @param coder the coder over the codebook and lexicon
   * @param lexiconFiles the user's verb-pattern files the lexicon was loaded with
   */
  public CodeStage(EventCoder coder, List<Path> lexiconFiles) {
    this.coder = coder;
    this.lexiconFiles = List.copyOf(lexiconFiles);
  }

  @Override
  public String name() {
    return "code";
  }

  @Override
  public Class<ResolvedArticle> needs() {
    return ResolvedArticle.class;
  }

  @Override
  public Class<CodedArticle> provides() {
    return CodedArticle.class;
  }

  @Override
  public CodedArticle apply(ResolvedArticle resolved) {
    return coder.code(onlyWorthCoding(resolved));
  }

  /** The article with the parse of each sentence the coder would not have parsed left out. */
  ResolvedArticle onlyWorthCoding(ResolvedArticle resolved) {
    List<Sentence> sentences = resolved.annotated().sentences();
    List<Sentence> kept = new ArrayList<>(sentences.size());
    boolean changed = false;
    for (Sentence s : sentences) {
      if (s.parsed() && !coder.worthParsing(s.tokens())) {
        kept.add(new Sentence(s.index(), s.begin(), s.end(), s.tokens(), List.of(), s.timexes()));
        changed = true;
      } else {
        kept.add(s);
      }
    }
    if (!changed) {
      return resolved;
    }
    return new ResolvedArticle(
        new AnnotatedArticle(resolved.annotated().article(), kept),
        resolved.mentions(),
        resolved.references());
  }

  /** The CAMEO codebook, the built-in lexicon and event places, then the user's lexicon files. */
  @Override
  public List<Knowledge> knowledge() {
    List<Knowledge> out = new ArrayList<>();
    out.add(Knowledge.resource("/" + Codebook.RESOURCE));
    VerbLexicon.builtInResources().forEach(r -> out.add(Knowledge.resource(r)));
    out.add(Knowledge.resource("/" + dev.parley.events.Places.RESOURCE));
    if (coder.usesModel()) {
      out.add(Knowledge.resource(dev.parley.events.model.EventClassifier.RESOURCE));
    }
    lexiconFiles.forEach(f -> out.add(Knowledge.file(f)));
    return out;
  }
}

package dev.parley.pipeline;

import dev.parley.actors.ResolvedArticle;
import dev.parley.events.Codebook;
import dev.parley.events.CodedArticle;
import dev.parley.events.EventCoder;
import dev.parley.events.VerbLexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Stage 4, code: CAMEO events from the verb-pattern lexicon over the dependency parse. */
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
    return coder.code(resolved);
  }

  /** The CAMEO codebook and the built-in lexicon, then the user's lexicon files. */
  @Override
  public List<Knowledge> knowledge() {
    List<Knowledge> out = new ArrayList<>();
    out.add(Knowledge.resource("/" + Codebook.RESOURCE));
    VerbLexicon.builtInResources().forEach(r -> out.add(Knowledge.resource(r)));
    if (coder.usesModel()) {
      out.add(Knowledge.resource(dev.parley.events.model.EventClassifier.RESOURCE));
    }
    lexiconFiles.forEach(f -> out.add(Knowledge.file(f)));
    return out;
  }
}

package dev.parley.pipeline;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.ResolvedArticle;
import dev.parley.nlp.AnnotatedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Stage 3, resolve: actor mentions and their CAMEO actor codes from the actor dictionary. */
public final class ResolveStage implements Stage<AnnotatedArticle, ResolvedArticle> {
  private final ActorResolver resolver;
  private final List<Path> dictionaryFiles;

  /**
   * @param resolver the resolver over the dictionary
   * @param dictionaryFiles the user's actor files the dictionary was loaded with
   */
  public ResolveStage(ActorResolver resolver, List<Path> dictionaryFiles) {
    this.resolver = resolver;
    this.dictionaryFiles = List.copyOf(dictionaryFiles);
  }

  @Override
  public String name() {
    return "resolve";
  }

  @Override
  public Class<AnnotatedArticle> needs() {
    return AnnotatedArticle.class;
  }

  @Override
  public Class<ResolvedArticle> provides() {
    return ResolvedArticle.class;
  }

  @Override
  public ResolvedArticle apply(AnnotatedArticle annotated) {
    return resolver.resolve(annotated);
  }

  /** The built-in actor files, then the user's. */
  @Override
  public List<Knowledge> knowledge() {
    List<Knowledge> out = new ArrayList<>();
    ActorDictionary.builtInResources().forEach(r -> out.add(Knowledge.resource(r)));
    dictionaryFiles.forEach(f -> out.add(Knowledge.file(f)));
    return out;
  }
}

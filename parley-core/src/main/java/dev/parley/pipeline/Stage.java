package dev.parley.pipeline;

import java.util.List;

/**
 * One step of the flow in DESIGN.md: a pure function from one typed record to the next (clean:
 * {@code RawDocument → Article}; annotate: {@code Article → AnnotatedArticle}; resolve: {@code
 * AnnotatedArticle → ResolvedArticle}; code: {@code ResolvedArticle → CodedArticle}; later quotes,
 * time, stories).
 *
 * <p>A stage declares the record it needs and the record it provides; {@link Pipeline.Builder}
 * checks, when the pipeline is built, that an earlier stage provides what each stage needs, and
 * names the stage and the missing record when not. A stage also declares the knowledge files it
 * reads, from which {@link Pipeline#version()} is computed: a file a stage reads cannot be left out
 * of {@code parley recode}'s check.
 *
 * <p>Implementations are shared by all worker threads: {@link #apply} must be safe to call
 * concurrently, give the same output for the same input, and never depend on which runner calls it.
 *
 * @param <I> the record the stage reads
 * @param <O> the record the stage writes
 */
public interface Stage<I, O> {

  /** A short name for messages and the version ("clean", "annotate", "resolve", "code"). */
  String name();

  /** The record type this stage reads; an earlier stage (or the input) must provide it. */
  Class<I> needs();

  /** The record type this stage writes. */
  Class<O> provides();

  /** Runs the stage on one input. Problems in messy input are data, never an exception. */
  O apply(I input);

  /** The knowledge files and settings that shape this stage's output (none by default). */
  default List<Knowledge> knowledge() {
    return List.of();
  }
}

package dev.parley.cli;

import dev.parley.pipeline.Pipeline;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/**
 * The options of the commands that code into the store: its data directory, and the user's own
 * dictionaries and lexicon that extend the built-in ones.
 */
final class PipelineOptions {
  @Mixin DataOptions data;
  @Mixin KnowledgeOptions knowledge;

  /** The data directory holding the store. */
  Path data() {
    return data.data;
  }

  /** The pipeline with the built-in knowledge and the user's files (given and in the data dir). */
  Pipeline pipeline() {
    return Pipeline.build(knowledge.config(data.data));
  }
}

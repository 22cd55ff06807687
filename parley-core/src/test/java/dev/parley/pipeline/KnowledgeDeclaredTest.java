package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every knowledge file Parley ships is declared by a stage of the default pipeline, so that a
 * change to it changes {@link Pipeline#version()} and {@code parley recode} notices.
 */
class KnowledgeDeclaredTest {
  @Test
  void everyBuiltInDataFileIsDeclaredByAStage() throws Exception {
    // the main resources folder (test-classes has a dev/parley of its own)
    Path root =
        Path.of(Pipeline.class.getResource("/dev/parley/events/cameo.tsv").toURI())
            .getParent()
            .getParent();
    Set<String> shipped;
    try (Stream<Path> walk = Files.walk(root)) {
      // the classifier's training sentences shape the model file, which is what the coder reads
      shipped =
          walk.filter(
                  p -> p.toString().endsWith(".tsv") && !p.toString().contains("/events/training/"))
              .map(p -> "/dev/parley/" + root.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> declared =
        Pipeline.build(PipelineConfig.defaults()).stages().stream()
            .flatMap(s -> s.knowledge().stream())
            .map(Knowledge::name)
            .filter(n -> n.endsWith(".tsv"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(shipped, declared);
  }
}

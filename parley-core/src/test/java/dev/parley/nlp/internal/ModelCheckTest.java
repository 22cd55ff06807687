package dev.parley.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.nlp.NlpConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCheckTest {

  @Test
  void missingModelNamesTheResourceAndTheJar() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ModelCheck.require(List.of("a/model.gz", "b/model.gz"), r -> null));
    assertEquals(
        "CoreNLP model a/model.gz is not on the class path: add the models jar"
            + " (edu.stanford.nlp:stanford-corenlp:4.5.10:models)",
        e.getMessage());
  }

  @Test
  void everyModelOfBothPresetsIsOnTheTestClassPath() {
    ModelCheck.require(PipelineProperties.requiredResources(NlpConfig.fast()));
    ModelCheck.require(PipelineProperties.requiredResources(NlpConfig.accurate()));
  }
}

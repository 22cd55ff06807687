package dev.parley.events.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.events.Codebook;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in classifier is the one the checked-in training sentences give: training again with
 * the fixed seed yields the same labels, the same threshold and the same weights (to the four
 * decimals the model file keeps, with a hair of slack for floating-point differences between CPUs
 * in the embedding model).
 */
class ClassifierReproducibleIT {
  @Test
  void theCheckedInModelIsTheOneTheDataGives() {
    EventClassifier shipped =
        EventClassifier.builtIn().orElseThrow(() -> new AssertionError("no model checked in"));
    List<Example> examples = TrainingSet.load(Codebook.builtIn());
    Trainer.Result again = Trainer.train(examples, new SentenceEncoder(), Codebook.builtIn());
    EventClassifier trained = EventClassifier.parse(again.text(), "retrained");
    assertEquals(
        shipped.labels(),
        trained.labels(),
        "labels (rerun `parley train` after changing the training files)");
    assertEquals(shipped.threshold(), trained.threshold(), 1e-9, "threshold");
    double worst = 0;
    for (int l = 0; l < shipped.labels().size(); l++) {
      for (int k = 0; k <= SentenceEncoder.DIMENSIONS; k++) {
        worst = Math.max(worst, Math.abs(shipped.weight(l, k) - trained.weight(l, k)));
      }
    }
    assertTrue(worst <= 0.002, "largest weight difference " + worst + " (rerun `parley train`)");
  }

  @Test
  void everyTrainingLineIsWellFormedAndTheSetIsLargeEnough() {
    List<Example> examples = TrainingSet.load(Codebook.builtIn());
    long none = examples.stream().filter(e -> e.label().equals(EventClassifier.NONE)).count();
    assertTrue(
        examples.size() - none >= 6000, "labelled event sentences: " + (examples.size() - none));
    assertTrue(none >= 1500, "hard negatives: " + none);
    for (int root = 1; root <= 20; root++) {
      String r = String.format(java.util.Locale.ROOT, "%02d", root);
      long n = examples.stream().filter(e -> e.label().startsWith(r)).count();
      assertTrue(n >= 200, "root " + r + " has " + n + " sentences");
    }
  }
}

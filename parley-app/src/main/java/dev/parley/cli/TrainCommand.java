package dev.parley.cli;

import dev.parley.events.Codebook;
import dev.parley.events.model.Example;
import dev.parley.events.model.SentenceEncoder;
import dev.parley.events.model.Trainer;
import dev.parley.events.model.TrainingSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley train}: rebuilds the event classifier from the project's training sentences with a
 * fixed seed, and writes the model file that is checked in.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the event classifier from parley-core's events/training/ sentences (fixed seed, so the",
      "same data gives the same model) and writes the model file; prints the held-out figures."
    })
final class TrainCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "parley-core/src/main/resources/dev/parley/events/model/classifier.tsv",
      description =
          "Where to write the model (default: ${DEFAULT-VALUE}, the checked-in model; rebuild Parley to use it).")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<Example> examples = TrainingSet.load(Codebook.builtIn());
    System.err.println(
        "train: " + examples.size() + " sentences; embedding them with all-MiniLM-L6-v2");
    Trainer.Result r = Trainer.train(examples, new SentenceEncoder(), Codebook.builtIn());
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, r.text(), StandardCharsets.UTF_8);
    for (Map.Entry<String, Double> e : r.figures().entrySet()) {
      System.out.println(e.getKey() + "\t" + e.getValue());
    }
    System.err.println("train: wrote " + out);
    return 0;
  }
}

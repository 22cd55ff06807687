package dev.parley.events;

import dev.parley.events.model.EventClassifier;
import dev.parley.events.model.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learned layer of the coder: the sentence encoder and the classifier head together. Encodes a
 * batch of marked candidates on the calling thread and ranks the labels of each.
 */
public final class EventModel {
  private final SentenceEncoder encoder;
  private final EventClassifier classifier;

  public EventModel(SentenceEncoder encoder, EventClassifier classifier) {
    this.encoder = encoder;
    this.classifier = classifier;
  }

  /** The built-in classifier with its encoder, or empty when no model is checked in. */
  public static Optional<EventModel> builtIn() {
    return EventClassifier.builtIn().map(c -> new EventModel(new SentenceEncoder(), c));
  }

  public double threshold() {
    return classifier.threshold();
  }

  List<List<EventClassifier.Scored>> classify(List<String> marked) {
    float[][] vectors = encoder.encode(marked);
    List<List<EventClassifier.Scored>> out = new ArrayList<>(vectors.length);
    for (float[] v : vectors) {
      out.add(classifier.classify(v));
    }
    return out;
  }
}

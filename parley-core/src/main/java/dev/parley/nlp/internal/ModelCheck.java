package dev.parley.nlp.internal;

import java.net.URL;
import java.util.List;
import java.util.function.Function;

/**
 * Checks, before anything is loaded, that CoreNLP's models jar is on the class path, so that a
 * missing jar fails when the pipeline is built, with one line saying what to add.
 */
public final class ModelCheck {
  static final String MODELS_JAR = "edu.stanford.nlp:stanford-corenlp:4.5.10:models";

  private ModelCheck() {}

  /** Throws {@link IllegalStateException} naming the first resource that cannot be found. */
  public static void require(List<String> resources) {
    ClassLoader loader = ModelCheck.class.getClassLoader();
    require(resources, loader::getResource);
  }

  static void require(List<String> resources, Function<String, URL> lookup) {
    for (String resource : resources) {
      if (lookup.apply(resource) == null) {
        throw new IllegalStateException(
            "CoreNLP model "
                + resource
                + " is not on the class path: add the models jar ("
                + MODELS_JAR
                + ")");
      }
    }
  }
}

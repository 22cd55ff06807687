package dev.parley.nlp;

/**
 * The real CoreNLP annotator with the fast preset, for the tests that need models: loaded once per
 * test JVM (about 2 GB and most of a minute) and shared by them all. It is thread-safe; its
 * counters add up over every test that used it, so a test reads them as differences.
 */
public final class FastAnnotator {
  private static CoreNlpAnnotator loaded;

  private FastAnnotator() {}

  /** The loaded annotator. */
  public static synchronized CoreNlpAnnotator shared() {
    if (loaded == null) {
      loaded = new CoreNlpAnnotator(NlpConfig.fast()).load();
    }
    return loaded;
  }
}

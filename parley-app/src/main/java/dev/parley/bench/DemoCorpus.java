package dev.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parley's own sample articles ({@code dev/parley/demo/articles/}): the demo and the speed bench.
 */
public final class DemoCorpus {
  /** The class-path folder of the sample articles. */
  public static final String FOLDER = "/dev/parley/demo/articles/";

  private DemoCorpus() {}

  /** The file names listed in the corpus index, in order. */
  public static List<String> names() {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("sample corpus index missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of one sample article. */
  public static byte[] bytes(String name) {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("sample article missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the sample articles, with Unix line ends. */
  public static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (String name : names()) {
      out.add(new String(bytes(name), StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
    return out;
  }
}

package dev.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sex that common English given names usually carry ("Angela" female, "Donald" male), read from
 * the first-name list CoreNLP's models jar ships for its gender annotator. Weak evidence: a name
 * used for both is listed once. Read once, on first use.
 */
public final class GivenNames {
  /** The list inside CoreNLP's models jar: "NAME\tMALE" or "NAME\tFEMALE" a line. */
  static final String RESOURCE = "edu/stanford/nlp/models/gender/first_name_map_small";

  /** A name's usual sex. */
  public enum Sex {
    MALE,
    FEMALE
  }

  private static volatile Map<String, Sex> names;

  private GivenNames() {}

  /** The sex the given name usually carries, if the list has it. */
  public static Optional<Sex> of(String givenName) {
    return Optional.ofNullable(names().get(givenName.toUpperCase(Locale.ROOT)));
  }

  private static Map<String, Sex> names() {
    Map<String, Sex> n = names;
    if (n == null) {
      n = load();
      names = n;
    }
    return n;
  }

  private static Map<String, Sex> load() {
    Map<String, Sex> out = new HashMap<>();
    InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      // the models jar is a declared dependency; without it the annotator fails first, with a
      // message
      throw new IllegalStateException(
          "CoreNLP's models jar is not on the class path: " + RESOURCE + " is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] p = line.strip().split("\\s+");
        if (p.length == 2 && (p[1].equals("MALE") || p[1].equals("FEMALE"))) {
          out.put(p[0].toUpperCase(Locale.ROOT), Sex.valueOf(p[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }
}

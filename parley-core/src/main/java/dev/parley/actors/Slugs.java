package dev.parley.actors;

import java.text.Normalizer;
import java.util.Locale;

/** Id slugs: lower case, accents dropped, every run of other characters a single '-'. */
final class Slugs {
  private Slugs() {}

  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug =
        plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("no letters or digits to make an id from: '" + text + "'");
    }
    return slug;
  }
}

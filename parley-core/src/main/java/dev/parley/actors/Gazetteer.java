package dev.parley.actors;

import dev.parley.nlp.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Longest-match lookup of dictionary surface forms over a sentence's tokens. Matching ignores case,
 * accents, hyphens and spacing ("Kim Jong Un" = "Kim Jong-un"), except for short upper-case forms
 * ("US", "UN", "U.S."), which must match exactly so that the pronoun "us" is not the United States.
 */
final class Gazetteer {
  static final int MAX_TOKENS = 7;

  /** One surface form of a dictionary entry. */
  record Entry(String surface, Mention.Kind kind, Object value) {}

  /** A match over tokens {@code first..last} inclusive. */
  record Match(int first, int last, Entry entry) {}

  private final Map<String, List<Entry>> byKey = new HashMap<>();

  /** Every surface form of the dictionary: the one surface-form index of the actors stage. */
  static Gazetteer of(ActorDictionary dictionary) {
    Gazetteer gazetteer = new Gazetteer();
    for (Country c : dictionary.countries()) {
      c.names().forEach(n -> gazetteer.add(n, Mention.Kind.COUNTRY, c));
      c.demonyms().forEach(n -> gazetteer.add(n, Mention.Kind.DEMONYM, c));
      c.capitals().forEach(n -> gazetteer.add(n, Mention.Kind.CAPITAL, c));
      c.seats().forEach(n -> gazetteer.add(n, Mention.Kind.SEAT, c));
    }
    for (NamedActor o : dictionary.named()) {
      o.names().forEach(n -> gazetteer.add(n, Mention.Kind.ORGANISATION, o));
    }
    for (Person p : dictionary.people()) {
      gazetteer.add(p.name(), Mention.Kind.PERSON, p);
      p.aliases().forEach(n -> gazetteer.add(n, Mention.Kind.PERSON, p));
    }
    for (Place p : dictionary.places()) {
      p.names().forEach(n -> gazetteer.add(n, Mention.Kind.PLACE, p));
    }
    for (Agent a : dictionary.agents()) {
      gazetteer.add(a.phrase(), Mention.Kind.AGENT, a);
    }
    return gazetteer;
  }

  /**
   * The entries whose surface form is {@code text}, as matching reads it (case and accents aside).
   */
  List<Entry> entries(String text) {
    return byKey.getOrDefault(key(text), List.of());
  }

  void add(String surface, Mention.Kind kind, Object value) {
    if (surface == null || surface.isBlank() || surface.equals("-")) {
      return;
    }
    byKey
        .computeIfAbsent(key(surface), k -> new ArrayList<>())
        .add(new Entry(surface.strip(), kind, value));
  }

  /** All non-overlapping longest matches, left to right. */
  List<Match> find(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match best = null;
      for (int len = Math.min(MAX_TOKENS, tokens.size() - i); len >= 1 && best == null; len--) {
        StringBuilder raw = new StringBuilder();
        for (int j = i; j < i + len; j++) {
          raw.append(j > i ? " " : "").append(tokens.get(j).word());
        }
        List<Entry> entries = byKey.get(key(raw.toString()));
        if (entries == null) {
          continue;
        }
        for (Entry e : entries) {
          if (caseAccepts(e.surface(), raw.toString(), tokens.get(i))) {
            best = new Match(i, i + len - 1, e);
            break;
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = best.last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean caseAccepts(String surface, String raw, Token first) {
    String compact = surface.replace(" ", "");
    boolean shortUpper =
        compact.length() <= 5
            && compact.equals(compact.toUpperCase(Locale.ROOT))
            && compact.chars().anyMatch(Character::isLetter);
    if (shortUpper) {
      return raw.replace(" ", "").equals(compact);
    }
    boolean properName = Character.isUpperCase(surface.codePointAt(0));
    if (properName) {
      // "china" (the ware) and "turkey" (the bird) are not countries: a proper name needs a
      // capital.
      return Character.isUpperCase(first.word().codePointAt(0));
    }
    return true;
  }

  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\-\u2010-\u2015]", " ");
    // the tokenizer splits "People's" and "Workers'" before the apostrophe
    return n.replaceAll("\\s+", " ").replace(" '", "'").strip();
  }
}

package dev.parley.events;

import dev.parley.actors.Mention;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import dev.parley.text.TsvReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an event took place, read from the clause that states it: a place after "in", "at" or
 * "near" attached to the event's verb, to its event noun ("the summit in Hanoi") or to the noun's
 * support verb ("held talks in Muscat"), or to the object noun a light-verb pattern names ("wrapped
 * up talks at the ASEAN summit"); for a visit, also where it went ("visited Pyongyang", "a visit to
 * Japan"). A phrase whose head is a common noun is followed up to two steps ("at the summit in
 * Hanoi", "in a session at the NATO summit in Lithuania").
 *
 * <p>A place is, in this order: a country, capital or seat of government of the actor dictionary
 * ("in Hanoi" → VNM, "at the Kremlin" → RUS); a country's capital named by its demonym ("in the
 * South Korean capital" → KOR); a venue of {@value #RESOURCE} ("in Osaka" → JPN, "at the DMZ" → no
 * single country); a location the tagger found ("in the South China Sea"), kept with no country
 * unless an appositive names it ("in Osaka, Japan"). Times ("in March"), states of affairs ("in
 * talks", "in response") and organisations ("at the UN") are not places. A place where someone
 * spoke ("said in Washington that ...") is not the location of the deed they spoke of: only phrases
 * attached to the event's own words count.
 */
public final class Places {
  /** The built-in venues that are not capitals. */
  public static final String RESOURCE = "dev/parley/events/places.tsv";

  private static final List<String> VENUE_PREPOSITIONS = List.of("in", "at", "near");
  private static final Set<String> VISIT_CODES = Set.of("042", "043", "044");
  private static final Set<String> COUNTRY_KINDS = Set.of("COUNTRY", "CAPITAL", "SEAT", "PLACE");

  /** Place name → country code, "" for a place no single country holds. */
  private final Map<String, String> countries;

  private final int longestName;

  private Places(Map<String, String> countries) {
    this.countries = Map.copyOf(countries);
    this.longestName = countries.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The built-in venues, read once. */
  public static Places builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static final class BuiltIn {
    static final Places INSTANCE = read();
  }

  private static Places read() {
    Map<String, String> out = new HashMap<>();
    for (TsvReader.Line line : TsvReader.readResource(RESOURCE, 2, 2)) {
      String country = line.cell(1);
      if (!country.equals("-") && !country.matches("[A-Z]{3}")) {
        throw line.error("country must be a three-letter code or '-': " + country);
      }
      for (String name : line.values(0, "names")) {
        if (out.put(name, country.equals("-") ? "" : country) != null) {
          throw line.error("place '" + name + "' is listed twice");
        }
      }
    }
    return new Places(out);
  }

  /**
   * The location of an event.
   *
   * @param s the event's sentence
   * @param mentions the actor mentions of that sentence
   * @param text the article text (offsets are code points into it)
   * @param anchors the event's verb or noun first, then the noun's support or governing verb
   * @param code the event's CAMEO code (a visit's destination is also where it happened)
   */
  Optional<Location> at(
      Sentence s, List<Mention> mentions, String text, List<Integer> anchors, String code) {
    if (!s.parsed()) {
      return Optional.empty();
    }
    for (int anchor : anchors) {
      List<Integer> heads = new ArrayList<>();
      for (String prep : VENUE_PREPOSITIONS) {
        heads.addAll(phrase(s, anchor, prep));
      }
      if (VISIT_CODES.contains(code)) {
        heads.addAll(phrase(s, anchor, "to"));
        for (Dependency d : s.children(anchor)) {
          if (d.relation().equals("obj")) {
            heads.add(d.dependent());
          }
        }
      }
      for (int head : heads) {
        Optional<Location> found = place(s, mentions, text, head, 2);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The place the phrase headed by {@code head} names; {@code follow} venue nouns may be stepped
   * through.
   */
  private Optional<Location> place(
      Sentence s, List<Mention> mentions, String text, int head, int follow) {
    Token h = s.tokens().get(head);
    if (!h.ner().equals("O") && !h.ner().equals("LOCATION") && !h.ner().equals("ORGANIZATION")) {
      return Optional.empty(); // "in March", "at 3 a.m."
    }
    // a country, capital or seat the actor dictionary knows
    for (Mention m : mentions) {
      if (m.firstToken() <= head
          && head <= m.lastToken()
          && COUNTRY_KINDS.contains(m.kind().name())
          && m.code() != null) {
        return Optional.of(trimmed(text, m.begin(), m.end(), m.code().substring(0, 3)));
      }
    }
    // "in the South Korean capital"
    if (h.lemma().toLowerCase(Locale.ROOT).equals("capital")) {
      for (Mention m : mentions) {
        if (m.lastToken() < head
            && m.code() != null
            && modifiers(s, head).contains(m.lastToken())
            && (m.kind() == Mention.Kind.DEMONYM || m.kind() == Mention.Kind.COUNTRY)) {
          return Optional.of(trimmed(text, m.begin(), h.end(), m.code().substring(0, 3)));
        }
      }
    }
    // a venue of places.tsv that covers the head ("the DMZ", "Camp David")
    Optional<Location> venue = venue(s, text, head);
    if (venue.isPresent()) {
      return venue;
    }
    if (h.ner().equals("LOCATION")) {
      int first = head;
      int last = head;
      while (first > 0 && s.tokens().get(first - 1).ner().equals("LOCATION")) {
        first--;
      }
      while (last + 1 < s.tokens().size() && s.tokens().get(last + 1).ner().equals("LOCATION")) {
        last++;
      }
      int begin = s.tokens().get(first).begin();
      int end = s.tokens().get(last).end();
      return Optional.of(trimmed(text, begin, end, appositiveCountry(s, mentions, head)));
    }
    if (follow > 0 && h.pos().startsWith("NN")) {
      // "at the summit in Hanoi", "in a session at the NATO summit in Lithuania"
      for (String prep : VENUE_PREPOSITIONS) {
        for (int inner : phrase(s, head, prep)) {
          Optional<Location> found = place(s, mentions, text, inner, follow - 1);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The place at {@code [begin, end)} without the punctuation a mention may carry at its ends
   * ("Beijing —").
   */
  private static Location trimmed(String text, int begin, int end, String country) {
    String place = CodePoints.slice(text, begin, end);
    int head = 0;
    while (head < place.length() && !Character.isLetterOrDigit(place.codePointAt(head))) {
      head += Character.charCount(place.codePointAt(head));
    }
    int tail = place.length();
    while (tail > head
        && !Character.isLetterOrDigit(place.codePointBefore(tail))
        && place.codePointBefore(tail) != '.') {
      tail -= Character.charCount(place.codePointBefore(tail));
    }
    if (head >= tail) {
      return new Location(place, country, begin, end);
    }
    int newBegin = begin + place.codePointCount(0, head);
    int newEnd = newBegin + place.codePointCount(head, tail);
    return new Location(place.substring(head, tail), country, newBegin, newEnd);
  }

  /** The longest name of places.tsv that is a run of whole tokens covering the head. */
  private Optional<Location> venue(Sentence s, String text, int head) {
    List<Token> t = s.tokens();
    Location best = null;
    for (int first = head; first >= 0 && head - first < 6; first--) {
      for (int last = head; last < t.size() && last - first < 6; last++) {
        int begin = t.get(first).begin();
        int end = t.get(last).end();
        if (end - begin > longestName) {
          break;
        }
        String name = CodePoints.slice(text, begin, end);
        String country = countries.get(name);
        if (country != null && (best == null || end - begin > best.end() - best.start())) {
          best = new Location(name, country.isEmpty() ? null : country, begin, end);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** "Osaka, Japan": a country named beside the place. */
  private static String appositiveCountry(Sentence s, List<Mention> mentions, int head) {
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if (rel.equals("appos")
          || rel.startsWith("conj")
          || rel.equals("nmod:npmod")
          || rel.equals("nmod:unmarked")) {
        for (Mention m : mentions) {
          if (m.firstToken() <= d.dependent()
              && d.dependent() <= m.lastToken()
              && m.kind() == Mention.Kind.COUNTRY
              && m.code() != null) {
            return m.code().substring(0, 3);
          }
        }
      }
    }
    return null;
  }

  /**
   * The tokens of a noun's modifiers (its amod, compound and nmod:poss dependents, with theirs).
   */
  private static Set<Integer> modifiers(Sentence s, int head) {
    Set<Integer> out = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if (rel.equals("amod") || rel.startsWith("compound") || rel.startsWith("nmod:poss")) {
        todo.push(d.dependent());
      }
    }
    while (!todo.isEmpty() && out.size() < 20) {
      int t = todo.pop();
      if (out.add(t)) {
        for (Dependency d : s.children(t)) {
          if (d.relation().equals("amod")
              || d.relation().startsWith("compound")
              || d.relation().startsWith("flat")) {
            todo.push(d.dependent());
          }
        }
      }
    }
    return out;
  }

  /** The heads of the phrases with this preposition attached to {@code head} (obl or nmod). */
  private static List<Integer> phrase(Sentence s, int head, String prep) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if (!(rel.startsWith("obl") || rel.startsWith("nmod"))
          || rel.startsWith("nmod:poss")
          || rel.equals("nmod:tmod")) {
        continue;
      }
      int colon = rel.indexOf(':');
      String sub = colon > 0 ? rel.substring(colon + 1).replace('_', ' ') : "";
      boolean match = sub.equals(prep);
      if (!match) {
        for (Dependency c : s.children(d.dependent())) {
          if (c.relation().equals("case")
              && s.tokens().get(c.dependent()).lemma().toLowerCase(Locale.ROOT).equals(prep)) {
            match = true;
          }
        }
      }
      if (match) {
        out.add(d.dependent());
      }
    }
    return out;
  }
}

package dev.parley.actors;

import dev.parley.nlp.GivenNames.Sex;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of a sentence that may point back to an actor named earlier, for {@link Coreference}:
 * a pronoun, a surname alone or after an honorific, and a definite description ("the envoy", "the
 * two leaders", "his counterpart", "the kingdom", "the ministry"), found on the tokens, so that a
 * sentence that was not parsed has them too.
 */
final class Anaphors {
  static final Map<String, Sex> HONORIFICS =
      bySex(
          List.of("mr", "mr.", "sir", "lord"),
          List.of("ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "lady"));

  /** Words that say a sex: each of {@code male} says MALE, each of {@code female} FEMALE. */
  static Map<String, Sex> bySex(List<String> male, List<String> female) {
    Map<String, Sex> out = new HashMap<>();
    male.forEach(w -> out.put(w, Sex.MALE));
    female.forEach(w -> out.put(w, Sex.FEMALE));
    return Map.copyOf(out);
  }

  /** Titles a description must share with its antecedent's known title ("the minister"). */
  static final Set<String> TITLES =
      Words.set(
          """
          president minister premier chancellor secretary ambassador general
          king queen senator governor mayor prosecutor judge spokesman
          spokeswoman spokesperson chairman chairwoman director commander
          lawmaker congressman congresswoman prince emir sultan pope admiral
          monarch speaker justice ayatollah cleric
          """);

  /**
   * Nouns that describe any person in public life ("the envoy", "the leader"), with no title check.
   */
  static final Set<String> PERSON_NOUNS =
      Words.set(
          """
          leader envoy diplomat official negotiator representative chief aide
          adviser advisor candidate nominee economist analyst professor author
          activist founder ceo executive billionaire businessman businesswoman
          mogul democrat republican lawyer attorney strongman dictator
          politician statesman incumbent
          """);

  /** Nouns for someone defined by another person: "his counterpart", "her predecessor". */
  static final Set<String> RELATIVE_NOUNS = Set.of("counterpart", "predecessor", "successor");

  /**
   * Nouns that describe a state ("the kingdom", "the reclusive state"); "regime" is its government.
   */
  static final Set<String> STATE_NOUNS =
      Words.set(
          """
          country nation state kingdom republic island emirate monarchy regime
          """);

  /** Nouns that describe an organisation; the first three are international bodies. */
  static final Set<String> BLOC_NOUNS = Set.of("bloc", "alliance", "union");

  static final Set<String> GROUP_NOUNS =
      Words.set(
          """
          group movement militia faction organisation organization body agency
          coalition
          """);

  /** What a possessor owns when it is the head of a state: "Kim's regime", "Putin's government". */
  static final Set<String> GOVERNMENT_NOUNS =
      Words.set(
          """
          regime government administration rule dictatorship cabinet country
          state
          """);

  static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "both", 2);

  private Anaphors() {}

  /**
   * A phrase that may point back.
   *
   * @param first its first token (the honorific, the determiner)
   * @param head its head token
   * @param form how it points back
   * @param noun the head noun's lemma, the pronoun's lemma, or the surname's key
   * @param determiner "the", "both", "two", a possessive pronoun, or null
   * @param country the country a description names ("the French president"), or null
   * @param sector the sector of an agent description ("the ministry": GOV), or null
   * @param words the lemmas of a description's modifiers
   * @param mentionIndex the surname's mention, or -1
   */
  record Site(
      int first,
      int head,
      Reference.Form form,
      String noun,
      String determiner,
      String country,
      String sector,
      Set<String> words,
      int mentionIndex) {}

  /** The phrases of a sentence that may point back, in token order. */
  static List<Site> sites(Sentence s, List<Integer> here, List<Mention> mentions) {
    List<Site> out = new ArrayList<>();
    List<Token> toks = s.tokens();
    for (int i : here) {
      Mention m = mentions.get(i);
      int name = m.firstToken();
      while (name < m.lastToken()
          && HONORIFICS.containsKey(toks.get(name).word().toLowerCase(Locale.ROOT))) {
        name++; // the tagger sometimes takes "Mr." into the name
      }
      if (m.kind() == Mention.Kind.NER && m.nerType().equals("PERSON") && name == m.lastToken()) {
        int first = honorific(s, name) != null ? name - 1 : name;
        out.add(
            new Site(
                first,
                m.lastToken(),
                Reference.Form.SURNAME,
                Gazetteer.key(m.text()),
                null,
                null,
                null,
                Set.of(),
                i));
      }
    }
    for (Token t : toks) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("PRP") && (lemma.equals("he") || lemma.equals("she"))) {
        out.add(
            new Site(
                t.index(),
                t.index(),
                Reference.Form.PRONOUN,
                lemma,
                null,
                null,
                null,
                Set.of(),
                -1));
      } else if (t.pos().equals("PRP") && t.word().equalsIgnoreCase("they")) {
        out.add(
            new Site(
                t.index(),
                t.index(),
                Reference.Form.PRONOUN,
                "they",
                null,
                null,
                null,
                Set.of(),
                -1));
      } else if (t.pos().startsWith("NN")) {
        Site d = description(s, t.index(), here, mentions);
        if (d != null) {
          out.add(d);
        }
      }
    }
    out.sort(Comparator.comparingInt(Site::head));
    return out;
  }

  /**
   * A definite noun phrase ending at {@code head} that may describe an actor named before: "the"
   * (or "both", or a possessive pronoun for "his counterpart") + modifiers + a person, state,
   * organisation or agent noun, not followed by a name or an "of" phrase, and holding no name of
   * its own.
   */
  static Site description(Sentence s, int head, List<Integer> here, List<Mention> mentions) {
    List<Token> toks = s.tokens();
    Token h = toks.get(head);
    if (head + 1 < toks.size()) {
      Token next = toks.get(head + 1);
      if (next.pos().startsWith("NN")
          || next.ner().equals("PERSON")
          || next.lemma().equalsIgnoreCase("of")) {
        return null;
      }
    }
    String noun = h.lemma().toLowerCase(Locale.ROOT);
    boolean plural = h.pos().equals("NNS") || h.pos().equals("NNPS");
    if (plural && noun.equals(h.word().toLowerCase(Locale.ROOT)) && noun.endsWith("s")) {
      noun = noun.substring(0, noun.length() - 1);
    }
    int first = head;
    while (first - 1 >= 0
        && Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "HYPH", "RBS")
            .contains(toks.get(first - 1).pos())) {
      first--;
    }
    if (first == 0) {
      return null;
    }
    Token det = toks.get(first - 1);
    String d = det.lemma().toLowerCase(Locale.ROOT);
    String number = null;
    if (first < head && NUMBERS.containsKey(toks.get(first).word().toLowerCase(Locale.ROOT))) {
      number = toks.get(first).word().toLowerCase(Locale.ROOT);
    } else if (d.equals("both")) {
      number = "both";
    }
    boolean definite = d.equals("the");
    boolean possessive = det.pos().equals("PRP$");
    Reference.Form form;
    if (RELATIVE_NOUNS.contains(noun) && possessive && !plural) {
      form = Reference.Form.RELATIVE;
    } else if (plural
        && (TITLES.contains(noun) || PERSON_NOUNS.contains(noun))
        && number != null
        && (definite || d.equals("both"))) {
      form = Reference.Form.GROUP;
    } else if (definite
        && !plural
        && (TITLES.contains(noun)
            || PERSON_NOUNS.contains(noun)
            || STATE_NOUNS.contains(noun)
            || BLOC_NOUNS.contains(noun)
            || GROUP_NOUNS.contains(noun))) {
      form = Reference.Form.DESCRIPTION;
    } else if (definite
        && agentAt(s, head, here, mentions) != null
        && !(plural && number != null)) {
      form = Reference.Form.DESCRIPTION;
    } else {
      return null;
    }
    if (h.pos().startsWith("NNP") && !STATE_NOUNS.contains(noun) && !BLOC_NOUNS.contains(noun)) {
      return null; // "the President" before a name, "the Union" of a proper name: a name, not a
      // description
    }
    for (dev.parley.nlp.Dependency dep : s.children(head)) {
      if (dep.relation().equals("appos") && toks.get(dep.dependent()).ner().equals("PERSON")) {
        return null; // "his Chinese counterpart, Wang Yi": the name is given right there
      }
    }
    String country = null;
    Set<String> words = new HashSet<>();
    for (int i : here) {
      Mention m = mentions.get(i);
      boolean inside = m.firstToken() >= first && m.lastToken() <= head;
      boolean overlaps = m.firstToken() <= head && m.lastToken() >= first;
      if (!overlaps) {
        continue;
      }
      switch (m.kind()) {
        case COUNTRY, DEMONYM, CAPITAL, SEAT -> {
          if (!inside) {
            return null;
          }
          country = m.code().substring(0, 3);
        }
        case PERSON, ORGANISATION -> {
          return null; // "the Trump administration", "the European Union"
        }
        case NER -> {
          if (!m.nerType().equals("ORGANIZATION")
              || !m.text().toLowerCase(Locale.ROOT).contains(noun)) {
            return null; // a name inside; but "The Islamic Republic" is a description the tagger
            // took for one
          }
        }
        default -> {}
      }
    }
    for (int t = first; t < head; t++) {
      words.add(toks.get(t).lemma().toLowerCase(Locale.ROOT));
    }
    if (form == Reference.Form.DESCRIPTION
        && !(TITLES.contains(noun)
            || PERSON_NOUNS.contains(noun)
            || STATE_NOUNS.contains(noun)
            || BLOC_NOUNS.contains(noun)
            || GROUP_NOUNS.contains(noun))) {
      if (country != null) {
        return null; // "the Japanese ministry" names its own country
      }
      // an agent description carries its sector where a person description carries its country
      return new Site(
          first - 1, head, form, noun, d, null, agentAt(s, head, here, mentions).code(), words, -1);
    }
    if ((STATE_NOUNS.contains(noun) || BLOC_NOUNS.contains(noun) || GROUP_NOUNS.contains(noun))
        && country != null) {
      return null; // "the Saudi kingdom" names its state
    }
    return new Site(
        first - 1, head, form, noun, number != null ? number : d, country, null, words, -1);
  }

  static Mention agentAt(Sentence s, int head, List<Integer> here, List<Mention> mentions) {
    for (int i : here) {
      Mention m = mentions.get(i);
      if (m.kind() == Mention.Kind.AGENT && m.firstToken() <= head && head <= m.lastToken()) {
        return m;
      }
    }
    return null;
  }

  static boolean coveredByPerson(Sentence s, int head, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.sentence() == s.index()
          && m.firstToken() <= head
          && head <= m.lastToken()
          && (m.kind() == Mention.Kind.PERSON || "PERSON".equals(m.nerType()))) {
        return true;
      }
    }
    return false;
  }

  static Sex honorific(Sentence s, int token) {
    if (token <= 0) {
      return null;
    }
    return HONORIFICS.get(s.tokens().get(token - 1).word().toLowerCase(Locale.ROOT));
  }

  /** Whether the token owns a government: "Kim's regime", "Putin's government". */
  static boolean ownsGovernment(Sentence s, int token) {
    return governed(s, token) != null;
  }

  static String governed(Sentence s, int token) {
    List<Token> toks = s.tokens();
    if (token + 1 >= toks.size() || !toks.get(token + 1).pos().equals("POS")) {
      return null;
    }
    for (int t = token + 2; t < toks.size() && t <= token + 4; t++) {
      String lemma = toks.get(t).lemma().toLowerCase(Locale.ROOT);
      if (GOVERNMENT_NOUNS.contains(lemma)) {
        return toks.get(t).word();
      }
      if (!toks.get(t).pos().startsWith("JJ") && !toks.get(t).pos().startsWith("NN")) {
        return null;
      }
    }
    return null;
  }

  static List<String> words(Sentence s, int first, int last) {
    List<String> out = new ArrayList<>();
    for (int t = first; t <= last; t++) {
      out.add(s.tokens().get(t).word());
    }
    return out;
  }
}

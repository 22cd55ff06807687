package dev.parley.quotes;

import dev.parley.actors.ActorContext;
import dev.parley.actors.ActorRef;
import dev.parley.actors.Mention;
import dev.parley.actors.Resolution;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.Words;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a speaker mention is: the actor the phrase names ("Seoul's presidential office" → KORGOV). A
 * phrase that points back ("he said", "the envoy said", "Mr. Kim said") is what the resolve stage
 * linked it to (its {@link dev.parley.actors.Reference}), read through the same {@link
 * ActorContext} as the event coder's: the quotes stage decides nothing about antecedents itself.
 */
final class Speakers {
  /** Role nouns: with a person as possessor ("Trump's envoy"), the speaker is someone else. */
  private static final Set<String> TITLES =
      Words.set(
          """
          envoy president minister spokesman spokeswoman spokesperson leader
          secretary ambassador diplomat senator candidate nominee chairman
          chairwoman director governor general negotiator representative
          lawmaker congressman congresswoman mayor chief commander aide adviser
          advisor prosecutor judge lawyer attorney premier chancellor king queen
          pope official economist analyst professor author democrat republican
          businessman billionaire mogul activist founder ceo executive
          """);

  /**
   * Nouns for a person defined by their relation to someone else: with a possessor ("Biegun's
   * counterpart", "the Trump administration's special representative") the speaker is not the
   * possessor.
   */
  private static final Set<String> RELATIONAL =
      Words.set(
          """
          counterpart representative deputy successor predecessor rival opponent
          challenger wife husband son daughter brother sister father mother
          friend ally critic biographer physician doctor colleague partner
          associate confidant envoy emissary
          """);

  /** A resolved speaker: its code (or null) and the name to show. */
  record Who(String code, String name) {}

  private final ActorContext actors;
  private final LocalDate date;

  Speakers(ActorContext actors, LocalDate date) {
    this.actors = actors;
    this.date = date;
  }

  /** Whom the phrase headed by {@code head} of {@code s} stands for. */
  Who resolve(Sentence s, int head, String phrase) {
    Resolution r = actors.resolutionAt(s, head, date);
    if (r.actor() == null) {
      return new Who(null, phrase);
    }
    ActorRef a = r.actor();
    if (isPerson(a) && relational(s.tokens().get(head)) && onlyInPossessor(s, head, a)) {
      return someoneElses(s, head, phrase, a);
    }
    String code = a.code() == null || a.code().isEmpty() ? null : a.code();
    return new Who(code, a.name());
  }

  private static boolean isPerson(ActorRef a) {
    return a.how() == ActorRef.How.PERSON
        || a.how() == ActorRef.How.SURNAME
        || a.how() == ActorRef.How.FUZZY;
  }

  private static boolean relational(Token h) {
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    return h.pos().startsWith("NN")
        && !h.pos().startsWith("NNP")
        && !"PERSON".equals(h.ner())
        && (RELATIONAL.contains(lemma) || TITLES.contains(lemma));
  }

  /**
   * Whether every mention of the person {@code a} in the phrase of {@code head} is inside its
   * possessor.
   */
  private boolean onlyInPossessor(Sentence s, int head, ActorRef a) {
    Set<Integer> possessor = possessorTokens(s, head);
    if (possessor.isEmpty()) {
      return false;
    }
    boolean any = false;
    for (Mention m : actors.mentions(s.index())) {
      if (a.actorId() == null || !a.actorId().equals(m.actorId())) {
        continue;
      }
      if (possessor.contains(m.firstToken()) || possessor.contains(m.lastToken())) {
        any = true;
      } else if (m.firstToken() >= head - 12
          && m.lastToken() <= head + 12
          && inPhrase(s, head, m.lastToken())) {
        return false;
      }
    }
    return any;
  }

  private static boolean inPhrase(Sentence s, int head, int token) {
    for (int t = token, hops = 0; t >= 0 && hops < 6; hops++) {
      if (t == head) {
        return true;
      }
      t = s.head(t).map(Dependency::governor).orElse(-1);
    }
    return false;
  }

  private static Set<Integer> possessorTokens(Sentence s, int head) {
    Set<Integer> out = new java.util.HashSet<>();
    for (Dependency d : s.children(head)) {
      if (d.relation().startsWith("nmod:poss")) {
        out.addAll(Attributions.subtree(s, d.dependent(), Set.of()));
      }
    }
    return out;
  }

  /**
   * A speaker named by a relation to the person in its possessor: "Biegun's South Korean
   * counterpart" is South Korea's, in Biegun's sector; "the Trump administration's special
   * representative" works for the government the possessor heads. Who exactly it is, is left to the
   * phrase (and to a name in apposition, "…counterpart, Park Min-seo,").
   */
  private Who someoneElses(Sentence s, int head, String phrase, ActorRef possessor) {
    String sector =
        possessor.code() != null && possessor.code().length() >= 6
            ? possessor.code().substring(3)
            : "";
    String name = phrase;
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("appos") && s.tokens().get(d.dependent()).pos().startsWith("NNP")) {
        name = nameAt(s, d.dependent());
      }
    }
    Set<Integer> possessorTokens = possessorTokens(s, head);
    for (Mention m : actors.mentions(s.index())) {
      boolean country = m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.DEMONYM;
      if (country
          && m.resolved()
          && !possessorTokens.contains(m.lastToken())
          && modifies(s, head, m.lastToken())) {
        return new Who(m.code().substring(0, Math.min(3, m.code().length())) + sector, name);
      }
    }
    for (Mention m : actors.mentions(s.index())) {
      if (m.kind() == Mention.Kind.AGENT && possessorTokens.contains(m.lastToken())) {
        // "the Trump administration's …": the possessor phrase is a government
        return new Who(possessor.code(), name);
      }
    }
    return new Who(null, name);
  }

  /** Whether {@code token} is a modifier of {@code head} before it ("South Korean counterpart"). */
  private static boolean modifies(Sentence s, int head, int token) {
    if (token >= head) {
      return false;
    }
    for (int t = token, hops = 0; t >= 0 && hops < 3; hops++) {
      Optional<Dependency> d = s.head(t);
      if (d.isEmpty()) {
        return false;
      }
      if (d.get().governor() == head) {
        String r = d.get().relation();
        return r.equals("amod") || r.equals("compound") || r.equals("nmod:npmod");
      }
      t = d.get().governor();
    }
    return false;
  }

  private static String nameAt(Sentence s, int head) {
    int lo = head;
    int hi = head;
    while (lo - 1 >= 0
        && (s.tokens().get(lo - 1).pos().startsWith("NNP")
            || s.tokens().get(lo - 1).pos().equals("HYPH"))
        && s.head(lo - 1).map(Dependency::governor).orElse(-1) == head) {
      lo--;
    }
    while (hi + 1 < s.tokens().size()
        && (s.tokens().get(hi + 1).pos().startsWith("NNP")
            || s.tokens().get(hi + 1).pos().equals("HYPH"))
        && s.head(hi + 1).map(Dependency::governor).orElse(-1) == head) {
      hi++;
    }
    StringBuilder b = new StringBuilder();
    for (int i = lo; i <= hi; i++) {
      Token t = s.tokens().get(i);
      if (i > lo && t.begin() > s.tokens().get(i - 1).end()) {
        b.append(' ');
      }
      b.append(t.word());
    }
    return b.toString();
  }
}

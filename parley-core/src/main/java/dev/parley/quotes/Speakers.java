package dev.parley.quotes;

import dev.parley.actors.ActorContext;
import dev.parley.actors.ActorRef;
import dev.parley.actors.Mention;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a speaker mention is: the actor the phrase names ("Seoul's presidential office" → KORGOV), or,
 * for a pronoun or a title with "the" ("he said", "the envoy said"), the nearest person named
 * before it in the article.
 */
final class Speakers {
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  /** Role nouns that, after "the", point back to a person named before ("the envoy said"). */
  private static final Set<String> TITLES = Set.of(
      "envoy", "president", "minister", "spokesman", "spokeswoman", "spokesperson", "leader", "secretary",
      "ambassador", "diplomat", "senator", "candidate", "nominee", "chairman", "chairwoman", "director", "governor",
      "general", "negotiator", "representative", "lawmaker", "congressman", "congresswoman", "mayor", "chief",
      "commander", "aide", "adviser", "advisor", "prosecutor", "judge", "lawyer", "attorney", "premier",
      "chancellor", "king", "queen", "pope", "official", "economist", "analyst", "professor", "author", "democrat",
      "republican", "businessman", "billionaire", "mogul", "activist", "founder", "ceo", "executive");
  private static final int LOOK_BACK_SENTENCES = 8;

  /** A resolved speaker: its code (or null) and the name to show. */
  record Who(String code, String name) {}

  private final ActorContext actors;
  private final List<Sentence> sentences;
  private final List<Mention> mentions;
  private final LocalDate date;

  Speakers(ActorContext actors, List<Sentence> sentences, List<Mention> mentions, LocalDate date) {
    this.actors = actors;
    this.sentences = sentences;
    this.mentions = mentions;
    this.date = date;
  }

  /** Whom the phrase headed by {@code head} of {@code s} stands for. */
  Who resolve(Sentence s, int head, String phrase) {
    Token h = s.tokens().get(head);
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    boolean pronoun = PRONOUNS.contains(lemma) && h.pos().startsWith("PRP");
    boolean title = h.pos().startsWith("NN") && !h.pos().startsWith("NNP") && TITLES.contains(lemma) && definite(s, head)
        && actors.mentions(s.index()).stream().noneMatch(m -> m.firstToken() <= head && head <= m.lastToken() && m.resolved()
            && m.kind() != Mention.Kind.AGENT);
    if (pronoun || title) {
      Optional<Who> back = antecedent(h.begin());
      if (back.isPresent()) {
        return back.get();
      }
    }
    Optional<ActorRef> a = actors.actorAt(s, head, date);
    if (a.isPresent()) {
      String code = a.get().code() == null || a.get().code().isEmpty() ? null : a.get().code();
      return new Who(code, a.get().name());
    }
    return new Who(null, phrase);
  }

  private static boolean definite(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("det")) {
        String w = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        return w.equals("the") || w.equals("this");
      }
      if (d.relation().equals("nmod:poss")) {
        return false;
      }
    }
    // a bare title before a name ("President Trump") is no title speaker
    return false;
  }

  /** The nearest person mention that ends before {@code offset}, within a few sentences. */
  private Optional<Who> antecedent(int offset) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() > offset) {
        break;
      }
      boolean person = m.kind() == Mention.Kind.PERSON || "PERSON".equals(m.nerType());
      if (person) {
        best = m;
      }
    }
    if (best == null || sentenceOf(offset) - best.sentence() > LOOK_BACK_SENTENCES) {
      return Optional.empty();
    }
    Sentence s = sentences.get(best.sentence());
    Optional<ActorRef> a = actors.actorAt(s, best.lastToken(), date);
    if (a.isPresent() && a.get().how() == ActorRef.How.PERSON) {
      return Optional.of(new Who(a.get().code(), a.get().name()));
    }
    if (best.resolved() && best.kind() == Mention.Kind.PERSON) {
      return Optional.of(new Who(best.code(), best.actorName()));
    }
    return Optional.of(new Who(null, best.text()));
  }

  private int sentenceOf(int offset) {
    for (Sentence s : sentences) {
      if (offset < s.end()) {
        return s.index();
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
  }
}

package dev.parley.events;

import dev.parley.actors.ActorContext;
import dev.parley.actors.ActorRef;
import dev.parley.events.model.EventClassifier;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A candidate event for the classifier: a verb of a sentence no pattern coded, its source actor
 * (the verb's subject) and its target actor if one of its arguments names one, with the sentence
 * text marked as the classifier was trained on it.
 */
record Candidate(Sentence sentence, int verb, ActorRef source, ActorRef target, String marked) {
  private static final Set<String> NOT_PREDICATES =
      Set.of("be", "have", "do", "say", "tell", "add", "state", "become", "seem");

  /** The first verb, nearest the root, whose subject names an actor; empty when no verb does. */
  static Optional<Candidate> find(
      Sentence s, Clause clause, ActorContext actors, String text, LocalDate date) {
    for (int verb : byDepth(s)) {
      Token v = s.tokens().get(verb);
      if (!v.pos().startsWith("VB")
          || NOT_PREDICATES.contains(v.lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int h : clause.subjects(verb)) {
        Optional<ActorRef> src = actors.actorAt(s, h, date);
        if (src.isEmpty()) {
          continue;
        }
        int target = -1;
        ActorRef tgt = null;
        for (Dependency d : s.children(verb)) {
          String rel = d.relation();
          boolean argument =
              rel.equals("obj")
                  || rel.equals("iobj")
                  || rel.startsWith("obl")
                  || rel.equals("nsubj:pass");
          if (!argument || d.dependent() == h) {
            continue;
          }
          Optional<ActorRef> t = actors.actorAt(s, d.dependent(), date);
          if (t.isPresent() && !t.get().actorId().equals(src.get().actorId())) {
            target = d.dependent();
            tgt = t.get();
            break;
          }
        }
        if (src.get().code().isEmpty() && (tgt == null || tgt.code().isEmpty())) {
          continue;
        }
        return Optional.of(new Candidate(s, verb, src.get(), tgt, mark(s, text, h, target)));
      }
    }
    return Optional.empty();
  }

  private static String mark(Sentence s, String text, int source, int target) {
    String sentence = CodePoints.slice(text, s.begin(), s.end());
    int[] src = span(s, sentence, source);
    int[] tgt = target < 0 ? new int[] {-1, -1} : span(s, sentence, target);
    if (tgt[0] >= 0 && tgt[0] < src[1] && src[0] < tgt[1]) {
      tgt = new int[] {-1, -1}; // overlapping phrases: mark the source only
    }
    return EventClassifier.mark(sentence, src[0], src[1], tgt[0], tgt[1]);
  }

  /** The UTF-16 range, within the sentence string, of the noun phrase headed by {@code head}. */
  private static int[] span(Sentence s, String sentence, int head) {
    Set<Integer> np = ActorContext.nounPhrase(s, head);
    int first = np.stream().min(Integer::compare).orElse(head);
    int last = np.stream().max(Integer::compare).orElse(head);
    int begin = s.tokens().get(first).begin() - s.begin();
    int end = s.tokens().get(last).end() - s.begin();
    int n = sentence.codePointCount(0, sentence.length());
    begin = Math.max(0, Math.min(begin, n));
    end = Math.max(begin, Math.min(end, n));
    return new int[] {sentence.offsetByCodePoints(0, begin), sentence.offsetByCodePoints(0, end)};
  }

  /** Token indexes in breadth-first order from the root(s) of the parse. */
  private static List<Integer> byDepth(Sentence s) {
    List<Integer> out = new ArrayList<>();
    Deque<Integer> todo = new ArrayDeque<>();
    boolean[] seen = new boolean[s.tokens().size()];
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        todo.add(d.dependent());
      }
    }
    while (!todo.isEmpty()) {
      int t = todo.poll();
      if (t < 0 || t >= seen.length || seen[t]) {
        continue;
      }
      seen[t] = true;
      out.add(t);
      for (Dependency d : s.children(t)) {
        todo.add(d.dependent());
      }
    }
    return out;
  }
}

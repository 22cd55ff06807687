package dev.parley.events;

import dev.parley.actors.ActorContext;
import dev.parley.actors.ActorRef;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.ResolvedArticle;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import dev.parley.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 4: codes CAMEO events from each parsed sentence by matching the verb lexicon against the
 * dependency parse. A pattern fires on a verb; its subject (or the "by" agent of a passive) is the
 * source, the first target slot that names an actor is the target; modality, negation and the date
 * are read from around the verb (see {@link Clause}).
 */
public final class EventCoder {
  private final Codebook codebook;
  private final VerbLexicon lexicon;
  private final ActorResolver resolver;

  public EventCoder(Codebook codebook, VerbLexicon lexicon, ActorResolver resolver) {
    this.codebook = codebook;
    this.lexicon = lexicon;
    this.resolver = resolver;
  }

  public VerbLexicon lexicon() {
    return lexicon;
  }

  /** Codes every parsed sentence of the article. */
  public CodedArticle code(ResolvedArticle resolved) {
    ActorContext actors = new ActorContext(resolver, resolved);
    List<Event> events = new ArrayList<>();
    for (Sentence s : resolved.annotated().sentences()) {
      if (s.parsed()) {
        events.addAll(codeSentence(resolved, actors, s));
      }
    }
    return new CodedArticle(resolved, events);
  }

  private List<Event> codeSentence(ResolvedArticle resolved, ActorContext actors, Sentence s) {
    Clause clause = new Clause(s, lexicon.cues());
    // pass 1: the plain pattern each verb matches
    Map<Integer, VerbPattern> base = new HashMap<>();
    for (Token t : s.tokens()) {
      if (!t.pos().startsWith("VB")) {
        continue;
      }
      for (VerbPattern p : lexicon.patterns(t.lemma())) {
        if (p.clauseRoots().isEmpty() && clause.matches(t.index(), p)) {
          base.put(t.index(), p);
          break;
        }
      }
    }
    // pass 2: patterns that absorb an open clause ("threatened to strike", "agreed to meet")
    Map<Integer, VerbPattern> chosen = new HashMap<>(base);
    Map<Integer, Integer> absorbedClause = new HashMap<>();
    Set<Integer> absorbed = new HashSet<>();
    for (Token t : s.tokens()) {
      if (!t.pos().startsWith("VB")) {
        continue;
      }
      for (VerbPattern p : lexicon.patterns(t.lemma())) {
        if (p.clauseRoots().isEmpty()) {
          continue;
        }
        Optional<Integer> c = clause.openClause(t.index());
        if (c.isPresent() && base.containsKey(c.get())
            && p.clauseRoots().contains(root(base.get(c.get()).code()))) {
          chosen.put(t.index(), p);
          absorbedClause.put(t.index(), c.get());
          absorbed.add(c.get());
          break;
        }
      }
    }
    // who held which office: on the event's day, or the middle of its month or year
    LocalDate roleDate = resolved.annotated().article().publishedDate().map(PartialDate::middle).orElse(null);
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Integer, VerbPattern> e : new java.util.TreeMap<>(chosen).entrySet()) {
      int verb = e.getKey();
      if (absorbed.contains(verb)) {
        continue;
      }
      VerbPattern p = e.getValue();
      PartialDate date = clause.date(verb, resolved.annotated().article().publishedDate().orElse(null));
      LocalDate actorDate = date != null ? date.middle() : roleDate;
      List<ActorRef> sources = resolveAll(actors, s, clause.subjects(verb), actorDate);
      if (sources.isEmpty()) {
        continue;
      }
      Integer clauseVerb = absorbedClause.get(verb);
      List<ActorRef> targets = List.of();
      for (String slot : p.targets()) {
        List<Integer> heads;
        if (slot.equals("xcomp") && clauseVerb != null) {
          heads = firstTargets(clause, base.get(clauseVerb), clauseVerb);
        } else {
          heads = clause.slot(verb, slot, p);
        }
        targets = resolveAll(actors, s, heads, actorDate);
        if (p.personTarget()) {
          targets = targets.stream().filter(a -> a.how() != ActorRef.How.CAPITAL).toList();
        }
        if (!targets.isEmpty()) {
          break;
        }
      }
      Clause.Reading reading = clause.reading(verb);
      List<ActorRef[]> pairs = new ArrayList<>();
      if (!targets.isEmpty()) {
        for (ActorRef src : sources) {
          for (ActorRef tgt : targets) {
            pairs.add(new ActorRef[] {src, tgt});
          }
        }
      } else if (p.symmetric() && sources.size() >= 2) {
        for (ActorRef a : sources) {
          for (ActorRef b : sources) {
            if (a != b) {
              pairs.add(new ActorRef[] {a, b});
            }
          }
        }
      } else if (p.targetOptional()) {
        for (ActorRef src : sources) {
          pairs.add(new ActorRef[] {src, null});
        }
      }
      int k = 0;
      for (ActorRef[] pair : pairs) {
        ActorRef src = pair[0];
        ActorRef tgt = pair[1];
        if (tgt != null && (src.actorId().equals(tgt.actorId()) || src.code().equals(tgt.code()))) {
          continue;
        }
        String key = src.code() + ">" + (tgt == null ? "" : tgt.code()) + ":" + p.code() + ":" + reading.modality() + reading.negated();
        if (!seen.add(key)) {
          continue;
        }
        out.add(event(resolved, s, verb, k++, p, src, tgt, date, reading));
      }
    }
    return out;
  }

  private static List<Integer> firstTargets(Clause clause, VerbPattern inner, int clauseVerb) {
    for (String slot : inner.targets()) {
      List<Integer> heads = clause.slot(clauseVerb, slot, inner);
      if (!heads.isEmpty()) {
        return heads;
      }
    }
    return List.of();
  }

  private static List<ActorRef> resolveAll(ActorContext actors, Sentence s, List<Integer> heads, LocalDate date) {
    List<ActorRef> out = new ArrayList<>();
    for (int h : heads) {
      actors.actorAt(s, h, date).ifPresent(out::add);
    }
    return out;
  }

  private Event event(
      ResolvedArticle resolved, Sentence s, int verb, int k, VerbPattern p, ActorRef src, ActorRef tgt,
      PartialDate date, Clause.Reading reading) {
    CameoCode c = codebook.get(p.code()).orElseThrow();
    String text = resolved.annotated().article().text();
    String articleId = resolved.annotated().article().id();
    double confidence = src.confidence() * (tgt == null ? 0.8 : tgt.confidence()) + 0.0;
    if (date == null) {
      confidence *= 0.9;
    }
    return new Event(
        articleId + ":" + s.index() + ":" + verb + ":" + p.code() + ":" + k,
        articleId,
        date,
        src.code(),
        src.name(),
        tgt == null ? null : tgt.code(),
        tgt == null ? null : tgt.name(),
        c.code(),
        c.root(),
        c.quadClass(),
        c.goldstein(),
        c.plover(),
        reading.modality(),
        reading.negated(),
        s.index(),
        s.begin(),
        s.end(),
        CodePoints.slice(text, s.begin(), s.end()),
        p.ruleId(),
        Math.round(confidence * 100) / 100.0);
  }

  private static String root(String code) {
    return code.substring(0, 2);
  }

}

package dev.parley.events;

import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import dev.parley.text.Words;
import dev.parley.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one parsed sentence around a verb: its subject, its objects and prepositional phrases, the
 * clause it governs, and what the words around it say about modality, polarity and time. Works on
 * Universal Dependencies relations, basic or enhanced ("obl" with a "case" child, or "obl:with").
 */
final class Clause {
  private static final Set<String> OBJECT_CONTROL =
      Words.set(
          """
          urge ask tell call press push force order invite encourage persuade
          allow
          """);
  private static final Set<String> NOT_PREPOSITION_SUBTYPES =
      Set.of("tmod", "npmod", "poss", "relcl", "pass", "prt", "agent", "unmarked");

  private final Sentence s;
  private final VerbLexicon.Cues cues;
  private final Lead lead;

  Clause(Sentence s, VerbLexicon.Cues cues) {
    this(s, cues, null);
  }

  /** A clause of an article whose lead dates its news to {@code lead} (null for none). */
  Clause(Sentence s, VerbLexicon.Cues cues, Lead lead) {
    this.s = s;
    this.cues = cues;
    this.lead = lead;
  }

  /**
   * The day an article's lead dates its news to, when that is before the publication day: "North
   * Korea fired two missiles on Tuesday" in a story published on Thursday.
   *
   * @param date the day
   * @param sentence the index of the sentence that states it
   */
  record Lead(PartialDate date, int sentence) {}

  /**
   * The day this sentence dates its news to: the first time expression attached to one of its
   * verbs, resolved against {@code published}. Empty when no verb of the sentence is dated.
   */
  Optional<PartialDate> firstDate(PartialDate published) {
    if (!s.parsed()) {
      return Optional.empty();
    }
    for (Token t : s.tokens()) {
      if (t.pos().startsWith("VB")) {
        PartialDate d = ownDate(t.index(), published);
        if (d != null) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a lead's date makes the article's news older than its publication: a day in the week
   * before {@code published} (a day).
   */
  static boolean leadsBack(PartialDate lead, PartialDate published) {
    if (published == null || published.precision() != PartialDate.Precision.DAY) {
      return false;
    }
    java.time.LocalDate day = published.middle();
    return lead.precision() == PartialDate.Precision.DAY
        && lead.middle().isBefore(day)
        && !lead.middle().isBefore(day.minusDays(LEAD_DAYS));
  }

  /** How far before publication a lead's day may lie: a week, as news of the week. */
  static final int LEAD_DAYS = 7;

  /** The particle and object constraints of a pattern hold at this verb. */
  boolean matches(int verb, VerbPattern p) {
    Optional<Integer> particle = child(verb, "compound:prt");
    if (p.particle() != null && particle.filter(t -> lemma(t).equals(p.particle())).isEmpty()) {
      return false;
    }
    if (p.particle() == null
        && particle.isPresent()
        && !Set.of("up", "out").contains(lemma(particle.get()))) {
      return false; // "called off the strike" is not "called the strike"
    }
    if (p.mannerPreposition() != null) {
      // the phrase may hang off the verb or off its object ("lifted the ban on parties")
      List<Integer> heads = new ArrayList<>(prepositional(verb, p.mannerPreposition()));
      directObject(verb).ifPresent(o -> heads.addAll(prepositional(o, p.mannerPreposition())));
      if (heads.stream().noneMatch(h -> lemmaIn(h, p.mannerLemmas()))) {
        return false;
      }
    }
    if (!p.objectLemmas().isEmpty()) {
      Optional<Integer> obj = directObject(verb);
      return obj.isPresent() && nounIn(obj.get(), p.objectLemmas());
    }
    return true;
  }

  /**
   * Whether a noun is in the set: its lemma, or its lemma after a compound modifier, for two-word
   * entries that change the sense ("sanction relief" is an easing of sanctions, not humanitarian
   * relief).
   */
  boolean nounIn(int noun, Set<String> lemmas) {
    if (lemmaIn(noun, lemmas)) {
      return true;
    }
    for (Dependency d : s.children(noun)) {
      if (d.relation().startsWith("compound")) {
        String two = singular(lemma(d.dependent())) + " " + singular(lemma(noun));
        if (lemmas.contains(two)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a token's lemma is in the set, reading a plural the tagger left as its lemma ("troops")
   * as singular.
   */
  boolean lemmaIn(int token, Set<String> lemmas) {
    String l = lemma(token);
    return lemmas.contains(l) || lemmas.contains(singular(l));
  }

  /** "troops" → "troop", "munitions" → "munition"; other words unchanged. */
  static String singular(String lemma) {
    return lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")
        ? lemma.substring(0, lemma.length() - 1)
        : lemma;
  }

  /** Modals that make a governed "that" clause a wish, plan or demand rather than a report. */
  private static final Set<String> IRREALIS =
      Set.of("should", "would", "will", "must", "shall", "could", "can", "may", "might", "ought");

  /**
   * The verb of an open clause this verb governs ("agreed to meet": meet), or of a "that" clause
   * that states what is wanted, not what happened: a bare subjunctive ("demanded that Iran
   * release") or a modal ("agreed that their countries should cooperate").
   */
  Optional<Integer> openClause(int verb) {
    Optional<Integer> open = child(verb, "xcomp").filter(t -> tok(t).pos().startsWith("VB"));
    if (open.isPresent()) {
      return open;
    }
    return child(verb, "ccomp").filter(this::statesAWish);
  }

  /**
   * Whether a "that" clause's verb states what is wanted rather than what happened: a bare
   * subjunctive ("that Iran release"), not one with "do" ("that they did not release"), or any verb
   * under a modal ("that their countries should cooperate").
   */
  private boolean statesAWish(int verb) {
    if (!tok(verb).pos().startsWith("VB")) {
      return false;
    }
    boolean doSupport = false;
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("aux")) {
        String aux = lemma(d.dependent());
        if (IRREALIS.contains(aux)) {
          return true;
        }
        doSupport |= aux.equals("do") || aux.equals("to");
      }
    }
    return tok(verb).pos().equals("VB") && !doSupport;
  }

  /**
   * The source heads of a verb: its subject, the "by" agent of a passive, or an inherited subject.
   */
  List<Integer> subjects(int verb) {
    return subjects(verb, 0);
  }

  /** Subject pronouns that, in a reported clause, stand for the one who reports it. */
  private static final Set<String> BOUND_PRONOUNS = Set.of("it", "he", "she", "they");

  /** Bounded: a broken parse may hold a cycle of xcomp or conj edges. */
  private List<Integer> subjects(int verb, int hops) {
    if (hops > 6) {
      return List.of();
    }
    if (isPassive(verb)) {
      for (Dependency d : s.children(verb)) {
        if (d.relation().equals("obl:agent")
            || (d.relation().startsWith("obl") && preposition(d).equals("by"))) {
          return withConjuncts(d.dependent());
        }
      }
      return List.of();
    }
    Optional<Integer> subj = subject(verb);
    if (subj.isPresent()) {
      // "Lebanon says it will not accept more refugees", "Trump said he would meet Kim": a subject
      // pronoun of a reported clause is the reporter
      if (BOUND_PRONOUNS.contains(lemma(subj.get()))) {
        Optional<Dependency> up = s.head(verb);
        if (up.isPresent()
            && up.get().governor() >= 0
            && up.get().relation().equals("ccomp")
            && cues.report().contains(lemma(up.get().governor()))) {
          List<Integer> reporter = subjects(up.get().governor(), hops + 1);
          if (!reporter.isEmpty()
              && reporter.stream().noneMatch(r -> BOUND_PRONOUNS.contains(lemma(r)))) {
            return reporter;
          }
        }
      }
      return withConjuncts(subj.get());
    }
    Optional<Dependency> up = s.head(verb);
    if (up.isPresent() && up.get().governor() >= 0) {
      String rel = up.get().relation();
      int gov = up.get().governor();
      if (rel.equals("xcomp")) {
        Optional<Integer> obj = child(gov, "obj");
        if (obj.isPresent() && OBJECT_CONTROL.contains(lemma(gov))) {
          return withConjuncts(obj.get());
        }
        return subjects(gov, hops + 1);
      }
      if (rel.startsWith("conj")) {
        return subjects(gov, hops + 1);
      }
    }
    return List.of();
  }

  /** The heads a target slot points to at this verb. */
  List<Integer> slot(int verb, String slot, VerbPattern p) {
    switch (slot) {
      case "-", "xcomp" -> {
        return List.of();
      }
      case "obj" -> {
        if (!p.objectLemmas().isEmpty()) {
          // the object is the constraint noun; its phrase may still name the target ("released
          // 39 Palestinian prisoners": PSE civilians)
          return directObject(verb).map(List::of).orElse(List.of());
        }
        return directObject(verb).map(this::withConjuncts).orElse(List.of());
      }
      case "iobj" -> {
        return child(verb, "iobj").map(this::withConjuncts).orElse(List.of());
      }
      case "ccomp" -> {
        // "demanded that India withdraw": the subject of the governed clause
        return child(verb, "ccomp")
            .flatMap(c -> child(c, "nsubj"))
            .map(this::withConjuncts)
            .orElse(List.of());
      }
      default -> {
        List<Integer> heads = new ArrayList<>(prepositional(verb, slot));
        if (heads.isEmpty() && !p.objectLemmas().isEmpty()) {
          directObject(verb).ifPresent(o -> heads.addAll(prepositional(o, slot)));
        }
        List<Integer> out = new ArrayList<>();
        heads.forEach(h -> out.addAll(withConjuncts(h)));
        return out;
      }
    }
  }

  private List<Integer> prepositional(int head, String prep) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl"))
          && preposition(d).equals(prep)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Prepositions that mean what a shorter one means, so that patterns need list only that one. */
  private static final Map<String, String> SAME_PREPOSITION =
      Map.of("upon", "on", "towards", "toward", "onto", "on", "unto", "to");

  /** The preposition of an obl/nmod edge, as its plainest synonym ("upon" is "on"). */
  private String preposition(Dependency d) {
    String p = rawPreposition(d);
    return SAME_PREPOSITION.getOrDefault(p, p);
  }

  /**
   * The preposition of an obl/nmod edge: its subtype ("obl:with") or its case dependent's lemma.
   */
  private String rawPreposition(Dependency d) {
    int colon = d.relation().indexOf(':');
    if (colon > 0) {
      String sub = d.relation().substring(colon + 1);
      if (!NOT_PREPOSITION_SUBTYPES.contains(sub)) {
        return sub.replace('_', ' ');
      }
    }
    for (Dependency c : s.children(d.dependent())) {
      if (c.relation().equals("case")) {
        return lemma(c.dependent());
      }
    }
    return "";
  }

  /** The direct object of a verb, or the subject of its passive. */
  Optional<Integer> objectOf(int verb) {
    return directObject(verb);
  }

  private Optional<Integer> directObject(int verb) {
    return isPassive(verb) ? child(verb, "nsubj:pass") : child(verb, "obj");
  }

  private boolean isPassive(int verb) {
    return child(verb, "nsubj:pass").isPresent() || child(verb, "aux:pass").isPresent();
  }

  private List<Integer> withConjuncts(int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    for (Dependency d : s.children(head)) {
      if (d.relation().startsWith("conj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The modifier constraint of an event-noun pattern holds at this noun ("air strike"). */
  boolean nounMatches(int noun, VerbPattern p) {
    if (p.objectLemmas().isEmpty()) {
      return true;
    }
    for (Dependency d : s.children(noun)) {
      String rel = d.relation();
      if ((rel.startsWith("compound") || rel.equals("amod"))
          && lemmaIn(d.dependent(), p.objectLemmas())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The support verb that governs an event noun as its object ("held talks", "paid a visit",
   * "carried out strikes"), or as the subject of its passive ("talks were held"); empty if none.
   */
  Optional<Integer> supportVerb(int noun) {
    Optional<Dependency> up = s.head(noun);
    if (up.isEmpty() || up.get().governor() < 0) {
      return Optional.empty();
    }
    String rel = up.get().relation();
    int gov = up.get().governor();
    boolean argument =
        rel.equals("obj")
            || rel.equals("nsubj:pass")
            || rel.equals("obl")
            || rel.startsWith("obl:");
    if (argument && tok(gov).pos().startsWith("VB") && cues.support().contains(lemma(gov))) {
      if (rel.startsWith("obl") && !Set.of("in", "into", "on", "").contains(prepositionOf(noun))) {
        return Optional.empty();
      }
      return Optional.of(gov);
    }
    return Optional.empty();
  }

  /** The verb that governs a noun as one of its arguments, if any. */
  Optional<Integer> governingVerb(int noun) {
    Optional<Dependency> up = s.head(noun);
    if (up.isEmpty() || up.get().governor() < 0) {
      return Optional.empty();
    }
    int gov = up.get().governor();
    return tok(gov).pos().startsWith("VB") ? Optional.of(gov) : Optional.empty();
  }

  /** The possessor of a noun ("Xi's visit"), with its conjuncts. */
  List<Integer> possessors(int noun) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(noun)) {
      if (d.relation().startsWith("nmod:poss")) {
        out.addAll(withConjuncts(d.dependent()));
      }
    }
    return out;
  }

  /** The compound and adjective modifiers of a noun ("US sanctions", "Israeli strikes"). */
  List<Integer> modifiers(int noun) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(noun)) {
      String rel = d.relation();
      if (rel.equals("compound") || rel.equals("amod")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The heads of the phrases with this preposition attached to {@code head}, with conjuncts. */
  List<Integer> phrase(int head, String prep) {
    List<Integer> out = new ArrayList<>();
    for (int h : prepositional(head, prep)) {
      out.addAll(withConjuncts(h));
    }
    return out;
  }

  private String prepositionOf(int token) {
    Optional<Dependency> up = s.head(token);
    return up.map(this::preposition).orElse("");
  }

  /** What the words around the verb say about it. */
  record Reading(Modality modality, boolean negated) {}

  Reading reading(int verb) {
    boolean negated = false;
    boolean intended = false;
    boolean hypothetical = false;
    boolean reported = false;
    int v = verb;
    for (int depth = 0; depth < 5 && v >= 0; depth++) {
      for (Dependency d : s.children(v)) {
        String rel = d.relation();
        String w = lemma(d.dependent());
        String word = tok(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (depth == 0
            && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
            && (cues.negate().contains(w) || cues.negate().contains(word))) {
          negated = true;
        }
        if (rel.startsWith("aux") && !rel.equals("aux:pass")) {
          if (cues.hypothetical().contains(w) || cues.hypothetical().contains(word)) {
            hypothetical = true;
          } else if (depth == 0 && (cues.intend().contains(w) || cues.intend().contains(word))) {
            intended = true;
          }
        }
        if (rel.equals("mark") && cues.hypothetical().contains(w)) {
          hypothetical = true;
        }
        if (rel.equals("advmod") && cues.report().contains(word)) {
          reported = true;
        }
      }
      Optional<Dependency> up = s.head(v);
      if (up.isEmpty() || up.get().governor() < 0) {
        break;
      }
      String rel = up.get().relation();
      int gov = up.get().governor();
      String govLemma = lemma(gov);
      if (rel.equals("xcomp") && cues.deny().contains(govLemma)) {
        negated = !negated; // "failed to reach", "refused to meet"
      } else if (rel.equals("xcomp") && cues.intend().contains(govLemma)) {
        intended = true;
      } else if (rel.startsWith("ccomp") || rel.startsWith("parataxis")) {
        if (cues.deny().contains(govLemma)) {
          negated = !negated;
          reported = true;
        } else if (cues.report().contains(govLemma)) {
          reported = true;
        } else if (cues.intend().contains(govLemma)) {
          intended = true;
        } else if (cues.demand().contains(govLemma)) {
          hypothetical = true; // "demanded that Russia withdraw": asked for, not done
        }
      } else if (!rel.startsWith("conj") && !rel.equals("xcomp") && !rel.startsWith("advcl")) {
        break;
      }
      v = gov;
    }
    if (mentionsAccordingTo()) {
      reported = true;
    }
    Modality m =
        hypothetical
            ? Modality.HYPOTHETICAL
            : intended ? Modality.INTENDED : reported ? Modality.REPORTED : Modality.ASSERTED;
    return new Reading(m, negated);
  }

  private boolean mentionsAccordingTo() {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.get(i).word().equalsIgnoreCase("according")
          && t.get(i + 1).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** An event's date and where it comes from (both null for an undated event). */
  record Dated(PartialDate date, DateSource source) {}

  /**
   * When the event stated at any of the anchors (an event noun, its support or governing verb)
   * happened: the nearest time expression attached to one of them ({@link DateSource#TEXT}), else
   * the lead's day for an act in the simple past below a lead dated earlier than publication
   * ({@link DateSource#LEAD}), else the publication date for an asserted or reported event ({@link
   * DateSource#PUBLICATION}). Intentions and suppositions with no time expression stay undated
   * rather than take the publication date.
   */
  Dated dated(List<Integer> anchors, Modality modality, PartialDate published) {
    for (int verb : anchors) {
      PartialDate d = ownDate(verb, published);
      if (d != null) {
        return new Dated(d, DateSource.TEXT);
      }
    }
    if (published == null || modality == Modality.INTENDED || modality == Modality.HYPOTHETICAL) {
      return new Dated(null, null);
    }
    if (lead != null && s.index() >= lead.sentence() && anchors.stream().anyMatch(this::past)) {
      // "The missiles flew 450 km" below a lead dated Tuesday: the news of Tuesday
      return new Dated(lead.date(), DateSource.LEAD);
    }
    return new Dated(published, DateSource.PUBLICATION);
  }

  /** A verb in the simple past, active ("fired") or passive ("were fired"). */
  private boolean past(int verb) {
    String pos = tok(verb).pos();
    if (pos.equals("VBD")) {
      return s.children(verb).stream()
          .noneMatch(
              d -> d.relation().startsWith("aux") && !tok(d.dependent()).pos().equals("VBD"));
    }
    return pos.equals("VBN")
        && s.children(verb).stream()
            .anyMatch(
                d ->
                    d.relation().equals("aux:pass")
                        && tok(d.dependent()).pos().equals("VBD")
                        && lemma(d.dependent()).equals("be"));
  }

  /** The time expression attached to this token, resolved, or null. */
  PartialDate ownDate(int verb, PartialDate published) {
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex x : s.timexes()) {
      if (resolvable(x, published).isEmpty() || boundsARange(x)) {
        continue;
      }
      if (modifiesVerb(x, verb)) {
        int dist = Math.min(Math.abs(x.firstToken() - verb), Math.abs(x.lastToken() - verb));
        if (dist < bestDistance) {
          bestDistance = dist;
          best = x;
        }
      }
    }
    return best == null ? null : resolvable(best, published).orElse(null);
  }

  /** "since March 2018", "until June": the edge of a range, not when the event happened. */
  private boolean boundsARange(Timex x) {
    for (int t = x.firstToken(); t <= x.lastToken(); t++) {
      for (Dependency d : s.children(t)) {
        if (d.relation().equals("case")
            && Set.of("since", "until", "till", "before").contains(lemma(d.dependent()))) {
          return true;
        }
      }
    }
    return x.firstToken() > 0
        && Set.of("since", "until", "till", "before").contains(lemma(x.firstToken() - 1));
  }

  private static Optional<PartialDate> resolvable(Timex x, PartialDate published) {
    if (!x.type().equals("DATE") && !x.type().equals("TIME")) {
      return Optional.empty();
    }
    String v = x.value();
    if (v == null) {
      return Optional.empty();
    }
    if (v.equals("PRESENT_REF")) {
      return Optional.ofNullable(published);
    }
    if (v.startsWith("XXXX-") && published != null && v.matches("^XXXX-\\d{2}(-\\d{2})?$")) {
      // "on Jan. 23" in an article known only to the year: SUTime leaves the year open
      v = String.format(java.util.Locale.ROOT, "%04d", published.year()) + v.substring(4);
    }
    if (!v.matches("^\\d{4}(-\\d{2}(-\\d{2})?)?(T.*)?$")) {
      return Optional.empty(); // "XXXX-WXX-6", "PAST_REF", "2019-W26": not a calendar date
    }
    return PartialDate.parse(v);
  }

  /**
   * Whether a time expression says when the verb's act happened: its head attaches to the verb (or
   * to a verb it is coordinated with) as an oblique or adverbial ("on Thursday", "early Wednesday",
   * "last month"), not inside an argument ("the attack of December 7, 1941").
   */
  private boolean modifiesVerb(Timex x, int verb) {
    for (int t = x.firstToken(); t <= x.lastToken(); t++) {
      Optional<Dependency> up = s.head(t);
      if (up.isEmpty()) {
        continue;
      }
      int gov = up.get().governor();
      if (gov >= x.firstToken() && gov <= x.lastToken()) {
        continue; // inside the expression
      }
      String rel = up.get().relation();
      boolean adverbial =
          rel.startsWith("obl")
              || rel.equals("advmod")
              || rel.equals("nmod:tmod")
              || rel.equals("nmod:npmod")
              || (gov == verb
                  && rel.startsWith("nmod")
                  && !rel.equals("nmod:poss")
                  && tok(verb).pos().startsWith("NN"))
              // an event noun's own date: "the July 25 call", "Tuesday's meeting"
              || (gov == verb
                  && tok(verb).pos().startsWith("NN")
                  && (rel.equals("compound") || rel.equals("nmod:poss"))
                  && isDayOrDate(x));
      if (adverbial && (gov == verb || coordinated(gov, verb))) {
        return true;
      }
      // "The Kremlin on Wednesday rejected ...": the wire reports' date between subject and verb,
      // which the parser hangs on the subject
      return rel.startsWith("nmod")
          && !rel.equals("nmod:poss")
          && subjects(verb).contains(gov)
          && gov < x.firstToken()
          && x.lastToken() < verb
          && isDayOrDate(x);
    }
    return false;
  }

  /** A calendar date or weekday ("Wednesday", "March 3"), as opposed to a duration or set. */
  private static boolean isDayOrDate(Timex x) {
    return "DATE".equals(x.type());
  }

  private boolean coordinated(int a, int b) {
    Optional<Dependency> ua = s.head(a);
    Optional<Dependency> ub = s.head(b);
    return (ua.isPresent() && ua.get().relation().startsWith("conj") && ua.get().governor() == b)
        || (ub.isPresent() && ub.get().relation().startsWith("conj") && ub.get().governor() == a);
  }

  /**
   * The verb's subject. A dateline the parser took for one ("MUSCAT — Iranian officials met ...": a
   * name at the start of the sentence before a dash) gives way to the verb's other subject.
   */
  private Optional<Integer> subject(int verb) {
    List<Integer> found = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj")) {
        found.add(d.dependent());
      }
    }
    if (found.size() > 1) {
      found.removeIf(this::dateline);
    }
    if (found.size() == 1 && dateline(found.get(0))) {
      // "BRUSSELS (Wire) - The United States, the EU and their allies agreed": the parser hangs
      // the real subject under the dateline
      int dateline = found.get(0);
      int dash = datelineDash(dateline);
      for (Dependency d : s.children(dateline)) {
        String rel = d.relation();
        if ((rel.equals("dep") || rel.equals("appos") || rel.equals("parataxis"))
            && d.dependent() > dash
            && tok(d.dependent()).pos().startsWith("NN")) {
          return Optional.of(d.dependent());
        }
      }
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * A token of a name that opens the sentence and is followed by a dash, perhaps after an agency in
   * brackets: a dateline.
   */
  private boolean dateline(int token) {
    return datelineDash(token) >= 0;
  }

  /** The dash after the dateline that {@code token} is part of, or -1 when it is no dateline. */
  private int datelineDash(int token) {
    int i = token;
    while (i + 1 < s.tokens().size() && tok(i + 1).pos().startsWith("NNP")) {
      i++;
    }
    if (i + 1 < s.tokens().size() && tok(i + 1).word().equals("(")) {
      // "BRUSSELS (Reuters) -": the agency in brackets after the place
      int close = i + 1;
      while (close < s.tokens().size() && !tok(close).word().equals(")")) {
        close++;
      }
      i = close;
    }
    if (i + 1 >= s.tokens().size()) {
      return -1;
    }
    String next = tok(i + 1).word();
    boolean dash = next.equals("—") || next.equals("--") || next.equals("-") || next.equals("–");
    for (int j = 0; j < token; j++) {
      if (!tok(j).pos().startsWith("NNP") && !tok(j).word().equals(",")) {
        return -1;
      }
    }
    return dash ? i + 1 : -1;
  }

  private Optional<Integer> child(int head, String relation) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals(relation)) {
        return Optional.of(d.dependent());
      }
    }
    return Optional.empty();
  }

  private Token tok(int i) {
    return s.tokens().get(i);
  }

  private String lemma(int i) {
    return tok(i).lemma().toLowerCase(Locale.ROOT);
  }
}

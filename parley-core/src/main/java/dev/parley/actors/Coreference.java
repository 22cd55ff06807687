package dev.parley.actors;

import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.GivenNames;
import dev.parley.nlp.GivenNames.Sex;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Within-article resolution, part of the resolve stage: which earlier mention a pronoun, a surname,
 * a definite description ("the envoy", "the kingdom", "the ministry"), a relative noun ("his
 * counterpart") or a group ("the two leaders") stands for. The article is read once in text order;
 * each such phrase looks back for the nearest compatible antecedent and is left unresolved when the
 * nearest sentence that has one has two that fit equally ("he" after two men, "the minister" after
 * two ministers).
 *
 * <p>Compatible means: for a pronoun, not of the other sex (from an honorific, a gendered noun in
 * the person's phrase, or a common English given name); for a surname, a person whose full name
 * holds it, of the honorific's sex, and, when it owns a government ("Kim's regime"), the head of
 * state or government if one of them is; for a description of a person, of the description's
 * country ("the French president") and, for a title ("the minister"), a person whose known title
 * holds it; for a description of a state, organisation or agent, a country name, an organisation of
 * that kind, or an agent phrase of the same sector named before.
 */
final class Coreference {
  /** How many sentences before its own a phrase looks back, by form. */
  private static final int PRONOUN_WINDOW = 3;

  private static final int DESCRIPTION_WINDOW = 5;
  private static final int GROUP_WINDOW = 2;

  /** Nouns in a person's phrase that say their sex ("Kim Yo Jong, the sister of ..."). */
  private static final Map<String, Sex> GENDERED =
      Anaphors.bySex(
          List.of(
              "brother",
              "husband",
              "son",
              "father",
              "king",
              "prince",
              "spokesman",
              "congressman",
              "businessman",
              "man",
              "uncle"),
          List.of(
              "sister",
              "wife",
              "daughter",
              "mother",
              "queen",
              "princess",
              "chairwoman",
              "spokeswoman",
              "congresswoman",
              "businesswoman",
              "woman",
              "widow"));

  /**
   * Given names in the list that, first in a name, are far more often a Korean surname in
   * international news ("Kim Jong-un", "Lee Jae-myung"): no evidence of sex there.
   */
  private static final Set<String> SURNAME_FIRST = Set.of("kim", "lee");

  /** Armed non-state sectors that the gold and CAMEO users read as one class. */
  private static final Set<String> ARMED = Set.of("REB", "INS", "SEP", "UAF");

  private static final Pattern HEAD_OF_STATE =
      Pattern.compile(
          "\\b(president|prime minister|premier|chancellor|supreme leader|leader of|king|queen|emir|sultan|monarch|head of state)\\b");
  private static final Pattern NOT_HEAD =
      Pattern.compile("\\b(vice|deputy|former|assistant|acting)\\b");

  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          "gen.",
          "general",
          "gen",
          "general",
          "sen.",
          "senator",
          "gov.",
          "governor",
          "rep.",
          "representative",
          "pres.",
          "president",
          "adm.",
          "admiral",
          "amb.",
          "ambassador");

  private final ActorResolver resolver;

  Coreference(ActorResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * The mentions (a surname that names a dictionary person now resolved to them) and the
   * references.
   */
  record Found(List<Mention> mentions, List<Reference> references) {}

  /** What an antecedent can be. */
  private enum Kind {
    PERSON,
    COUNTRY,
    ORGANISATION,
    AGENT
  }

  /**
   * A candidate antecedent: a person across all the phrases that name them, or a state or group.
   */
  private static final class Candidate {
    final Kind kind;
    final String key;
    final int mention;
    final String code;
    final String name;
    final Set<String> words = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    Sex sex;
    boolean headOfState;
    boolean plural;

    Candidate(Kind kind, String key, int mention, String code, String name) {
      this.kind = kind;
      this.key = key;
      this.mention = mention;
      this.code = code == null ? "" : code;
      this.name = name;
    }

    String country() {
      return code.length() >= 3 && Character.isLetter(code.charAt(0)) ? code.substring(0, 3) : null;
    }

    String sector() {
      if (code.length() >= 6) {
        return code.substring(3, 6);
      }
      return null;
    }
  }

  /** Where a candidate (or a group of them) is named or pointed to. */
  private record Occurrence(List<Candidate> candidates, int sentence, int token, boolean subject) {}

  Found find(AnnotatedArticle annotated, List<Mention> mentions, LocalDate date) {
    List<Mention> out = new ArrayList<>(mentions);
    ActorContext context = new ActorContext(resolver, new ResolvedArticle(annotated, mentions));
    Map<Integer, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      bySentence.computeIfAbsent(mentions.get(i).sentence(), k -> new ArrayList<>()).add(i);
    }
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    List<Occurrence> seen = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    Map<Integer, List<Candidate>> resolvedAt = new HashMap<>();
    Map<String, List<Candidate>> described = new HashMap<>();
    String text = annotated.article().text();
    for (Sentence s : annotated.sentences()) {
      List<Integer> here = bySentence.getOrDefault(s.index(), List.of());
      List<Anaphors.Site> sites = Anaphors.sites(s, here, mentions);
      Set<Integer> siteMentions = new HashSet<>();
      for (Anaphors.Site site : sites) {
        if (site.mentionIndex() >= 0) {
          siteMentions.add(site.mentionIndex());
        }
      }
      // walk the sentence in token order: a mention counts from its last token, a site at its head
      List<Object> steps = new ArrayList<>();
      for (int i : here) {
        Mention m = mentions.get(i);
        boolean insideSite =
            sites.stream()
                .anyMatch(
                    x ->
                        x.mentionIndex() < 0
                            && x.first() <= m.firstToken()
                            && m.lastToken() <= x.head());
        if (!siteMentions.contains(i) && !insideSite) {
          steps.add(i);
        }
      }
      steps.addAll(sites);
      steps.sort(
          Comparator.comparingInt(
              o ->
                  o instanceof Anaphors.Site x
                      ? x.head() * 2 + 1
                      : mentions.get((Integer) o).lastToken() * 2));
      for (Object step : steps) {
        if (step instanceof Integer i) {
          Candidate c = candidate(s, i, mentions, context, byKey, date);
          if (c != null) {
            seen.add(
                new Occurrence(
                    List.of(c),
                    s.index(),
                    mentions.get(i).lastToken(),
                    subject(s, mentions.get(i))));
          }
          continue;
        }
        Anaphors.Site site = (Anaphors.Site) step;
        String words =
            String.join(" ", Anaphors.words(s, site.first(), site.head())).toLowerCase(Locale.ROOT);
        boolean describes =
            site.form() == Reference.Form.DESCRIPTION || site.form() == Reference.Form.GROUP;
        Choice choice;
        if (describes && described.containsKey(words)) {
          // the same description again ("the two leaders" ... "the two leaders") is the same
          // referent
          choice =
              new Choice(
                  described.get(words),
                  "'"
                      + words
                      + "': the same words as before in the article, "
                      + names(described.get(words)));
        } else {
          choice = choose(s, site, seen, resolvedAt, byKey, mentions, date);
          if (describes && choice != null && !choice.chosen().isEmpty()) {
            described.put(words, choice.chosen());
          }
        }
        if (choice == null && site.form() == Reference.Form.SURNAME) {
          // a surname with no full name before is a person of its own
          Candidate c = candidate(s, site.mentionIndex(), mentions, context, byKey, date);
          if (c != null) {
            seen.add(
                new Occurrence(
                    List.of(c),
                    s.index(),
                    site.head(),
                    subject(s, mentions.get(site.mentionIndex()))));
          }
          continue;
        }
        if (choice == null) {
          continue; // not anaphoric here: left to the phrase's own words
        }
        int begin = s.tokens().get(site.first()).begin();
        int end = s.tokens().get(site.head()).end();
        List<Integer> antecedents = choice.chosen().stream().map(c -> c.mention).toList();
        references.add(
            new Reference(
                s.index(),
                site.first(),
                site.head(),
                begin,
                end,
                CodePoints.slice(text, begin, end),
                site.form(),
                antecedents,
                choice.why()));
        if (!choice.chosen().isEmpty()) {
          resolvedAt.put(s.index() * 10_000 + site.head(), choice.chosen());
          seen.add(new Occurrence(choice.chosen(), s.index(), site.head(), false));
          if (site.form() == Reference.Form.SURNAME && choice.chosen().size() == 1) {
            Candidate c = choice.chosen().get(0);
            Sex h = Anaphors.honorific(s, site.head());
            if (c.sex == null && h != null) {
              c.sex = h;
            }
            Mention full = mentions.get(c.mention);
            if (full.kind() == Mention.Kind.PERSON) {
              Mention m = out.get(site.mentionIndex());
              out.set(
                  site.mentionIndex(),
                  new Mention(
                      m.sentence(),
                      m.firstToken(),
                      m.lastToken(),
                      m.begin(),
                      m.end(),
                      m.text(),
                      Mention.Kind.PERSON,
                      m.nerType(),
                      full.actorId(),
                      full.actorName(),
                      full.code()));
            }
          }
        }
      }
    }
    return new Found(out, references);
  }

  /** The antecedents chosen for a site, or none with why; null when the site is not anaphoric. */
  private record Choice(List<Candidate> chosen, String why) {}

  private Choice choose(
      Sentence s,
      Anaphors.Site site,
      List<Occurrence> seen,
      Map<Integer, List<Candidate>> resolvedAt,
      Map<String, Candidate> byKey,
      List<Mention> mentions,
      LocalDate date) {
    return switch (site.form()) {
      case PRONOUN ->
          site.noun().equals("they") ? they(s, site, seen) : pronoun(s, site, seen, resolvedAt);
      case SURNAME -> surname(s, site, seen, mentions);
      case DESCRIPTION -> description(s, site, seen);
      case RELATIVE -> relative(s, site, seen, resolvedAt);
      case GROUP -> group(s, site, seen);
    };
  }

  private static Choice pronoun(
      Sentence s,
      Anaphors.Site site,
      List<Occurrence> seen,
      Map<Integer, List<Candidate>> resolvedAt) {
    Sex sex = site.noun().equals("he") ? Sex.MALE : Sex.FEMALE;
    String word = s.tokens().get(site.head()).word();
    for (int t = 0; t < site.head(); t++) {
      // "She said ..., and she called ...": the same pronoun again in one sentence is the same
      // person
      Token earlier = s.tokens().get(t);
      List<Candidate> same = resolvedAt.get(s.index() * 10_000 + t);
      if (same != null
          && same.size() == 1
          && earlier.pos().startsWith("PRP")
          && earlier.lemma().equalsIgnoreCase(site.noun())) {
        return new Choice(
            same,
            "pronoun '"
                + word
                + "': as the '"
                + earlier.word()
                + "' before it in the sentence, "
                + same.get(0).name);
      }
    }
    Choice nearest =
        nearestFit(
            s,
            site,
            seen,
            PRONOUN_WINDOW,
            c -> c.kind == Kind.PERSON && (c.sex == null || c.sex == sex),
            NO_PREFERENCE,
            "pronoun '" + word + "'",
            "the one " + (sex == Sex.MALE ? "man or person" : "woman or person"));
    if (nearest != null) {
      return nearest;
    }
    return new Choice(
        List.of(),
        "pronoun '"
            + word
            + "' with no person named in its sentence or the "
            + PRONOUN_WINDOW
            + " before");
  }

  /**
   * "they": the one group of people ("the two leaders") or plural agent phrase ("police", "Houthi
   * rebels") in the nearest sentence that names any state, organisation or group; unresolved when
   * that sentence names more than one ("Washington, the EU and Britain said they ...").
   */
  private static Choice they(Sentence s, Anaphors.Site site, List<Occurrence> seen) {
    for (int si = s.index(); si >= Math.max(0, s.index() - GROUP_WINDOW); si--) {
      List<List<Candidate>> named = new ArrayList<>();
      for (Occurrence o : seen) {
        boolean group = o.candidates().size() > 1 || o.candidates().get(0).kind != Kind.PERSON;
        if (o.sentence() == si
            && (si != s.index() || o.token() < site.head())
            && group
            && named.stream().noneMatch(f -> f.equals(o.candidates()))) {
          named.add(o.candidates());
        }
      }
      if (named.size() == 1 && (named.get(0).size() > 1 || named.get(0).get(0).plural)) {
        return new Choice(
            named.get(0),
            "pronoun 'they': the one group named "
                + where(si, s.index())
                + ", "
                + names(named.get(0)));
      }
      if (!named.isEmpty()) {
        return new Choice(
            List.of(),
            "pronoun 'they': "
                + (named.size() == 1
                    ? names(named.get(0)) + " is not a group"
                    : named.size()
                        + " states, organisations or groups named "
                        + where(si, s.index())
                        + ", none clearly meant"));
      }
    }
    return null; // no group before: "they" keeps no actor
  }

  private static Choice surname(
      Sentence s, Anaphors.Site site, List<Occurrence> seen, List<Mention> mentions) {
    String surname = key(s.tokens().get(site.head()).word());
    Sex sex = Anaphors.honorific(s, site.head());
    List<Candidate> fit = new ArrayList<>();
    for (int k = seen.size() - 1; k >= 0; k--) {
      for (Candidate c : seen.get(k).candidates()) {
        Mention full = mentions.get(c.mention);
        boolean fullName =
            full.kind() == Mention.Kind.PERSON || full.firstToken() != full.lastToken();
        if (c.kind == Kind.PERSON && c.words.contains(surname) && !fit.contains(c) && fullName) {
          fit.add(c); // nearest first
        }
      }
    }
    if (fit.isEmpty()) {
      return null; // a surname first: a person of its own
    }
    String why = "surname '" + s.tokens().get(site.head()).word() + "' after the full name";
    if (sex != null) {
      List<Candidate> same = fit.stream().filter(c -> c.sex == sex).toList();
      List<Candidate> notOther = fit.stream().filter(c -> c.sex == null || c.sex == sex).toList();
      if (!same.isEmpty()) {
        fit = same;
        why += ", of the honorific's sex";
      } else if (!notOther.isEmpty()) {
        fit = notOther;
      }
    }
    if (fit.size() > 1 && Anaphors.ownsGovernment(s, site.head())) {
      List<Candidate> heads = fit.stream().filter(c -> c.headOfState).toList();
      if (!heads.isEmpty()) {
        fit = heads;
        why +=
            ", the head of state or government of those named (it owns '"
                + Anaphors.governed(s, site.head())
                + "')";
      }
    }
    Candidate c = fit.get(0);
    return new Choice(
        List.of(c), why + (fit.size() > 1 ? ", the nearest of " + fit.size() : "") + ": " + c.name);
  }

  private static Choice description(Sentence s, Anaphors.Site site, List<Occurrence> seen) {
    String noun = site.noun();
    String phrase = quoted(s, site);
    Kind kind;
    Predicate<Candidate> fits;
    BiPredicate<Integer, Candidate> preferred = NO_PREFERENCE;
    if (Anaphors.TITLES.contains(noun) || Anaphors.PERSON_NOUNS.contains(noun)) {
      kind = Kind.PERSON;
      boolean title = Anaphors.TITLES.contains(noun);
      fits =
          c ->
              c.kind == Kind.PERSON
                  && sameCountry(site, c)
                  && (!title || c.titles.isEmpty() || titled(c, noun));
      preferred = (si, c) -> title && titled(c, noun);
    } else if (Anaphors.STATE_NOUNS.contains(noun)) {
      kind = Kind.COUNTRY;
      fits = c -> c.kind == Kind.COUNTRY;
      // "the country" after two: the one that was the subject
      preferred =
          (si, c) ->
              seen.stream()
                  .anyMatch(o -> o.sentence() == si && o.subject() && o.candidates().contains(c));
    } else if (Anaphors.BLOC_NOUNS.contains(noun)) {
      kind = Kind.ORGANISATION;
      fits = c -> c.kind == Kind.ORGANISATION && c.code.startsWith("IGO");
    } else if (Anaphors.GROUP_NOUNS.contains(noun)) {
      kind = Kind.ORGANISATION;
      fits = c -> c.kind == Kind.ORGANISATION;
    } else {
      kind = Kind.AGENT;
      String sector = site.sector();
      fits = c -> (c.kind == Kind.AGENT || c.kind == Kind.ORGANISATION) && sameSector(sector, c);
    }
    return nearestFit(
        s,
        site,
        seen,
        DESCRIPTION_WINDOW,
        fits,
        preferred,
        phrase,
        "the one " + kind.name().toLowerCase(Locale.ROOT) + " it fits");
  }

  /** "his counterpart", "her predecessor": a person named before who is not the possessor. */
  private static Choice relative(
      Sentence s,
      Anaphors.Site site,
      List<Occurrence> seen,
      Map<Integer, List<Candidate>> resolvedAt) {
    String phrase = quoted(s, site);
    List<Candidate> owner = resolvedAt.getOrDefault(s.index() * 10_000 + site.first(), List.of());
    if (owner.isEmpty()) {
      return new Choice(
          List.of(),
          phrase + ": whose " + site.noun() + " is unknown (the possessor is unresolved)");
    }
    // null for "his Chinese counterpart, Wang Yi": named right there, or by nobody before
    return nearestFit(
        s,
        site,
        seen,
        DESCRIPTION_WINDOW,
        c ->
            c.kind == Kind.PERSON
                && !owner.contains(c)
                && sameCountry(site, c)
                && (!site.noun().equals("counterpart") || !sameCountryAs(owner.get(0), c)),
        NO_PREFERENCE,
        phrase,
        owner.get(0).name + "'s " + site.noun() + " is the one other person it fits");
  }

  /** "the two leaders", "both men": the people named together just before. */
  private static Choice group(Sentence s, Anaphors.Site site, List<Occurrence> seen) {
    String phrase = quoted(s, site);
    int count = Anaphors.NUMBERS.getOrDefault(site.determiner(), -1);
    for (int si = s.index(); si >= Math.max(0, s.index() - GROUP_WINDOW); si--) {
      // "the two leaders": people who are actors (a wife or an aide named beside them is not one)
      List<Candidate> fit =
          distinct(
              seen,
              si,
              s.index(),
              site.head(),
              c -> c.kind == Kind.PERSON && !c.code.isEmpty() && sameCountry(site, c));
      if (fit.size() < 2) {
        continue;
      }
      if (count < 0 || fit.size() == count) {
        List<Candidate> inOrder = new ArrayList<>(fit);
        inOrder.sort(Comparator.comparingInt(c -> c.mention));
        return new Choice(
            inOrder,
            phrase
                + ": the "
                + fit.size()
                + " people named "
                + where(si, s.index())
                + ", "
                + names(inOrder));
      }
      return new Choice(
          List.of(),
          phrase + ": " + fit.size() + " people named " + where(si, s.index()) + ", not " + count);
    }
    return null;
  }

  /** No candidate is preferred: several that fit in one sentence are ambiguous. */
  private static final BiPredicate<Integer, Candidate> NO_PREFERENCE = (si, c) -> false;

  /**
   * The nearest sentence, the site's own first and then up to {@code window} before it, that names
   * a candidate that fits: the one it names ("{@code what}: {@code one} named in the sentence
   * before, ..."), or, when it names several, the one of them preferred in that sentence if just
   * one is; ambiguous when more remain. Null when no sentence names one.
   */
  private static Choice nearestFit(
      Sentence s,
      Anaphors.Site site,
      List<Occurrence> seen,
      int window,
      Predicate<Candidate> fits,
      BiPredicate<Integer, Candidate> preferred,
      String what,
      String one) {
    for (int si = s.index(); si >= Math.max(0, s.index() - window); si--) {
      List<Candidate> fit = distinct(seen, si, s.index(), site.head(), fits);
      if (fit.size() > 1) {
        int sentence = si;
        List<Candidate> better = fit.stream().filter(c -> preferred.test(sentence, c)).toList();
        if (better.size() == 1) {
          fit = better;
        }
      }
      if (fit.size() == 1) {
        return new Choice(
            fit, what + ": " + one + " named " + where(si, s.index()) + ", " + fit.get(0).name);
      }
      if (fit.size() > 1) {
        return new Choice(
            List.of(),
            what + " is ambiguous: " + names(fit) + " " + where(si, s.index()) + " all fit");
      }
    }
    return null;
  }

  /**
   * The distinct candidates named in sentence {@code si} (before {@code token} when it is the
   * site's own).
   */
  private static List<Candidate> distinct(
      List<Occurrence> seen, int si, int site, int token, Predicate<Candidate> fits) {
    List<Candidate> out = new ArrayList<>();
    for (Occurrence o : seen) {
      if (o.sentence() != si || (si == site && o.token() >= token) || o.candidates().size() != 1) {
        continue;
      }
      Candidate c = o.candidates().get(0);
      if (fits.test(c) && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The site's phrase in quotes ("'the two leaders'"), for the trace. */
  private static String quoted(Sentence s, Anaphors.Site site) {
    return "'" + String.join(" ", Anaphors.words(s, site.first(), site.head())) + "'";
  }

  private static String where(int si, int site) {
    return si == site
        ? "earlier in the sentence"
        : site - si == 1 ? "in the sentence before" : (site - si) + " sentences before";
  }

  private static String names(List<Candidate> cs) {
    return String.join(" and ", cs.stream().map(c -> c.name).toList());
  }

  private static boolean sameCountry(Anaphors.Site site, Candidate c) {
    return site.country() == null || c.country() == null || site.country().equals(c.country());
  }

  private static boolean sameCountryAs(Candidate a, Candidate b) {
    return a.country() != null && a.country().equals(b.country());
  }

  private static boolean sameSector(String sector, Candidate c) {
    String other = c.sector();
    if (c.kind == Kind.ORGANISATION && c.code.length() >= 6 && other == null) {
      other = c.code.substring(3, 6);
    }
    if (sector == null || other == null) {
      return false;
    }
    return sector.equals(other) || ARMED.contains(sector) && ARMED.contains(other);
  }

  private static boolean titled(Candidate c, String noun) {
    if (c.titles.contains(noun)) {
      return true;
    }
    return noun.equals("premier") && c.titles.contains("prime")
        || noun.equals("general") && c.titles.contains("gen");
  }

  // --- candidates -----------------------------------------------------------------------------

  /** The candidate a mention names (a new one, or a person named before), or null if none. */
  private Candidate candidate(
      Sentence s,
      int index,
      List<Mention> mentions,
      ActorContext context,
      Map<String, Candidate> byKey,
      LocalDate date) {
    Mention m = mentions.get(index);
    int head = phraseHead(s, m);
    switch (m.kind()) {
      case PERSON -> {
        return person(s, index, m, head, mentions, context, byKey, date, m.actorId());
      }
      case NER -> {
        if (m.nerType().equals("PERSON")) {
          return person(s, index, m, head, mentions, context, byKey, date, "name:" + key(m.text()));
        }
        return null;
      }
      case COUNTRY, DEMONYM -> {
        // "North Korean state television announced that the country ...": a demonym evokes its
        // state too
        return byKey.computeIfAbsent(
            "code:" + m.code(),
            k -> new Candidate(Kind.COUNTRY, k, index, m.code(), m.actorName()));
      }
      case ORGANISATION -> {
        Candidate c =
            byKey.computeIfAbsent(
                "code:" + m.code(),
                k -> new Candidate(Kind.ORGANISATION, k, index, m.code(), m.actorName()));
        c.plural |=
            s.tokens().get(head).pos().equals("NNS") || s.tokens().get(head).pos().equals("NNPS");
        return c;
      }
      case AGENT -> {
        if (Anaphors.coveredByPerson(s, head, mentions)) {
          return null; // "Foreign Minister" before a name is the person's title
        }
        Resolution r = context.resolutionAt(s, head, date);
        if (!r.resolved()
            || r.actor().how() == ActorRef.How.AGENT
            || r.actor().how() == ActorRef.How.PERSON) {
          return null;
        }
        ActorRef a = r.actor();
        Candidate c =
            new Candidate(
                a.how() == ActorRef.How.ORGANISATION ? Kind.ORGANISATION : Kind.AGENT,
                "code:" + a.code(),
                index,
                a.code(),
                a.name());
        Candidate known = byKey.putIfAbsent(c.key, c);
        Candidate out = known == null ? c : known;
        out.plural |= s.tokens().get(head).pos().equals("NNS");
        return out;
      }
      default -> {
        return null;
      }
    }
  }

  private Candidate person(
      Sentence s,
      int index,
      Mention m,
      int head,
      List<Mention> mentions,
      ActorContext context,
      Map<String, Candidate> byKey,
      LocalDate date,
      String key) {
    Candidate known = byKey.get(key);
    if (known != null) {
      addSex(known, s, m, head);
      return known;
    }
    Resolution r = context.resolutionAt(s, head, date);
    String code = r.actor() == null ? m.code() : r.actor().code();
    Candidate c =
        new Candidate(
            Kind.PERSON, key, index, code, m.actorName() != null ? m.actorName() : m.text());
    for (String w : key(m.text()).split("[ -]")) {
      c.words.add(w);
    }
    // the phrase's other words ("Foreign Minister", "the sister of ...") are titles
    for (int t : ActorContext.nounPhrase(s, head)) {
      if (t < m.firstToken() || t > m.lastToken()) {
        String w = s.tokens().get(t).word().toLowerCase(Locale.ROOT);
        c.titles.add(ABBREVIATIONS.getOrDefault(w, w));
      }
    }
    if (m.firstToken() > 0) {
      String before = s.tokens().get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT);
      c.titles.add(ABBREVIATIONS.getOrDefault(before, before));
    }
    Optional<Person> p =
        m.actorId() == null ? Optional.empty() : resolver.dictionary().person(m.actorId());
    if (p.isPresent()) {
      for (String n : p.get().aliases()) {
        c.words.addAll(List.of(key(n).split("[ -]")));
      }
      c.words.addAll(List.of(key(p.get().name()).split("[ -]")));
      Optional<Role> role =
          date == null
              ? p.get().roles().stream().max(Comparator.comparing(Role::from))
              : p.get().roleOn(date);
      if (role.isPresent()) {
        String title = role.get().title().toLowerCase(Locale.ROOT);
        c.titles.addAll(List.of(title.split("[^a-z]+")));
        c.headOfState = HEAD_OF_STATE.matcher(title).find() && !NOT_HEAD.matcher(title).find();
      }
    } else {
      String titles = String.join(" ", c.titles);
      c.headOfState = HEAD_OF_STATE.matcher(titles).find() && !NOT_HEAD.matcher(titles).find();
    }
    String fullName = key(p.map(Person::name).orElse(m.text()));
    String first = fullName.split(" ")[0];
    if (fullName.contains(" ") && !SURNAME_FIRST.contains(first)) {
      c.sex = GivenNames.of(first).orElse(null);
    }
    addSex(c, s, m, head);
    byKey.put(key, c);
    return c;
  }

  private static void addSex(Candidate c, Sentence s, Mention m, int head) {
    Sex h = Anaphors.honorific(s, m.firstToken());
    if (h != null) {
      c.sex = h;
      return;
    }
    for (int t : ActorContext.nounPhrase(s, head)) {
      Sex g = GENDERED.get(s.tokens().get(t).lemma().toLowerCase(Locale.ROOT));
      if (g != null && (t < m.firstToken() || t > m.lastToken())) {
        c.sex = g;
        return;
      }
    }
  }

  // --- small helpers --------------------------------------------------------------------------

  /**
   * Whether a mention's phrase is a subject ("North Korea fired ..."), when the sentence is parsed.
   */
  private static boolean subject(Sentence s, Mention m) {
    return s.head(phraseHead(s, m)).map(d -> d.relation().startsWith("nsubj")).orElse(false);
  }

  /**
   * The token of a mention whose governor lies outside it: where its phrase hangs in the sentence.
   */
  static int phraseHead(Sentence s, Mention m) {
    int best = m.lastToken();
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      int tt = t;
      boolean outside =
          s.head(t)
              .map(d -> d.governor() < m.firstToken() || d.governor() > m.lastToken())
              .orElse(false);
      if (outside) {
        best = tt;
      }
    }
    return best;
  }

  private static String key(String text) {
    return Gazetteer.key(text);
  }
}

package dev.parley.actors;

import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.Words;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the argument of an event (a subject, an object, a prepositional phrase) to one actor, by
 * combining the mentions inside the noun phrase headed by that token: a person with a dated role
 * ("Mr. Trump" → USAGOV), a country with an agent word ("South Korea's foreign ministry" → KORGOV),
 * a capital or seat of government ("Seoul", "the Kremlin" → government), an organisation, or a
 * phrase that points back within the article ("he", "Mr. Kim", "the envoy", "the kingdom"), which
 * resolves as the phrase it points to: the resolve stage's {@link Reference}s, found by {@link
 * Coreference}, are the one place where that is decided.
 */
public final class ActorContext {
  /** Dependents that belong to the same noun phrase as their head. */
  private static final Set<String> NP_RELATIONS =
      Words.set(
          """
          compound amod flat flat:name appos det nmod nmod:poss nmod:of nummod
          case
          """);

  /** Agents that, named without a country, are taken to be of the dateline's country. */
  private static final Set<String> DATELINE_SECTORS = Set.of("COP", "JUD", "LEG", "OPP", "CVL");

  /**
   * Sectors that, with no country of their own, belong to the one country their sentence names: the
   * domestic ones and the clergy ("police fired on protesters in Baghdad", "monks marched through
   * Yangon"). Not the media ("told reporters in Singapore"), nor officials and envoys, who travel,
   * nor armed forces, which fight abroad ("jets struck Gaza" says nothing of whose jets; the event
   * coder gives them a country only from the side they fight).
   */
  private static final Set<String> SENTENCE_SECTORS =
      Set.of("COP", "JUD", "LEG", "OPP", "CVL", "REL");

  /** Heads that stand for a number of their "of" phrase: "tens of thousands of protesters". */
  private static final Set<String> QUANTITIES =
      Words.set(
          """
          ten tens hundred hundreds thousand thousands million millions dozen
          dozens group groups crowd crowds number band some many several score
          scores handful member members majority most half contingent unit units
          """);

  /** Mentions that name a country: by name, demonym, capital or seat of power. */
  private static final Set<Mention.Kind> COUNTRY_KINDS =
      Set.of(
          Mention.Kind.COUNTRY,
          Mention.Kind.DEMONYM,
          Mention.Kind.CAPITAL,
          Mention.Kind.SEAT,
          Mention.Kind.PLACE);

  /** Phrases that place an agent word in its country: "security forces in Guinea". */
  private static final Set<String> HOME_PHRASES =
      Set.of("nmod:in", "nmod:from", "nmod:inside", "nmod:throughout", "nmod:across");

  /** Nouns that, with a country, stand for its government ("the South Korean capital"). */
  private static final Set<String> SEAT_NOUNS = Set.of("capital", "regime", "presidency", "palace");

  /**
   * Nouns for a country's people as a whole: "the Zambian people", "Iraq's population" are its
   * civilians. Not agent words, so that "people familiar with the matter" is no actor.
   */
  private static final Set<String> PEOPLE_NOUNS =
      Set.of("people", "population", "populace", "public");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final Map<String, String> SECTOR_NAMES =
      Map.ofEntries(
          Map.entry("GOV", "government"),
          Map.entry("MIL", "military"),
          Map.entry("COP", "police"),
          Map.entry("JUD", "judiciary"),
          Map.entry("LEG", "legislature"),
          Map.entry("OPP", "opposition"),
          Map.entry("REB", "rebels"),
          Map.entry("INS", "insurgents"),
          Map.entry("SEP", "separatists"),
          Map.entry("MED", "media"),
          Map.entry("BUS", "business"),
          Map.entry("CVL", "civilians"),
          Map.entry("REF", "refugees"),
          Map.entry("LAB", "labour"),
          Map.entry("EDU", "education"),
          Map.entry("SPY", "intelligence"),
          Map.entry("HRI", "human rights groups"),
          Map.entry("NGO", "non-governmental organisations"),
          Map.entry("ELI", "elites"),
          Map.entry("CRM", "criminals"),
          Map.entry("UAF", "armed forces"));

  private final ActorResolver resolver;
  private final ResolvedArticle article;
  private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
  private final Optional<Country> datelineCountry;
  private final Optional<Country> focusCountry;

  public ActorContext(ActorResolver resolver, ResolvedArticle article) {
    this.resolver = resolver;
    this.article = article;
    for (Mention m : article.mentions()) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    this.datelineCountry = resolver.datelineCountry(article.annotated().article().dateline());
    this.focusCountry = focusCountry(resolver, article.mentions());
  }

  /** The resolved article this context reads. */
  public ResolvedArticle article() {
    return article;
  }

  public List<Mention> mentions(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }

  /** The actor the phrase headed by token {@code head} of sentence {@code s} names, if any. */
  public Optional<ActorRef> actorAt(Sentence s, int head, LocalDate date) {
    Resolution r = resolutionAt(s, head, date, 0);
    if (r.actor() == null && r.placeCountry() != null && attacked(s, head)) {
      // "missiles struck Kyiv": the place attacked stands for its country as the target
      return resolver
          .countryOf(r.placeCountry())
          .map(c -> new ActorRef(c.code(), c.names().get(0), c.id(), ActorRef.How.COUNTRY, 0.8));
    }
    return Optional.ofNullable(r.actor());
  }

  /**
   * The actors the phrase headed by token {@code head} names: several for a phrase that points back
   * to a group ("the two leaders" after "Trump and Kim Jong-un" is both), else {@link #actorAt}'s.
   */
  public List<ActorRef> actorsAt(Sentence s, int head, LocalDate date) {
    Optional<Reference> ref = article.referenceAt(s.index(), head);
    if (ref.isPresent() && ref.get().antecedents().size() > 1) {
      List<ActorRef> out = new ArrayList<>();
      for (int i : ref.get().antecedents()) {
        Resolution r = antecedentResolution(i, date, 1);
        if (r.actor() != null
            && out.stream().noneMatch(a -> a.actorId().equals(r.actor().actorId()))) {
          out.add(withHow(r.actor(), ActorRef.How.REFERENCE, 0.6));
        }
      }
      return out;
    }
    Optional<ActorRef> one = actorAt(s, head, date);
    if (one.isEmpty()) {
      return List.of();
    }
    List<ActorRef> out = new ArrayList<>();
    out.add(one.get());
    out.addAll(coordinatedCountries(s, head, one.get()));
    return out;
  }

  /**
   * "Hungarian and Romanian officials", "U.S. and South Korean troops": one phrase, one actor per
   * country. The phrase resolved to the first country with its sector; each demonym or country
   * coordinated with that modifier gives the same sector in its own country.
   */
  private List<ActorRef> coordinatedCountries(Sentence s, int head, ActorRef first) {
    Optional<Country> firstCountry = resolver.countryOf(first.code());
    if (firstCountry.isEmpty()) {
      return List.of();
    }
    String sector = first.code().substring(3);
    String firstName =
        first.name().startsWith(firstCountry.get().names().get(0))
            ? firstCountry.get().names().get(0)
            : first.name();
    List<ActorRef> out = new ArrayList<>();
    for (Dependency mod : s.children(head)) {
      if (!mod.relation().equals("amod") && !mod.relation().equals("compound")) {
        continue;
      }
      for (Dependency conj : s.children(mod.dependent())) {
        if (!conj.relation().startsWith("conj")) {
          continue;
        }
        for (Mention m : mentions(s.index())) {
          boolean covers = m.firstToken() <= conj.dependent() && conj.dependent() <= m.lastToken();
          if (!covers || (m.kind() != Mention.Kind.DEMONYM && m.kind() != Mention.Kind.COUNTRY)) {
            continue;
          }
          resolver
              .countryOf(m.code())
              .filter(c -> !c.code().equals(firstCountry.get().code()))
              .ifPresent(
                  c ->
                      out.add(
                          new ActorRef(
                              c.code() + sector,
                              c.names().get(0)
                                  + first
                                      .name()
                                      .substring(
                                          Math.min(first.name().length(), firstName.length())),
                              sector.isEmpty() ? c.id() : c.id() + "/" + sector,
                              first.how(),
                              first.confidence())));
        }
      }
    }
    return out;
  }

  /**
   * The country of a place the phrase names ("arrived in Pyongyang", "a visit to Hanoi"), as an
   * actor: where a visit or meeting goes, CAMEO codes the host country as its target.
   */
  public Optional<ActorRef> placeAt(Sentence s, int head, LocalDate date) {
    Resolution r = resolutionAt(s, head, date, 0);
    if (r.actor() != null || r.placeCountry() == null) {
      return Optional.empty();
    }
    return resolver
        .countryOf(r.placeCountry())
        .map(c -> new ActorRef(c.code(), c.names().get(0), c.id(), ActorRef.How.COUNTRY, 0.7));
  }

  /**
   * The actor the phrase headed by token {@code head} names and why, or why none: what {@code
   * parley resolve} prints. {@link #actorAt} is this resolution's actor.
   */
  public Resolution resolutionAt(Sentence s, int head, LocalDate date) {
    return resolutionAt(s, head, date, 0);
  }

  private Resolution resolutionAt(Sentence s, int head, LocalDate date, int hops) {
    Token h = s.tokens().get(head);
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    if (RELATIVE_PRONOUNS.contains(lemma)) {
      // "Kim, who conducted tests": the relative clause's head noun
      Optional<Dependency> rel = s.head(head).flatMap(d -> s.head(d.governor()));
      if (rel.isPresent()
          && rel.get().relation().startsWith("acl")
          && rel.get().governor() >= 0
          && hops < 3) {
        return resolutionAt(s, rel.get().governor(), date, hops + 1);
      }
      return Resolution.none("relative pronoun '" + h.word() + "' with no noun it refers to");
    }
    Optional<Reference> ref = article.referenceAt(s.index(), head);
    if (ref.isPresent() && hops < 3) {
      return referenced(s, head, ref.get(), date, hops);
    }
    if (QUANTITIES.contains(lemma) && hops < 3) {
      // "thousands of Iraqi Kurds", "a member of the Syrian parliament": the "of" phrase is who
      for (Dependency d : s.children(head)) {
        if (d.relation().equals("nmod:of")) {
          Resolution of = resolutionAt(s, d.dependent(), date, hops + 1);
          if (of.actor() != null) {
            return of;
          }
        }
      }
    }
    if (PRONOUNS.contains(lemma) && h.pos().startsWith("PRP")) {
      return Resolution.none(
          "pronoun '" + h.word() + "' with nothing it points back to (no reference found)");
    }
    Set<Integer> np = nounPhrase(s, head);
    List<Mention> inside = new ArrayList<>();
    for (Mention m : mentions(s.index())) {
      if (np.contains(m.firstToken()) || np.contains(m.lastToken())) {
        inside.add(m);
      }
    }
    if (hops < 3) {
      // "the island's defence ministry", "his visit": a phrase inside that points back counts as
      // the mention it points to
      for (Reference r : article.references()) {
        if (r.sentence() == s.index()
            && r.head() != head
            && np.contains(r.head())
            && r.antecedents().size() == 1) {
          standIn(s, r, date, hops).ifPresent(inside::add);
        }
      }
    }
    return compose(s, head, inside, date);
  }

  /** What a phrase that points back resolves to: the phrase it points to, read on {@code date}. */
  private Resolution referenced(Sentence s, int head, Reference ref, LocalDate date, int hops) {
    String phrase = "'" + ref.text() + "'";
    if (!ref.resolved()) {
      return Resolution.none(ref.why());
    }
    List<Resolution> each = new ArrayList<>();
    for (int i : ref.antecedents()) {
      each.add(antecedentResolution(i, date, hops + 1));
    }
    if (each.size() > 1) {
      // a group: one actor when all its members have one code ("the two leaders" of one government)
      Set<String> codes = new TreeSet<>();
      for (Resolution r : each) {
        codes.add(r.resolved() ? r.actor().code() : "?");
      }
      if (codes.size() == 1 && !codes.contains("?")) {
        ActorRef a = each.get(0).actor();
        String names = String.join(" and ", each.stream().map(r -> r.actor().name()).toList());
        return Resolution.of(
            new ActorRef(a.code(), names, a.actorId(), ActorRef.How.REFERENCE, 0.6),
            ref.why() + "; all " + a.code());
      }
      return Resolution.none(
          ref.why() + "; they have different codes " + codes + ", so the phrase has no one code");
    }
    Resolution r = each.get(0);
    Mention antecedent = article.mentions().get(ref.antecedents().get(0));
    if (r.resolved()) {
      return Resolution.of(
          withHow(r.actor(), how(ref), r.actor().confidence() * 0.75), ref.why() + "; " + r.why());
    }
    if (antecedent.kind() == Mention.Kind.PERSON && antecedent.actorId() != null) {
      // "the former president" for someone with no office on the date: the description's own
      // agent word, in the person's country
      Optional<Mention> agent =
          mentions(s.index()).stream()
              .filter(
                  m ->
                      m.kind() == Mention.Kind.AGENT
                          && m.firstToken() <= head
                          && head <= m.lastToken())
              .findFirst();
      Optional<Country> country =
          resolver
              .dictionary()
              .person(antecedent.actorId())
              .flatMap(
                  p ->
                      p.roles().stream()
                          .map(Role::code)
                          .filter(c -> resolver.countryOf(c).isPresent())
                          .reduce((a, b) -> b))
              .flatMap(resolver::countryOf);
      if (agent.isPresent() && country.isPresent()) {
        Country c = country.get();
        return Resolution.of(
            composed(
                c.code(),
                c.names().get(0),
                agent.get().code(),
                "country:" + c.code(),
                ActorRef.How.REFERENCE,
                0.6),
            ref.why()
                + "; "
                + r.why()
                + "; so the description's agent word '"
                + agent.get().text()
                + "' ("
                + agent.get().code()
                + ") of "
                + c.names().get(0));
      }
    }
    if (r.actor() != null) {
      // an uncoded antecedent (a person no dictionary knows): its name is kept
      return new Resolution(withHow(r.actor(), how(ref), 0.4), ref.why() + "; " + r.why(), null);
    }
    return Resolution.none(ref.why() + "; " + r.why());
  }

  /** The resolution of the phrase a mention heads (the full mention a reference points to). */
  private Resolution antecedentResolution(int mention, LocalDate date, int hops) {
    Mention m = article.mentions().get(mention);
    Sentence as = article.annotated().sentences().get(m.sentence());
    return resolutionAt(as, Coreference.phraseHead(as, m), date, hops);
  }

  /** A mention standing for a reference inside a phrase, as the kind of actor it points to. */
  private Optional<Mention> standIn(Sentence s, Reference r, LocalDate date, int hops) {
    Resolution res = referenced(s, r.head(), r, date, hops + 1);
    if (!res.resolved()) {
      return Optional.empty();
    }
    ActorRef a = res.actor();
    Mention.Kind kind;
    if (a.actorId().startsWith("person:")) {
      kind = Mention.Kind.PERSON;
    } else if (a.code().length() == 3 && resolver.countryOf(a.code()).isPresent()) {
      kind = Mention.Kind.COUNTRY;
    } else if (a.how() == ActorRef.How.ORGANISATION
        || article.mentions().get(r.antecedents().get(0)).kind() == Mention.Kind.ORGANISATION) {
      kind = Mention.Kind.ORGANISATION;
    } else {
      return Optional.empty();
    }
    Token first = s.tokens().get(r.firstToken());
    Token last = s.tokens().get(r.head());
    return Optional.of(
        new Mention(
            s.index(),
            r.firstToken(),
            r.head(),
            first.begin(),
            last.end(),
            r.text(),
            kind,
            "O",
            a.actorId(),
            a.name(),
            a.code()));
  }

  private static ActorRef.How how(Reference r) {
    return switch (r.form()) {
      case PRONOUN -> ActorRef.How.PRONOUN;
      case SURNAME -> ActorRef.How.SURNAME;
      default -> ActorRef.How.REFERENCE;
    };
  }

  private static ActorRef withHow(ActorRef a, ActorRef.How how, double confidence) {
    return new ActorRef(a.code(), a.name(), a.actorId(), how, Math.round(confidence * 100) / 100.0);
  }

  private Resolution compose(Sentence s, int head, List<Mention> inside, LocalDate date) {
    // "Biegun's counterpart": the possessor of a role noun is someone else. "Trump's decision",
    // "North Korea's launch": the possessor of an act is its actor.
    boolean roleHead =
        s.tokens().get(head).ner().equals("PERSON")
            || inside.stream().anyMatch(m -> m.kind() == Mention.Kind.AGENT && covers(m, head));
    Set<Integer> possessors = roleHead ? possessorTokens(s, head) : Set.of();
    Mention person = null;
    Mention owner = null;
    Mention country = null;
    Mention agent = null;
    Mention org = null;
    for (Mention m : inside) {
      boolean possessor = possessors.contains(m.firstToken()) || possessors.contains(m.lastToken());
      switch (m.kind()) {
        case PERSON -> {
          if (possessor && m.actorId() != null) {
            owner = m; // "Hun Sen's government": the owner lends the agent word a country
          }
          // a known person whose role on the publication date is none may hold one on the act's
          // date
          if (!possessor
              && (m.resolved() || m.actorId() != null)
              && (person == null || covers(m, head))) {
            person = m;
          }
        }
        case COUNTRY, DEMONYM, CAPITAL, SEAT, PLACE -> {
          // the country nearest the head qualifies it: "U.S. and Russian negotiators"
          if (country == null
              || covers(m, head)
              || (!covers(country, head)
                  && country.lastToken() < m.lastToken()
                  && m.lastToken() < head)) {
            country = m;
          }
        }
        case AGENT -> {
          if (!possessor && (agent == null || covers(m, head))) {
            agent = m;
          }
        }
        case ORGANISATION -> {
          if (!possessor && (org == null || covers(m, head))) {
            org = m;
          }
        }
        default -> {}
      }
    }
    if (person != null) {
      String code = personCode(person, date);
      if (code != null) {
        return personResolution(person, code, date, ActorRef.How.PERSON, 0.9, "");
      }
      if (agent != null && agent.lastToken() < person.firstToken() && date != null) {
        // "President Assad" in 1985 is Hafez, not Bashar (whose alias "Assad" is)
        Optional<Resolution> titled = titledSurname(agent, person, date);
        if (titled.isPresent()) {
          return titled.get();
        }
      }
    }
    if (org != null && (country == null || covers(org, head))) {
      return Resolution.of(
          new ActorRef(org.code(), org.actorName(), org.actorId(), ActorRef.How.ORGANISATION, 0.9),
          "organisation: '" + org.text() + "' is " + org.actorName() + " (" + org.code() + ")");
    }
    if (country == null && agent != null && owner != null && covers(agent, head)) {
      Optional<Country> home = resolver.countryOf(personCode(owner, date));
      if (home.isPresent()) {
        Country c = home.get();
        return Resolution.of(
            composed(
                c.code(), c.names().get(0), agent.code(), c.id(), ActorRef.How.COUNTRY_AGENT, 0.75),
            "agent word '"
                + agent.text()
                + "' ("
                + agent.code()
                + ") of "
                + owner.actorName()
                + ", who is of "
                + c.names().get(0));
      }
    }
    if (country != null) {
      String base = country.code().substring(0, 3);
      String countryName = resolver.countryOf(base).map(c -> c.names().get(0)).orElse(base);
      String countryWhy =
          kindWord(country.kind()) + " '" + country.text() + "' (" + countryName + ")";
      if (agent != null) {
        // "a former Israeli prime minister": a former office holder is one of the elite (CAMEO ELI)
        boolean former =
            !agent.code().equals("ELI")
                && s.children(head).stream()
                    .anyMatch(
                        d ->
                            d.relation().equals("amod")
                                && s.tokens()
                                    .get(d.dependent())
                                    .lemma()
                                    .equalsIgnoreCase("former"));
        String sector = former ? "ELI" : agent.code();
        return Resolution.of(
            composed(
                base, countryName, sector, country.actorId(), ActorRef.How.COUNTRY_AGENT, 0.85),
            countryWhy
                + " + agent word '"
                + agent.text()
                + "' ("
                + agent.code()
                + ")"
                + (former ? " after 'former' (ELI)" : "")
                + unknownName(inside, head));
      }
      String headLemma = s.tokens().get(head).lemma().toLowerCase(Locale.ROOT);
      if ((country.kind() == Mention.Kind.CAPITAL
              || country.kind() == Mention.Kind.SEAT
              || country.kind() == Mention.Kind.PLACE)
          && covers(country, head)
          && isPlace(s, head)) {
        // "the summit in Hanoi", "missiles struck Kyiv": a place, not its government
        return new Resolution(
            null, countryWhy + " is a place here (" + placeWhy(s, head) + "), not an actor", base);
      }
      if (country.kind() == Mention.Kind.CAPITAL
          || country.kind() == Mention.Kind.SEAT
          || SEAT_NOUNS.contains(headLemma)) {
        // "the South Korean capital", "Seoul's presidential office": the seat stands for the
        // government
        return Resolution.of(
            composed(base, countryName, "GOV", country.actorId(), ActorRef.How.CAPITAL, 0.8),
            countryWhy
                + (SEAT_NOUNS.contains(headLemma) && !covers(country, head)
                    ? " + '" + s.tokens().get(head).word() + "'"
                    : "")
                + " stands for the government");
      }
      if (!covers(country, head)
          && country.kind() != Mention.Kind.CAPITAL
          && country.kind() != Mention.Kind.SEAT
          && PEOPLE_NOUNS.contains(s.tokens().get(head).word().toLowerCase(Locale.ROOT))) {
        return Resolution.of(
            composed(base, countryName, "CVL", country.actorId(), ActorRef.How.COUNTRY_AGENT, 0.8),
            countryWhy + " + '" + s.tokens().get(head).word() + "': its people (CVL)");
      }
      if (country.kind() == Mention.Kind.PLACE && !covers(country, head)) {
        // "the Idlib offensive", "Darfur peace talks": a place modifying a thing is not an actor
        return Resolution.none(
            countryWhy + " modifies '" + s.tokens().get(head).word() + "', not an actor");
      }
      if (country.kind() == Mention.Kind.PLACE && !subject(s, head)) {
        // "the districts of Aleppo", "in Idlib province": a place in its country; only as a
        // subject does a place stand for its country ("Texas sued the administration")
        return new Resolution(null, countryWhy + " is a place, not an actor", base);
      }
      if (country.kind() == Mention.Kind.DEMONYM
          && !covers(country, head)
          && !isEntityHead(s, head)) {
        // "North Korean missiles": a demonym modifying a thing is not an actor
        return Resolution.none(
            countryWhy + " modifies '" + s.tokens().get(head).word() + "', a thing, not an actor");
      }
      return Resolution.of(
          new ActorRef(base, countryName, country.actorId(), ActorRef.How.COUNTRY, 0.85),
          countryWhy);
    }
    Mention titled = titledName(inside, agent, head);
    if (titled != null && country == null) {
      Optional<Resolution> known = titledSurname(agent, titled, date);
      if (known.isPresent()) {
        return known.get(); // "President Reagan", "Chancellor Kohl"
      }
    }
    boolean agentHead =
        agent != null
            && (covers(agent, head)
                || titled != null
                || QUANTITIES.contains(s.tokens().get(head).lemma().toLowerCase(Locale.ROOT)));
    if (agentHead && country == null && titled == null) {
      // "the Bush administration", "the Kohl government": a leader's surname no alias covers, when
      // every dictionary person of that surname who led a government led the same country's
      Optional<Resolution> led = leadersAgent(s, head, inside, agent);
      if (led.isPresent()) {
        return led.get();
      }
    }
    if (agentHead && country == null) {
      // "Azerbaijani aircraft and drones": a conjunct shares the first one's country; "security
      // forces in Guinea", "officials from Iraq": the phrase places the agent
      Optional<Mention> shared = conjunctCountry(s, head);
      if (shared.isPresent()) {
        return placedAgent(agent, shared.get(), "coordinated with a phrase of");
      }
      Optional<Mention> home = homeCountry(s, head);
      if (home.isPresent()) {
        return placedAgent(agent, home.get(), "placed in");
      }
    }
    if (agentHead) {
      // "police fired tear gas" under a HONG KONG dateline: domestic agents are local to the
      // dateline, or to the one country the article is about
      Optional<Country> home =
          DATELINE_SECTORS.contains(agent.code()) && datelineCountry.isPresent()
              ? datelineCountry
              : focusCountry;
      if (home.isPresent()) {
        Country c = home.get();
        ActorRef.How how =
            home == datelineCountry
                ? ActorRef.How.DATELINE_AGENT
                : ActorRef.How.ARTICLE_COUNTRY_AGENT;
        return Resolution.of(
            composed(c.code(), c.names().get(0), agent.code(), "country:" + c.code(), how, 0.6),
            "agent word '"
                + agent.text()
                + "' ("
                + agent.code()
                + ") in "
                + (home == datelineCountry ? "an article datelined in " : "an article about ")
                + c.names().get(0)
                + unknownName(inside, head));
      }
    }
    if (agentHead && SENTENCE_SECTORS.contains(agent.code())) {
      // "police fired on protesters in Baghdad", "monks marched through Yangon": with no country
      // for the article, the one country the sentence names, as an actor or a place
      Optional<Country> only = onlyCountry(s);
      if (only.isPresent()) {
        Country c = only.get();
        return Resolution.of(
            composed(
                c.code(),
                c.names().get(0),
                agent.code(),
                "country:" + c.code(),
                ActorRef.How.SENTENCE_COUNTRY_AGENT,
                0.55),
            "agent word '"
                + agent.text()
                + "' ("
                + agent.code()
                + ") in a sentence that names one country, "
                + c.names().get(0)
                + unknownName(inside, head));
      }
    }
    if (agentHead && titled == null) {
      // no country anywhere: the sector alone ("police" is COP), as CAMEO codes an unattached
      // agent; a titled name no country places stays a named person with no code
      String word = SECTOR_NAMES.getOrDefault(agent.code(), agent.code().toLowerCase(Locale.ROOT));
      return Resolution.of(
          new ActorRef(agent.code(), word, "agent:" + agent.code(), ActorRef.How.AGENT, 0.5),
          "agent word '"
              + agent.text()
              + "' ("
              + agent.code()
              + ") with no country in the text"
              + unknownName(inside, head));
    }
    for (Mention m : inside) {
      // a person or organisation no dictionary knows: kept with its name and no code
      if (m.kind() == Mention.Kind.NER
          && covers(m, head)
          && (m.nerType().equals("PERSON") || m.nerType().equals("ORGANIZATION"))) {
        return Resolution.of(
            new ActorRef(
                "",
                m.text(),
                "entity:" + m.text().toLowerCase(Locale.ROOT),
                ActorRef.How.ENTITY,
                0.4),
            (m.nerType().equals("PERSON") ? "person" : "organisation")
                + " '"
                + m.text()
                + "' is in no dictionary and no title or country in the phrase gives a code");
      }
    }
    for (Mention m : inside) {
      if (m.kind() == Mention.Kind.PERSON && m.actorId() != null && !m.resolved()) {
        return Resolution.none(
            "person '"
                + m.text()
                + "' is "
                + m.actorName()
                + ", who holds no office on "
                + (date == null ? "an unknown date" : date));
      }
    }
    if (agent != null) {
      return Resolution.none(
          "agent word '"
              + agent.text()
              + "' modifies '"
              + s.tokens().get(head).word()
              + "', which is not an actor");
    }
    return Resolution.none(
        inside.isEmpty()
            ? "no dictionary entry, agent word or named entity in the phrase"
            : "'"
                + inside.get(0).text()
                + "' ("
                + inside.get(0).kind().name().toLowerCase(Locale.ROOT)
                + ") is not the head of the phrase");
  }

  private Optional<Resolution> leadersAgent(
      Sentence s, int head, List<Mention> inside, Mention agent) {
    for (Mention m : inside) {
      if (m.kind() != Mention.Kind.NER
          || !m.nerType().equals("PERSON")
          || m.firstToken() != m.lastToken()
          || m.lastToken() >= head
          || covers(agent, m.firstToken())) {
        continue;
      }
      Set<String> countries = new TreeSet<>();
      for (Person p : resolver.bySurname(m.text())) {
        for (Role r : p.roles()) {
          if (r.code().endsWith("GOV") && r.code().length() == 6) {
            countries.add(r.code().substring(0, 3));
          }
        }
      }
      if (countries.size() != 1) {
        continue;
      }
      Optional<Country> c = resolver.countryOf(countries.iterator().next());
      if (c.isEmpty()) {
        continue;
      }
      return Optional.of(
          Resolution.of(
              composed(
                  c.get().code(),
                  c.get().names().get(0),
                  agent.code(),
                  c.get().id(),
                  ActorRef.How.COUNTRY_AGENT,
                  0.7),
              "agent word '"
                  + agent.text()
                  + "' ("
                  + agent.code()
                  + ") of '"
                  + m.text()
                  + "': every "
                  + m.text()
                  + " of the dictionary in government was of "
                  + c.get().names().get(0)));
    }
    return Optional.empty();
  }

  /**
   * The unknown person a title names ("Bush" in "President Bush", "Tran Xuan Gia" in "Planning
   * Minister Tran Xuan Gia"): a tagged PERSON at the head, after the title's agent word.
   */
  private static Mention titledName(List<Mention> inside, Mention title, int head) {
    if (title == null || title.lastToken() >= head) {
      return null;
    }
    for (Mention m : inside) {
      if (m.kind() == Mention.Kind.NER
          && m.nerType().equals("PERSON")
          && covers(m, head)
          && m.firstToken() > title.lastToken()) {
        return m;
      }
    }
    return null;
  }

  /**
   * A title and a surname that only dictionary people of that title share: "President Reagan",
   * "Chancellor Kohl", and "President Bush" (two presidents Bush, one code). On a date, the holders
   * of the title that day; with none, every holder of it.
   */
  private Optional<Resolution> titledSurname(Mention title, Mention name, LocalDate date) {
    String[] words = name.text().strip().split("\\s+");
    String surname = words[words.length - 1];
    String wanted = title.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    Map<Person, String> holders = new java.util.LinkedHashMap<>();
    for (Person p : resolver.bySurname(surname)) {
      if (words.length > 1 && !Gazetteer.key(p.name()).endsWith(Gazetteer.key(name.text()))) {
        continue; // "President Dos Santos" must match the whole name given
      }
      for (Role r : p.roles()) {
        boolean held = date == null ? !r.code().endsWith("ELI") : r.covers(date);
        if (held && titleMatches(r.title(), wanted)) {
          holders.put(p, r.code());
        }
      }
    }
    Set<String> codes = new TreeSet<>(holders.values());
    if (codes.size() != 1) {
      return Optional.empty();
    }
    String code = codes.iterator().next();
    List<String> names = holders.keySet().stream().map(Person::name).toList();
    Person one = holders.size() == 1 ? holders.keySet().iterator().next() : null;
    ActorRef actor =
        new ActorRef(
            code,
            one != null ? one.name() : name.text(),
            one != null ? one.id() : "entity:" + name.text().toLowerCase(Locale.ROOT),
            ActorRef.How.SURNAME,
            one != null ? 0.75 : 0.6);
    return Optional.of(
        Resolution.of(
            actor,
            "title '"
                + title.text()
                + "' + surname '"
                + surname
                + "': "
                + String.join(", ", names)
                + (date == null ? "" : " on " + date)
                + " -> "
                + code));
  }

  /** Whether a role's title ("prime minister (approx. date)") is the title a text gives. */
  private static boolean titleMatches(String roleTitle, String wanted) {
    String t = roleTitle.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "").strip();
    String w = wanted.equals("premier") ? "prime minister" : wanted;
    return t.equals(w) || t.startsWith(w + " ") || t.startsWith(w + ",");
  }

  /** The person of a mention as an actor, with how the mention matched the dictionary. */
  private Resolution personResolution(
      Mention person, String code, LocalDate date, ActorRef.How rule, double conf, String via) {
    Optional<Person> p = resolver.dictionary().person(person.actorId());
    ActorRef.How how = rule;
    String match;
    String form = Gazetteer.key(person.text());
    boolean dictionaryForm =
        p.isPresent()
            && (Gazetteer.key(p.get().name()).equals(form)
                || p.get().aliases().stream().anyMatch(a -> Gazetteer.key(a).equals(form)));
    if (dictionaryForm) {
      match = Gazetteer.key(p.get().name()).equals(form) ? "name" : "alias '" + person.text() + "'";
    } else if (!person.text().strip().contains(" ")) {
      match = "surname '" + person.text() + "' after the full name";
      how = rule == ActorRef.How.PERSON ? ActorRef.How.SURNAME : rule;
    } else {
      match = "fuzzy match of '" + person.text() + "'";
      how = rule == ActorRef.How.PERSON ? ActorRef.How.FUZZY : rule;
    }
    String role =
        p.flatMap(x -> date == null ? Optional.empty() : x.roleOn(date))
            .map(Role::title)
            .orElse(null);
    String why =
        via
            + "person "
            + person.actorName()
            + " by "
            + match
            + (role == null ? "" : "; " + role + " on " + date)
            + " -> "
            + code;
    return Resolution.of(new ActorRef(code, person.actorName(), person.actorId(), how, conf), why);
  }

  /** ", name kept: 'Takeshi Iwaya'" when an unknown person heads the phrase. */
  private static String unknownName(List<Mention> inside, int head) {
    for (Mention m : inside) {
      if (m.kind() == Mention.Kind.NER && m.nerType().equals("PERSON") && covers(m, head)) {
        return "; person '" + m.text() + "' is in no dictionary, coded by the title";
      }
    }
    return "";
  }

  private static String kindWord(Mention.Kind k) {
    return switch (k) {
      case COUNTRY -> "country name";
      case DEMONYM -> "demonym";
      case CAPITAL -> "capital";
      case SEAT -> "seat of government";
      case PLACE -> "place";
      default -> k.name().toLowerCase(Locale.ROOT);
    };
  }

  /**
   * Prepositions after which a capital is a venue or destination, not an actor ("talks in Hanoi").
   */
  private static final Set<String> VENUE_CASES =
      Words.set(
          """
          in at into near outside inside across around toward towards throughout
          within on
          """);

  /** Verbs whose object is a place that is attacked or threatened ("missiles struck Kyiv"). */
  private static final Set<String> ATTACK_VERBS =
      Words.set(
          """
          strike hit attack shell bomb target pound bombard invade capture seize
          besiege raid storm turn encircle surround rock
          """);

  /**
   * Whether a capital at {@code head} is a place: a venue after a preposition, or the object
   * attacked.
   */
  static boolean isPlace(Sentence s, int head) {
    return venueCase(s, head) != null || attacked(s, head);
  }

  private static String venueCase(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("case")) {
        String w = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (VENUE_CASES.contains(w)) {
          return w;
        }
      }
    }
    return null;
  }

  private static boolean attacked(Sentence s, int head) {
    Optional<Dependency> d = s.head(head);
    if (d.isEmpty() || d.get().governor() < 0) {
      return false;
    }
    String rel = d.get().relation();
    return (rel.equals("obj") || rel.equals("nsubj:pass"))
        && ATTACK_VERBS.contains(
            s.tokens().get(d.get().governor()).lemma().toLowerCase(Locale.ROOT));
  }

  private static String placeWhy(Sentence s, int head) {
    String c = venueCase(s, head);
    if (c != null) {
      return "after '" + c + "'";
    }
    return "object of '" + s.tokens().get(s.head(head).orElseThrow().governor()).word() + "'";
  }

  /**
   * The country an article is about when it names one far more than any other (at least three
   * mentions and twice the next): "the army" in an article on Myanmar is Myanmar's army.
   */
  private static Optional<Country> focusCountry(ActorResolver resolver, List<Mention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : mentions) {
      if (m.code() != null && m.code().length() >= 3 && COUNTRY_KINDS.contains(m.kind())) {
        counts.merge(m.code().substring(0, 3), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    if (ranked.isEmpty() || ranked.get(0).getValue() < 3) {
      return Optional.empty();
    }
    if (ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
      return Optional.empty();
    }
    return resolver.countryOf(ranked.get(0).getKey());
  }

  /** An agent word given the country of a mention outside its own phrase, and why. */
  private Resolution placedAgent(Mention agent, Mention country, String how) {
    String base = country.code().substring(0, 3);
    String countryName = resolver.countryOf(base).map(c -> c.names().get(0)).orElse(base);
    return Resolution.of(
        composed(
            base, countryName, agent.code(), country.actorId(), ActorRef.How.COUNTRY_AGENT, 0.75),
        "agent word '"
            + agent.text()
            + "' ("
            + agent.code()
            + ") "
            + how
            + " "
            + kindWord(country.kind())
            + " '"
            + country.text()
            + "' ("
            + countryName
            + ")");
  }

  /**
   * The country modifying the phrase an agent word is coordinated with: "Azerbaijani aircraft and
   * drones" makes the drones Azerbaijani too. Only a modifier of the first conjunct counts, not a
   * country inside its own phrases.
   */
  private Optional<Mention> conjunctCountry(Sentence s, int head) {
    Optional<Dependency> up = s.head(head);
    if (up.isEmpty() || !up.get().relation().startsWith("conj") || up.get().governor() < 0) {
      return Optional.empty();
    }
    int first = up.get().governor();
    Set<Integer> modifiers = new TreeSet<>();
    for (Dependency d : s.children(first)) {
      if (d.relation().equals("amod") || d.relation().startsWith("compound")) {
        modifiers.addAll(nounPhrase(s, d.dependent()));
      }
    }
    return countryIn(s, modifiers);
  }

  /**
   * A country named in an {@code in} or {@code from} phrase of an agent word ("security forces in
   * Guinea"), or in such a phrase of a place inside it ("rebels in the north of Sudan").
   */
  private Optional<Mention> homeCountry(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (!HOME_PHRASES.contains(d.relation())) {
        continue;
      }
      Optional<Mention> m = countryIn(s, nounPhrase(s, d.dependent()));
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The one country a sentence's mentions name, as actors or as places, if there is one. */
  private Optional<Country> onlyCountry(Sentence s) {
    Set<String> codes = new HashSet<>();
    for (Mention m : mentions(s.index())) {
      if (m.code() == null || m.code().length() < 3 || m.kind() == Mention.Kind.AGENT) {
        continue;
      }
      if (!COUNTRY_KINDS.contains(m.kind()) && m.kind() != Mention.Kind.PLACE) {
        return Optional.empty(); // an organisation or a person may be whose agents they are
      }
      resolver.countryOf(m.code().substring(0, 3)).ifPresent(c -> codes.add(c.code()));
    }
    return codes.size() == 1 ? resolver.countryOf(codes.iterator().next()) : Optional.empty();
  }

  /** The first mention of a known country that starts or ends among {@code tokens}. */
  private Optional<Mention> countryIn(Sentence s, Set<Integer> tokens) {
    for (Mention m : mentions(s.index())) {
      if ((tokens.contains(m.firstToken()) || tokens.contains(m.lastToken()))
          && m.code() != null
          && m.code().length() >= 3
          && COUNTRY_KINDS.contains(m.kind())
          && resolver.countryOf(m.code().substring(0, 3)).isPresent()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * A country's sector as an actor: {@code KORGOV}, "South Korea (government)", id {@code
   * country:KOR/GOV}.
   */
  public static ActorRef countryAgent(
      Country c, String sector, ActorRef.How how, double confidence) {
    return composed(c.code(), c.names().get(0), sector, c.id(), how, confidence);
  }

  private static ActorRef composed(
      String base, String countryName, String sector, String id, ActorRef.How how, double conf) {
    String word = SECTOR_NAMES.getOrDefault(sector, sector.toLowerCase(Locale.ROOT));
    return new ActorRef(
        base + sector, countryName + " (" + word + ")", id + "/" + sector, how, conf);
  }

  private String personCode(Mention person, LocalDate date) {
    if (date == null) {
      return person.code();
    }
    return resolver
        .dictionary()
        .person(person.actorId())
        .map(p -> ActorResolver.codeOn(p, date))
        .orElse(person.code());
  }

  private static boolean covers(Mention m, int token) {
    return m.firstToken() <= token && token <= m.lastToken();
  }

  /** Whether the token is the active subject of its clause ("Stepanakert was shelled" is not). */
  private static boolean subject(Sentence s, int head) {
    return s.head(head).map(d -> d.relation().equals("nsubj")).orElse(false);
  }

  private static boolean isEntityHead(Sentence s, int head) {
    Token t = s.tokens().get(head);
    return !t.ner().equals("O") || t.pos().startsWith("NNP");
  }

  /** Tokens of the noun phrase headed by {@code head}: the head and its nominal modifiers. */
  public static Set<Integer> nounPhrase(Sentence s, int head) {
    Set<Integer> out = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty() && out.size() < 40) {
      int t = todo.pop();
      if (!out.add(t)) {
        continue;
      }
      for (Dependency d : s.children(t)) {
        String rel = d.relation();
        if (NP_RELATIONS.contains(rel)
            || rel.startsWith("nmod:poss")
            || rel.startsWith("flat")
            || rel.startsWith("compound")) {
          todo.push(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * Tokens under a possessive modifier of the head ("Biegun's counterpart": Biegun), or of an
   * appositive of it ("Kim Hyok Chol, Pompeo's counterpart": Pompeo again).
   */
  private static Set<Integer> possessorTokens(Sentence s, int head) {
    Set<Integer> out = new TreeSet<>();
    for (Dependency d : s.children(head)) {
      if (d.relation().startsWith("nmod:poss")) {
        out.addAll(nounPhrase(s, d.dependent()));
      } else if (d.relation().equals("appos")) {
        for (Dependency a : s.children(d.dependent())) {
          if (a.relation().startsWith("nmod:poss")) {
            out.addAll(nounPhrase(s, a.dependent()));
          }
        }
      }
    }
    return out;
  }
}

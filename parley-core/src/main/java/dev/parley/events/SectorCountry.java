package dev.parley.events;

import dev.parley.actors.ActorRef;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.Country;
import dev.parley.actors.Mention;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The country of an agent word that names none ("police", "protesters", "the government") when the
 * actor stage found none for it (no demonym, dateline or article focus). CAMEO codes "police" in a
 * story about Kenya as {@code KENCOP}, not {@code COP}; the event supplies what the phrase lacks,
 * in this order:
 *
 * <ol>
 *   <li>the other side of a domestic pair: police, courts, a government, a legislature, rebels,
 *       parties, the opposition or civilians of one country act on the civilians, opposition,
 *       rebels, police or forces of that same country ("Russian police detained protesters",
 *       "Syrian rebels drove government troops out");
 *   <li>else the one country the sentence names ("police fired on protesters in Baghdad"), unless
 *       it is the other side's country and the pair is not a domestic one ("jets struck Gaza").
 * </ol>
 *
 * <p>A military is not a domestic side: "US troops killed civilians" says nothing of whose
 * civilians they were, and "troops shelled the Palestinian police" nothing of whose troops; an
 * unattached armed agent takes a country only from rebels, insurgents, separatists or the
 * opposition it fights. With two countries in the sentence and no domestic pair, the sector stays
 * alone.
 */
final class SectorCountry {

  /**
   * Sectors whose dealings with an unattached agent word are, in news, within their own country.
   */
  private static final Set<String> DOMESTIC =
      Set.of(
          "COP", "JUD", "GOV", "LEG", "OPP", "REB", "INS", "SEP", "CVL", "PTY", "LAB", "EDU", "MED",
          "BUS");

  /** Armed sectors, which fight abroad as often as at home. */
  private static final Set<String> ARMED = Set.of("MIL", "SPY", "UAF");

  /** Whom an unattached armed agent fights at home: "rebels clashed with troops". */
  private static final Set<String> INTERNAL_FOES = Set.of("REB", "INS", "SEP", "OPP");

  /**
   * Sectors an unattached agent word may take a country for. Not the media: "Kim told reporters" at
   * a summit says nothing of whose reporters they were.
   */
  private static final Set<String> ANCHORABLE =
      Set.of(
          "COP", "JUD", "GOV", "LEG", "OPP", "REB", "INS", "SEP", "CVL", "PTY", "LAB", "EDU", "BUS",
          "MIL", "SPY", "UAF", "REF", "ELI", "HRI", "CRM");

  private final ActorResolver resolver;
  private final Set<String> sentenceCountries;

  /** The agents of one sentence, whose resolved mentions name {@code sentenceCountries}. */
  private SectorCountry(ActorResolver resolver, Set<String> sentenceCountries) {
    this.resolver = resolver;
    this.sentenceCountries = sentenceCountries;
  }

  /** The anchoring for one sentence: the countries its resolved mentions name. */
  static SectorCountry of(ActorResolver resolver, Iterable<Mention> mentions, int sentence) {
    Set<String> countries = new TreeSet<>();
    for (String key : actorsNamed(resolver, mentions, sentence)) {
      resolver.countryOf(key).ifPresent(c -> countries.add(c.code()));
    }
    return new SectorCountry(resolver, countries);
  }

  /**
   * The actors a sentence names by name (agent words and unknown entities aside), each as its
   * country's code ("KORGOV" is KOR) or, for an actor of no country, its own code ("IGOUNO").
   */
  static Set<String> actorsNamed(ActorResolver resolver, Iterable<Mention> mentions, int sentence) {
    Set<String> out = new TreeSet<>();
    for (Mention m : mentions) {
      if (m.sentence() != sentence
          || m.code() == null
          || m.kind() == Mention.Kind.AGENT
          || m.kind() == Mention.Kind.NER) {
        continue;
      }
      out.add(resolver.countryOf(m.code()).map(Country::code).orElse(m.code()));
    }
    return out;
  }

  /** {@code agent} with a country, when it is a bare sector and one can be told; else unchanged. */
  ActorRef anchor(ActorRef agent, ActorRef other) {
    if (agent == null || agent.how() != ActorRef.How.AGENT || !ANCHORABLE.contains(agent.code())) {
      return agent;
    }
    Optional<Country> home = Optional.empty();
    if (other != null && other.how() != ActorRef.How.AGENT) {
      Optional<Country> otherCountry = resolver.countryOf(other.code());
      String otherSector =
          other.code().length() > 3
              ? other.code().substring(3, Math.min(6, other.code().length()))
              : "";
      boolean domestic =
          ARMED.contains(agent.code())
              ? INTERNAL_FOES.contains(otherSector)
              : DOMESTIC.contains(otherSector);
      if (otherCountry.isPresent() && domestic) {
        home = otherCountry;
      }
    }
    if (home.isEmpty() && sentenceCountries.size() == 1) {
      String only = sentenceCountries.iterator().next();
      // "jets struck Gaza": the one country named is the other side's, which says nothing of whose
      // jets they were
      boolean otherSides =
          other != null
              && resolver.countryOf(other.code()).map(c -> c.code().equals(only)).orElse(false);
      if (!otherSides) {
        home = resolver.countryOf(only);
      }
    }
    if (home.isEmpty()) {
      return agent;
    }
    Country c = home.get();
    if (other != null && other.code().equals(c.code() + agent.code())) {
      return agent; // "the government released the leaders": not the government acting on itself
    }
    return new ActorRef(
        c.code() + agent.code(),
        c.names().get(0) + " (" + agent.name() + ")",
        c.id() + "/" + agent.code(),
        ActorRef.How.EVENT_COUNTRY_AGENT,
        Math.min(agent.confidence() + 0.1, 0.6));
  }
}

package dev.parley.actors;

import dev.parley.text.DataFileException;
import dev.parley.text.TsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The actor dictionary: countries (with demonyms, capitals and seats of government), agent words
 * and their sectors, named organisations, people with dated roles, places inside countries, and
 * idioms. Built from the files {@code dev/parley/actors/index.txt} lists on the classpath (their
 * format is described at the top of each and in the README beside them) plus any user files, whose
 * kind is told by the end of their name ({@code *.countries.tsv}, {@code *.agents.tsv}, {@code
 * *.named.tsv}, {@code *.people.tsv}, {@code *.places.tsv}, {@code *.idioms.tsv}), or PETRARCH and
 * Phoenix dictionaries ({@code *.actors}, {@code *.agents}, also with {@code .txt}), of which a
 * documented subset is read. User entries add to the built-in ones.
 *
 * <p>Lookups: entries by id and agents by lower-cased phrase. Matching surface forms in text is the
 * {@link Gazetteer}'s job (the one surface-form index).
 */
public final class ActorDictionary {
  private final Map<String, Country> countries;
  private final Map<String, Agent> agents;
  private final Map<String, NamedActor> named;
  private final Map<String, Person> people;
  private final java.util.Set<String> idioms;
  private final List<Place> places;
  // sorted once: the resolver walks these lists for every fuzzy match
  private final List<Country> countryList;
  private final List<Agent> agentList;
  private final List<NamedActor> namedList;
  private final List<Person> peopleList;
  private final Map<String, ActorEntry> byId;
  private final List<String> notes;

  private static final System.Logger LOG = System.getLogger(ActorDictionary.class.getName());

  /**
   * How many skipped lines of one PETRARCH file are logged one by one; {@link #notes()} has all.
   */
  private static final int LOGGED_PER_FILE = 20;

  private ActorDictionary(ActorFileParser parsed, List<String> notes) {
    this.notes = List.copyOf(notes);
    this.countries = Map.copyOf(parsed.countries);
    this.agents = Map.copyOf(parsed.agents);
    this.named = Map.copyOf(parsed.named);
    this.people = Map.copyOf(parsed.people);
    this.idioms = java.util.Set.copyOf(parsed.idioms);
    this.places = List.copyOf(parsed.places.values());
    this.countryList = sorted(countries.values(), Comparator.comparing(Country::code));
    this.agentList = sorted(agents.values(), Comparator.comparing(Agent::phrase));
    this.namedList = sorted(named.values(), Comparator.comparing(NamedActor::id));
    this.peopleList = sorted(people.values(), Comparator.comparing(Person::id));
    Map<String, ActorEntry> ids = new LinkedHashMap<>();
    parsed.countries.values().forEach(c -> ids.put(c.id(), c));
    parsed.named.values().forEach(o -> ids.put(o.id(), o));
    parsed.people.values().forEach(p -> ids.put(p.id(), p));
    parsed.agents.values().forEach(a -> ids.put(a.id(), a));
    parsed.places.values().forEach(p -> ids.put(p.id(), p));
    this.byId = Map.copyOf(ids);
  }

  /** The built-in dictionary (loaded once, then shared: it is immutable). */
  public static ActorDictionary builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The built-in dictionary extended by {@code extraFiles}, read in order.
   *
   * <p>A malformed line of a Parley TSV file stops the load. A PETRARCH file loads whatever it can:
   * each line it cannot use is skipped with a note ({@code file:line: reason}), logged as a warning
   * and kept in {@link #notes()}.
   *
   * @throws IllegalArgumentException if a file's name does not tell its kind
   * @throws DataFileException naming the file and line of the first malformed entry of a TSV file,
   *     or a file that cannot be read
   */
  public static ActorDictionary load(List<Path> extraFiles) {
    Objects.requireNonNull(extraFiles, "extraFiles");
    for (Path file : extraFiles) {
      Objects.requireNonNull(file, "extraFiles element");
      if (ActorFileKind.of(file).isEmpty()) {
        throw new IllegalArgumentException("actor file " + file + ": " + ActorFileKind.NAMING);
      }
    }
    ActorFileParser parser = new ActorFileParser();
    for (String[] entry : builtInIndex()) {
      ActorFileKind kind = ActorFileKind.named(entry[0]);
      parser.add(
          kind, TsvReader.readResource(entry[1].substring(1), kind.minColumns, kind.maxColumns));
    }
    List<String> notes = new ArrayList<>();
    for (Path file : extraFiles) {
      ActorFileKind kind = ActorFileKind.of(file).orElseThrow();
      switch (kind) {
        case PETRARCH_ACTORS ->
            notes.addAll(
                readPetrarch(file, ".actors", r -> PetrarchActorsReader.read(file, parser, r)));
        case PETRARCH_AGENTS ->
            notes.addAll(
                readPetrarch(file, ".agents", r -> PetrarchAgentsReader.read(file, parser, r)));
        default -> parser.add(kind, TsvReader.readFile(file, kind.minColumns, kind.maxColumns));
      }
    }
    return new ActorDictionary(parser, notes);
  }

  /**
   * Reads one PETRARCH file; returns its notes (skipped lines, then a summary) after logging them.
   */
  private static List<String> readPetrarch(
      Path file, String format, java.util.function.Consumer<PetrarchReport> read) {
    PetrarchReport report = new PetrarchReport(file.toString(), format);
    read.accept(report);
    List<String> out = new ArrayList<>(report.skipped());
    out.add(report.summary());
    if (!report.skipped().isEmpty()) {
      report.skipped().stream()
          .limit(LOGGED_PER_FILE)
          .forEach(n -> LOG.log(System.Logger.Level.WARNING, n));
      String more =
          report.skipped().size() > LOGGED_PER_FILE
              ? " (the first " + LOGGED_PER_FILE + " are listed above)"
              : "";
      LOG.log(System.Logger.Level.WARNING, report.summary() + more);
    }
    return out;
  }

  /**
   * Whether Parley reads {@code file} as an actor file, by its name: {@code NAME.people.tsv} and
   * the other TSV kinds, or a PETRARCH {@code NAME.actors}, {@code NAME.agents} (also {@code .txt},
   * as the Phoenix files are named). What {@code DATA/dictionaries/} is scanned with.
   */
  public static boolean readsFile(Path file) {
    return ActorFileKind.of(file).isPresent();
  }

  /**
   * One-line notes on the user's PETRARCH files, in load order: each line skipped ({@code
   * file:line: reason}) and a summary per file (entries read, lines skipped). Empty when no
   * PETRARCH file was loaded.
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * The classpath resources of the built-in dictionary, in load order (for the pipeline version).
   */
  public static List<String> builtInResources() {
    return builtInIndex().stream().map(e -> e[1]).toList();
  }

  /** The built-in files as (kind, absolute resource) pairs, from {@code actors/index.txt}. */
  private static List<String[]> builtInIndex() {
    String index = "/dev/parley/actors/index.txt";
    try (java.io.InputStream in = ActorDictionary.class.getResourceAsStream(index)) {
      if (in == null) {
        throw new IllegalStateException("actor index missing from the classpath: " + index);
      }
      List<String[]> out = new ArrayList<>();
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.strip().split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(index + ": a line is KIND<TAB>file: " + line);
        }
        out.add(new String[] {cols[0], "/dev/parley/actors/" + cols[1]});
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + index, e);
    }
  }

  /** Any entry by its id ("country:KOR", "person:donald-trump", "org:kcna", "agent:troops"). */
  public Optional<ActorEntry> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A country by CAMEO code ("KOR"). */
  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** A person by id ("person:donald-trump"). */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.get(id));
  }

  /** An agent by phrase, ignoring case and extra spaces ("Foreign Ministry" finds GOV). */
  public Optional<Agent> agent(String phrase) {
    return Optional.ofNullable(
        agents.get(phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
  }

  public List<Country> countries() {
    return countryList;
  }

  public List<Agent> agents() {
    return agentList;
  }

  public List<NamedActor> named() {
    return namedList;
  }

  /**
   * Phrases (matching keys: lower case, no accents) in which a country's name, demonym or capital
   * names no actor: "Swiss cheese", "the Indian Ocean", "Brussels sprouts".
   */
  public java.util.Set<String> idioms() {
    return idioms;
  }

  /** Places inside countries (cities, divisions, areas), in load order. */
  public List<Place> places() {
    return places;
  }

  public List<Person> people() {
    return peopleList;
  }

  private static <T> List<T> sorted(java.util.Collection<T> values, Comparator<T> order) {
    return values.stream().sorted(order).toList();
  }

  private static final class BuiltIn {
    static final ActorDictionary INSTANCE = load(List.of());
  }
}

package dev.parley.actors;

import dev.parley.text.TsvReader.Line;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns lines of actor files into entries and merges them: later files add names, aliases and roles
 * to earlier entries, and replace single-valued fields (an agent's sector, an organisation's code).
 * Every malformed line fails with {@code file:line: reason}.
 */
final class ActorFileParser {
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");
  static final Pattern ACTOR_CODE = Pattern.compile("(?:[A-Z]{3}){1,5}");

  final Map<String, Country> countries = new LinkedHashMap<>();
  final Map<String, Agent> agents = new LinkedHashMap<>();
  final Map<String, NamedActor> named = new LinkedHashMap<>();
  final Map<String, Person> people = new LinkedHashMap<>();
  final java.util.Set<String> idioms = new LinkedHashSet<>();
  final Map<String, Place> places = new LinkedHashMap<>();

  /** Each place name (as matching reads it) and the country it was first given to. */
  private final Map<String, String> placeCountries = new java.util.HashMap<>();

  void add(ActorFileKind kind, List<Line> lines) {
    for (Line line : lines) {
      switch (kind) {
        case COUNTRIES -> addCountry(line);
        case AGENTS -> addAgent(line);
        case NAMED -> addNamed(line);
        case PEOPLE -> addPerson(line);
        case IDIOMS -> addIdiom(line);
        case PLACES -> addPlace(line);
        case PETRARCH_ACTORS, PETRARCH_AGENTS ->
            throw new IllegalArgumentException(
                kind
                    + " files are not TSV: PetrarchActorsReader and PetrarchAgentsReader read them");
      }
    }
  }

  private void addCountry(Line line) {
    String code = code(line, 0, "code", COUNTRY_CODE, "three upper-case letters");
    List<String> names = line.values(1, "names");
    if (names.isEmpty()) {
      throw line.error("missing names");
    }
    mergeCountry(
        new Country(
            code,
            names,
            line.values(2, "demonyms"),
            line.values(3, "capitals"),
            line.values(4, "seats")));
  }

  /** Adds a country, or adds its names, demonyms, capitals and seats to the one of its code. */
  void mergeCountry(Country incoming) {
    countries.merge(
        incoming.code(),
        incoming,
        (old, add) ->
            new Country(
                old.code(),
                union(old.names(), add.names()),
                union(old.demonyms(), add.demonyms()),
                union(old.capitals(), add.capitals()),
                union(old.seats(), add.seats())));
  }

  private void addIdiom(Line line) {
    String phrase = line.required(0, "phrase").replaceAll("\\s+", " ");
    if (!phrase.contains(" ")) {
      throw line.error(
          "idiom '" + phrase + "' must be two words or more (the name and its company)");
    }
    idioms.add(Gazetteer.key(phrase));
  }

  private void addPlace(Line line) {
    List<String> names = line.values(0, "names");
    if (names.isEmpty()) {
      throw line.error("missing names");
    }
    String country = code(line, 1, "country", COUNTRY_CODE, "three upper-case letters");
    String kind = line.required(2, "kind");
    if (!Place.KINDS.contains(kind)) {
      throw line.error("kind '" + kind + "' is not one of " + String.join(", ", Place.KINDS));
    }
    for (String name : names) {
      String before = placeCountries.putIfAbsent(Gazetteer.key(name), country);
      if (before != null && !before.equals(country)) {
        throw line.error(
            "place '"
                + name
                + "' is already a place in "
                + before
                + ": leave an ambiguous name out");
      }
    }
    Place incoming = new Place(names, country, kind);
    places.merge(
        incoming.id(),
        incoming,
        (old, add) -> new Place(union(old.names(), add.names()), old.country(), old.kind()));
  }

  private void addAgent(Line line) {
    String phrase = line.required(0, "phrase").replaceAll("\\s+", " ");
    if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
      throw line.error("phrase '" + phrase + "' must be lower case");
    }
    if (phrase.contains("|")) {
      throw line.error("phrase '" + phrase + "' must be one phrase: write one line per form");
    }
    String sector = code(line, 1, "sector", SECTOR, "three upper-case letters");
    putAgent(phrase, sector);
  }

  /** Adds an agent phrase (lower case), or gives a known one this sector. */
  void putAgent(String phrase, String sector) {
    agents.put(phrase, new Agent(phrase, sector));
  }

  private void addNamed(Line line) {
    String code = code(line, 0, "code", ACTOR_CODE, "3 to 15 upper-case letters, in threes");
    List<String> names = line.values(1, "names");
    if (names.isEmpty()) {
      throw line.error("missing names");
    }
    mergeNamed(new NamedActor(code, names));
  }

  /** Adds an organisation, or gives the one of the same first name this code and these names. */
  void mergeNamed(NamedActor incoming) {
    named.merge(
        incoming.id(),
        incoming,
        (old, add) -> new NamedActor(add.code(), union(old.names(), add.names())));
  }

  /**
   * Adds a person from a foreign dictionary, or adds their roles and aliases to the person of the
   * same id. Unlike a {@code people.tsv} line, a name that differs from the known one only in
   * spelling ("Kim Jong Un" for "Kim Jong-un": the same id) is not an error: it becomes an alias.
   */
  void mergePerson(Person incoming) {
    people.merge(
        incoming.id(),
        incoming,
        (old, add) -> {
          List<Role> roles = new ArrayList<>(old.roles());
          roles.addAll(add.roles());
          List<String> aliases = union(old.aliases(), add.aliases());
          if (!old.name().equals(add.name())) {
            aliases = union(aliases, List.of(add.name()));
          }
          return new Person(old.id(), old.name(), aliases, roles);
        });
  }

  private void addPerson(Line line) {
    String name = line.required(0, "name");
    if (name.contains("|")) {
      throw line.error("name '" + name + "' must be one name: put other forms in aliases");
    }
    List<String> aliases = line.values(1, "aliases");
    if (aliases.contains(name)) {
      throw line.error("alias '" + name + "' repeats the name");
    }
    String code = code(line, 2, "code", ACTOR_CODE, "3 to 15 upper-case letters, in threes");
    LocalDate from = date(line, 3, "from");
    LocalDate to = line.cell(4).isEmpty() ? null : date(line, 4, "to");
    if (to != null && !to.isAfter(from)) {
      throw line.error("to " + to + " is not after from " + from);
    }
    String title = line.required(5, "role");
    String id;
    try {
      id = Person.idFor(name);
    } catch (IllegalArgumentException e) {
      throw line.error(e.getMessage());
    }
    Person incoming = new Person(id, name, aliases, List.of(new Role(code, from, to, title)));
    people.merge(
        id,
        incoming,
        (old, add) -> {
          if (!old.name().equals(add.name())) {
            throw line.error(
                "name '" + add.name() + "' has the same id " + id + " as '" + old.name() + "'");
          }
          List<Role> roles = new ArrayList<>(old.roles());
          roles.addAll(add.roles());
          return new Person(id, old.name(), union(old.aliases(), add.aliases()), roles);
        });
  }

  private static String code(Line line, int index, String column, Pattern pattern, String shape) {
    String code = line.required(index, column);
    if (!pattern.matcher(code).matches()) {
      throw line.error(column + " '" + code + "' is not " + shape);
    }
    return code;
  }

  private static LocalDate date(Line line, int index, String column) {
    String text = line.required(index, column);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw line.error(column + " '" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}

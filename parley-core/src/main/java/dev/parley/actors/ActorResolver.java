package dev.parley.actors;

import dev.parley.actors.Gazetteer.Match;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import dev.parley.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 3: finds the actors an article names. Dictionary entries (countries, demonyms, capitals,
 * seats of government, organisations, people, agent words) are matched longest first; a misspelt
 * full name ("Stephen Begun") resolves to a dictionary person when it is one or two edits away.
 * Entities the tagger found that nothing resolves are kept as unresolved mentions. Then {@link
 * Coreference} links what points back within the article (a surname, "Mr. Kim", "he", "the envoy",
 * "the two leaders") to the mentions it stands for: the article's {@link Reference}s.
 */
public final class ActorResolver {
  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;
  private final Map<String, Country> countriesByCode = new HashMap<>();
  private final Coreference coreference = new Coreference(this);

  /** One-word country names, demonyms and capitals of seven letters or more, for fuzzy matches. */
  private final List<Gazetteer.Entry> countryForms = new ArrayList<>();

  /** People by the last word of their name or of a longer alias ("bush", "kohl"). */
  private final Map<String, List<Person>> bySurname = new HashMap<>();

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    this.gazetteer = Gazetteer.of(dictionary);
    for (Country c : dictionary.countries()) {
      countriesByCode.put(c.code(), c);
      c.names().forEach(n -> addCountryForm(n, Mention.Kind.COUNTRY, c));
      c.demonyms().forEach(n -> addCountryForm(n, Mention.Kind.DEMONYM, c));
      c.capitals().forEach(n -> addCountryForm(n, Mention.Kind.CAPITAL, c));
    }
    for (Person p : dictionary.people()) {
      Set<String> surnames = new java.util.TreeSet<>();
      for (String form :
          java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.aliases().stream())
              .toList()) {
        String[] words = Gazetteer.key(form).split(" ");
        if (words.length >= 2) {
          surnames.add(words[words.length - 1]);
        }
      }
      surnames.forEach(k -> bySurname.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
    }
  }

  private void addCountryForm(String form, Mention.Kind kind, Country c) {
    if (form.length() >= 7 && !form.contains(" ")) {
      countryForms.add(new Gazetteer.Entry(form, kind, c));
    }
  }

  /** The dictionary people whose name (or a longer alias) ends in {@code surname}. */
  List<Person> bySurname(String surname) {
    return bySurname.getOrDefault(Gazetteer.key(surname), List.of());
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /**
   * How many actor candidates a sentence's tokens hold (dictionary matches, agent words included,
   * named people and organisations, personal pronouns): a cheap test before parsing.
   */
  public int candidates(List<Token> tokens) {
    int n = 0;
    n += gazetteer.find(tokens).size();
    for (Token t : tokens) {
      String ner = t.ner();
      if (ner.equals("PERSON")
          || ner.equals("ORGANIZATION")
          || t.lemma().equals("he")
          || t.lemma().equals("she")
          || t.lemma().equals("they")) {
        n++;
      }
    }
    return n;
  }

  /** Resolves every mention in the article, in text order, and what points back to them. */
  public ResolvedArticle resolve(AnnotatedArticle annotated) {
    String text = annotated.article().text();
    LocalDate date = annotated.article().publishedDate().map(d -> d.middle()).orElse(null);
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      List<Token> toks = s.tokens();
      boolean[] covered = new boolean[toks.size()];
      for (Match m : gazetteer.find(toks)) {
        if (partOfAnotherName(toks, m) || insideIdiom(toks, m)) {
          continue; // "Denzel Washington", "Moscow, Idaho", "New Mexico": left to the tagger's
          // entity
        }
        Mention mention = mentionOf(s, m, text, date);
        mentions.add(mention);
        for (int i = m.first(); i <= m.last(); i++) {
          covered[i] = true;
        }
      }
      // entities the tagger found that no dictionary entry covers
      int i = 0;
      while (i < toks.size()) {
        String ner = toks.get(i).ner();
        if (covered[i] || !isEntity(ner)) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < toks.size() && toks.get(j + 1).ner().equals(ner) && !covered[j + 1]) {
          j++;
        }
        mentions.add(unresolvedOrPerson(s, i, j, ner, text, date));
        i = j + 1;
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
    Coreference.Found found = coreference.find(annotated, mentions, date);
    return new ResolvedArticle(annotated, found.mentions(), found.references());
  }

  private Mention unresolvedOrPerson(
      Sentence s, int first, int last, String ner, String text, LocalDate date) {
    List<Token> toks = s.tokens();
    String span = CodePoints.slice(text, toks.get(first).begin(), toks.get(last).end());
    if ((ner.equals("LOCATION") || ner.equals("MISC")) && first == last) {
      Gazetteer.Entry near = fuzzyCountry(span);
      if (near != null) {
        return mentionOf(s, new Match(first, last, near), text, date); // "Ethopia", "Afganistan"
      }
    }
    if (ner.equals("PERSON") && first != last) {
      // a surname alone is left to Coreference, which finds the full name it follows
      Person p = fuzzyPerson(span);
      if (p != null) {
        return mention(
            s, first, last, text, Mention.Kind.PERSON, ner, p.id(), p.name(), codeOn(p, date));
      }
    }
    return mention(s, first, last, text, Mention.Kind.NER, ner, null, null, null);
  }

  /**
   * The mention of tokens {@code first..last} of a sentence, as the tagger classed it ({@code
   * ner}), resolved to the actor given (all three null for none).
   */
  private static Mention mention(
      Sentence s,
      int first,
      int last,
      String text,
      Mention.Kind kind,
      String ner,
      String actorId,
      String actorName,
      String code) {
    int begin = s.tokens().get(first).begin();
    int end = s.tokens().get(last).end();
    return new Mention(
        s.index(),
        first,
        last,
        begin,
        end,
        CodePoints.slice(text, begin, end),
        kind,
        ner,
        actorId,
        actorName,
        code);
  }

  /** A dictionary person whose full name is one or two edits from the span, same token count. */
  Person fuzzyPerson(String span) {
    String k = Gazetteer.key(span);
    if (k.length() < 8) {
      return null;
    }
    String[] words = k.split(" ");
    Person best = null;
    // one edit for short names, two for long ones: "Kim Jong-il" must not become "Kim Jong-un"
    int bestDistance = k.length() >= 12 ? 3 : 2;
    for (Person p : dictionary.people()) {
      String pk = Gazetteer.key(p.name());
      String[] pw = pk.split(" ");
      if (pw.length != words.length || !shareWord(words, pw)) {
        continue;
      }
      int d = Levenshtein.distance(k, pk, bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    return best;
  }

  /**
   * The country name, demonym or capital one edit from a one-word place the tagger found
   * ("Ethopia", "Afganistan", "Ghanians"), two for ten letters or more, when exactly one is that
   * near. Only forms of seven letters or more: "Iran" and "Iraq" are one edit apart.
   */
  Gazetteer.Entry fuzzyCountry(String span) {
    String k = Gazetteer.key(span);
    if (k.length() < 7 || k.contains(" ")) {
      return null;
    }
    int bound = k.length() >= 10 ? 3 : 2;
    Gazetteer.Entry best = null;
    int bestDistance = bound;
    boolean tie = false;
    for (Gazetteer.Entry e : countryForms) {
      String ek = Gazetteer.key(e.surface());
      if (ek.equals(k)) {
        return null; // a known form the matcher left out on purpose ("Athens, Georgia")
      }
      if (Math.abs(ek.length() - k.length()) >= bound) {
        continue;
      }
      int d = Levenshtein.distance(k, ek, bound);
      if (d < bestDistance) {
        bestDistance = d;
        best = e;
        tie = false;
      } else if (d == bestDistance && best != null && best.value() != e.value()) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static boolean shareWord(String[] a, String[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(b[i])) {
        return true;
      }
    }
    return false;
  }

  private Mention mentionOf(Sentence s, Match m, String text, LocalDate date) {
    int first = m.first();
    int last = m.last();
    String ner = s.tokens().get(first).ner();
    Mention.Kind kind = m.entry().kind();
    Object v = m.entry().value();
    return switch (kind) {
      case COUNTRY, DEMONYM -> {
        Country c = (Country) v;
        yield mention(
            s, first, last, text, kind, ner, "country:" + c.code(), c.names().get(0), c.code());
      }
      case CAPITAL, SEAT -> {
        Country c = (Country) v;
        yield mention(
            s,
            first,
            last,
            text,
            kind,
            ner,
            "country:" + c.code(),
            c.names().get(0) + " (government)",
            c.code() + "GOV");
      }
      case ORGANISATION -> {
        NamedActor o = (NamedActor) v;
        String id = "org:" + Gazetteer.key(o.names().get(0)).replace(' ', '-');
        yield mention(s, first, last, text, kind, ner, id, o.names().get(0), o.code());
      }
      case PERSON -> {
        Person p = (Person) v;
        yield mention(s, first, last, text, kind, ner, p.id(), p.name(), codeOn(p, date));
      }
      case PLACE -> {
        // a place stands for its country, as CAMEO codes it; the mention's text keeps the place
        Place p = (Place) v;
        Country c = countriesByCode.get(p.country());
        String name = c == null ? p.country() : c.names().get(0);
        yield mention(s, first, last, text, kind, ner, "country:" + p.country(), name, p.country());
      }
      case AGENT -> {
        Agent g = (Agent) v;
        yield mention(s, first, last, text, kind, ner, null, g.phrase(), g.sector());
      }
      case NER -> throw new IllegalStateException("the gazetteer holds dictionary forms only");
    };
  }

  /**
   * A person's code on a date. With no date known at all, the code of the office they are known
   * for: their roles other than ELI (former office) when those agree on one code, else their
   * latest.
   */
  static String codeOn(Person p, LocalDate date) {
    if (date != null) {
      return p.codeOn(date).orElse(null);
    }
    Set<String> offices = new java.util.TreeSet<>();
    for (Role r : p.roles()) {
      if (!r.code().endsWith("ELI")) {
        offices.add(r.code());
      }
    }
    if (offices.size() == 1) {
      return offices.iterator().next();
    }
    return p.roles().stream()
        .max(java.util.Comparator.comparing(Role::from))
        .map(Role::code)
        .orElse(null);
  }

  /**
   * US states whose towns share a country's or capital's name ("Moscow, Idaho", "Paris, Texas").
   */
  private static final Set<String> US_STATES =
      Words.set(
          """
          alabama alaska arizona arkansas california colorado connecticut
          delaware florida georgia hawaii idaho illinois indiana iowa kansas
          kentucky louisiana maine maryland massachusetts michigan minnesota
          mississippi missouri montana nebraska nevada ohio oklahoma oregon
          pennsylvania tennessee texas utah vermont virginia washington
          wisconsin wyoming
          """);

  /** Country names that are also given names ("America Ferrera", "Cuba Gooding Jr."). */
  private static final Set<String> GIVEN_NAME_COUNTRIES =
      Words.set(
          """
          america cuba jordan chad israel kenya china jamaica india georgia chile
          """);

  private static final Pattern CALENDAR_WORD =
      Pattern.compile(
          "(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june"
              + "|july|august|september|october|november|december");

  /**
   * Whether a capitalised word at {@code i} goes on with a name ("Kenya Anti-Corruption
   * Commission"), which a person's "Jr." does not.
   */
  private static boolean longerName(List<Token> toks, int i) {
    if (i >= toks.size()) {
      return false;
    }
    String w = toks.get(i).word();
    return toks.get(i).pos().startsWith("NNP")
        && Character.isUpperCase(w.codePointAt(0))
        && !w.matches("Jr\\.?|Sr\\.?|II|III|IV");
  }

  /**
   * Whether a country's name is a person's first name: the tagger reads the word after it as a
   * person ("Chad Smith"), or the name is also a given name and a capitalised surname the tagger
   * misses follows ("America Ferrera", "Cuba Gooding Jr."), which is no day, month, place,
   * organisation word or longer name ("Israel Friday", "Kenya Airways", "Kenya Anti-Corruption
   * Commission").
   */
  private static boolean firstName(List<Token> toks, Match m) {
    if (m.last() + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(m.last() + 1);
    if (next.ner().equals("PERSON") && next.pos().startsWith("NNP")) {
      return true;
    }
    return m.first() == m.last()
        && GIVEN_NAME_COUNTRIES.contains(toks.get(m.first()).word().toLowerCase(Locale.ROOT))
        && next.pos().equals("NNP")
        && Character.isUpperCase(next.word().codePointAt(0))
        && !next.ner().equals("DATE")
        && !next.ner().equals("LOCATION")
        && !NAME_NOT_PERSON.contains(next.word().toLowerCase(Locale.ROOT))
        && !CALENDAR_WORD.matcher(next.word()).matches()
        && !longerName(toks, m.last() + 2);
  }

  /** Words after a country's name that make it an organisation's, not a person's. */
  private static final Set<String> NAME_NOT_PERSON =
      Words.set(
          """
          air airways airlines today daily times post telecom railways national cup open
          bank tech gate river sea basin valley
          """);

  /** Words after a place that make a place's own body of the name, not another organisation. */
  private static final Set<String> PLACE_GOVERNMENT_WORDS =
      Set.of("government", "police", "province", "provincial", "state", "assembly", "governor");

  /** Longest idiom, in tokens, that {@link #insideIdiom} looks for. */
  private static final int IDIOM_TOKENS = 4;

  /**
   * Whether a country's name, demonym, capital or seat is part of an idiom of the dictionary
   * ("Swiss cheese", "the Indian Ocean", "go Dutch"), where it names no actor.
   */
  private boolean insideIdiom(List<Token> toks, Match m) {
    Mention.Kind kind = m.entry().kind();
    if (dictionary.idioms().isEmpty()
        || kind == Mention.Kind.PERSON
        || kind == Mention.Kind.AGENT
        || kind == Mention.Kind.ORGANISATION) {
      return false;
    }
    for (int from = Math.max(0, m.last() - IDIOM_TOKENS + 1); from <= m.first(); from++) {
      for (int to = m.last(); to < Math.min(toks.size(), from + IDIOM_TOKENS); to++) {
        if (to == m.last() && from == m.first()) {
          continue;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
          b.append(i > from ? " " : "").append(toks.get(i).word());
        }
        String k = Gazetteer.key(b.toString());
        if (dictionary.idioms().contains(k)
            || dictionary.idioms().contains(Gazetteer.key(plural(toks, from, to)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The span with its last word in its dictionary form ("sprouts" → "sprout"). */
  private static String plural(List<Token> toks, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      b.append(i > from ? " " : "").append(i == to ? toks.get(i).lemma() : toks.get(i).word());
    }
    return b.toString();
  }

  /**
   * Whether a place or country match is part of another name: inside a longer PERSON entity
   * ("Denzel Washington", "Georgia O'Keeffe", "Cuba Gooding Jr."), a place opening an
   * organisation's name ("Boston Globe"), after "New" ("New Mexico"), a town named before a US
   * state ("Moscow, Idaho"), or the US state after a town ("Athens, Georgia").
   */
  static boolean partOfAnotherName(List<Token> toks, Match m) {
    Mention.Kind kind = m.entry().kind();
    if (kind != Mention.Kind.COUNTRY
        && kind != Mention.Kind.CAPITAL
        && kind != Mention.Kind.DEMONYM
        && kind != Mention.Kind.SEAT
        && kind != Mention.Kind.PLACE) {
      return false;
    }
    boolean person = false;
    for (int i = m.first(); i <= m.last(); i++) {
      person |= toks.get(i).ner().equals("PERSON");
    }
    if (person
        && ((m.first() > 0 && toks.get(m.first() - 1).ner().equals("PERSON"))
            || (m.last() + 1 < toks.size() && toks.get(m.last() + 1).ner().equals("PERSON")))) {
      return true;
    }
    if (kind == Mention.Kind.PLACE
        && toks.get(m.last()).ner().equals("ORGANIZATION")
        && m.last() + 1 < toks.size()
        && toks.get(m.last() + 1).ner().equals("ORGANIZATION")
        && Character.isUpperCase(toks.get(m.last() + 1).word().codePointAt(0))
        && !PLACE_GOVERNMENT_WORDS.contains(
            toks.get(m.last() + 1).word().toLowerCase(java.util.Locale.ROOT))) {
      // "Boston Globe", "Texas Instruments", "Houston Rockets": a place opening an organisation's
      // name ("Sindh Government" stays a place)
      return true;
    }
    if (kind == Mention.Kind.COUNTRY && firstName(toks, m)) {
      return true;
    }
    if (kind == Mention.Kind.COUNTRY
        && m.first() >= 2
        && toks.get(m.first() - 1).word().equals(",")
        && toks.get(m.first() - 2).pos().startsWith("NNP")
        && US_STATES.contains(toks.get(m.first()).word().toLowerCase(java.util.Locale.ROOT))
        && m.entry().value() instanceof Country c
        && c.capitals().stream()
            .noneMatch(n -> n.equalsIgnoreCase(toks.get(m.first() - 2).word()))) {
      // "Athens, Georgia": the US state after a town, not the country ("Tbilisi, Georgia" is)
      return true;
    }
    if (m.first() > 0 && toks.get(m.first() - 1).word().equals("New")) {
      return true;
    }
    if (m.last() + 2 >= toks.size()
        || !toks.get(m.last() + 1).word().equals(",")
        || kind == Mention.Kind.DEMONYM) {
      return false;
    }
    String state = toks.get(m.last() + 2).word();
    // "Tbilisi, Georgia" is the country's own name, not the US state
    boolean ownCountry =
        m.entry().value() instanceof Country c
            && c.names().stream().anyMatch(n -> n.equalsIgnoreCase(state));
    return US_STATES.contains(state.toLowerCase(java.util.Locale.ROOT)) && !ownCountry;
  }

  private static boolean isEntity(String ner) {
    return ner.equals("PERSON")
        || ner.equals("ORGANIZATION")
        || ner.equals("LOCATION")
        || ner.equals("MISC");
  }

  /** The country a code starts with ("KORGOV" → South Korea), if it is a country code. */
  public Optional<Country> countryOf(String code) {
    if (code == null || code.length() < 3) {
      return Optional.empty();
    }
    return Optional.ofNullable(countriesByCode.get(code.substring(0, 3)));
  }

  /** The country a dateline place names ("SEOUL", "PANMUNJOM, South Korea"), if any. */
  public Optional<Country> datelineCountry(String dateline) {
    if (dateline == null) {
      return Optional.empty();
    }
    List<Token> toks = new ArrayList<>();
    int k = 0;
    for (String w : dateline.split("[\\s,]+")) {
      if (!w.isEmpty()) {
        String word =
            w.length() > 1 ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w;
        toks.add(new Token(k++, word, word.toLowerCase(java.util.Locale.ROOT), "NNP", "O", 0, 0));
      }
    }
    Country found = null;
    for (Match m : gazetteer.find(toks)) {
      if (m.entry().value() instanceof Country c) {
        found = c; // the last place named is the widest ("PANMUNJOM, South Korea")
      }
    }
    return Optional.ofNullable(found);
  }
}

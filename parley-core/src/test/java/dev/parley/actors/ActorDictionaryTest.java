package dev.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.text.DataFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  private final ActorDictionary dict = ActorDictionary.builtIn();
  private final Gazetteer gazetteer = Gazetteer.of(dict);

  @Test
  void trumpsCodeDependsOnTheDate() {
    Person trump = dict.person("person:donald-trump").orElseThrow();
    assertEquals(Optional.of("USAGOV"), trump.codeOn(LocalDate.of(2019, 6, 28)));
    assertNotEquals(Optional.of("USAGOV"), trump.codeOn(LocalDate.of(2022, 6, 1)));
    assertEquals(Optional.of("USAELI"), trump.codeOn(LocalDate.of(2022, 6, 1)));
    assertEquals(Optional.of("USAGOV"), trump.codeOn(LocalDate.of(2025, 6, 1)));
    // "to" is exclusive: inauguration day belongs to the new period.
    assertEquals(Optional.of("USAELI"), trump.codeOn(LocalDate.of(2021, 1, 20)));
    assertEquals(Optional.empty(), trump.codeOn(LocalDate.of(2010, 1, 1)));
  }

  @Test
  void namesAndAliasesFindPeople() {
    assertEquals("person:donald-trump", onlyPerson("Trump").id());
    assertEquals("person:kim-jong-un", onlyPerson("Kim Jong Un").id());
    assertEquals("person:shinzo-abe", onlyPerson("Abe Shinzo").id());
    assertTrue(forms("Kim").isEmpty(), "a bare shared surname is not an alias");
    Person biegun = onlyPerson("Stephen Biegun");
    assertEquals(Optional.of("USAGOV"), biegun.codeOn(LocalDate.of(2019, 6, 28)));
    assertEquals(Optional.empty(), biegun.codeOn(LocalDate.of(2017, 1, 1)));
    assertEquals(
        Optional.of("PRKGOV"), onlyPerson("Kim Jong-un").codeOn(LocalDate.of(2019, 6, 30)));
    assertEquals(Optional.of("IGOUNO"), onlyPerson("Guterres").codeOn(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void capitalsDemonymsAndSeatsPointToCountries() {
    assertForm("Seoul", Mention.Kind.CAPITAL, "KOR");
    assertForm("North Korean", Mention.Kind.DEMONYM, "PRK");
    assertForm("North Koreans", Mention.Kind.DEMONYM, "PRK");
    assertForm("DPRK", Mention.Kind.COUNTRY, "PRK");
    assertForm("White House", Mention.Kind.SEAT, "USA");
    assertForm("Kremlin", Mention.Kind.SEAT, "RUS");
    assertForm("Élysée", Mention.Kind.SEAT, "FRA");
    assertEquals("KORGOV", dict.country("KOR").orElseThrow().governmentCode());
    assertTrue(dict.countries().size() >= 195);
  }

  @Test
  void namedOrganisationsHaveFixedCodes() {
    assertEquals("PRKMED", onlyNamed("KCNA").code());
    assertEquals("KORMED", onlyNamed("Chosun Ilbo").code());
    assertEquals("IGOUNO", onlyNamed("U.N.").code());
    assertEquals("USAGOV", onlyNamed("State Department").code());
    assertEquals("USAMIL", onlyNamed("Pentagon").code());
  }

  @Test
  void agentsIgnoreCase() {
    assertEquals("GOV", dict.agent("Foreign  Ministry").orElseThrow().sector());
    assertEquals("MIL", dict.agent("troops").orElseThrow().sector());
    assertEquals("LEG", dict.agent("lawmakers").orElseThrow().sector());
    assertEquals("MED", dict.agent("news agency").orElseThrow().sector());
    assertTrue(dict.agent("banana").isEmpty());
  }

  @Test
  void agentPhrasesAreSurfaceFormsToo() {
    assertTrue(forms("foreign ministry").stream().anyMatch(f -> f.kind() == Mention.Kind.AGENT));
  }

  @Test
  void userFilesAddPeopleAndRoles(@TempDir Path dir) throws IOException {
    Path people =
        write(
            dir,
            "mine.people.tsv",
            "# test people\n"
                + "Jane Roe\tJ. Roe\tKORMED\t2018-01-01\t\tcolumnist\n"
                + "Donald Trump\tThe Donald\tUSABUS\t1990-01-01\t2015-06-16\tbusinessman\n");
    Path agents = write(dir, "mine.agents.tsv", "coastguard\tMIL\n");
    ActorDictionary extended = ActorDictionary.load(List.of(people, agents));
    Person roe = extended.person("person:jane-roe").orElseThrow();
    assertEquals(Optional.of("KORMED"), roe.codeOn(LocalDate.of(2024, 3, 1)));
    assertEquals(
        "person:jane-roe", ((Person) Gazetteer.of(extended).entries("J. Roe").get(0).value()).id());
    Person trump = extended.person("person:donald-trump").orElseThrow();
    assertEquals(Optional.of("USABUS"), trump.codeOn(LocalDate.of(2000, 1, 1)));
    assertEquals(Optional.of("USAGOV"), trump.codeOn(LocalDate.of(2019, 6, 28)));
    assertTrue(trump.aliases().contains("The Donald"));
    assertEquals("MIL", extended.agent("coastguard").orElseThrow().sector());
    assertTrue(dict.person("person:jane-roe").isEmpty(), "the built-in dictionary is unchanged");
  }

  @Test
  void malformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    assertError(
        dir,
        "x.people.tsv",
        "\nJane Roe\t-\tKORMED\t2018-13-01\t\tcolumnist\n",
        ":2: from '2018-13-01' is not a date");
    assertError(
        dir,
        "x.people.tsv",
        "Jane Roe\t-\tKORMED\t2018-01-01\t2017-01-01\tcolumnist\n",
        ":1: to 2017-01-01 is not after from 2018-01-01");
    assertError(dir, "x.countries.tsv", "Ko\tKorea\t-\t-\t-\n", ":1: code 'Ko' is not three");
    assertError(dir, "x.agents.tsv", "Troops\tMIL\n", ":1: phrase 'Troops' must be lower case");
    assertError(dir, "x.named.tsv", "KORMED\tA||B\n", ":1: empty value in names");
    assertError(
        dir, "x.named.tsv", "KORMED\n", ":1: expected 2 to 3 tab-separated columns, found 1");
  }

  @Test
  void fileNameMustTellTheKind(@TempDir Path dir) throws IOException {
    Path file = write(dir, "mine.tsv", "KORMED\tSome Paper\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActorDictionary.load(List.of(file)));
    assertTrue(e.getMessage().contains(file.toString()));
  }

  @Test
  void placesGiveTheirCountryAndShadowNoOtherEntry() {
    for (String[] p :
        List.of(
            new String[] {"Indiana", "USA"},
            new String[] {"Mumbai", "IND"},
            new String[] {"Bombay", "IND"},
            new String[] {"Darfur", "SDN"},
            new String[] {"Kharkiv", "UKR"},
            new String[] {"Osaka", "JPN"},
            new String[] {"Sindh", "PAK"})) {
      List<Gazetteer.Entry> forms = forms(p[0]);
      assertEquals(1, forms.size(), () -> p[0] + " -> " + forms);
      assertEquals(Mention.Kind.PLACE, forms.get(0).kind(), p[0]);
      assertEquals(p[1], ((Place) forms.get(0).value()).country(), p[0]);
    }
    // a place's name is never also a country's, a capital's, a person's or an organisation's form
    for (Place place : dict.places()) {
      for (String name : place.names()) {
        List<Gazetteer.Entry> forms = forms(name);
        assertEquals(1, forms.size(), () -> name + " -> " + forms);
        assertTrue(dict.country(place.country()).isPresent(), place.toString());
      }
    }
  }

  @Test
  void userPlacesLoadAndAnAmbiguousNameIsAnError(@TempDir Path dir) throws IOException {
    Path mine = write(dir, "mine.places.tsv", "Fjordby|Fjord Town\tNOR\tcity\tinvented\n");
    ActorDictionary extended = ActorDictionary.load(List.of(mine));
    Place fjordby = (Place) Gazetteer.of(extended).entries("Fjord Town").get(0).value();
    assertEquals("NOR", fjordby.country());
    assertEquals("place:fjordby/NOR", fjordby.id());
    assertError(
        dir,
        "x.places.tsv",
        "Fjordby\tNOR\tcity\nFjordby\tSWE\tcity\n",
        ":2: place 'Fjordby' is already a place in NOR");
    assertError(dir, "x.places.tsv", "Fjordby\tNOR\tvillage\n", ":1: kind 'village' is not one of");
  }

  @Test
  void idsAreSlugs() {
    assertEquals("person:nicolas-maduro", Person.idFor("Nicolás Maduro"));
    assertEquals("person:robert-o-brien", Person.idFor("Robert O'Brien"));
    assertTrue(dict.entry("person:h-r-mcmaster").isPresent());
    assertTrue(dict.entry("country:USA").isPresent());
    assertFalse(dict.entry("country:XXX").isPresent());
  }

  /**
   * The entries of the built-in dictionary written {@code text}, as the gazetteer reads them (case,
   * accents and hyphens aside): one form per entry.
   */
  private List<Gazetteer.Entry> forms(String text) {
    java.util.Set<Object> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    return gazetteer.entries(text).stream().filter(e -> seen.add(e.value())).toList();
  }

  private Person onlyPerson(String name) {
    List<Gazetteer.Entry> forms = forms(name);
    assertEquals(1, forms.size(), () -> name + " -> " + forms);
    assertEquals(Mention.Kind.PERSON, forms.get(0).kind());
    return (Person) forms.get(0).value();
  }

  private NamedActor onlyNamed(String name) {
    List<Gazetteer.Entry> forms = forms(name);
    assertEquals(1, forms.size(), () -> name + " -> " + forms);
    return (NamedActor) forms.get(0).value();
  }

  private void assertForm(String text, Mention.Kind kind, String code) {
    List<Gazetteer.Entry> forms = forms(text);
    assertEquals(1, forms.size(), () -> text + " -> " + forms);
    assertEquals(kind, forms.get(0).kind());
    assertEquals(code, ((Country) forms.get(0).value()).code());
  }

  private static void assertError(Path dir, String name, String content, String expected)
      throws IOException {
    Path file = write(dir, name, content);
    DataFileException e =
        assertThrows(DataFileException.class, () -> ActorDictionary.load(List.of(file)));
    assertTrue(e.getMessage().startsWith(file + expected), () -> "message was: " + e.getMessage());
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

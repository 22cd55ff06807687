package dev.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PETRARCH/Phoenix {@code .actors} and {@code .agents} files into the actor dictionary. */
class PetrarchDictionaryTest {

  @Test
  void datedCodesBecomeRolesOfAPerson(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "mine.actors",
            "# invented people, real codes\n"
                + "MARTA_KVELLAND_   # a Norwegian minister\n"
                + "+MINISTER_KVELLAND_\n"
                + "\t[NORGOV 190301-230630]\n"
                + "\t[NORELI >230701]\n"
                + "OSKAR_BRANDTNER_ [DEUBUS]\n"
                + "[DEUGOV 20100101-20141231]\n"
                + "  [DEUEDU <991231]\n");
    ActorDictionary d = ActorDictionary.load(List.of(file));
    Person marta = d.person("person:marta-kvelland").orElseThrow();
    assertEquals("Marta Kvelland", marta.name());
    assertEquals(List.of("Minister Kvelland"), marta.aliases());
    assertEquals(Optional.of("NORGOV"), marta.codeOn(LocalDate.of(2019, 3, 1)));
    assertEquals(
        Optional.of("NORGOV"), marta.codeOn(LocalDate.of(2023, 6, 30)), "both ends included");
    assertEquals(Optional.empty(), marta.codeOn(LocalDate.of(2019, 2, 28)));
    assertEquals(Optional.of("NORELI"), marta.codeOn(LocalDate.of(2023, 7, 1)));
    assertEquals(Optional.of("NORELI"), marta.codeOn(LocalDate.of(2040, 1, 1)));

    Person oskar = d.person("person:oskar-brandtner").orElseThrow();
    assertEquals(Optional.of("DEUGOV"), oskar.codeOn(LocalDate.of(2012, 6, 1)));
    assertEquals(Optional.of("DEUBUS"), oskar.codeOn(LocalDate.of(2019, 6, 1)), "the default code");
    assertEquals(
        Optional.of("DEUEDU"), oskar.codeOn(LocalDate.of(1999, 12, 31)), "'<' beats the default");
    assertEquals(Optional.of("DEUBUS"), oskar.codeOn(LocalDate.of(2000, 1, 1)));
    assertTrue(
        oskar.roleOn(LocalDate.of(2012, 6, 1)).orElseThrow().title().contains("mine.actors:7"));
    assertEquals(
        List.of("mine.actors: 2 entries read from a PETRARCH .actors file, 0 lines skipped"),
        d.notes().stream().map(n -> n.substring(n.lastIndexOf('/') + 1)).toList());
  }

  @Test
  void twoDigitYearsPivotAtThirty() throws Exception {
    assertEquals(LocalDate.of(2030, 12, 31), PetrarchActorsReader.date("301231"));
    assertEquals(LocalDate.of(1931, 1, 1), PetrarchActorsReader.date("310101"));
    assertEquals(LocalDate.of(2000, 1, 1), PetrarchActorsReader.date("000101"));
    assertEquals(LocalDate.of(1897, 1, 1), PetrarchActorsReader.date("18970101"));
    assertThrows(PetrarchText.Skip.class, () -> PetrarchActorsReader.date("170229"));
    assertThrows(PetrarchText.Skip.class, () -> PetrarchActorsReader.date("1701"));
  }

  @Test
  void undatedCodesAreCountryNamesOrNamedActors(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "phoenix.actors.txt",
            "NORWAY_ [NOR]\n+NORGE_\n+OSLO_\n+NORWEGIAN_\n"
                + "FJORD_WATCH_INSTITUTE_ [NGOENV] ; legacy comment\n+FJORD_WATCH_\n"
                + "KIM_JONG_UN_\n\t[PRKGOV >111217]\n");
    ActorDictionary d = ActorDictionary.load(List.of(file));
    Country norway = d.country("NOR").orElseThrow();
    assertTrue(norway.names().contains("Norge"));
    assertFalse(norway.names().contains("Oslo"), "a capital stays a capital");
    assertFalse(norway.names().contains("Norwegian"), "a demonym stays a demonym");
    NamedActor fjord = (NamedActor) d.entry("org:fjord-watch-institute").orElseThrow();
    assertEquals("NGOENV", fjord.code());
    assertEquals(List.of("Fjord Watch Institute", "Fjord Watch"), fjord.names());
    Person kim = d.person("person:kim-jong-un").orElseThrow();
    assertEquals("Kim Jong-un", kim.name(), "a known person keeps the name Parley knows");
    assertTrue(kim.aliases().contains("Kim Jong Un"));
  }

  @Test
  void badLinesAreSkippedWithANoteAndTheRestLoads(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "bad.actors",
            String.join(
                "\n",
                "[USAGOV]", // 1: before any entry
                "INGRID_SOLHEIM_", // 2
                "\t[NORGOV 191345-200101]", // 3: no such day
                "\t[NORMED >200102]", // 4
                "{ a block", // 5
                "  of two lines }", // 6
                "&SYNSET", // 7
                "NO_CODE_HERE_", // 8: an entry without a code
                "BAD_{PLURAL}_ENTRY_", // 9: skipped with its code line
                "\t[NORGOV]", // 10
                "LOWER_CASE_CODE_ [norgov]", // 11
                "BACKWARDS_ [NORGOV 200101-190101]", // 12
                "<!-- a comment", // 13
                "over lines -->", // 14
                "ERNA_EXAMPLE_ [NORMED]", // 15
                "---STOP---", // 16
                "AFTER_STOP_ [NORGOV]"));
    ActorDictionary d = ActorDictionary.load(List.of(file));
    assertEquals(
        Optional.of("NORMED"),
        d.person("person:ingrid-solheim").orElseThrow().codeOn(LocalDate.of(2021, 1, 1)));
    assertTrue(d.entry("org:erna-example").isPresent());
    assertTrue(d.entry("org:after-stop").isEmpty());
    List<String> notes = d.notes();
    String f = file.toString();
    assertEquals(
        List.of(
            f + ":1: a code line before any entry; skipped",
            f + ":3: date '191345' is not a day of the calendar; skipped",
            f + ":5: a {...} block (to line 6) is not read; skipped",
            f + ":7: a line starting with '&' is not read; skipped",
            f + ":8: entry 'No Code Here' has no code; skipped",
            f
                + ":9: '{' in phrase 'BAD_{PLURAL}_ENTRY_' is PETRARCH syntax that Parley does not read;"
                + " the entry's + and [ lines go with it; skipped",
            f
                + ":11: code 'norgov' is not 3 to 15 upper-case letters, in threes; the entry's + and [ lines go with it; skipped",
            f
                + ":12: interval 200101-190101 ends before it starts; the entry's + and [ lines go with it; skipped",
            f + ": 2 entries read from a PETRARCH .actors file, 8 lines skipped"),
        notes);
  }

  @Test
  void agentsWithPluralsSetsAndSectors(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "Phoenix.agents.140901.txt",
            String.join(
                "\n",
                "<!-- sample -->",
                "!GUARD! = COASTGUARDSMAN, COASTGUARDSMEN",
                "GENDARME [~COP]",
                "CARABINIERI {} [~COP]",
                "POLICEWOMAN {POLICEWOMEN} [~COP] # irregular",
                "HARBOUR_MASTER [~GOVTRN]",
                "DEPUTY_SHERIFF [~COP]",
                "ENVOY_ [~GOV]",
                "!GUARD! [~MIL]",
                "HUMAN_RIGHTS_WATCHDOG [NGO~]",
                "!NOSUCH! [~MIL]",
                "RANGER [COP]",
                "WARDEN",
                ""));
    ActorDictionary d = ActorDictionary.load(List.of(file));
    assertEquals("COP", d.agent("gendarme").orElseThrow().sector());
    assertEquals("COP", d.agent("gendarmes").orElseThrow().sector());
    assertEquals("COP", d.agent("carabinieri").orElseThrow().sector());
    assertTrue(d.agent("carabinieris").isEmpty());
    assertEquals("COP", d.agent("policewomen").orElseThrow().sector());
    assertTrue(d.agent("policewomans").isEmpty());
    assertEquals("GOV", d.agent("harbour masters").orElseThrow().sector());
    assertEquals("COP", d.agent("deputy sheriffs").orElseThrow().sector());
    assertEquals("GOV", d.agent("envoys").orElseThrow().sector());
    assertEquals("MIL", d.agent("coastguardsmen").orElseThrow().sector());
    assertTrue(d.agent("coastguardsmens").isEmpty(), "no plural of a set's forms");
    assertTrue(d.agent("human rights watchdog").isEmpty());
    String f = file.toString();
    assertEquals(
        List.of(
            f
                + ":10: code 'NGO~' goes before the country, and a Parley agent word only adds a sector after it; skipped",
            f + ":11: substitution set !NOSUCH! is not defined above this line; skipped",
            f + ":12: code 'COP' is not an agent code (~ and a sector, such as ~GOV); skipped",
            f + ":13: no [code]: an agent needs one; skipped",
            f
                + ": 7 entries read from a PETRARCH .agents file, 1 agent code cut to a sector, 4 lines skipped"),
        d.notes());
  }

  @Test
  void fileNamesTellTheFormat() {
    assertEquals(
        Optional.of(ActorFileKind.PETRARCH_ACTORS),
        ActorFileKind.of(Path.of("x/Phoenix.Countries.actors.txt")));
    assertEquals(
        Optional.of(ActorFileKind.PETRARCH_ACTORS),
        ActorFileKind.of(Path.of("Phoenix.Countries.140227.actors.txt")));
    assertEquals(
        Optional.of(ActorFileKind.PETRARCH_ACTORS),
        ActorFileKind.of(Path.of("Phoenix.International.actors.140901.txt")));
    assertEquals(
        Optional.of(ActorFileKind.PETRARCH_AGENTS), ActorFileKind.of(Path.of("mine.agents")));
    assertEquals(Optional.of(ActorFileKind.AGENTS), ActorFileKind.of(Path.of("mine.agents.tsv")));
    assertEquals(Optional.empty(), ActorFileKind.of(Path.of("notes.txt")));
    assertEquals(Optional.empty(), ActorFileKind.of(Path.of("actors.txt")));
    assertTrue(ActorDictionary.readsFile(Path.of("Phoenix.agents.txt")));
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

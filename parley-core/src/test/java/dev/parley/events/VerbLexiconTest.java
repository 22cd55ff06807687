package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbLexiconTest {
  private static final Codebook CODEBOOK = Codebook.builtIn();

  @Test
  void builtInLexiconLoadsAndSortsSpecificPatternsFirst() {
    VerbLexicon lex = VerbLexicon.builtIn(CODEBOOK);
    List<VerbPattern> impose = lex.patterns("impose");
    assertFalse(impose.get(0).objectLemmas().isEmpty(), "an object set before the bare verb");
    assertTrue(
        lex.patterns("threaten").get(0).specificity()
            >= lex.patterns("threaten").get(lex.patterns("threaten").size() - 1).specificity());
    assertFalse(lex.nounPatterns("visit").isEmpty(), "event nouns load");
    assertTrue(lex.cues().deny().contains("deny"));
    assertTrue(lex.cues().negate().contains("not"));
    assertTrue(lex.size() > 2000, "the per-root files load: " + lex.size());
  }

  @Test
  void aUserFileAddsPatterns(@TempDir Path tmp) throws IOException {
    Path extra = tmp.resolve("mine.tsv");
    Files.writeString(extra, "# my patterns\n111\tbelabour\tobj\n@intend\tmull\n");
    VerbLexicon lex = VerbLexicon.load(CODEBOOK, List.of(extra));
    assertEquals("111", lex.patterns("belabour").get(0).code());
    assertTrue(lex.cues().intend().contains("mull"));
    assertFalse(VerbLexicon.builtIn(CODEBOOK).lemmas().contains("belabour"));
  }

  @Test
  void badLinesNameTheFileAndLine(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("bad.tsv");
    Files.writeString(bad, "040\tmeet\twith\n999\tzap\tobj\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> VerbLexicon.load(CODEBOOK, List.of(bad)));
    assertEquals(bad + ":2: unknown CAMEO code '999'", e.getMessage());
    Files.writeString(bad, "040\tmeet\tsomewhere else\n");
    e =
        assertThrows(
            IllegalArgumentException.class, () -> VerbLexicon.load(CODEBOOK, List.of(bad)));
    assertTrue(e.getMessage().startsWith(bad + ":1: bad target slot"), e.getMessage());
  }

  @Test
  void theAbsorbedClauseSelectsTheSubCode() {
    VerbLexicon lex = VerbLexicon.builtIn(CODEBOOK);
    assertEquals("1053", lex.refine("105", "0841"), "demanded that X release a prisoner");
    assertEquals("1056", lex.refine("105", "0874"), "demanded that X withdraw troops");
    assertEquals("1041", lex.refine("105", "0831"), "demanded that X resign: reform, not yield");
    assertEquals("0253", lex.refine("025", "084"), "urged X to return");
    assertEquals("1381", lex.refine("138", "191"), "threatened a blockade");
    assertEquals("1384", lex.refine("138", "195"), "threatened an air strike");
    assertEquals("1313", lex.refine("131", "161"), "threatened to cut ties");
    assertEquals("030", lex.refine("030", "0841"), "no row for this code: unchanged");
    assertEquals("105", lex.refine("105", "080"), "no row for this clause: unchanged");
    assertEquals("105", lex.refine("105", null));
  }

  @Test
  void aUserSubCodeFileAddsRowsAndBadRowsNameTheLine(@TempDir Path tmp) throws IOException {
    Path mine = tmp.resolve("mine.subcodes.tsv");
    Files.writeString(mine, "# mine\n120\t0841\t1243\n");
    assertEquals("1243", VerbLexicon.load(CODEBOOK, List.of(mine)).refine("120", "0841"));
    Files.writeString(mine, "120\t0841\t0253\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> VerbLexicon.load(CODEBOOK, List.of(mine)));
    assertEquals(mine + ":1: sub-code 0253 is not of 120's root 12", e.getMessage());
    Files.writeString(mine, "120\tx1\t1243\n");
    e =
        assertThrows(
            IllegalArgumentException.class, () -> VerbLexicon.load(CODEBOOK, List.of(mine)));
    assertEquals(mine + ":1: bad clause code 'x1'", e.getMessage());
  }
}

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
}

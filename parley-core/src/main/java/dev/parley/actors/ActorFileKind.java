package dev.parley.actors;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of actor file, told apart by how the file name ends: Parley's six TSV kinds, and the
 * two PETRARCH/Phoenix text formats ({@code NAME.actors}, {@code NAME.agents}, also with {@code
 * .txt} and a dated infix as the Phoenix distributions name them: {@code Phoenix.agents.txt},
 * {@code Phoenix.Countries.actors.140901.txt}).
 */
enum ActorFileKind {
  COUNTRIES("countries", 5, 5),
  AGENTS("agents", 2, 3),
  NAMED("named", 2, 3),
  PEOPLE("people", 6, 6),
  /** Phrases in which a country's name, demonym or capital names no actor ("Swiss cheese"). */
  IDIOMS("idioms", 1, 2),
  /** Places inside a country: cities, first-level divisions, other named areas. */
  PLACES("places", 3, 4),
  /** A PETRARCH actor dictionary, read by {@link PetrarchActorsReader}. */
  PETRARCH_ACTORS("actors", 0, 0),
  /** A PETRARCH agent dictionary, read by {@link PetrarchAgentsReader}. */
  PETRARCH_AGENTS("agents", 0, 0);

  /** What the name of a user file must look like, for the message when it does not. */
  static final String NAMING =
      "name must end in .countries.tsv, .agents.tsv, .named.tsv, .people.tsv, .places.tsv or"
          + " .idioms.tsv, or be a"
          + " PETRARCH file NAME.actors or NAME.agents (also NAME.actors.txt, NAME.actors.YYMMDD.txt)";

  final String word;
  final int minColumns;
  final int maxColumns;

  ActorFileKind(String word, int minColumns, int maxColumns) {
    this.word = word;
    this.minColumns = minColumns;
    this.maxColumns = maxColumns;
  }

  /** Whether files of this kind are in a PETRARCH text format rather than Parley's TSV. */
  boolean petrarch() {
    return this == PETRARCH_ACTORS || this == PETRARCH_AGENTS;
  }

  /** The TSV kind named by its word ("people"), as {@code actors/index.txt} names them. */
  static ActorFileKind named(String word) {
    return Arrays.stream(values())
        .filter(k -> !k.petrarch() && k.word.equals(word))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown actor file kind: " + word));
  }

  /**
   * The kind of a user file: {@code x.countries.tsv}, {@code countries.tsv}, ..., or a PETRARCH
   * file {@code x.actors}, {@code x.actors.txt}, {@code x.actors.140901.txt} (and the same for
   * {@code agents}).
   */
  static Optional<ActorFileKind> of(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    return Arrays.stream(values())
        .filter(
            k ->
                k.petrarch()
                    ? text.matches(".+\\." + k.word + "(\\.\\d{6}|\\.\\d{8})?(\\.txt)?")
                    : text.equals(k.word + ".tsv") || text.endsWith("." + k.word + ".tsv"))
        .findFirst();
  }
}

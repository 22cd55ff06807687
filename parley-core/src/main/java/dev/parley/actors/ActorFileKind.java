package dev.parley.actors;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The four kinds of actor file, told apart by how the file name ends. */
enum ActorFileKind {
  COUNTRIES("countries", 5, 5),
  AGENTS("agents", 2, 3),
  NAMED("named", 2, 3),
  PEOPLE("people", 6, 6);

  final String word;
  final int minColumns;
  final int maxColumns;

  ActorFileKind(String word, int minColumns, int maxColumns) {
    this.word = word;
    this.minColumns = minColumns;
    this.maxColumns = maxColumns;
  }

  /** The kind named by its word ("people"). */
  static ActorFileKind named(String word) {
    return Arrays.stream(values())
        .filter(k -> k.word.equals(word))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown actor file kind: " + word));
  }

  /** The kind of a user file: {@code x.countries.tsv}, {@code countries.tsv}, ... */
  static Optional<ActorFileKind> of(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    return Arrays.stream(values())
        .filter(k -> text.equals(k.word + ".tsv") || text.endsWith("." + k.word + ".tsv"))
        .findFirst();
  }
}

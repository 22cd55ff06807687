package dev.parley.ingest;

import java.util.Objects;

/**
 * One input as read, decoded to text: the unit that is stored verbatim so that {@code parley
 * recode} can re-derive everything from it.
 *
 * @param doc how the user names this input: a JSONL {@code id}, or the path as reached from the
 *     command-line argument
 * @param type what kind of text {@code content} is
 * @param content the decoded input (plain text or markup)
 * @param hints metadata that came with the input
 * @param warnings problems met while reading that did not stop it (e.g. a charset fallback)
 */
public record RawDocument(
    String doc, ContentType type, String content, Hints hints, java.util.List<String> warnings) {

  public RawDocument {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    hints = hints == null ? Hints.NONE : hints;
    warnings = warnings == null ? java.util.List.of() : java.util.List.copyOf(warnings);
  }

  public static RawDocument text(String doc, String content, Hints hints) {
    return new RawDocument(doc, ContentType.TEXT, content, hints, null);
  }

  /** What kind of text a raw document holds. */
  public enum ContentType {
    TEXT,
    HTML
  }
}

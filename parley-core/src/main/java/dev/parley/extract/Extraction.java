package dev.parley.extract;

import java.util.List;

/**
 * What {@link HtmlExtractor} read from one HTML page: the article body and its metadata.
 *
 * @param title the headline, or null
 * @param outlet the site or publication name, or null
 * @param byline the author name(s) as one line ("Jane Roe and John Doe"), or null
 * @param published ISO date ({@code 2019-06-28}) or date-time ({@code 2019-06-28T10:15:00Z}), or
 *     null when the page gives no date
 * @param language BCP-47 language tag ("en", "pt-BR"), or null
 * @param url the canonical URL, or the URL the page was read from, or null
 * @param text the article body; paragraphs are separated by a blank line; empty when none was found
 * @param removed the text blocks that were dropped as boilerplate, in page order
 * @param truncated true when the page was over the size cap and only its head was read
 * @param warnings problems met that did not stop extraction (the cut, a nesting flattened)
 */
public record Extraction(
    String title,
    String outlet,
    String byline,
    String published,
    String language,
    String url,
    String text,
    List<String> removed,
    boolean truncated,
    List<String> warnings) {

  public Extraction {
    text = text == null ? "" : text;
    removed = removed == null ? List.of() : List.copyOf(removed);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** The body's paragraphs, in order. */
  public List<String> paragraphs() {
    return text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
  }
}

package dev.parley.clean;

import dev.parley.time.PartialDate;
import dev.parley.time.PartialDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned article: the body without boilerplate, title, outlet and byline lines, and the metadata
 * found on the way. Offsets anywhere in Parley are Unicode code points into {@link #text()}.
 *
 * @param id hash of the normalised body (see {@link ArticleId}); the same text from two crawls is
 *     one article
 * @param doc the input's name (JSONL id or path), first sighting
 * @param title the headline, or null
 * @param outlet the outlet ("Bloomberg"), or null
 * @param byline the byline line as found ("- The Harbour Times - Friday, June 28, 2019"), or null
 * @param published the publication date to the precision known, with its time and offset when
 *     given, or null when unknown (never today)
 * @param dateline the dateline place as written ("SEOUL"), or null; the prefix stays in the text
 * @param language BCP-47 language code ("en"), or null when it cannot be told
 * @param url the article's URL, or null
 * @param text the cleaned body; paragraphs are separated by a blank line
 * @param removed the lines cleaning removed, in input order, so every removal can be audited
 */
public record Article(
    String id,
    String doc,
    String title,
    String outlet,
    String byline,
    PartialDateTime published,
    String dateline,
    String language,
    String url,
    String text,
    List<String> removed) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  /**
   * A text taken as it is, as English, without cleaning: its id from the text, no outlet, byline,
   * dateline or URL, and nothing removed.
   *
   * @param date the publication date as ISO 8601 text ("2019-06-30"), or null
   */
  public static Article english(String doc, String title, String date, String text) {
    return new Article(
        ArticleId.of(text),
        doc,
        title,
        null,
        null,
        date == null ? null : PartialDateTime.parse(date).orElse(null),
        null,
        "en",
        null,
        text,
        List.of());
  }

  /** The publication date to the precision known, if any. */
  public Optional<PartialDate> publishedDate() {
    return Optional.ofNullable(published).map(PartialDateTime::date);
  }

  /** The publication date as ISO 8601 text, as the JSONL and CSV outputs write it, or null. */
  public String publishedText() {
    return PartialDateTime.text(published);
  }

  /**
   * This article under another input name (a recoded article keeps the name it was stored under).
   */
  public Article withDoc(String otherDoc) {
    return new Article(
        id, otherDoc, title, outlet, byline, published, dateline, language, url, text, removed);
  }

  /** The body's paragraphs, in order. */
  public List<String> paragraphs() {
    return Arrays.stream(text.split("\n\\s*\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}

package dev.parley.ingest;

/**
 * Metadata that came with an input from outside the text itself (a JSONL record's fields, a WARC
 * header). Every field may be null. The cleaner prefers what the article says about itself.
 *
 * @param title the title given by the source
 * @param published the publication date or date-time as given (ISO 8601 expected)
 * @param outlet the outlet (site) name
 * @param url the article's URL
 */
public record Hints(String title, String published, String outlet, String url) {
  public static final Hints NONE = new Hints(null, null, null, null);
}

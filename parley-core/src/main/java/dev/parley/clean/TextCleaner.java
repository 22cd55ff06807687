package dev.parley.clean;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cleans scraped plain text ({@link RawDocument.ContentType#TEXT}): removes web boilerplate lines
 * by the rules of a {@link LineClassifier}, and, when the text is a whole page's text blocks (a
 * page dump), every line outside the article's body region and the menus inside it ({@link
 * PageDump}); takes the title, outlet and byline lines out of the body into the article's fields,
 * reads the publication date from the byline and the dateline place from the lead paragraph (its
 * prefix stays in the text), and joins the rest into paragraphs separated by one blank line. Every
 * removed line is kept, in input order, with the rule that removed it ({@link #cleanWithReasons}).
 */
public final class TextCleaner implements Cleaner {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u2028\u2029\u0085]");

  private final LineClassifier classifier;

  /** A cleaner with the standard boilerplate rules. */
  public TextCleaner() {
    this(LineClassifier.standard());
  }

  public TextCleaner(LineClassifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  /**
   * One removed line and why.
   *
   * @param lineNumber the line's number in the input, from 1
   * @param line the line as it was, stripped
   * @param rule the boilerplate rule that removed it, a page-dump rule ("off-body", "page-chrome",
   *     "repeated"), or "title", "outlet", "byline"
   */
  public record Removal(int lineNumber, String line, String rule) {}

  /**
   * An article and the reasons behind its {@code removed} lines.
   *
   * @param article the clean article
   * @param removals one per line of {@code article.removed()}, in the same order
   */
  public record Cleaned(Article article, List<Removal> removals) {}

  @Override
  public Article clean(RawDocument raw) {
    return cleanWithReasons(raw).article();
  }

  /** Cleans one text document and says which rule removed each removed line. */
  public Cleaned cleanWithReasons(RawDocument raw) {
    Objects.requireNonNull(raw, "raw");
    if (raw.type() != RawDocument.ContentType.TEXT) {
      throw new IllegalArgumentException(
          "TextCleaner reads TEXT documents; " + raw.doc() + " is " + raw.type());
    }
    String[] original = LINE_BREAK.split(raw.content(), -1);
    String[] lines = new String[original.length];
    String[] rules = new String[original.length];
    for (int i = 0; i < original.length; i++) {
      lines[i] = Shape.normalise(original[i]);
      rules[i] = classifier.boilerplate(lines[i]).orElse(null);
    }
    PageDump.Layout layout = PageDump.read(lines, rules);
    for (int i = 0; i < lines.length; i++) {
      rules[i] = rules[i] != null ? rules[i] : layout.rules()[i];
    }
    Hints hints = raw.hints();
    HeaderReader.Header header =
        layout.pageDump()
            ? HeaderReader.readAbove(lines, rules, layout.bodyStart(), PageDump.RULES)
            : HeaderReader.read(lines, rules, hints);
    header.roles().forEach((i, role) -> rules[i] = role);
    List<String> paragraphs = paragraphs(lines, rules);
    if (paragraphs.isEmpty()) {
      // a one-line article ("Iran and Oman held talks in Muscat") is an article, not a title alone
      for (int i = 0; i < lines.length; i++) {
        if ("title".equals(rules[i])) {
          rules[i] = null;
        }
      }
      paragraphs = paragraphs(lines, rules);
    }
    String text = String.join("\n\n", paragraphs);
    List<Removal> removals = new ArrayList<>();
    for (int i = 0; i < original.length; i++) {
      if (rules[i] != null) {
        removals.add(new Removal(i + 1, original[i].strip(), rules[i]));
      }
    }
    String dateline = dateline(paragraphs);
    PartialDateTime published =
        PartialDateTime.parse(header.published())
            .or(() -> PartialDateTime.read(hints.published()))
            .orElse(null);
    Article article =
        new Article(
            ArticleId.of(text),
            raw.doc(),
            firstNonBlank(header.title(), hints.title()),
            firstNonBlank(header.outlet(), hints.outlet()),
            header.byline(),
            published,
            dateline,
            LanguageGuess.of(text).orElse(null),
            firstNonBlank(urlLine(original, rules, header.firstBody()), hints.url()),
            text,
            removals.stream().map(Removal::line).toList());
    return new Cleaned(article, List.copyOf(removals));
  }

  /** Runs of kept lines, broken by blank and removed lines, made into paragraphs. */
  private static List<String> paragraphs(String[] lines, String[] rules) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty() || rules[i] != null) {
        out.addAll(Paragraphs.of(run));
        run.clear();
      } else {
        run.add(lines[i]);
      }
    }
    out.addAll(Paragraphs.of(run));
    return out;
  }

  /**
   * The dateline at the start of the lead paragraph: the first paragraph, or the second when the
   * first is a standfirst under the title.
   */
  private static String dateline(List<String> paragraphs) {
    for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
      var place = Datelines.place(paragraphs.get(i));
      if (place.isPresent()) {
        return place.get();
      }
    }
    return null;
  }

  /** A bare URL line above the body names the article's address. */
  private static String urlLine(String[] original, String[] rules, int firstBody) {
    for (int i = 0; i < Math.min(firstBody, original.length); i++) {
      if ("bare-url".equals(rules[i])) {
        return original[i].strip();
      }
    }
    return null;
  }

  /**
   * The hint's date as given when it is ISO, else read like a byline date; null when it cannot be
   * read (the runner validates hints; a date the cleaner cannot read is not guessed).
   */
  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? Shape.normalise(b) : null;
  }
}

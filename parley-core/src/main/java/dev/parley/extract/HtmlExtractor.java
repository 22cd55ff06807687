package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the article out of one HTML page: the body text without page furniture, and the title,
 * outlet, byline, date, language and canonical URL. Safe on hostile input: no script runs, nothing
 * is fetched, the page is cut at {@link ExtractorConfig#maxInputChars()} and its tree flattened
 * below {@link ExtractorConfig#maxDepth()} before any scoring. Thread-safe; one instance can serve
 * a pool.
 */
public final class HtmlExtractor {

  private final ExtractorConfig config;

  /** An extractor with the {@link ExtractorConfig#balanced()} settings. */
  public HtmlExtractor() {
    this(ExtractorConfig.balanced());
  }

  public HtmlExtractor(ExtractorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public ExtractorConfig config() {
    return config;
  }

  /**
   * Extracts the article from {@code html}.
   *
   * @param html the page as text (see {@link HtmlDecoder} for bytes)
   * @param url the address the page was read from, or null; resolves relative links and is the
   *     fallback for the canonical URL and the date
   */
  public Extraction extract(String html, String url) {
    if (html == null) {
      throw new IllegalArgumentException("html must not be null");
    }
    List<String> warnings = new ArrayList<>();
    boolean truncated = html.length() > config.maxInputChars();
    if (truncated) {
      int cut = config.maxInputChars();
      if (Character.isHighSurrogate(html.charAt(cut - 1))) {
        cut--;
      }
      warnings.add(
          String.format(
              Locale.ROOT, "page cut to its first %d of %d characters", cut, html.length()));
      html = html.substring(0, cut);
    }
    Document doc = Parser.htmlParser().parseInput(html, url == null ? "" : url);
    int flattened = DepthGuard.flatten(doc, config.maxDepth());
    if (flattened > 0) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "%d subtrees nested deeper than %d levels read as plain text",
              flattened,
              config.maxDepth()));
    }
    MetadataReader.Metadata meta = MetadataReader.read(doc, url);
    Pruner.prune(doc);
    Element body = doc.body();
    List<Block> blocks = BlockReader.read(body);
    ContentSelector.Choice choice = new ContentSelector(config, meta.title()).choose(blocks, body);
    List<Block> kept = new ArrayList<>(choice.kept());
    List<Block> dropped = new ArrayList<>(choice.dropped());
    dropTitle(kept, dropped, meta.title());
    String text = join(kept);
    if (config.useStructuredBody() && meta.structuredBody() != null) {
      StructuredBody.Result r = StructuredBody.reconcile(kept, blocks, meta.structuredBody());
      text = r.text();
      if (r.kept() != kept) {
        dropped = notIn(blocks, r.kept());
      }
    }
    List<String> removed = new ArrayList<>(dropped.size());
    dropped.sort((a, b) -> Integer.compare(a.index, b.index));
    for (Block b : dropped) {
      removed.add(b.text);
    }
    return new Extraction(
        meta.title(),
        meta.outlet(),
        meta.byline(),
        meta.published(),
        meta.language(),
        meta.url(),
        text,
        removed,
        truncated,
        warnings);
  }

  /** The headline repeated at the top of the body is not body text. */
  private static void dropTitle(List<Block> kept, List<Block> dropped, String title) {
    if (title == null || kept.isEmpty()) {
      return;
    }
    String t = title.strip();
    for (int i = 0; i < Math.min(3, kept.size()); i++) {
      Block b = kept.get(i);
      if (b.text.equals(t) || (b.heading && t.startsWith(b.text))) {
        kept.remove(i);
        dropped.add(b);
        return;
      }
    }
  }

  private static List<Block> notIn(List<Block> all, List<Block> kept) {
    java.util.Set<Block> in =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    in.addAll(kept);
    List<Block> out = new ArrayList<>();
    for (Block b : all) {
      if (!in.contains(b)) {
        out.add(b);
      }
    }
    return out;
  }

  static String join(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(b.text);
    }
    return sb.toString();
  }
}

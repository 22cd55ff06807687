package dev.parley.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.text.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described by a page's JSON-LD blocks, if any: headline, body, authors,
 * publisher, dates, language, URL. Blocks that do not parse are counted, not fatal.
 */
record JsonLd(
    String headline,
    String name,
    String body,
    List<String> authors,
    String publisher,
    String published,
    String language,
    String url,
    int unreadable) {

  private static final Set<String> ARTICLE_TYPES =
      Words.set(
          """
          article newsarticle blogposting reportagenewsarticle
          analysisnewsarticle opinionnewsarticle reviewnewsarticle
          backgroundnewsarticle scholarlyarticle techarticle liveblogposting
          socialmediaposting posting report review advertisercontentarticle
          satiricalarticle medicalscholarlyarticle creativework
          discussionforumposting howto recipe
          """);

  /** At most this many JSON nodes are looked at per page, and at most this deep. */
  private static final int MAX_NODES = 20_000;

  private static final int MAX_DEPTH = 24;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(200)
                          .maxStringLength(5_000_000)
                          .build())
                  .build())
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  /**
   * The article's headline; when its {@code headline} and {@code name} differ, the one the document
   * title contains (the other is often a section label or a teaser line).
   */
  String headline(String documentTitle) {
    if (headline == null || name == null || headline.equals(name) || documentTitle == null) {
      return headline != null ? headline : name;
    }
    String t = documentTitle.toLowerCase(Locale.ROOT);
    if (!t.contains(headline.toLowerCase(Locale.ROOT))
        && t.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    return headline;
  }

  static JsonLd read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    int unreadable = 0;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String json = unwrap(script.data().strip());
      if (json.isEmpty()) {
        continue;
      }
      try {
        collect(MAPPER.readTree(json), objects);
      } catch (JsonProcessingException | RuntimeException e) {
        unreadable++;
      }
    }
    JsonNode article = null;
    int bestRank = 0;
    for (JsonNode o : objects) {
      int rank = rank(o);
      if (rank > bestRank) {
        bestRank = rank;
        article = o;
      }
    }
    String publisher = null;
    if (article != null) {
      publisher = name(article.get("publisher"));
    }
    if (publisher == null) {
      for (JsonNode o : objects) {
        if (typeMatches(o, Set.of("organization", "newsmediaorganization", "website"))) {
          publisher = text(o.get("name"));
          if (publisher != null) {
            break;
          }
        }
      }
    }
    if (article == null) {
      return new JsonLd(null, null, null, List.of(), publisher, null, null, null, unreadable);
    }
    String headline = text(article.get("headline"));
    String name = text(article.get("name"));
    String url = text(article.get("url"));
    if (url == null) {
      JsonNode main = article.get("mainEntityOfPage");
      url = main != null && main.isObject() ? text(main.get("@id")) : text(main);
    }
    String published = text(article.get("datePublished"));
    if (published == null) {
      published = text(article.get("dateCreated"));
    }
    return new JsonLd(
        headline,
        name,
        text(article.get("articleBody")),
        names(article.get("author")),
        publisher,
        published,
        text(article.get("inLanguage")),
        url,
        unreadable);
  }

  /** Takes off the CDATA or comment wrapper some pages put around the JSON. */
  static String unwrap(String s) {
    if (s.startsWith("<![CDATA[")) {
      s = s.substring(9);
      int end = s.lastIndexOf("]]>");
      s = (end >= 0 ? s.substring(0, end) : s).strip();
    }
    if (s.startsWith("<!--")) {
      s = s.substring(4);
      int end = s.lastIndexOf("-->");
      s = (end >= 0 ? s.substring(0, end) : s).strip();
    }
    return s;
  }

  /** Every object in the tree, breadth first, bounded in count and depth. */
  private static void collect(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    queue.add(root);
    depths.add(0);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_NODES) {
      JsonNode n = queue.poll();
      int d = depths.poll();
      if (n.isObject()) {
        out.add(n);
      }
      if (d < MAX_DEPTH && (n.isObject() || n.isArray())) {
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
          JsonNode c = it.next();
          if (c.isContainerNode()) {
            queue.add(c);
            depths.add(d + 1);
          }
        }
      }
    }
  }

  /** How article-like an object is: 0 not at all. */
  private static int rank(JsonNode o) {
    if (!typeMatches(o, ARTICLE_TYPES)) {
      return typeMatches(o, Set.of("webpage", "itempage")) && o.has("headline") ? 1 : 0;
    }
    int r = 2;
    if (o.has("articleBody")) {
      r += 2;
    }
    if (o.has("headline")) {
      r += 1;
    }
    return r;
  }

  private static boolean typeMatches(JsonNode o, Set<String> types) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (x.isTextual() && types.contains(x.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return t.isTextual() && types.contains(t.asText().toLowerCase(Locale.ROOT));
  }

  private static String text(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray() && n.size() > 0) {
      return text(n.get(0));
    }
    if (!n.isValueNode()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String name(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      return n.size() > 0 ? name(n.get(0)) : null;
    }
    if (n.isObject()) {
      return text(n.get("name"));
    }
    return text(n);
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = name(x);
        if (s != null && !out.contains(s)) {
          out.add(s);
        }
        if (out.size() >= 10) {
          break;
        }
      }
    } else {
      String s = name(n);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}

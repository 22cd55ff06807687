package dev.parley.extract;

import dev.parley.time.PageDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata: title, outlet, byline, publication date, language and canonical URL,
 * each from the most trustworthy place the page offers (JSON-LD, then meta tags, then markup, then
 * the URL or visible text).
 */
final class MetadataReader {

  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-–—:»·•/\\\\]+\\s+|\\s*[|»•]\\s*");
  private static final Pattern BY_PREFIX =
      Pattern.compile("^(?i)(written\\s+)?(by|from|von|por|par|di|door)\\s*[:\\-]?\\s+");
  private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^https?://|@|^\\d|[<>{}]");

  private MetadataReader() {}

  /** The metadata found; any field may be null. {@code structuredBody} is JSON-LD articleBody. */
  record Metadata(
      String title,
      String outlet,
      String byline,
      String published,
      String language,
      String url,
      String structuredBody) {}

  static Metadata read(Document doc, String pageUrl) {
    JsonLd ld = JsonLd.read(doc);
    Map<String, String> metas = metas(doc);
    String outlet =
        first(meta(metas, "og:site_name"), ld.publisher(), meta(metas, "application-name"));
    String title = title(doc, metas, ld, outlet);
    String byline = byline(doc, metas, ld);
    String published = published(doc, metas, ld, pageUrl);
    String language = language(doc, metas, ld);
    String url = canonical(doc, metas, ld, pageUrl);
    return new Metadata(title, clean(outlet), byline, published, language, url, ld.body());
  }

  private static String title(Document doc, Map<String, String> metas, JsonLd ld, String outlet) {
    Element t = doc.selectFirst("title");
    String raw = t == null ? null : clean(t.text());
    String meta =
        first(
            ld.headline(raw),
            meta(metas, "dc.title"),
            meta(metas, "dcterms.title"),
            meta(metas, "og:title"),
            meta(metas, "twitter:title"),
            meta(metas, "title"),
            meta(metas, "parsely-title"));
    if (meta != null) {
      return clean(meta);
    }
    if (raw != null) {
      return stripSite(raw, outlet);
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : clean(h1.text());
  }

  /**
   * Takes the site name off a document title ("Storm hits coast | Daily Planet"): the last part
   * after a separator when it names the outlet, or when the outlet is unknown and what is left
   * still reads as a headline (three words or more).
   */
  static String stripSite(String title, String outlet) {
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int sepStart = -1;
    int sepEnd = -1;
    while (m.find()) {
      sepStart = m.start();
      sepEnd = m.end();
    }
    if (sepStart <= 0 || sepEnd >= title.length()) {
      return title;
    }
    String head = title.substring(0, sepStart).strip();
    String last = title.substring(sepEnd).strip();
    if (outlet != null) {
      String o = norm(outlet);
      if (norm(last).equals(o) || (o.length() > 3 && norm(last).contains(o))) {
        return head;
      }
    }
    return head.split("\\s+").length >= 3 && last.length() < head.length() ? head : title;
  }

  private static String byline(Document doc, Map<String, String> metas, JsonLd ld) {
    if (!ld.authors().isEmpty()) {
      List<String> good = new ArrayList<>();
      for (String a : ld.authors()) {
        String c = personName(a);
        if (c != null) {
          good.add(c);
        }
      }
      if (!good.isEmpty()) {
        return String.join(", ", good);
      }
    }
    String meta =
        personName(
            first(
                meta(metas, "dc.creator"),
                meta(metas, "dcterms.creator"),
                meta(metas, "author"),
                meta(metas, "article:author"),
                meta(metas, "byl"),
                meta(metas, "parsely-author"),
                meta(metas, "sailthru.author")));
    if (meta != null) {
      return meta;
    }
    for (Element e :
        doc.select(
            "[rel=author], [itemprop=author], .byline, .author, .byline-name, .author-name, [class*=byline]")) {
      Element named = e.selectFirst("[itemprop=name]");
      String s = personName((named != null ? named : e).text());
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** A cleaned author name, or null when the text does not look like one. */
  static String personName(String s) {
    s = clean(s);
    if (s == null) {
      return null;
    }
    s = BY_PREFIX.matcher(s).replaceFirst("").strip();
    // "Ann Lee • 8h", "Ann Lee | Staff": the name is the first part.
    s = s.split("\\s[•|·]\\s", 2)[0].strip();
    if (s.isEmpty() || s.length() > 100 || NOT_A_NAME.matcher(s).find()) {
      return null;
    }
    return s;
  }

  private static String published(
      Document doc, Map<String, String> metas, JsonLd ld, String pageUrl) {
    String[] keys = {
      "article:published_time",
      "og:published_time",
      "article:published",
      "datepublished",
      "publishdate",
      "publish-date",
      "pubdate",
      "date",
      "dc.date",
      "dc.date.issued",
      "dcterms.created",
      "dcterms.date",
      "sailthru.date",
      "parsely-pub-date",
      "article.published",
      "original-publish-date",
      "publication_date",
      "citation_publication_date",
      "release_date",
      "live_date"
    };
    String found = PageDates.fromStamp(ld.published());
    for (int i = 0; found == null && i < keys.length; i++) {
      found = PageDates.fromStamp(meta(metas, keys[i]));
    }
    if (found == null) {
      Element t = doc.selectFirst("[itemprop=datePublished]");
      if (t != null) {
        found = PageDates.fromStamp(first(t.attr("content"), t.attr("datetime"), t.text()));
      }
    }
    if (found == null) {
      Element t = doc.selectFirst("time[datetime]");
      if (t != null) {
        found = PageDates.fromStamp(t.attr("datetime"));
      }
    }
    if (found == null) {
      found = PageDates.fromUrl(pageUrl);
    }
    if (found == null) {
      for (Element e :
          doc.select("time, [class*=date], [class*=time], [class*=byline], [class*=meta]")) {
        String text = e.ownText().length() > 0 ? e.ownText() : e.text();
        if (text.length() <= 200) {
          found = PageDates.fromText(text);
          if (found != null) {
            break;
          }
        }
      }
    }
    return found;
  }

  private static String language(Document doc, Map<String, String> metas, JsonLd ld) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : clean(html.attr("lang"));
    if (lang == null && html != null) {
      lang = clean(html.attr("xml:lang"));
    }
    if (lang == null) {
      lang =
          first(
              meta(metas, "content-language"),
              meta(metas, "language"),
              meta(metas, "dc.language"),
              ld.language(),
              meta(metas, "og:locale"));
    }
    if (lang == null) {
      return null;
    }
    lang = lang.split("[,;\\s]")[0].replace('_', '-');
    if (!lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      return null;
    }
    String[] p = lang.split("-", 2);
    return p[0].toLowerCase(Locale.ROOT)
        + (p.length > 1 ? "-" + (p[1].length() == 2 ? p[1].toUpperCase(Locale.ROOT) : p[1]) : "");
  }

  private static String canonical(
      Document doc, Map<String, String> metas, JsonLd ld, String pageUrl) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String url = link == null ? null : clean(link.absUrl("href"));
    if (url == null && link != null) {
      url = clean(link.attr("href"));
    }
    if (url == null) {
      url = first(meta(metas, "og:url"), ld.url());
    }
    if (url != null && !url.matches("(?i)^https?://.*")) {
      url = null;
    }
    return url != null ? url : clean(pageUrl);
  }

  /**
   * The content of a meta tag named by {@code key} ({@code name}, {@code property}...), or null.
   */
  static String meta(Map<String, String> metas, String key) {
    return metas.get(key);
  }

  /** The first non-empty content of each meta key, keys lower-cased. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String c = clean(m.attr("content"));
      if (c == null) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "http-equiv", "itemprop"}) {
        // One tag may name several properties: property="dc:title og:title".
        for (String k : m.attr(attr).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!k.isEmpty()) {
            out.putIfAbsent(k, c);
            if (k.startsWith("dc:") || k.startsWith("dcterms:")) {
              out.putIfAbsent(k.replace(':', '.'), c);
            }
          }
        }
      }
    }
    return out;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    s = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}

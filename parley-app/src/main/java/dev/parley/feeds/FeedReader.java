package dev.parley.feeds;

import dev.parley.time.FeedDates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an RSS 2.0 (or RSS 1.0) or Atom feed into its items. Feeds come from the open web, so the
 * JDK's XML parser runs with DTDs refused outright (a feed with a {@code <!DOCTYPE>} is rejected),
 * external entities and external DTD loading off, XInclude off and secure processing on: no entity
 * is expanded and nothing is fetched while parsing. Pure and thread-safe.
 */
public final class FeedReader {

  /**
   * One item of a feed.
   *
   * @param id what identifies the item across polls: the RSS {@code guid} or Atom {@code id}, else
   *     its link
   * @param url the link to the article page, resolved against the feed's address; null when the
   *     item has none
   * @param title the item title as plain text, or null
   * @param published ISO date-time (or date) of publication, or null when absent or unreadable
   */
  public record Item(String id, String url, String title, String published) {
    public Item {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A parsed feed.
   *
   * @param title the feed's own title, or null
   * @param items the items in feed order
   * @param warnings problems with single items that did not stop the feed (no link, bad date)
   */
  public record Feed(String title, List<Item> items, List<String> warnings) {
    public Feed {
      items = List.copyOf(items);
      warnings = List.copyOf(warnings);
    }
  }

  private FeedReader() {}

  /**
   * Parses a feed.
   *
   * @param xml the feed's bytes (the XML declaration names the charset; UTF-8 without one)
   * @param base the feed's address, against which relative links resolve (a file URI for a local
   *     feed)
   * @throws FeedException when the bytes are not well-formed XML, declare a DTD, or are neither RSS
   *     nor Atom
   */
  public static Feed read(byte[] xml, URI base) throws FeedException {
    Objects.requireNonNull(xml, "xml");
    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
    List<String> warnings = new ArrayList<>();
    switch (name.toLowerCase(Locale.ROOT)) {
      case "rss":
        {
          Element channel = child(root, "channel");
          if (channel == null) {
            throw new FeedException("RSS feed without a <channel>");
          }
          return new Feed(
              text(child(channel, "title")),
              rssItems(children(channel, "item"), base, warnings),
              warnings);
        }
      case "rdf": // RSS 1.0: items are siblings of the channel
        return new Feed(
            text(child(child(root, "channel"), "title")),
            rssItems(children(root, "item"), base, warnings),
            warnings);
      case "feed":
        return new Feed(text(child(root, "title")), atomEntries(root, base, warnings), warnings);
      default:
        throw new FeedException(
            "not an RSS or Atom feed: the root element is <" + root.getNodeName() + ">");
    }
  }

  private static Document parse(byte[] xml) throws FeedException {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              // warnings do not make a feed unreadable
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      String msg = e.getMessage() == null ? "malformed" : e.getMessage();
      if (msg.contains("DOCTYPE")) {
        throw new FeedException("feed declares a DTD (<!DOCTYPE>), refused as unsafe", e);
      }
      throw new FeedException("not well-formed XML at line " + e.getLineNumber() + ": " + msg, e);
    } catch (SAXException | IOException e) {
      throw new FeedException("not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(
          "the JDK XML parser refused a safety setting: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    // the JDK's own parser, whatever XML library the classpath carries (CoreNLP brings Xerces)
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setValidating(false);
    return f;
  }

  private static List<Item> rssItems(List<Element> items, URI base, List<String> warnings) {
    List<Item> out = new ArrayList<>();
    int n = 0;
    for (Element item : items) {
      n++;
      String title = plain(text(child(item, "title")));
      String link = resolve(base, text(child(item, "link")));
      if (link == null) {
        link =
            resolve(
                base, item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about"));
      }
      Element guidElement = child(item, "guid");
      String guid = text(guidElement);
      if (link == null
          && guid != null
          && !"false".equalsIgnoreCase(guidElement.getAttribute("isPermaLink"))) {
        link = resolve(base, guid); // a permalink guid is the item's address
      }
      String published = null;
      String pubDate = text(child(item, "pubDate"));
      String dcDate = text(child(item, "date"));
      if (pubDate != null) {
        published = date(FeedDates.rfc822(pubDate), "pubDate", pubDate, n, warnings);
      } else if (dcDate != null) {
        published = date(FeedDates.rfc3339(dcDate), "dc:date", dcDate, n, warnings);
      }
      add(out, guid, link, title, published, n, warnings);
    }
    return out;
  }

  private static List<Item> atomEntries(Element feed, URI base, List<String> warnings) {
    List<Item> out = new ArrayList<>();
    int n = 0;
    for (Element entry : children(feed, "entry")) {
      n++;
      String title = text(child(entry, "title"));
      String link = resolve(base, atomLink(entry));
      String published = null;
      String when = text(child(entry, "published"));
      String field = "published";
      if (when == null) {
        when = text(child(entry, "updated"));
        field = "updated";
      }
      if (when != null) {
        published = date(FeedDates.rfc3339(when), field, when, n, warnings);
      }
      add(out, text(child(entry, "id")), link, plain(title), published, n, warnings);
    }
    return out;
  }

  /** The entry's page: the {@code alternate} link (HTML preferred), else its only link. */
  private static String atomLink(Element entry) {
    String fallback = null;
    for (Element link : children(entry, "link")) {
      String rel = link.getAttribute("rel");
      String href = link.getAttribute("href");
      if (href.isBlank()) {
        continue;
      }
      if (rel.isEmpty() || rel.equals("alternate")) {
        String type = link.getAttribute("type");
        if (type.isEmpty() || type.contains("html")) {
          return href;
        }
        fallback = fallback == null ? href : fallback;
      }
    }
    return fallback;
  }

  private static void add(
      List<Item> out,
      String id,
      String link,
      String title,
      String published,
      int n,
      List<String> warnings) {
    String key = id != null ? id : link;
    if (key == null) {
      warnings.add(
          "item "
              + n
              + (title == null ? "" : " \"" + title + "\"")
              + " has neither an id nor a link");
      return;
    }
    if (link == null) {
      warnings.add("item " + n + " (" + key + ") has no link to a page");
    }
    out.add(new Item(key, link, title, published));
  }

  private static String date(
      Optional<String> parsed, String field, String raw, int n, List<String> warnings) {
    if (parsed.isEmpty()) {
      warnings.add("item " + n + ": unreadable " + field + " '" + raw + "'");
      return null;
    }
    return parsed.get();
  }

  private static String resolve(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(link.strip());
      return (base == null ? u : base.resolve(u)).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return link.strip(); // kept as given; the fetcher refuses what it cannot request
    }
  }

  /**
   * Titles are text; HTML entities or markup left in them by the feed (Atom type="html") are
   * flattened.
   */
  private static String plain(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('&') >= 0 || s.indexOf('<') >= 0 ? Jsoup.parse(s).text() : s;
    t = t.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  private static Element child(Element parent, String localName) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(local(e))) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && localName.equals(local(e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static String local(Element e) {
    return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.getTextContent();
    if (t == null) {
      return null;
    }
    t = t.strip();
    return t.isEmpty() ? null : t;
  }
}

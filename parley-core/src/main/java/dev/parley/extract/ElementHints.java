package dev.parley.extract;

import dev.parley.text.Words;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it: a part of the page that is almost never
 * article text (comments, share bars, related links, newsletter boxes, captions, navigation), a
 * weaker sign of the same, or a sign of article text. Words are matched on the parts of class and
 * id names ({@code related-posts}, {@code shareBar}, {@code comment_list}), never on arbitrary
 * substrings.
 */
final class ElementHints {

  /** The verdict on one element. */
  enum Kind {
    BOILERPLATE,
    DOUBTFUL,
    NEUTRAL,
    CONTENT
  }

  /** Tags that hold no article text at all; removed before anything else. */
  static final Set<String> JUNK_TAGS =
      Words.set(
          """
          script style noscript template svg canvas iframe object embed button
          input select textarea option map audio video source track head link
          meta dialog math label
          """);

  private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "figcaption", "menu");

  /** Name parts that start a boilerplate name ("comments", "commentlist", "sharebar"). */
  private static final String[] BOILERPLATE_PREFIXES = {
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "newsletter",
    "subscri",
    "signup",
    "promo",
    "sponsor",
    "advert",
    "sidebar",
    "breadcrumb",
    "caption",
    "outbrain",
    "taboola",
    "cookie",
    "popup",
    "modal",
    "footer",
    "masthead",
    "trending",
    "popular",
    "most-read",
    "mostread",
    "widget",
    "pagination",
    "pager",
    "byline",
    "author-bio",
    "authorbio",
    "tagcloud",
    "navbar",
    "navigation",
    "menu",
    "toolbar",
    "respond",
    "reply",
    "banner",
    "teaser",
    "rightrail",
    "right-rail",
    "readmore",
    "read-more",
    "morestories",
    "more-stories",
    "nextarticle",
    "next-article",
    "inline-related",
    "crosslink",
    "facebook",
    "whatsapp",
    "pinterest",
    "linkedin",
    "reddit",
    "email-signup",
    "print",
    "credit",
    "copyright",
    "legal",
    "disclaimer",
    "skip"
  };

  /** Whole name parts that mean boilerplate. */
  private static final Set<String> BOILERPLATE_WORDS =
      Words.set(
          """
          nav ad ads adv tags tag meta share hidden hide related recirc topics
          keywords rail more extra utility tools sns follow donate login signin
          breaking
          """);

  private static final String[] DOUBTFUL_PREFIXES = {
    "header",
    "head",
    "author",
    "date",
    "time",
    "info",
    "aside",
    "side",
    "bottom",
    "top",
    "subscribe",
    "card",
    "list",
    "links",
    "module",
    "box",
    "slider",
    "carousel",
    "gallery",
    "thumb",
    "video",
    "photo",
    "image",
    "img",
    "media",
    "figure"
  };

  private static final String[] CONTENT_PREFIXES = {
    "article",
    "story",
    "entry",
    "post",
    "content",
    "body",
    "text",
    "main",
    "blog",
    "news",
    "detail",
    "prose",
    "richtext",
    "rich-text"
  };

  private ElementHints() {}

  static Kind of(Element e) {
    String tag = e.normalName();
    if (BOILERPLATE_TAGS.contains(tag)) {
      return Kind.BOILERPLATE;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
      return Kind.CONTENT;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation")
        || role.equals("complementary")
        || role.equals("contentinfo")
        || role.equals("banner")
        || role.equals("menu")
        || role.equals("dialog")) {
      return Kind.BOILERPLATE;
    }
    String names = e.className() + " " + e.id();
    if (tag.equals("footer")) {
      return Kind.BOILERPLATE;
    }
    Kind byName = byNames(names);
    if (byName != Kind.NEUTRAL) {
      return byName;
    }
    if (tag.equals("header")) {
      return Kind.DOUBTFUL;
    }
    if (tag.equals("article") || tag.equals("main") || role.equals("main")) {
      return Kind.CONTENT;
    }
    return Kind.NEUTRAL;
  }

  /** Classifies a class-plus-id string; boilerplate wins over content, content over doubtful. */
  static Kind byNames(String names) {
    if (names.isBlank()) {
      return Kind.NEUTRAL;
    }
    boolean content = false;
    boolean doubtful = false;
    for (String name : names.split("\\s+")) {
      if (name.isEmpty()) {
        continue;
      }
      String lower = splitCamel(name).toLowerCase(Locale.ROOT);
      String[] parts = lower.split("[-_:.]+");
      // A whole word counts only as the last part of a name, its head noun: "post-tags" and
      // "entry-meta" are boilerplate, WordPress's "tag-book" on an article is not.
      if (parts.length > 0 && BOILERPLATE_WORDS.contains(parts[parts.length - 1])) {
        return Kind.BOILERPLATE;
      }
      for (String part : parts) {
        if (part.isEmpty()) {
          continue;
        }
        if (startsWithAny(part, BOILERPLATE_PREFIXES) && !part.startsWith("commentary")) {
          return Kind.BOILERPLATE;
        }
        if (startsWithAny(part, CONTENT_PREFIXES)) {
          content = true;
        } else if (startsWithAny(part, DOUBTFUL_PREFIXES)) {
          doubtful = true;
        }
      }
      String joined = lower.replaceAll("[-_:.]+", "");
      if (startsWithAny(joined, BOILERPLATE_PREFIXES) && !joined.startsWith("commentary")) {
        return Kind.BOILERPLATE;
      }
    }
    return content ? Kind.CONTENT : doubtful ? Kind.DOUBTFUL : Kind.NEUTRAL;
  }

  /** "relatedPosts" to "related-Posts", so that name parts can be matched. */
  private static String splitCamel(String s) {
    StringBuilder b = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) {
        b.append('-');
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean startsWithAny(String s, String[] prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}

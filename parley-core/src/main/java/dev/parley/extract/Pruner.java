package dev.parley.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is never text a reader sees: scripts, styles, forms' controls, embedded objects, and
 * elements the page hides.
 */
final class Pruner {

  private Pruner() {}

  static void prune(Document doc) {
    Elements junk = new Elements();
    for (Element e : doc.getAllElements()) {
      if (ElementHints.JUNK_TAGS.contains(e.normalName()) || hidden(e)) {
        junk.add(e);
      }
    }
    junk.remove();
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}

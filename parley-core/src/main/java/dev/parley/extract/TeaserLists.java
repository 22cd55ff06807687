package dev.parley.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds lists of teasers: three or more sibling elements of one kind (same tag and class), most of
 * which hold exactly one linked headline (a block that is all link) beside their other text. Such
 * cards ("more from Opinion", "latest news") carry prose summaries that would otherwise pass for
 * article text. Article paragraphs never look like this: they hold no linked headlines.
 */
final class TeaserLists {

  private TeaserLists() {}

  static Set<Element> find(List<Block> blocks, Element root) {
    Map<Element, Integer> headlines = new IdentityHashMap<>();
    for (Block b : blocks) {
      if (b.chars >= 15 && b.linkDensity() >= 0.9 && !b.listItem) {
        for (Element e = b.owner; e != null && e != root; e = e.parent()) {
          headlines.merge(e, 1, Integer::sum);
        }
      }
    }
    Set<Element> teasers = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : headlines.keySet()) {
      Element p = e.parent();
      if (p != null) {
        parents.add(p);
      }
    }
    for (Element p : parents) {
      if (p.childrenSize() < 3) {
        continue;
      }
      Map<String, List<Element>> groups = new HashMap<>();
      for (Element c : p.children()) {
        groups.computeIfAbsent(c.normalName() + "." + c.className(), k -> new ArrayList<>()).add(c);
      }
      for (List<Element> group : groups.values()) {
        if (group.size() < 3) {
          continue;
        }
        int cards = 0;
        for (Element c : group) {
          if (headlines.getOrDefault(c, 0) == 1) {
            cards++;
          }
        }
        if (cards >= 3 && cards * 10 >= group.size() * 6) {
          teasers.addAll(group);
        }
      }
    }
    return teasers;
  }
}

package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds the depth of a parsed tree: an element at the depth limit that still has child elements is
 * replaced by its text. Runs with jsoup's iterative traversal, so a page of 100,000 nested tags
 * cannot overflow the stack here or in any later walk.
 */
final class DepthGuard {

  private DepthGuard() {}

  /** Flattens {@code root} below {@code maxDepth}; returns how many subtrees were flattened. */
  static int flatten(Element root, int maxDepth) {
    List<Element> deep = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth >= maxDepth && node instanceof Element e && e.childrenSize() > 0) {
              deep.add(e);
              return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    for (Element e : deep) {
      String text = e.text();
      e.empty();
      e.appendText(text);
    }
    return deep.size();
  }
}

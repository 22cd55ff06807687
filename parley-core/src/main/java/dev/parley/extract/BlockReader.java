package dev.parley.extract;

import dev.parley.text.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts the visible text of a parsed page into {@link Block}s, in page order. A block ends at every
 * block-level tag; a {@code <br>} is a line break inside the block. Walks the tree with jsoup's
 * iterative traversal, so page depth cannot overflow the stack.
 */
final class BlockReader implements NodeVisitor {

  static final Set<String> BLOCK_TAGS =
      Words.set(
          """
          address article aside blockquote body center dd details div dl dt
          fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup
          hr li main nav ol p pre section summary table tbody thead tfoot tr
          caption ul html legend menu dialog frameset frame
          """);

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> owners = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int chars;
  private int linkChars;
  private int anchorDepth;
  private int preDepth;
  private boolean pendingSpace;

  private BlockReader() {}

  static List<Block> read(Element root) {
    BlockReader r = new BlockReader();
    r.owners.push(root);
    NodeTraversor.traverse(r, root);
    r.flush();
    return r.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      appendText(t.getWholeText());
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("br")) {
        lineBreak();
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
        owners.push(e);
      } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
        pendingSpace = true;
      }
      if (tag.equals("a")) {
        anchorDepth++;
      } else if (tag.equals("pre")) {
        preDepth++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag) && node != owners.peekLast()) {
        flush();
        if (!owners.isEmpty() && owners.peek() == e) {
          owners.pop();
        }
      } else if (tag.equals("td") || tag.equals("th")) {
        pendingSpace = true;
      }
      if (tag.equals("a")) {
        anchorDepth--;
      } else if (tag.equals("pre")) {
        preDepth--;
      }
    }
  }

  private void appendText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' && preDepth > 0) {
        lineBreak();
      } else if (Character.isWhitespace(c)
          || c == '\u00a0'
          || c == '\u200b'
          || c == '\u202f'
          || c == '\u2007'
          || c == '\ufeff') {
        pendingSpace = true;
      } else {
        if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
        }
        pendingSpace = false;
        text.append(c);
        chars++;
        if (anchorDepth > 0) {
          linkChars++;
        }
      }
    }
  }

  private void lineBreak() {
    if (text.length() > 0) {
      text.append('\n');
    }
    pendingSpace = false;
  }

  /** A run of only punctuation, symbols or replacement characters is not text. */
  private static boolean hasLetterOrDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void flush() {
    if (chars > 0 && hasLetterOrDigit(text)) {
      String s = text.toString().strip();
      // Two or more line breaks in a row are a paragraph break; keep at most one blank line.
      if (s.indexOf('\n') >= 0) {
        s = s.replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n");
      }
      blocks.add(
          new Block(blocks.size(), s, owners.isEmpty() ? null : owners.peek(), chars, linkChars));
    }
    text.setLength(0);
    chars = 0;
    linkChars = 0;
    pendingSpace = false;
  }
}

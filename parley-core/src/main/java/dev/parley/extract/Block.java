package dev.parley.extract;

import dev.parley.time.PageDates;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * One run of text between two block-level boundaries of the page (a paragraph, a heading, a list
 * item, the text of a div), with the counts the content choice weighs.
 */
final class Block {
  final int index;
  final String text;
  final Element owner;

  /** Characters that are not white space. */
  final int chars;

  /** Of those, the ones inside links. */
  final int linkChars;

  final boolean heading;
  final boolean listItem;

  /** A table row: its cells are one block, joined by spaces. */
  final boolean tableRow;

  /** Set by the content choice when a boilerplate hint on an ancestor rules the block out. */
  boolean excluded;

  Block(int index, String text, Element owner, int chars, int linkChars) {
    this.index = index;
    this.text = text;
    this.owner = owner;
    this.chars = chars;
    this.linkChars = linkChars;
    String tag = owner.normalName();
    this.heading =
        tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    this.listItem = tag.equals("li") || tag.equals("dd") || tag.equals("dt");
    this.tableRow = tag.equals("tr");
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  int plainChars() {
    return chars - linkChars;
  }

  private static final Pattern BYLINE =
      Pattern.compile("^(?i:by|von|por|par|door|di)\\s+\\p{Lu}.*");

  private Boolean prose;

  /**
   * Reads like running text: long enough, or a sentence; not a short byline ("By Ann Lee -
   * 11/18/19") or time stamp ("Updated Nov 19, 9:41 AM").
   */
  boolean prose() {
    if (prose == null) {
      prose = computeProse();
    }
    return prose;
  }

  private boolean computeProse() {
    int plain = plainChars();
    if (plain >= 100) {
      return true;
    }
    if (plain < 20 || heading) {
      return false;
    }
    if (chars < 80 && (BYLINE.matcher(text).matches() || PageDates.fromText(text) != null)) {
      return false;
    }
    return hasSentencePunctuation();
  }

  private boolean hasSentencePunctuation() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == ','
          || c == '，' || c == '、' || c == ';' || c == ':') {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Block["
        + index
        + " "
        + owner.normalName()
        + " "
        + chars
        + "/"
        + linkChars
        + " "
        + (text.length() > 60 ? text.substring(0, 60) + "…" : text)
        + "]";
  }
}

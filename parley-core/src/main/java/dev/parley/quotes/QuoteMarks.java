package dev.parley.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks in a text, one line (paragraph) at a time: curly and
 * straight double marks, guillemets, {@code ``…''} and {@code ''…''}, and curly single marks where
 * they are not apostrophes. A straight mark opens after a space or an opening bracket or dash and
 * closes otherwise. A mark opened and not closed on its line runs to the line's end, and the quote
 * continues when the next line opens with a mark (the closing mark of a paragraph that the next one
 * carries on is left out by convention). A right double mark with nothing open, after a space or at
 * a line's start and before a word, is a typing slip for an opening one. Offsets are code point
 * offsets into the text.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * The content between a pair of marks, without the marks.
   *
   * @param start first code point of the content
   * @param end offset after the content
   * @param markStart offset of the opening mark
   * @param markEnd offset after the closing mark, or {@code end} when the line ended first
   * @param closed whether a closing mark was found on the line
   * @param continuesPrevious whether this span carries on a quote left open on the line before
   */
  record Span(
      int start, int end, int markStart, int markEnd, boolean closed, boolean continuesPrevious) {}

  static List<Span> find(String text) {
    int[] cp = text.codePoints().toArray();
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    boolean previousOpen = false;
    while (lineStart <= cp.length) {
      int lineEnd = lineStart;
      while (lineEnd < cp.length && cp[lineEnd] != '\n') {
        lineEnd++;
      }
      if (lineEnd > lineStart && !blank(cp, lineStart, lineEnd)) {
        previousOpen = line(cp, lineStart, lineEnd, previousOpen, out);
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** Pairs the marks of one line; returns whether a quote is left open at its end. */
  private static boolean line(int[] cp, int from, int to, boolean previousOpen, List<Span> out) {
    int open = -1;
    int openLen = 0;
    boolean firstOnLine = true;
    int singleOpen = -1;
    int i = from;
    while (i < to) {
      int c = cp[i];
      int len = markLength(cp, i, to);
      if (len == 0 && c != '‘' && c != '’') {
        i++;
        continue;
      }
      if (c == '‘' || c == '’') {
        // curly singles, only outside a double-quoted span (inside one they are nested quotes)
        if (open < 0) {
          if (c == '‘'
              && opensHere(cp, i, from)
              && i + 1 < to
              && !Character.isWhitespace(cp[i + 1])) {
            singleOpen = i;
          } else if (c == '’' && singleOpen >= 0 && closesHere(cp, i, to) && i - singleOpen > 1) {
            out.add(new Span(singleOpen + 1, i, singleOpen, i + 1, true, false));
            singleOpen = -1;
          }
        }
        i++;
        continue;
      }
      Kind k = kind(cp, i, len, from, to, open >= 0);
      if (k == Kind.OPEN) {
        open = i;
        openLen = len;
        singleOpen = -1;
      } else if (open >= 0) {
        boolean continues = firstOnLine && previousOpen && blank(cp, from, open);
        if (i > open + openLen) {
          out.add(new Span(open + openLen, i, open, i + len, true, continues));
        }
        open = -1;
        firstOnLine = false;
      }
      i += len;
    }
    if (open >= 0) {
      int end = to;
      while (end > open + openLen && Character.isWhitespace(cp[end - 1])) {
        end--;
      }
      boolean continues = firstOnLine && previousOpen && blank(cp, from, open);
      if (end > open + openLen) {
        out.add(new Span(open + openLen, end, open, end, false, continues));
      }
      return true;
    }
    return false;
  }

  private enum Kind {
    OPEN,
    CLOSE
  }

  private static Kind kind(int[] cp, int i, int len, int from, int to, boolean isOpen) {
    int c = cp[i];
    if (c == '“' || c == '«' || c == '„' || (c == '`' && len == 2)) {
      return Kind.OPEN;
    }
    if (c == '”'
        && !isOpen
        && opensHere(cp, i, from)
        && i + 1 < to
        && !Character.isWhitespace(cp[i + 1])) {
      // "”Mr. Trump embodies …”": a closing mark typed where an opening one belongs, with nothing
      // open
      return Kind.OPEN;
    }
    if (c == '”' || c == '»') {
      return Kind.CLOSE;
    }
    // straight " or '': by what is around it
    boolean before = opensHere(cp, i, from);
    boolean after = i + len < to && !Character.isWhitespace(cp[i + len]);
    if (before && after) {
      return Kind.OPEN;
    }
    if (!before && !after) {
      return Kind.CLOSE;
    }
    return isOpen ? Kind.CLOSE : Kind.OPEN;
  }

  /** The length of a double mark at {@code i}, or 0 when there is none. */
  private static int markLength(int[] cp, int i, int to) {
    int c = cp[i];
    if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
      return 1;
    }
    if ((c == '\'' || c == '`') && i + 1 < to && cp[i + 1] == c) {
      return 2;
    }
    return 0;
  }

  private static boolean opensHere(int[] cp, int i, int from) {
    if (i == from) {
      return true;
    }
    int p = cp[i - 1];
    return Character.isWhitespace(p)
        || p == '('
        || p == '['
        || p == '{'
        || p == '—'
        || p == '–'
        || p == '-'
        || p == '/'
        || p == ':'
        || p == '“';
  }

  private static boolean closesHere(int[] cp, int i, int to) {
    return i + 1 >= to || !Character.isLetterOrDigit(cp[i + 1]);
  }

  private static boolean blank(int[] cp, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(cp[i])) {
        return false;
      }
    }
    return true;
  }
}

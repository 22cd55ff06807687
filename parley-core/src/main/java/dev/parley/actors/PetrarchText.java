package dev.parley.actors;

import dev.parley.text.DataFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH/Phoenix dictionary file, as PETRARCH reads them before it looks at their
 * content: UTF-8 text; {@code #} and, as in KEDS and TABARI, {@code ;} start a comment that runs to
 * the end of the line; {@code <!-- ... -->} is a comment, on one line or over several; a line that
 * starts with {@code <!} is ignored; blank lines are ignored; a line holding {@code ---STOP---}
 * ends the file. A line that is not valid UTF-8 is skipped with a note.
 */
final class PetrarchText {
  private PetrarchText() {}

  /** A line with its comments removed, not blank, and its 1-based number in the file. */
  record Line(int number, String text) {}

  /**
   * The content lines of {@code file}.
   *
   * @throws DataFileException when the file cannot be read at all
   */
  static List<Line> read(Path file, PetrarchReport report) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataFileException(file + ": cannot read: " + e, e);
    }
    List<Line> out = new ArrayList<>();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int number = 0;
    int start = 0;
    int commentFrom = 0; // line where an open <!-- began, 0 when none is open
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      String text;
      try {
        text = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        text = null;
      }
      start = end + 1;
      if (text == null) {
        report.skip(number, "not valid UTF-8");
        continue;
      }
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (commentFrom > 0) {
        int close = text.indexOf("-->");
        if (close < 0) {
          continue;
        }
        commentFrom = 0;
        text = text.substring(close + 3);
      }
      if (text.strip().startsWith("<!") && !text.strip().startsWith("<!--")) {
        continue;
      }
      int open = text.indexOf("<!--");
      while (open >= 0) {
        int close = text.indexOf("-->", open + 4);
        if (close < 0) {
          commentFrom = number;
          text = text.substring(0, open);
          break;
        }
        text = text.substring(0, open) + " " + text.substring(close + 3);
        open = text.indexOf("<!--");
      }
      if (text.contains("---STOP---")) {
        break;
      }
      text = cut(cut(text, '#'), ';').replace("\r", "");
      if (!text.isBlank()) {
        out.add(new Line(number, text));
      }
    }
    if (commentFrom > 0) {
      report.skip(
          commentFrom,
          "a '<!--' comment is never closed: the rest of the file is read as a comment");
    }
    return out;
  }

  /** A line that cannot be read; the message is the reason, for {@link PetrarchReport#skip}. */
  static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Characters that mark PETRARCH syntax Parley does not read inside a phrase. */
  private static final String MARKERS = "[]{}()!<>=$%^*~|+@\\/\"";

  /**
   * The words of a PETRARCH phrase string: words are separated by {@code _} or blanks (PETRARCH's
   * blank lets other words come between; Parley reads both as "next to each other"), and a final
   * {@code _} only ends the phrase. Words keep letters, digits, {@code - . ' ,}.
   */
  static List<String> words(String phrase) throws Skip {
    List<String> words = new ArrayList<>();
    for (String w : phrase.strip().split("[_\\s]+")) {
      if (w.isEmpty()) {
        continue;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (MARKERS.indexOf(c) >= 0) {
          throw new Skip(
              "'"
                  + c
                  + "' in phrase '"
                  + phrase.strip()
                  + "' is PETRARCH syntax that Parley does not read");
        }
      }
      if (w.codePoints().noneMatch(Character::isLetterOrDigit)) {
        throw new Skip(
            "phrase '" + phrase.strip() + "' has a word without letters or digits: '" + w + "'");
      }
      words.add(w);
    }
    if (words.isEmpty()) {
      throw new Skip("empty phrase");
    }
    return words;
  }

  /**
   * A name as news writes it: "DONALD_TRUMP_" is "Donald Trump", "MAZAR-I-SHARIF" is
   * "Mazar-I-Sharif", "O'BRIEN" is "O'Brien". Matching ignores case, so only the display depends on
   * it.
   */
  static String name(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      for (int i = 0; i < lower.length(); i++) {
        char c = lower.charAt(i);
        char before = i == 0 ? ' ' : lower.charAt(i - 1);
        boolean starts = i == 0 || before == '-' || before == '.' || (before == '\'' && i == 2);
        out.append(starts ? Character.toUpperCase(c) : c);
      }
    }
    return out.toString();
  }

  /**
   * An agent phrase: lower case, words joined by one space ("FOREIGN_MINISTER" is "foreign
   * minister").
   */
  static String phrase(List<String> words) {
    return String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
  }

  private static String cut(String text, char comment) {
    int at = text.indexOf(comment);
    return at < 0 ? text : text.substring(0, at);
  }
}

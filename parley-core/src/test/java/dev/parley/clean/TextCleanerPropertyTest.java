package dev.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random shuffles of news lines, boilerplate, header lines and garbage: the cleaner never throws,
 * and every non-blank input line is either removed (and listed, in order) or kept in the text.
 */
class TextCleanerPropertyTest {
  private static final long SEED = 20190630L;
  private static final int DOCUMENTS = 400;
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u2028\u2029\u0085]");

  private static final List<String> POOL =
      List.of(
          "Talks between the two delegations ended late on Tuesday without an agreement.",
          "\u201CWe are ready to talk,\u201D the foreign minister told reporters.",
          "He declined to comment.",
          "The vote is on Tuesday.",
          "Rebels shelled the town overnight",
          "Border talks collapse as envoy walks out",
          "The Daily Ledger",
          "Bloomberg",
          "By Jane Roe | June 30, 2019",
          "- The Harbour Post - Friday, June 28, 2019",
          "Published 30 June 2019 08:14 GMT",
          "June 30, 2019",
          "SEOUL \u2014 Envoys met in the border village on Sunday.",
          "KYIV (Northern Wire) - Air raid sirens sounded across the city.",
          "WASHINGTON \u2014",
          "Advertisement",
          "Sign up for Daily Newsletters",
          "Leave a Reply",
          "Share this article",
          "Click to Hide",
          "Copyright \u00A9 2021 Harbour Media. All rights reserved.",
          "We use cookies to improve your experience on our site.",
          "Read more: What the ceasefire means",
          "Photo: Jane Roe/Harbour Media",
          "Home > World > Asia",
          "https://example.org/a/b",
          "* * *",
          "the talks, which began in March,",
          "continued into the night with no sign of progress.");

  private static final String ODD_CHARS =
      "\u00A0\t\u000B\f\u2014\u2013-\u201C\u201D\u2018\u2019\"'()[]|>\u00A9.,;:!?\u2026\u0301\u200B"
          + "\u0007\u001B\u00E9\u00DF\uD55C\u5927\u0416";

  @Test
  void neverThrowsAndAccountsForEveryLine() {
    Random random = new Random(SEED);
    TextCleaner cleaner = new TextCleaner();
    for (int n = 0; n < DOCUMENTS; n++) {
      String input = document(random);
      TextCleaner.Cleaned c =
          cleaner.cleanWithReasons(RawDocument.text("random-" + n, input, hints(random)));
      check(input, c);
    }
  }

  private static String document(Random random) {
    List<String> lines = new ArrayList<>();
    int count = random.nextInt(25);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(6)) {
        case 0 -> lines.add("");
        case 1 -> lines.add(garbage(random));
        case 2 -> lines.add("  " + POOL.get(random.nextInt(POOL.size())) + " \t ");
        default -> lines.add(POOL.get(random.nextInt(POOL.size())));
      }
    }
    StringBuilder sb = new StringBuilder();
    String[] endings = {"\n", "\r\n", "\r", "\n\n"};
    for (String line : lines) {
      sb.append(line).append(endings[random.nextInt(endings.length)]);
    }
    return sb.toString();
  }

  private static String garbage(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(80);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        sb.append(ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length())));
      } else if (kind == 1) {
        sb.append(' ');
      } else {
        sb.append((char) ('A' + random.nextInt(58)));
      }
    }
    if (random.nextInt(10) == 0) {
      sb.appendCodePoint(0x1F30D); // a supplementary character
    }
    return sb.toString();
  }

  private static Hints hints(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> new Hints("Border talks collapse as envoy walks out", "2019-06-30", "Wire", null);
      case 1 -> new Hints(null, "not a date", null, "https://example.org/x");
      default -> Hints.NONE;
    };
  }

  private static void check(String input, TextCleaner.Cleaned c) {
    Article a = c.article();
    assertEquals(c.removals().stream().map(TextCleaner.Removal::line).toList(), a.removed(), input);
    String[] lines = LINE_BREAK.split(input, -1);
    int removal = 0;
    int textPosition = 0;
    for (int i = 0; i < lines.length; i++) {
      String kept = Shape.normalise(lines[i]);
      if (kept.isEmpty()) {
        continue;
      }
      if (removal < c.removals().size() && c.removals().get(removal).lineNumber() == i + 1) {
        assertEquals(lines[i].strip(), c.removals().get(removal).line(), input);
        removal++;
        continue;
      }
      int at = a.text().indexOf(kept, textPosition);
      assertTrue(at >= 0, () -> "line " + kept + " lost from " + input + "\n->\n" + a.text());
      textPosition = at + kept.length();
    }
    assertEquals(c.removals().size(), removal, input);
    assertFalse(a.text().contains("\n\n\n"), input);
    assertEquals(a.text().strip(), a.text());
    for (String line : a.text().split("\n", -1)) {
      assertEquals(line.stripTrailing(), line);
    }
    assertEquals(ArticleId.of(a.text()), a.id());
    assertTrue(
        a.published() == null
            || PartialDateTime.parse(a.publishedText()).equals(Optional.of(a.published())),
        a.publishedText());
    assertTrue(a.language() == null || a.language().length() == 2, a.language());
  }
}

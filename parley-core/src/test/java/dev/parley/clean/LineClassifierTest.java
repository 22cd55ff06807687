package dev.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {
  private final LineClassifier classifier = LineClassifier.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // newsletter and sign-up prompts
        "Sign up for our Weekend Briefing | newsletter",
        "Get the Morning Digest newsletter delivered to your inbox | newsletter",
        "Subscribe now for unlimited access | newsletter",
        "You have read 3 of 5 free articles this month. | newsletter",
        "Manage Newsletters | newsletter",
        // share / reply / comment prompts
        "Leave a Reply | comments",
        "Leave a comment | comments",
        "Please read our comment policy before commenting. | comments",
        "24 Comments | comments",
        "View all 12 comments | comments",
        "Join the conversation | comments",
        "Send this to a friend | share-prompt",
        "Share this article | share-prompt",
        "Share on Facebook | share-prompt",
        "Follow us on Instagram and Telegram | share-prompt",
        "Facebook Twitter WhatsApp Email | share-prompt",
        // click / call to action
        "Click to expand | call-to-action",
        "Click here to see the full gallery | call-to-action",
        "Tap to unmute | call-to-action",
        "Download our app | call-to-action",
        "Back to top | call-to-action",
        "Show more | call-to-action",
        "Skip to main content | call-to-action",
        // copyright, cookies, browser
        "Copyright © 2020 Harbour Media Group | copyright",
        "© Northern Wire Ltd | copyright",
        "Copyright 2018 Lakeside Press | copyright",
        "All rights reserved. | copyright",
        "This material may not be published, broadcast, rewritten or redistributed. | copyright",
        "We use cookies to improve your experience on our site. | cookie-notice",
        "By continuing to browse you agree to our use of cookies | cookie-notice",
        "Please enable JavaScript to watch this video | browser-notice",
        // advertising
        "Advertisement | advertisement",
        "ADVERTISEMENT | advertisement",
        "Sponsored content | advertisement",
        "Story continues below | advertisement",
        // read more, related, tags
        "Read more: Border talks stall again | read-more",
        "READ MORE | read-more",
        "Related: What the sanctions mean for shipping | read-more",
        "Related Stories | read-more",
        "You may also like | read-more",
        "Tags: diplomacy, trade, Asia | tags",
        "3 min read | reading-time",
        "Updated 2 hours ago | reading-time",
        // image credits
        "Photo: Jane Roe/Harbour Media | image-credit",
        "(AP Photo/John Doe) | image-credit",
        "HARBOUR/John Doe | image-credit",
        "Image copyright Getty Images | image-credit",
        "Delegates arrive at the venue on Sunday. (Photo by Jane Roe/Getty Images) | image-credit",
        "(Reporting by Jane Roe; Editing by John Doe) | image-credit",
        // navigation, decoration, bare links
        "Home | navigation",
        "World | navigation",
        "Middle East | navigation",
        "Home > World > Asia | navigation",
        "News / Politics / Opinion | navigation",
        "* * * | decoration",
        "——— | decoration",
        "https://example.org/world/2019/06/30/talks | bare-url",
      })
  void removesBoilerplateByItsFamily(String line, String rule) {
    assertEquals(Optional.of(rule), classifier.boilerplate(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // titles
        "Share prices tumble as border talks stall",
        "Follow-up talks set for July",
        "Watch: troops cross the river at dawn",
        "Kim's reply to the president",
        "Sign of thaw as envoys meet",
        "Read my lips, says finance minister",
        "The Daily Ledger",
        "Bloomberg",
        // short real paragraphs and quotes
        "He declined to comment.",
        "\u201CNever again,\u201D she said.",
        "Talks resume Monday.",
        "Follow the money.",
        "The vote is on Tuesday.",
        "Read the statement in full below.",
        "Subscribers to the treaty must report by March.",
        "Copyright law was not discussed.",
        "\u201CPlease sign up for peace,\u201D the envoy told reporters.",
        "Click-through figures were not released by the ministry.",
        "The ministry said it would post the full text online.",
        "Cookies and sweets were handed to children at the crossing.",
        "Sign language interpreters stood beside the minister.",
        "More than 200 people were detained.",
        "Related talks in Vienna ended without a deal.",
        // bylines and datelines are the header reader's business
        "By Jane Roe | June 30, 2019",
        "- The Harbour Post - Friday, June 28, 2019",
        "Published 30 June 2019 08:14 GMT",
        "SEOUL \u2014",
        "2019",
      })
  void keepsNewsTitlesAndShortParagraphs(String line) {
    assertEquals(Optional.empty(), classifier.boilerplate(line));
  }

  @Test
  void blankLinesAreLayoutNotBoilerplate() {
    assertEquals(Optional.empty(), classifier.boilerplate("   \t "));
  }

  @Test
  void rulesHaveDistinctNames() {
    var names = classifier.rules().stream().map(LineClassifier.Rule::name).toList();
    assertEquals(names.size(), names.stream().distinct().count());
  }
}

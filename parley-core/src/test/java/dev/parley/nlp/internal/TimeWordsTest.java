package dev.parley.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeWordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Saturday", "SATURDAY", "Sat.", "Sept.", "May", "mid-March", "weeks", "centuries", "ago",
        "2019", "'90s", "3pm", "nineteen", "twenty", "Christmas", "overnight", "summers", "daily",
        "now", "nineties", "2019-06-28"
      })
  void timeWordsPass(String word) {
    assertTrue(TimeWords.mayHoldTime(List.of("They", "met", word, ".")), word);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"may", "Singapore", "met", "Kim", "leaders", "talks", "North", "sanctions"})
  void otherWordsDoNot(String word) {
    assertFalse(TimeWords.mayHoldTime(List.of("They", word, ".")), word);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "North Korean leader Kim Jong Un met President Donald Trump in Singapore .",
        "The talks may resume , officials said ."
      })
  void sentencesWithoutTimeWordsFail(String sentence) {
    assertFalse(TimeWords.mayHoldTime(List.of(sentence.split(" "))));
  }
}

package dev.parley.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordConverterTest {
  // "😀" and "🇰🇵" are astral: two UTF-16 units per code point, so offsets after them shift.
  private static final String TEXT = "Hi 😀 🇰🇵 Kim met Trump on Saturday morning.";

  /** A token as CoreNLP gives it: UTF-16 offsets, tags set. */
  private static CoreLabel label(String text, String word, int from, String ner) {
    int b = text.indexOf(word, from);
    CoreLabel l = new CoreLabel();
    l.setWord(word);
    l.setBeginPosition(b);
    l.setEndPosition(b + word.length());
    l.setLemma(word.toLowerCase(java.util.Locale.ROOT));
    l.setTag("NNP");
    l.setNER(ner);
    return l;
  }

  private static List<CoreLabel> labels() {
    List<CoreLabel> out = new ArrayList<>();
    int from = 0;
    String[][] words = {
      {"Hi", "O"}, {"😀", "O"}, {"🇰🇵", "O"}, {"Kim", "PERSON"}, {"met", "O"},
      {"Trump", "PERSON"}, {"on", "O"}, {"Saturday", "DATE"}, {"morning", "TIME"}, {".", "O"}
    };
    for (String[] w : words) {
      CoreLabel l = label(TEXT, w[0], from, w[1]);
      from = l.endPosition();
      out.add(l);
    }
    return out;
  }

  @Test
  void tokenOffsetsAreCodePointsAndSliceToTheWord() {
    List<Token> tokens = new RecordConverter(TEXT).tokens(labels());
    assertEquals(10, tokens.size());
    Token kim = tokens.get(3);
    assertEquals(new Token(3, "Kim", "kim", "NNP", "PERSON", 8, 11), kim);
    // In UTF-16 "Kim" starts at 11: the emoji and the flag take 1 + 2 extra units.
    assertEquals(11, TEXT.indexOf("Kim"));
    assertEquals(new Token(1, "😀", "😀", "NNP", "O", 3, 4), tokens.get(1));
    assertEquals(new Token(2, "🇰🇵", "🇰🇵", "NNP", "O", 5, 7), tokens.get(2));
    for (Token t : tokens) {
      assertEquals(t.word(), CodePoints.slice(TEXT, t.begin(), t.end()), t.toString());
    }
  }

  @Test
  void wordIsTheTextAsWrittenNotCoreNlpsNormalisedForm() {
    String text = "He said “no”.";
    CoreLabel quote = label(text, "“", 0, "O");
    quote.setWord("``");
    List<Token> tokens = new RecordConverter(text).tokens(List.of(quote));
    assertEquals("“", tokens.get(0).word());
  }

  @Test
  void missingTagIsAnError() {
    CoreLabel l = label(TEXT, "Kim", 0, "PERSON");
    l.setLemma(null);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new RecordConverter(TEXT).tokens(List.of(l)));
    assertEquals("CoreNLP token 0 has no lemma", e.getMessage());
  }

  @Test
  void timexesGroupTokensOfOneTimexIdAndUseCodePointOffsets() {
    List<CoreLabel> labels = labels();
    edu.stanford.nlp.time.Timex saturday =
        new edu.stanford.nlp.time.Timex("DATE", "2019-06-29", null, "t1", "Saturday", -1, -1);
    edu.stanford.nlp.time.Timex morning =
        new edu.stanford.nlp.time.Timex("TIME", null, "OFFSET P1D", "t2", "morning", -1, -1);
    labels.get(7).set(TimeAnnotations.TimexAnnotation.class, saturday);
    labels.get(8).set(TimeAnnotations.TimexAnnotation.class, morning);
    RecordConverter convert = new RecordConverter(TEXT);
    List<Timex> timexes = convert.timexes(labels, convert.tokens(labels));
    assertEquals(
        List.of(
            new Timex(7, 7, 25, 33, "DATE", "2019-06-29", "Saturday"),
            // no value: the alternative value, which never reads as a date
            new Timex(8, 8, 34, 41, "TIME", "OFFSET P1D", "morning")),
        timexes);
  }

  @Test
  void oneTimexOverSeveralTokensIsOneRecord() {
    List<CoreLabel> labels = labels();
    edu.stanford.nlp.time.Timex t =
        new edu.stanford.nlp.time.Timex(
            "TIME", "2019-06-29TMO", null, "t4", "Saturday morning", -1, -1);
    labels.get(7).set(TimeAnnotations.TimexAnnotation.class, t);
    labels.get(8).set(TimeAnnotations.TimexAnnotation.class, t);
    RecordConverter convert = new RecordConverter(TEXT);
    assertEquals(
        List.of(new Timex(7, 8, 25, 41, "TIME", "2019-06-29TMO", "Saturday morning")),
        convert.timexes(labels, convert.tokens(labels)));
  }
}

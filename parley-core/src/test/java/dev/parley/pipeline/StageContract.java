package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Stage} keeps, run on seeded random input and on hostile input: it never
 * throws, it gives the same output for the same input, and its output passes the stage's own checks
 * (offsets never go backwards, spans inside the text). A stage's test extends this class and says
 * how to make inputs and what to check (Lucene's {@code BaseTokenStreamTestCase} is the model).
 *
 * @param <I> the stage's input record
 * @param <O> the stage's output record
 */
public abstract class StageContract<I, O> {
  /** Rounds of random input per test. */
  protected static final int ROUNDS = 200;

  /** The stage under test. */
  protected abstract Stage<I, O> stage();

  /** A random input, from a seeded random source. */
  protected abstract I randomInput(Random random);

  /** Inputs that once broke something, or could: empty, control characters, deep nesting... */
  protected abstract List<I> hostileInputs();

  /** The stage's own checks on one output (offsets, spans). */
  protected abstract void check(I input, O output);

  @Test
  void randomInputNeverThrowsAndKeepsTheContract() {
    Random random = new Random(20261202L);
    for (int i = 0; i < ROUNDS; i++) {
      I input = randomInput(random);
      O out = stage().apply(input);
      assertNotNull(out, () -> "null output for " + input);
      check(input, out);
    }
  }

  @Test
  void hostileInputNeverThrowsAndKeepsTheContract() {
    for (I input : hostileInputs()) {
      O out = stage().apply(input);
      assertNotNull(out);
      check(input, out);
    }
  }

  @Test
  void theSameInputGivesTheSameOutput() {
    Random random = new Random(7L);
    for (int i = 0; i < ROUNDS / 4; i++) {
      I input = randomInput(random);
      assertEquals(stage().apply(input), stage().apply(input));
    }
    for (I input : hostileInputs()) {
      assertEquals(stage().apply(input), stage().apply(input));
    }
  }

  @Test
  void theStageSaysWhatItNeedsAndProvides() {
    assertNotNull(stage().name());
    assertNotNull(stage().needs());
    assertNotNull(stage().provides());
  }

  /**
   * Random text from an alphabet with letters, space, line ends, punctuation and odd characters.
   */
  protected static String randomText(Random random, int maxLength) {
    String alphabet =
        "abcdefghij KLMNOP\n\n.,;:-\u2014\u201c\u201d'\"()<>&#\t\r\u00a0\u200b\u0000\u00e9\u0416\u05d0";
    int n = random.nextInt(maxLength);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int pick = random.nextInt(alphabet.length() + 2);
      if (pick == alphabet.length()) {
        b.appendCodePoint(0x1F600 + random.nextInt(40)); // outside the BMP: offsets in code points
      } else if (pick == alphabet.length() + 1) {
        b.append(random.nextBoolean() ? "Seoul" : "North Korea");
      } else {
        b.append(alphabet.charAt(pick));
      }
    }
    return b.toString();
  }
}

package dev.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuessTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministers said that the talks would continue in the capital next week. | en",
        "Die Minister sagten, dass die Gespräche in der nächsten Woche in der Hauptstadt"
            + " fortgesetzt werden und es ist noch nicht klar. | de",
        "Los ministros dijeron que las conversaciones continuarán en la capital la próxima"
            + " semana con los enviados del gobierno. | es",
        "De ministers zeiden dat de gesprekken volgende week in de hoofdstad worden voortgezet"
            + " en dat het niet eenvoudig is. | nl",
        "양국 외교장관은 다음 주 수도에서 회담을 계속하기로 합의했다고 밝혔다 | ko",
        "両国の外相は来週首都で会談を続けることで合意したと述べた | ja",
      })
  void guessesLanguagesItKnows(String text, String code) {
    assertEquals(Optional.of(code), LanguageGuess.of(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Talks resume.",
        "",
        "Xq zzv plorb qanto vrek ulmo tisk barro fenu gaddo.",
        "Министры заявили, что переговоры продолжатся в столице на следующей неделе.",
      })
  void saysNothingWhenItCannotTell(String text) {
    assertEquals(Optional.empty(), LanguageGuess.of(text));
  }
}

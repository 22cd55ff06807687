package dev.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

  @Test
  void presets() {
    assertEquals(new NlpConfig(List.of(NerModel.ALL_3CLASS), false, true, 100), NlpConfig.fast());
    assertEquals(
        new NlpConfig(
            List.of(NerModel.ALL_3CLASS, NerModel.MUC_7CLASS, NerModel.CONLL_4CLASS),
            true,
            false,
            250),
        NlpConfig.accurate());
  }

  @Test
  void withersChangeOneSetting() {
    NlpConfig c = NlpConfig.fast().withParseMaxTokens(60).withTimeScreen(false);
    assertEquals(new NlpConfig(List.of(NerModel.ALL_3CLASS), false, false, 60), c);
  }

  @Test
  void invalidSettingsNameTheField() {
    assertEquals(
        "nerModels: at least one NER model is needed",
        assertThrows(
                IllegalArgumentException.class, () -> NlpConfig.fast().withNerModels(List.of()))
            .getMessage());
    assertEquals(
        "nerModels: a model is listed twice: [ALL_3CLASS, ALL_3CLASS]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    NlpConfig.fast()
                        .withNerModels(List.of(NerModel.ALL_3CLASS, NerModel.ALL_3CLASS)))
            .getMessage());
    assertEquals(
        "parseMaxTokens: must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> NlpConfig.fast().withParseMaxTokens(0))
            .getMessage());
  }
}

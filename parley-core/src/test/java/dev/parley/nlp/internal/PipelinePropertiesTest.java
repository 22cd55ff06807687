package dev.parley.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.nlp.NerModel;
import dev.parley.nlp.NlpConfig;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PipelinePropertiesTest {

  @Test
  void fastNerRunsOneModelWithoutFineGrainedClasses() {
    Properties p = PipelineProperties.ner(NlpConfig.fast(), true);
    assertEquals(
        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", p.get("ner.model"));
    assertEquals("false", p.get("ner.applyFineGrained"));
    assertEquals("true", p.get("ner.useSUTime"));
    assertEquals("true", p.get("ner.applyNumericClassifiers"));
    assertEquals("0", p.get("maxAdditionalKnownLCWords"));
  }

  @Test
  void accurateNerRunsCoreNlpsThreeModelsInItsOrder() {
    Properties p = PipelineProperties.ner(NlpConfig.accurate(), false);
    assertEquals(
        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
        p.get("ner.model"));
    assertEquals("true", p.get("ner.applyFineGrained"));
    assertEquals("false", p.get("ner.useSUTime"));
  }

  @Test
  void baseBreaksSentencesAtBlankLines() {
    Properties p = PipelineProperties.base();
    assertEquals("tokenize,ssplit,pos,lemma", p.get("annotators"));
    assertEquals("two", p.get("ssplit.newlineIsSentenceBreak"));
  }

  @Test
  void requiredResourcesFollowTheConfig() {
    NlpConfig c = NlpConfig.fast().withNerModels(List.of(NerModel.CONLL_4CLASS));
    assertEquals(
        List.of(
            PipelineProperties.POS_MODEL,
            NerModel.CONLL_4CLASS.resource(),
            "edu/stanford/nlp/models/sutime/defs.sutime.txt",
            PipelineProperties.PARSER_MODEL),
        PipelineProperties.requiredResources(c));
  }
}

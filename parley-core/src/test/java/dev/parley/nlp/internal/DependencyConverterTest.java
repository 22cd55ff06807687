package dev.parley.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.nlp.Dependency;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyConverterTest {

  private static IndexedWord word(int index) {
    CoreLabel l = new CoreLabel();
    l.setIndex(index);
    l.setWord(index == 0 ? "ROOT" : "w" + index);
    return new IndexedWord(l);
  }

  private static TypedDependency edge(String relation, int governor, int dependent) {
    return new TypedDependency(
        GrammaticalRelation.valueOf(Language.UniversalEnglish, relation),
        word(governor),
        word(dependent));
  }

  @Test
  void basicTreeWithEnhancedLabelsZeroBasedAndRootAtMinusOne() {
    // "Trump(1) met(2) with(3) Kim(4) and(5) praised(6) him(7)"
    List<TypedDependency> basic =
        List.of(
            edge("root", 0, 2),
            edge("nsubj", 2, 1),
            edge("obl", 2, 4),
            edge("case", 4, 3),
            edge("conj", 2, 6),
            edge("cc", 6, 5),
            edge("obj", 6, 7));
    List<TypedDependency> enhanced =
        List.of(
            edge("root", 0, 2),
            edge("nsubj", 2, 1),
            edge("nsubj", 6, 1), // propagated subject: not a tree edge, left out
            edge("obl:with", 2, 4),
            edge("case", 4, 3),
            edge("conj:and", 2, 6),
            edge("cc", 6, 5),
            edge("obj", 6, 7));
    assertEquals(
        List.of(
            new Dependency("nsubj", 1, 0),
            new Dependency("root", -1, 1),
            new Dependency("case", 3, 2),
            new Dependency("obl:with", 1, 3),
            new Dependency("cc", 5, 4),
            new Dependency("conj:and", 1, 5),
            new Dependency("obj", 5, 6)),
        DependencyConverter.convert(basic, enhanced));
  }

  @Test
  void edgeMissingFromTheEnhancedGraphKeepsItsBasicLabel() {
    // relative clause: enhanced replaces obj(arrested, who) with obj(arrested, man) + ref
    List<TypedDependency> basic = List.of(edge("root", 0, 1), edge("obj", 3, 2));
    List<TypedDependency> enhanced =
        List.of(edge("root", 0, 1), edge("ref", 1, 2), edge("obj", 3, 1));
    assertEquals(
        List.of(new Dependency("root", -1, 0), new Dependency("obj", 2, 1)),
        DependencyConverter.convert(basic, enhanced));
  }
}

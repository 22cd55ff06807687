package dev.parley.nlp.internal;

import dev.parley.nlp.Dependency;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Parley's dependency edges from a parse: the edges of the basic Universal Dependencies tree
 * (one head per token, so {@link dev.parley.nlp.Sentence#head(int)} is well defined and the graph
 * has no cycles), each labelled as in CoreNLP's enhanced graph when the enhanced graph has the same
 * edge. That adds the case-marker subtypes that the basic tree lacks ({@code obl:with}, {@code
 * obl:agent}, {@code nmod:of}, {@code conj:and}, {@code advcl:if}) at the cost of one graph
 * conversion, without the extra edges of the enhanced graph (propagated conjunct subjects, {@code
 * nsubj:xsubj}, {@code ref}).
 */
public final class DependencyConverter {
  private DependencyConverter() {}

  /**
   * @param basic the basic tree's edges (CoreNLP indices: words from 1, root 0)
   * @param enhanced the enhanced graph's edges of the same sentence
   * @return edges with 0-based token indices, governor -1 for the root, in dependent order
   */
  public static List<Dependency> convert(
      Collection<TypedDependency> basic, Collection<TypedDependency> enhanced) {
    Map<Long, String> enhancedLabels = new HashMap<>();
    for (TypedDependency d : enhanced) {
      if (d.gov().copyCount() == 0 && d.dep().copyCount() == 0) {
        enhancedLabels.putIfAbsent(key(d.gov().index(), d.dep().index()), d.reln().toString());
      }
    }
    List<Dependency> out = new ArrayList<>(basic.size());
    for (TypedDependency d : basic) {
      int gov = d.gov().index();
      int dep = d.dep().index();
      String relation = enhancedLabels.getOrDefault(key(gov, dep), d.reln().toString());
      out.add(new Dependency(relation, gov == 0 ? -1 : gov - 1, dep - 1));
    }
    out.sort(Comparator.comparingInt(Dependency::dependent));
    return out;
  }

  private static long key(int governor, int dependent) {
    return ((long) governor << 32) | (dependent & 0xffffffffL);
  }
}

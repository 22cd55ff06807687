package dev.parley.quotes;

import dev.parley.text.Words;
import java.util.Set;

/** The verbs that attribute a statement to a speaker, by lemma. */
final class Cues {
  private Cues() {}

  /** Verbs of saying that take reported speech ("X said that …", "X warned …"). */
  static final Set<String> REPORTING =
      Words.set(
          """
          say tell add state claim assert argue insist note warn explain
          announce declare report write suggest acknowledge admit deny confirm
          reply respond answer ask urge predict stress emphasize emphasise
          caution complain contend maintain recall reveal observe remark comment
          concede allege charge promise vow pledge threaten estimate tweet
          indicate signal testify disclose hint boast agree propose mention
          point repeat reiterate accuse conclude tout assure inform brief
          counter retort speculate recount quip joke lament forecast
          """);

  /**
   * Verbs of belief and expectation that report a position as a clause ("officials fear that …",
   * "Trump believes …"): attributions in the sense of PARC, the corpus the benchmark follows.
   */
  static final Set<String> BELIEF =
      Set.of(
          "believe", "think", "fear", "expect", "hope", "feel", "worry", "doubt", "contend",
          "predict", "know");

  /**
   * Verbs that attribute a direct quote but do not report speech of their own ("“…,” she
   * continued").
   */
  static final Set<String> DIRECT_ONLY =
      Set.of(
          "continue",
          "call",
          "describe",
          "shout",
          "whisper",
          "post",
          "exclaim",
          "chant",
          "scream",
          "yell",
          "muse",
          "wonder",
          "begin",
          "conclude",
          "put",
          "read",
          "quote",
          "cite",
          "term",
          "dub",
          "label",
          "characterize",
          "characterise",
          "brand",
          "chime",
          "interject",
          "snap",
          "sigh",
          "laugh",
          "recall",
          // verbs that characterise someone in their own words: "blasted Clinton as a “disgrace”"
          "blast",
          "liken",
          "condemn",
          "hail",
          "proclaim",
          "criticize",
          "criticise",
          "slam",
          "dismiss",
          "denounce",
          "praise",
          "decry",
          "deride",
          "mock",
          "lambaste",
          "rate");

  /** Verbs whose object is told the statement ("told the Atlantic Council"). */
  static final Set<String> ADDRESSED =
      Set.of("tell", "inform", "assure", "brief", "warn", "urge", "remind", "ask");

  static boolean reporting(String lemma) {
    return REPORTING.contains(lemma) || BELIEF.contains(lemma);
  }

  static boolean anyCue(String lemma) {
    return REPORTING.contains(lemma) || DIRECT_ONLY.contains(lemma) || BELIEF.contains(lemma);
  }
}

package dev.parley.nlp;

import dev.parley.text.CodePoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An annotated article written by hand, so the stages after the annotator can be tested without
 * models. A sentence's tokens are "word/lemma/POS/NER" separated by spaces (an underscore in a word
 * is a space; NER may be left out for O); its edges are "rel head dep" over 1-based token positions
 * (0 = root) separated by ";", or blank for an unparsed sentence. Offsets are code points, as the
 * annotator gives them.
 */
public final class HandParsed {
  private final String published;
  private final boolean typeset;
  private String dateline;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private boolean noSpace = true;

  private HandParsed(String published, boolean typeset) {
    this.published = published;
    this.typeset = typeset;
  }

  /**
   * An article published on {@code published} (or null) whose tokens are written one space apart
   * ("Trump will visit Seoul ."), sentences too.
   */
  public static HandParsed spaced(String published) {
    return new HandParsed(published, false);
  }

  /**
   * An article whose text is written as printed: no space after an opening mark (POS {@code ``})
   * nor before punctuation, a possessive and closing marks (POS {@code ''}, {@code ,}, {@code .},
   * {@code :}, {@code POS}).
   */
  public static HandParsed typeset(String published) {
    return new HandParsed(published, true);
  }

  /**
   * A typeset article of the given sentences, each "tokens" or "tokens | edges"; a sentence "¶"
   * starts a new paragraph (a blank line).
   */
  public static AnnotatedArticle article(String published, String... sentences) {
    HandParsed article = typeset(published);
    for (String spec : sentences) {
      if (spec.equals("¶")) {
        article.paragraph();
        continue;
      }
      String[] parts = spec.split("\\|", -1);
      article.sentence(parts[0].strip(), parts.length > 1 ? parts[1] : "");
    }
    return article.annotated();
  }

  /** The tokens "word/lemma/POS/NER" of a sentence, as {@link #sentence} reads them. */
  public static String tags(Sentence s) {
    return String.join(
        " ",
        s.tokens().stream()
            .map(t -> String.join("/", t.word(), t.lemma(), t.pos(), t.ner()))
            .toList());
  }

  /** Gives the article a dateline place ("SEOUL"). */
  public HandParsed dateline(String place) {
    this.dateline = place;
    return this;
  }

  /** Starts a new paragraph: a blank line before the next sentence. */
  public HandParsed paragraph() {
    text.append("\n\n");
    noSpace = true;
    return this;
  }

  /** A sentence with the given time expressions. */
  public HandParsed sentence(String tokens, String edges, Timex... timexes) {
    return sentence(words(tokens), dependencies(edges), timexes);
  }

  /** A sentence with one time expression over its tokens {@code first..last} (1-based). */
  public HandParsed sentence(
      String tokens, String edges, int first, int last, String type, String value) {
    return sentence(words(tokens), dependencies(edges), first, last, type, value);
  }

  /**
   * A sentence of words given as {word, lemma, POS, NER}, with one time expression over its tokens
   * {@code first..last} (1-based).
   */
  public HandParsed sentence(
      List<String[]> words, List<Dependency> deps, int first, int last, String type, String value) {
    List<Token> tokens = write(words);
    Token from = tokens.get(first - 1);
    Token to = tokens.get(last - 1);
    String span = CodePoints.slice(text.toString(), from.begin(), to.end());
    return add(
        tokens,
        deps,
        new Timex(from.index(), to.index(), from.begin(), to.end(), type, value, span));
  }

  /** A sentence of words given as {word, lemma, POS, NER}, with the given time expressions. */
  public HandParsed sentence(List<String[]> words, List<Dependency> deps, Timex... timexes) {
    return add(write(words), deps, timexes);
  }

  /** The article and its sentences. */
  public AnnotatedArticle annotated() {
    return new AnnotatedArticle(
        TestArticles.english(published, dateline, text.toString()), sentences);
  }

  private HandParsed add(List<Token> tokens, List<Dependency> deps, Timex... timexes) {
    int begin = tokens.isEmpty() ? length() : tokens.get(0).begin();
    sentences.add(
        new Sentence(sentences.size(), begin, length(), tokens, deps, Arrays.asList(timexes)));
    return this;
  }

  /** Appends the words to the text and gives them as tokens with their offsets. */
  private List<Token> write(List<String[]> words) {
    List<Token> tokens = new ArrayList<>();
    for (String[] w : words) {
      String pos = w[2];
      if (!noSpace && !(typeset && glued(pos)) && text.length() > 0) {
        text.append(' ');
      }
      int begin = length();
      text.append(w[0]);
      tokens.add(new Token(tokens.size(), w[0], w[1], pos, w[3], begin, length()));
      noSpace = typeset && pos.equals("``");
    }
    return tokens;
  }

  private static boolean glued(String pos) {
    return switch (pos) {
      case "''", ",", ".", ":", "POS" -> true;
      default -> false;
    };
  }

  private int length() {
    return text.codePointCount(0, text.length());
  }

  private static List<String[]> words(String tokens) {
    List<String[]> words = new ArrayList<>();
    for (String t : tokens.split(" ")) {
      String[] p = t.split("/");
      words.add(new String[] {p[0].replace('_', ' '), p[1], p[2], p.length > 3 ? p[3] : "O"});
    }
    return words;
  }

  private static List<Dependency> dependencies(String edges) {
    List<Dependency> deps = new ArrayList<>();
    for (String e : edges.split(";")) {
      if (!e.isBlank()) {
        String[] p = e.strip().split(" ");
        deps.add(new Dependency(p[0], Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]) - 1));
      }
    }
    return deps;
  }
}

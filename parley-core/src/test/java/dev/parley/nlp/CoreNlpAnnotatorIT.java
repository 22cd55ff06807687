package dev.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.clean.Article;
import dev.parley.text.CodePoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the fast preset on real models, with the annotator the ITs share. */
class CoreNlpAnnotatorIT {
  private static final String SUMMIT =
      "North Korean leader Kim Jong Un met President Donald Trump in Singapore on Tuesday.";
  private static final String DATES =
      "The envoy will arrive on Saturday. Talks broke down last month. The two sides met in March.";

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = FastAnnotator.shared();
  }

  private static Article article(String text, String published) {
    return TestArticles.english(published, text);
  }

  @Test
  void sentencesAndTokensHaveCodePointOffsetsPastAstralCharacters() {
    String text = "Seoul 😀 said on Monday that 🇰🇵 Kim would visit.\n\nMoon 👍 agreed.";
    AnnotatedArticle a = annotator.annotate(article(text, "2018-06-13"));
    assertEquals(2, a.sentences().size());
    Sentence first = a.sentences().get(0);
    Sentence second = a.sentences().get(1);
    assertEquals(List.of(0, 0, 47), List.of(first.index(), first.begin(), first.end()));
    assertEquals(List.of(1, 49, 63), List.of(second.index(), second.begin(), second.end()));
    assertEquals(
        List.of(
            "Seoul", "😀", "said", "on", "Monday", "that", "🇰🇵", "Kim", "would", "visit", "."),
        first.tokens().stream().map(Token::word).toList());
    Token kim = first.tokens().get(7);
    assertEquals(List.of(7, 31, 34), List.of(kim.index(), kim.begin(), kim.end()));
    assertEquals("Kim", CodePoints.slice(text, kim.begin(), kim.end()));
    Token moon = second.tokens().get(0);
    assertEquals(List.of(0, 49, 53), List.of(moon.index(), moon.begin(), moon.end()));
    for (Sentence s : a.sentences()) {
      int last = s.begin();
      for (Token t : s.tokens()) {
        assertEquals(t.word(), CodePoints.slice(text, t.begin(), t.end()), t.toString());
        assertTrue(t.begin() >= last, "offsets go forward: " + t);
        last = t.end();
      }
      assertTrue(last <= s.end());
    }
  }

  @Test
  void lemmasPartsOfSpeechAndEntities() {
    Sentence s = annotator.annotate(article(SUMMIT, "2018-06-13")).sentences().get(0);
    assertEquals(
        "North/north/JJ/O Korean/Korean/JJ/O leader/leader/NN/O Kim/Kim/NNP/PERSON"
            + " Jong/Jong/NNP/PERSON Un/Un/NNP/PERSON met/meet/VBD/O President/President/NNP/O"
            + " Donald/Donald/NNP/PERSON Trump/Trump/NNP/PERSON in/in/IN/O"
            + " Singapore/Singapore/NNP/LOCATION on/on/IN/O Tuesday/Tuesday/NNP/DATE ./././O",
        HandParsed.tags(s),
        "word/lemma/POS/NER");
    // published on Wednesday 13 June 2018: "on Tuesday" is the summit's day
    assertEquals(List.of(new Timex(13, 13, 75, 82, "DATE", "2018-06-12", "Tuesday")), s.timexes());
  }

  @Test
  void dependencyParseIsATreeWithCaseSubtypes() {
    Sentence s = annotator.annotate(article(SUMMIT, "2018-06-13")).sentences().get(0);
    assertTrue(s.parsed());
    assertTrue(s.dependencies().contains(new Dependency("root", -1, 6)));
    assertTrue(s.dependencies().contains(new Dependency("nsubj", 6, 5))); // met <- Un
    assertTrue(s.dependencies().contains(new Dependency("obj", 6, 9))); // met -> Trump
    assertTrue(s.dependencies().contains(new Dependency("obl:in", 6, 11))); // in Singapore
    assertTrue(s.dependencies().contains(new Dependency("obl:on", 6, 13))); // on Tuesday
    assertEquals(s.tokens().size(), s.dependencies().size(), "one head per token");
    Set<Integer> dependents = new HashSet<>();
    s.dependencies().forEach(d -> dependents.add(d.dependent()));
    assertEquals(s.tokens().size(), dependents.size());
    assertEquals("met", s.tokens().get(s.head(9).orElseThrow().governor()).word());
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDay() {
    List<Timex> t = timexes(annotator.annotate(article(DATES, "2019-06-28")));
    assertEquals(
        List.of(
            new Timex(5, 5, 25, 33, "DATE", "2019-06-29", "Saturday"),
            new Timex(3, 4, 52, 62, "DATE", "2019-05", "last month"),
            new Timex(5, 5, 85, 90, "DATE", "2019-03", "March")),
        t);
  }

  @Test
  void withoutAPublicationDayNothingIsResolvedToToday() {
    String text = DATES + " Today the talks resumed.";
    for (String published : new String[] {null, "2019-06"}) {
      List<String> values =
          timexes(annotator.annotate(article(text, published))).stream().map(Timex::value).toList();
      assertEquals(
          List.of("XXXX-WXX-6", "THIS P1M OFFSET P-1M", "XXXX-03", "THIS P1D"),
          values,
          "published " + published);
      String thisYear = Integer.toString(LocalDate.now().getYear());
      assertTrue(values.stream().noneMatch(v -> v.contains(thisYear)), values.toString());
    }
  }

  @Test
  void unselectedAndOverlongSentencesAreLeftUnparsedAndCounted() {
    NlpCounters before = annotator.counters();
    AnnotatedArticle none = annotator.annotate(article(DATES, null), tokens -> false);
    assertTrue(none.sentences().stream().noneMatch(Sentence::parsed));
    assertTrue(none.sentences().stream().allMatch(s -> s.dependencies().isEmpty()));

    List<String> names = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      names.add("Envoy" + (char) ('A' + i % 26) + (char) ('a' + i / 26));
    }
    String longSentence = "Officials met " + String.join(", ", names) + " in Geneva.";
    AnnotatedArticle mixed =
        annotator.annotate(
            article(SUMMIT + " " + longSentence + " " + DATES, "2019-06-28"),
            tokens -> tokens.stream().anyMatch(t -> !t.ner().equals("O")));
    List<Boolean> parsed = mixed.sentences().stream().map(Sentence::parsed).toList();
    assertEquals(List.of(true, false, true, true, true), parsed);
    assertTrue(mixed.sentences().get(1).tokens().size() > 100);

    NlpCounters after = annotator.counters();
    assertEquals(2, after.articles() - before.articles());
    assertEquals(3 + 5, after.sentences() - before.sentences());
    assertEquals(4, after.parsed() - before.parsed());
    assertEquals(3, after.notSelected() - before.notSelected());
    assertEquals(1, after.tooLongToParse() - before.tooLongToParse());
  }

  @Test
  void resultsDoNotDependOnOrderOrThreads() throws Exception {
    Article a = article(SUMMIT + "\n\n" + DATES, "2019-06-28");
    Article b = article("Iran shot down an American drone over the Strait of Hormuz.", null);
    AnnotatedArticle first = annotator.annotate(a);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Article next = i % 2 == 0 ? a : b;
        futures.add(pool.submit(() -> annotator.annotate(next)));
      }
      for (int i = 0; i < futures.size(); i += 2) {
        assertEquals(first, futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), annotator.annotate(article("", null)).sentences());
  }

  @Test
  void nonEnglishArticleIsRefused() {
    Article korean =
        new Article("k1", "doc", null, null, null, null, null, "ko", null, "서울", List.of());
    assertEquals(
        "article k1: language is ko, the annotator reads English",
        assertThrows(IllegalArgumentException.class, () -> annotator.annotate(korean))
            .getMessage());
  }

  private static List<Timex> timexes(AnnotatedArticle a) {
    return a.sentences().stream()
        .flatMap(s -> s.timexes().stream())
        .collect(Collectors.toCollection(ArrayList::new));
  }
}

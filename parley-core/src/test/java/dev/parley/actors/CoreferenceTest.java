package dev.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.nlp.HandParsed;
import dev.parley.nlp.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coreference rules on hand-tagged sentences with no parse (the rules work on tokens, so an
 * unparsed sentence has its references too), without models. Each sentence is "word/lemma/POS/NER"
 * tokens separated by spaces, typeset as {@link HandParsed} writes them.
 */
class CoreferenceTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.builtIn());

  private static ResolvedArticle resolve(String published, String... sentences) {
    return RESOLVER.resolve(HandParsed.article(published, sentences));
  }

  private static Reference at(ResolvedArticle r, int sentence, int head) {
    return r.referenceAt(sentence, head)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no reference at " + sentence + ":" + head + " in " + r.references()));
  }

  private static String antecedentId(ResolvedArticle r, Reference ref) {
    assertEquals(1, ref.antecedents().size(), ref.toString());
    return r.mentions().get(ref.antecedents().get(0)).actorId();
  }

  @Test
  void sheIsTheWomanWhenAManIsNamedToo() {
    ResolvedArticle r =
        resolve(
            "2018-04-26",
            "Angela/Angela/NNP/PERSON Merkel/Merkel/NNP/PERSON met/meet/VBD Donald/Donald/NNP/PERSON Trump/Trump/NNP/PERSON ./././O",
            "She/she/PRP/O spoke/speak/VBD first/first/RB ./././O");
    assertEquals("person:angela-merkel", antecedentId(r, at(r, 1, 0)));
  }

  @Test
  void heAfterTwoMenIsUnresolvedAndSaysWhy() {
    ResolvedArticle r =
        resolve(
            "2018-07-16",
            "Donald/Donald/NNP/PERSON Trump/Trump/NNP/PERSON met/meet/VBD Vladimir/Vladimir/NNP/PERSON Putin/Putin/NNP/PERSON ./././O",
            "He/he/PRP/O spoke/speak/VBD first/first/RB ./././O");
    Reference he = at(r, 1, 0);
    assertFalse(he.resolved());
    assertTrue(he.why().contains("Donald Trump") && he.why().contains("Vladimir Putin"), he.why());
  }

  @Test
  void theSamePronounAgainInASentenceIsTheSamePerson() {
    ResolvedArticle r =
        resolve(
            "2017-11-30",
            "Nikki/Nikki/NNP/PERSON Haley/Haley/NNP/PERSON spoke/speak/VBD ./././O",
            "She/she/PRP/O said/say/VBD Xi/Xi/NNP/PERSON Jinping/Jinping/NNP/PERSON must/must/MD act/act/VB and/and/CC "
                + "she/she/PRP/O left/leave/VBD ./././O");
    Reference second = at(r, 1, 7);
    assertEquals(antecedentId(r, at(r, 1, 0)), antecedentId(r, second), second.why());
  }

  @Test
  void aSurnameIsTheNearestFullNameThatHoldsIt() {
    ResolvedArticle r =
        resolve(
            "2019-08-01",
            "Kim/Kim/NNP/PERSON Jong/Jong/NNP/PERSON Un/Un/NNP/PERSON watched/watch/VBD ./././O",
            "Aide/aide/NN/O Kim/Kim/NNP/PERSON Hyun-chong/Hyun-chong/NNP/PERSON spoke/speak/VBD ./././O",
            "Mr./Mr./NNP/O Kim/Kim/NNP/PERSON left/leave/VBD ./././O");
    Reference kim = at(r, 2, 1);
    assertEquals(Reference.Form.SURNAME, kim.form());
    assertEquals("Kim Hyun-chong", r.mentions().get(kim.antecedents().get(0)).text());
  }

  @Test
  void theMinisterAfterTwoMinistersIsUnresolvedAndHasNoCode() {
    ResolvedArticle r =
        resolve(
            "2018-06-20",
            "Foreign/foreign/NNP/O Minister/minister/NNP/O Taro/Taro/NNP/PERSON Kono/Kono/NNP/PERSON met/meet/VBD "
                + "Foreign/foreign/NNP/O Minister/minister/NNP/O Kang/Kang/NNP/PERSON Kyung-wha/Kyung-wha/NNP/PERSON ./././O",
            "The/the/DT/O minister/minister/NN/O spoke/speak/VBD ./././O");
    Reference minister = at(r, 1, 1);
    assertFalse(minister.resolved(), minister.toString());
    Sentence s = r.annotated().sentences().get(1);
    assertTrue(
        new ActorContext(RESOLVER, r).actorAt(s, 1, java.time.LocalDate.of(2018, 6, 20)).isEmpty());
  }

  @Test
  void aDescriptionWithNothingBeforeIsReadOnItsOwnWords() {
    ResolvedArticle r =
        resolve("2019-06-13", "The/the/DT/O police/police/NN/O fired/fire/VBD ./././O");
    assertTrue(r.references().isEmpty(), r.references().toString());
  }

  @Test
  void aCountryNameInsideAnIdiomNamesNoActor() {
    ResolvedArticle r =
        resolve(
            "2020-01-01",
            "The/the/DT defence/defence/NN had/have/VBD more/more/JJR holes/hole/NNS than/than/IN"
                + " Swiss/Swiss/JJ/MISC cheese/cheese/NN ././.",
            "Ships/ship/NNS crossed/cross/VBD the/the/DT Indian/Indian/NNP/LOCATION Ocean/Ocean/NNP/LOCATION ././.",
            "Swiss/Swiss/JJ/MISC banks/bank/NNS froze/freeze/VBD the/the/DT assets/asset/NNS ././.");
    List<String> codes =
        r.mentions().stream().filter(Mention::resolved).map(Mention::code).toList();
    assertFalse(codes.contains("IND"), codes.toString());
    assertEquals(1, codes.stream().filter(c -> c.startsWith("CHE")).count(), codes.toString());
  }
}

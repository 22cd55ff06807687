package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.PhraseResolution;
import dev.parley.nlp.FastAnnotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code parley resolve} makes of phrases the dictionary reaches only through places, titles,
 * surnames and near-misses, through the real CoreNLP annotator. Contexts are the project's own.
 */
class PhraseResolverIT {
  private static final PhraseResolver RESOLVER =
      new PhraseResolver(new ActorResolver(ActorDictionary.builtIn()), FastAnnotator.shared());

  @ParameterizedTest(name = "{0} in \"{1}\" on {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // a place gives agents its country; alone, or after "in", it is a place and no actor
        "Indiana protesters | Indiana protesters marched on the statehouse. | 2020-06-01 | USACVL",
        "police in Mumbai | Riots broke out and police in Mumbai made arrests. | 2020-06-01 | INDCOP",
        "Darfur rebels | Darfur rebels attacked a convoy. | 2008-03-01 | SDNREB",
        "Aleppo | Shells fell on the old city of Aleppo. | 2016-03-01 | -",
        "Boston Globe | The Boston Globe reported the story. | 2020-06-01 | USAMED",
        // a title and a surname: the holder of that title on the date
        "President Reagan | President Reagan met the Soviet leader. | 1986-10-11 | USAGOV",
        "President Assad | President Assad received the envoy. | 1985-06-01 | SYRGOV",
        "Chancellor Kohl | Chancellor Kohl spoke in Bonn. | 1990-10-03 | DEUGOV",
        "the Bush administration | The Bush administration imposed tariffs. | - | USAGOV",
        // names the tokenizer splits at the apostrophe
        "Democratic People's Republic of Korea | - | - | PRK",
        "Kurdistan Workers' Party | - | - | TURREBPKK",
        // a near-miss of a country's name, but never a form the matcher skipped on purpose
        "Ethopia | Troops from Ethopia crossed the border. | 2006-12-24 | ETH",
        "Athens | The university in Athens, Georgia, closed. | 2020-06-01 | -",
        // a people as a whole; a country among several; a pronoun, not the 'he' inside 'the'
        "the Zambian people | The Zambian people went to the polls. | 2021-08-12 | ZMBCVL",
        "Russian negotiators | The U.S. and Russian negotiators met in Geneva. | 2021-01-10 | RUSGOV",
        "He | President Vladimir Putin arrived in Ankara. He met the Turkish leader. | 2018-04-03 | RUSGOV",
        // a country's name as a given name; an organisation's name keeps its country
        "Kenya | Kenya Moore hosted the awards show in Atlanta. | 2021-06-01 | -",
        "India | India Arie sang at the festival in Texas. | 2019-06-01 | -",
        "Kenya Airways | Kenya Airways cancelled its flights to Dubai. | 2020-03-20 | KENBUS",
        "Cuba | Cuba freed dozens of prisoners on Monday. | 2015-01-12 | CUB",
        // a bare domestic agent takes the one country its sentence names; not the media, nor jets
        "police | Police fired on protesters in Baghdad. | 2019-10-05 | IRQCOP",
        "Jets | Jets struck Gaza on Monday. | 2023-10-09 | MIL",
        "monks | Thousands of monks marched through Yangon. | 2007-09-24 | MMRREL",
        "reporters | Kim told reporters in Singapore that talks went well. | 2018-06-12 | MED",
        "Kremlin critics | Police detained dozens of Kremlin critics in Moscow. | 2021-02-02 | RUSOPP",
        "G20 | The G20 leaders met in Osaka. | 2019-06-28 | IGOGTW",
      })
  void resolves(String phrase, String context, String date, String code) {
    PhraseResolution r = RESOLVER.resolve(phrase, context, date);
    assertEquals(code, r.code(), r.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Aleppo | Shells fell on the old city of Aleppo. | SYR",
        "Athens | The university in Athens, Georgia, closed. | -"
      })
  void aPlaceKeepsItsCountry(String phrase, String context, String country) {
    PhraseResolution r = RESOLVER.resolve(phrase, context, "2020-06-01");
    assertNull(r.code(), r.toString());
    assertEquals(country.equals("-") ? null : country, r.country(), r.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "U.S. ... negotiators | The U.S. and Russian negotiators met in Geneva. | USAGOV | ",
        "French warship | French and Italian warships sailed. | FRAMIL | read alone"
      })
  void aPhraseWithAGapOrNotInTheContext(String phrase, String context, String code, String note) {
    PhraseResolution r = RESOLVER.resolve(phrase, context, "2021-01-10");
    assertEquals(code, r.code(), r.toString());
    assertTrue(note == null || r.why().contains(note), r.why());
  }
}

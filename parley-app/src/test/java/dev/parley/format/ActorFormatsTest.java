package dev.parley.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorRef;
import dev.parley.actors.PhraseResolution;
import dev.parley.actors.Resolution;
import dev.parley.store.ActorRow;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolve and actors output contracts: keys, order, nulls, and how a code splits. */
class ActorFormatsTest {
  private static final ActorDictionary DICT = ActorDictionary.builtIn();

  private static String jsonl(PhraseResolution... rows) throws Exception {
    StringWriter out = new StringWriter();
    RowWriter<PhraseResolution> w = ActorFormats.resolutions(Format.JSONL, out);
    for (PhraseResolution r : rows) {
      w.write(r);
    }
    w.finish();
    return out.toString();
  }

  @Test
  void keysInContractOrder() {
    assertEquals(
        List.of("phrase", "actor_id", "name", "code", "country", "sector", "why"),
        ActorFormats.resolutionFieldNames());
  }

  @Test
  void countryWithSectorSplits() throws Exception {
    Resolution r =
        new Resolution(
            new ActorRef(
                "KORGOV", "South Korea (government)", "country:KOR/GOV", ActorRef.How.CAPITAL, 0.8),
            "capital 'Seoul' (South Korea) stands for the government",
            null);
    assertEquals(
        "{\"phrase\":\"Seoul\",\"actor_id\":\"country:KOR/GOV\",\"name\":\"South Korea (government)\",\"code\":\"KORGOV\","
            + "\"country\":\"KOR\",\"sector\":\"GOV\",\"why\":\"capital 'Seoul' (South Korea) stands for the government\"}\n",
        jsonl(PhraseResolution.of("Seoul", r, DICT)));
  }

  @Test
  void bareCountryHasNoSectorAndIgoHasNoCountry() {
    PhraseResolution c =
        PhraseResolution.of(
            "DPRK",
            Resolution.of(
                new ActorRef("PRK", "North Korea", "country:PRK", ActorRef.How.COUNTRY, 0.85),
                "country name"),
            DICT);
    assertEquals("PRK", c.country());
    assertEquals(null, c.sector());
    PhraseResolution o =
        PhraseResolution.of(
            "the IAEA",
            Resolution.of(
                new ActorRef("IGOUNOIAE", "IAEA", "org:iaea", ActorRef.How.ORGANISATION, 0.9),
                "organisation"),
            DICT);
    assertEquals(null, o.country());
    assertEquals("IGO", o.sector());
    PhraseResolution a =
        PhraseResolution.of(
            "police",
            Resolution.of(
                new ActorRef("COP", "police", "agent:COP", ActorRef.How.AGENT, 0.5), "agent word"),
            DICT);
    assertEquals(null, a.country());
    assertEquals("COP", a.sector());
  }

  @Test
  void unresolvedPrintsNullCodeWithWhyAndAPlaceItsCountry() throws Exception {
    PhraseResolution place =
        PhraseResolution.of(
            "Hanoi", new Resolution(null, "capital 'Hanoi' is a place here", "VNM"), DICT);
    assertEquals(
        "{\"phrase\":\"Hanoi\",\"actor_id\":null,\"name\":null,\"code\":null,\"country\":\"VNM\",\"sector\":null,"
            + "\"why\":\"capital 'Hanoi' is a place here\"}\n",
        jsonl(place));
    PhraseResolution entity =
        PhraseResolution.of(
            "Jane Roe",
            Resolution.of(
                new ActorRef("", "Jane Roe", "entity:jane roe", ActorRef.How.ENTITY, 0.4),
                "person 'Jane Roe' is in no dictionary"),
            DICT);
    assertEquals(null, entity.code());
    assertTrue(entity.why().contains("name kept: 'Jane Roe'"), entity.why());
  }

  @Test
  void actorsJsonlKeys() throws Exception {
    StringWriter out = new StringWriter();
    RowWriter<ActorRow> w = ActorFormats.actors(Format.JSONL, out);
    w.write(new ActorRow("PRKGOV", "Kim Jong-un", "person:kim-jong-un", 5, 2, 3, 1));
    w.finish();
    assertEquals(
        "{\"code\":\"PRKGOV\",\"name\":\"Kim Jong-un\",\"actor_id\":\"person:kim-jong-un\",\"mentions\":5,"
            + "\"articles\":2,\"events_as_source\":3,\"events_as_target\":1}\n",
        out.toString());
  }
}

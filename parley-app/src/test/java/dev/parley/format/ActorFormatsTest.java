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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** The phrase resolved to the actor, for the reason given. */
  private static PhraseResolution resolved(String phrase, ActorRef actor, String why) {
    return PhraseResolution.of(phrase, Resolution.of(actor, why), DICT);
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

  /** A bare country has no sector and an IGO no country; blank is null. */
  @ParameterizedTest(name = "{0}: country {7}, sector {8}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # phrase | code      | name        | actor id    | how          | confidence | why          | country | sector
          DPRK     | PRK       | North Korea | country:PRK | COUNTRY      | 0.85       | country name | PRK     |
          the IAEA | IGOUNOIAE | IAEA        | org:iaea    | ORGANISATION | 0.9        | organisation |         | IGO
          police   | COP       | police      | agent:COP   | AGENT        | 0.5        | agent word   |         | COP
          """)
  void bareCountryHasNoSectorAndIgoHasNoCountry(
      String phrase,
      String code,
      String name,
      String actorId,
      ActorRef.How how,
      double confidence,
      String why,
      String country,
      String sector) {
    PhraseResolution r = resolved(phrase, new ActorRef(code, name, actorId, how, confidence), why);
    assertEquals(country, r.country());
    assertEquals(sector, r.sector());
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
        resolved(
            "Jane Roe",
            new ActorRef("", "Jane Roe", "entity:jane roe", ActorRef.How.ENTITY, 0.4),
            "person 'Jane Roe' is in no dictionary");
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

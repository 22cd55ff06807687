package dev.parley.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.clean.Article;
import dev.parley.events.DateSource;
import dev.parley.events.Event;
import dev.parley.events.Evidence;
import dev.parley.events.Location;
import dev.parley.events.Modality;
import dev.parley.store.ArticleRow;
import dev.parley.store.EventRow;
import dev.parley.time.PartialDate;
import dev.parley.time.PartialDateTime;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the JSONL and CSV contracts byte for byte, and the table's layout. */
class FormatsTest {

  private static final EventRow EVENT =
      new EventRow(
          Event.builder()
              .eventId("f00d:1:5:036")
              .articleId("f00d")
              .date(new PartialDate(2019, 6, 0, PartialDate.Precision.MONTH))
              .dateSource(DateSource.TEXT)
              .source("USAGOV")
              .sourceName("Donald Trump")
              .target("PRKGOV")
              .targetName("Kim Jong-un")
              .code("036")
              .root("03")
              .quadClass(1)
              .goldstein(4.0)
              .plover("CONSULT")
              .modality(Modality.INTENDED)
              .negated(false)
              .sentenceIndex(1)
              .evidenceStart(38)
              .evidenceEnd(65)
              .sentence("Trump said, \"we will meet\" 😀")
              .rule("meet.intend@036")
              .confidence(0.85)
              .location(new Location("Hanoi", "VNM", 60, 65))
              .evidence(List.of(new Evidence(0, 0, 30), new Evidence(1, 38, 65)))
              .build(),
          "seeds/a,b.txt",
          "The Harbour Times",
          null);

  private static final EventRow UNDATED_NEGATED =
      new EventRow(
          Event.builder()
              .eventId("e2")
              .articleId("f00d")
              .date(null)
              .source("KORGOV")
              .sourceName(null)
              .target(null)
              .targetName(null)
              .code("120")
              .root("12")
              .quadClass(3)
              .goldstein(-4.0)
              .plover(null)
              .modality(Modality.ASSERTED)
              .negated(true)
              .sentenceIndex(0)
              .evidenceStart(0)
              .evidenceEnd(5)
              .sentence("Seoul rejected it.")
              .rule("reject@120")
              .confidence(1.0)
              .build(),
          "doc2",
          null,
          "Über “Gipfel”");

  private static final ArticleRow ARTICLE =
      new ArticleRow(
          new Article(
              "f00d",
              "seeds/x.txt",
              "Kim, Trump meet",
              "Bloomberg",
              "- The Harbour Times - Friday, June 28, 2019",
              PartialDateTime.parse("2019-06-28T09:15:00Z").orElseThrow(),
              "SEOUL",
              "en",
              null,
              "SEOUL — Line one.\n\nLine \"two\".",
              List.of("Sign up, now", "Copyright © 2021")),
          "pv1",
          Instant.parse("2024-01-01T00:00:00Z"));

  private static <T> String render(RowWriter<T> writer, StringWriter out, List<T> rows)
      throws IOException {
    writer.writeAll(rows);
    return out.toString();
  }

  private static String events(Format f, List<EventRow> rows) throws IOException {
    StringWriter out = new StringWriter();
    return render(Formats.events(f, out), out, rows);
  }

  private static String articles(Format f, List<ArticleRow> rows) throws IOException {
    StringWriter out = new StringWriter();
    return render(Formats.articles(f, out), out, rows);
  }

  @Test
  void eventJsonlLineIsTheContract() throws IOException {
    assertEquals(
        "{\"event_id\":\"f00d:1:5:036\",\"doc\":\"seeds/a,b.txt\",\"article_id\":\"f00d\",\"date\":\"2019-06\","
            + "\"date_precision\":\"month\",\"source\":\"USAGOV\",\"source_name\":\"Donald Trump\","
            + "\"target\":\"PRKGOV\",\"target_name\":\"Kim Jong-un\",\"code\":\"036\",\"root\":\"03\","
            + "\"quad_class\":1,\"goldstein\":4.0,\"plover\":\"CONSULT\",\"modality\":\"intended\","
            + "\"negated\":false,\"sentence\":\"Trump said, \\\"we will meet\\\" 😀\",\"evidence_start\":38,"
            + "\"evidence_end\":65,\"outlet\":\"The Harbour Times\",\"title\":null,"
            + "\"rule\":\"meet.intend@036\",\"confidence\":0.85,\"place\":\"Hanoi\",\"place_country\":\"VNM\","
            + "\"place_start\":60,\"place_end\":65,\"mentions\":2,\"evidence\":[[0,30],[38,65]],"
            + "\"date_source\":\"text\"}\n"
            + "{\"event_id\":\"e2\",\"doc\":\"doc2\",\"article_id\":\"f00d\",\"date\":null,\"date_precision\":null,"
            + "\"source\":\"KORGOV\",\"source_name\":null,\"target\":null,\"target_name\":null,\"code\":\"120\","
            + "\"root\":\"12\",\"quad_class\":3,\"goldstein\":-4.0,\"plover\":null,\"modality\":\"asserted\","
            + "\"negated\":true,\"sentence\":\"Seoul rejected it.\",\"evidence_start\":0,\"evidence_end\":5,"
            + "\"outlet\":null,\"title\":\"Über “Gipfel”\",\"rule\":\"reject@120\",\"confidence\":1.0,"
            + "\"place\":null,\"place_country\":null,\"place_start\":null,\"place_end\":null,\"mentions\":1,"
            + "\"evidence\":[[0,5]],\"date_source\":null}\n",
        events(Format.JSONL, List.of(EVENT, UNDATED_NEGATED)));
  }

  @Test
  void eventCsvQuotesByRfc4180() throws IOException {
    assertEquals(
        "event_id,doc,article_id,date,date_precision,source,source_name,target,target_name,code,root,"
            + "quad_class,goldstein,plover,modality,negated,sentence,evidence_start,evidence_end,outlet,"
            + "title,rule,confidence,place,place_country,place_start,place_end,mentions,evidence,date_source\r\n"
            + "f00d:1:5:036,\"seeds/a,b.txt\",f00d,2019-06,month,USAGOV,Donald Trump,PRKGOV,Kim Jong-un,036,03,"
            + "1,4.0,CONSULT,intended,false,\"Trump said, \"\"we will meet\"\" 😀\",38,65,The Harbour Times,"
            + ",meet.intend@036,0.85,Hanoi,VNM,60,65,2,\"[[0,30],[38,65]]\",text\r\n",
        events(Format.CSV, List.of(EVENT)));
  }

  @Test
  void csvColumnsAreTheJsonlFieldsInOrder() throws IOException {
    String header = events(Format.CSV, List.of()).strip();
    assertEquals(String.join(",", Formats.eventFieldNames()), header);
    assertEquals(
        String.join(",", Formats.articleFieldNames()), articles(Format.CSV, List.of()).strip());
  }

  @Test
  void articleJsonlLineIsTheContract() throws IOException {
    assertEquals(
        "{\"article_id\":\"f00d\",\"doc\":\"seeds/x.txt\",\"title\":\"Kim, Trump meet\",\"outlet\":\"Bloomberg\","
            + "\"byline\":\"- The Harbour Times - Friday, June 28, 2019\",\"published\":\"2019-06-28T09:15:00Z\","
            + "\"dateline\":\"SEOUL\",\"language\":\"en\",\"url\":null,"
            + "\"text\":\"SEOUL — Line one.\\n\\nLine \\\"two\\\".\","
            + "\"removed\":[\"Sign up, now\",\"Copyright © 2021\"]}\n",
        articles(Format.JSONL, List.of(ARTICLE)));
  }

  @Test
  void articleCsvQuotesNewlinesCommasAndQuotes() throws IOException {
    assertEquals(
        "article_id,doc,title,outlet,byline,published,dateline,language,url,text,removed\r\n"
            + "f00d,seeds/x.txt,\"Kim, Trump meet\",Bloomberg,\"- The Harbour Times - Friday, June 28, 2019\","
            + "2019-06-28T09:15:00Z,SEOUL,en,,\"SEOUL — Line one.\n\nLine \"\"two\"\".\","
            + "\"[\"\"Sign up, now\"\",\"\"Copyright © 2021\"\"]\"\r\n",
        articles(Format.CSV, List.of(ARTICLE)));
  }

  @Test
  void eventTableHasFixedColumnsAndCutsLongText() throws IOException {
    StringWriter out = new StringWriter();
    Formats.events(
            Format.TABLE,
            out,
            100,
            code -> code.equals("036") ? "Express intent to meet or negotiate" : null)
        .writeAll(List.of(EVENT, UNDATED_NEGATED));
    assertEquals(
        "DATE        SOURCE                EVENT                       TARGET                PLACE         N   EVIDENCE\n"
            + "2019-06     USAGOV Donald Trump   036 Express intent to mee…  PRKGOV Kim Jong-un    VNM Hanoi     2   Trump said, \"we…\n"
            + "            KORGOV                NOT 120                                                         1   Seoul rejected…\n",
        out.toString());
  }

  @Test
  void articleTableShowsTheEndOfLongDocs() throws IOException {
    ArticleRow longDoc =
        new ArticleRow(
            new Article(
                "id",
                "/very/long/path/to/the/inputs/of/this/user/article-042.txt",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "body",
                List.of()),
            "pv1",
            Instant.EPOCH);
    StringWriter out = new StringWriter();
    Formats.articles(Format.TABLE, out, 100).writeAll(List.of(ARTICLE, longDoc));
    assertEquals(
        "PUBLISHED   DOC                         OUTLET              REMOVED  TITLE\n"
            + "2019-06-28  seeds/x.txt                 Bloomberg           2        Kim, Trump meet\n"
            + "            …this/user/article-042.txt                      0\n",
        out.toString());
  }

  @Test
  void emptyTableStillHasItsHeader() throws IOException {
    assertEquals(
        "DATE        SOURCE                EVENT                       TARGET                PLACE         N   EVIDENCE\n",
        events(Format.TABLE, List.of()));
    assertEquals("", events(Format.JSONL, List.of()));
  }

  @Test
  void formatNamesParse() {
    assertEquals(Format.CSV, Format.parse("CSV"));
    assertEquals(Format.TABLE, Format.parse("table"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));
    assertEquals("unknown format 'xml': use table, jsonl or csv", e.getMessage());
  }
}

package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.events.Event;
import dev.parley.events.Evidence;
import dev.parley.events.Location;
import dev.parley.quotes.Quote;
import dev.parley.time.PartialDate;
import dev.parley.timex.TimeExpression;
import dev.parley.timex.TimexType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory written before the quotes and times tables (schema version 1) is refused until
 * migrated, then opens with both tables, keeps what it held, and stores quotes and times. A store
 * of schema version 2 gains the event location columns and the evidence table, its events keep
 * their own sentence as their one evidence span.
 */
class MigrationIT {
  private static final StoreOptions QUIET =
      StoreOptions.defaults()
          .withNotices(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  private static final Schema VERSION_1 =
      new Schema(List.of(Schema.MIGRATIONS.get(0)), "0.1.0-old");
  private static final Schema VERSION_2 = new Schema(Schema.MIGRATIONS.subList(0, 2), "0.2.0-old");

  @TempDir Path dir;

  @Test
  void anOldDataDirectoryGainsTheQuotesAndTimesTables() throws Exception {
    oldStore(VERSION_1, 2);
    assertEquals(
        List.of(), tables().stream().filter(t -> t.equals("quotes") || t.equals("times")).toList());
    StoreException refused =
        assertThrows(StoreException.class, () -> Store.open(dir, Store.Access.READ_ONLY, QUIET));
    assertTrue(refused.getMessage().contains("run parley migrate --data"), refused.getMessage());

    assertEquals(1, Store.migrate(dir, QUIET));
    assertTrue(tables().containsAll(List.of("quotes", "times")), tables().toString());
    try (Store store = Store.open(dir, Store.Access.READ_WRITE, QUIET)) {
      assertEquals(1, store.counts().articles());
      assertEquals(2, store.counts().events());
      assertEquals(List.of(), store.quotes(QuoteFilter.ALL));
      assertEquals(List.of(), store.times());

      StoredArticle s = Fixtures.bulk(2, 0);
      String text = s.coded().article().text();
      Quote q =
          new Quote(
              0,
              0,
              10,
              text.substring(0, 10),
              false,
              "said",
              11,
              14,
              "Kim",
              "PRKGOV",
              "Kim Jong-un",
              null,
              List.of());
      TimeExpression t =
          new TimeExpression(
              0,
              20,
              25,
              text.substring(20, 25),
              TimexType.DATE,
              "2019-06",
              TimeExpression.Origin.CORRECTED);
      store.write(List.of(new StoredArticle(s.raw(), s.coded(), List.of(q), List.of(t), "pv2")));

      List<QuoteRow> quotes = store.quotes(QuoteFilter.ALL);
      assertEquals(1, quotes.size());
      assertEquals(s.coded().article().id() + ":q0", quotes.get(0).quoteId());
      assertEquals("PRKGOV", quotes.get(0).quote().speaker());
      assertEquals(1, store.quotes(new QuoteFilter("prk", null, null)).size());
      assertEquals(0, store.quotes(new QuoteFilter("USA", null, null)).size());
      PartialDate published = s.coded().article().publishedDate().orElseThrow();
      assertEquals(
          1, store.quotes(new QuoteFilter(null, published.start(), published.end())).size());
      assertEquals(
          0, store.quotes(new QuoteFilter(null, published.end().plusDays(1), null)).size());
      List<TimeRow> times = store.times();
      assertEquals(1, times.size());
      assertEquals("2019-06", times.get(0).time().value());
      assertEquals(TimeExpression.Origin.CORRECTED, times.get(0).time().origin());
    }
    assertEquals(
        Schema.CURRENT.version(), Store.migrate(dir, QUIET), "a second migrate has nothing to do");
  }

  @Test
  void aVersion2StoreGainsEventLocationsAndEvidence() throws Exception {
    oldStore(VERSION_2, 2);
    assertEquals(List.of(), tables().stream().filter(t -> t.equals("evidence")).toList());
    StoreException refused =
        assertThrows(StoreException.class, () -> Store.open(dir, Store.Access.READ_ONLY, QUIET));
    assertTrue(refused.getMessage().contains("schema version 2"), refused.getMessage());

    assertEquals(2, Store.migrate(dir, QUIET));
    assertTrue(tables().contains("evidence"), tables().toString());
    try (Store store = Store.open(dir, Store.Access.READ_WRITE, QUIET)) {
      List<EventRow> before = store.events(EventFilter.ALL);
      assertEquals(2, before.size());
      for (EventRow r : before) {
        assertEquals(1, r.event().mentions(), "an event stored before version 3 was stated once");
        assertNull(r.event().dateSource(), "an event stored before version 4 has no date source");
        assertEquals(
            List.of(
                new Evidence(
                    r.event().sentenceIndex(), r.event().evidenceStart(), r.event().evidenceEnd())),
            r.event().evidence(),
            "the migration copies each event's own sentence into evidence");
        assertNull(r.event().location());
      }

      StoredArticle s = Fixtures.bulk(2, 1);
      Event e = s.coded().events().get(0);
      Event restated =
          e.toBuilder()
              .location(new Location("Hanoi", "VNM", 19, 24))
              .evidence(
                  List.of(
                      new Evidence(e.sentenceIndex(), e.evidenceStart(), e.evidenceEnd()),
                      new Evidence(e.sentenceIndex() + 1, 48, 95)))
              .build();
      store.write(
          List.of(
              Fixtures.stored(
                  s.coded().article(), s.coded().resolved().mentions(), List.of(restated))));
      Event back = store.eventsOf(s.coded().article().id()).get(0);
      assertEquals(restated, back);
      assertEquals(2, back.mentions());
    }
  }

  /**
   * A store of an older schema holding one article and {@code events} events, written with SQL of
   * that schema (today's table definitions have more columns than an old store).
   */
  private void oldStore(Schema schema, int events) throws Exception {
    Store.open(dir, Store.Access.READ_WRITE, QUIET, schema, Clock.systemUTC()).close();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:duckdb:" + dir.resolve(Store.FILE_NAME).toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO articles VALUES ('a00001', 'docs/a00001.txt', 'Title', 'Outlet', NULL, '2019-06-28', NULL,"
              + " 'en', NULL, 'Officials met in Hanoi and talked about talks.', [], 'pv1', now())");
      st.execute(
          "INSERT INTO raw_inputs VALUES ('a00001', 'docs/a00001.txt', 'text/plain', 'raw',"
              + " {'title': NULL, 'published': NULL, 'outlet': NULL, 'url': NULL}, [])");
      for (int i = 0; i < events; i++) {
        st.execute(
            "INSERT INTO events VALUES ('a00001:"
                + i
                + ":040', 'a00001', '2019-06-28', 'day', DATE '2019-06-28',"
                + " DATE '2019-06-28', 'USAGOV', 'Donald Trump', 'PRKGOV', 'Kim Jong-un', '040', '04', 1, 1.0, 'CONSULT',"
                + " 'asserted', false, "
                + i
                + ", 0, 46, 'Officials met in Hanoi and talked about talks.', 'meet@040', 0.5)");
      }
    }
  }

  private List<String> tables() throws Exception {
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:duckdb:" + dir.resolve(Store.FILE_NAME).toAbsolutePath(), readOnly);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name")) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}

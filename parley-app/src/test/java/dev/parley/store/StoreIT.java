package dev.parley.store;

import static dev.parley.store.Fixtures.article;
import static dev.parley.store.Fixtures.event;
import static dev.parley.store.Fixtures.mention;
import static dev.parley.store.Fixtures.person;
import static dev.parley.store.Fixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.actors.Mention;
import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.events.DateSource;
import dev.parley.events.Event;
import dev.parley.events.Evidence;
import dev.parley.events.Location;
import dev.parley.events.Modality;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.text.CodePoints;
import dev.parley.time.PartialDate;
import dev.parley.time.PartialDateTime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB store on a real file: round trip, idempotence, atomicity, schema, queries. */
class StoreIT {
  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
  private static final StoreOptions QUIET =
      StoreOptions.defaults()
          .withNotices(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  @TempDir Path dir;

  private Store open(Store.Access access) {
    return Store.open(dir, access, QUIET, Schema.CURRENT, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** An article in which every text field has non-ASCII text, and an emoji before its events. */
  private static StoredArticle unicodeArticle() {
    Article a =
        new Article(
            "f00d",
            "seeds/séoul-😀.txt",
            "Kim und Trump in Panmunjom — „Frieden“ 🕊",
            "Le Monde diplomatique",
            "- Par Élise Müller - samedi 29 juin 2019",
            PartialDateTime.parse("2019-06-29T08:30:00+09:00").orElseThrow(),
            "SÉOUL",
            "fr",
            "https://example.org/séoul?q=ü",
            Fixtures.EMOJI_TEXT,
            List.of("Abonnez-vous à la newsletter ✉", "Copyright © 2019 Société"));
    Mention trump =
        new Mention(
            0,
            5,
            5,
            18,
            23,
            "Trump",
            Mention.Kind.PERSON,
            "PERSON",
            "person:donald-trump",
            "Donald Trump",
            "USAGOV");
    Mention moon =
        new Mention(
            1,
            0,
            0,
            38,
            42,
            "Moon",
            Mention.Kind.PERSON,
            "PERSON",
            "person:moon-jae-in",
            "Moon Jae-in",
            "KORGOV");
    Mention panmunjom =
        new Mention(0, 7, 7, 27, 36, "Panmunjom", Mention.Kind.NER, "LOCATION", null, null, null);
    Event said =
        Event.builder()
            .eventId("f00d:1:5:010")
            .articleId("f00d")
            .date(new PartialDate(2019, 6, 0, PartialDate.Precision.MONTH))
            .source("KORGOV")
            .sourceName("Moon Jae-in")
            .target(null)
            .targetName(null)
            .code("010")
            .root("01")
            .quadClass(1)
            .goldstein(0.0)
            .plover(null)
            .modality(Modality.REPORTED)
            .negated(true)
            .sentenceIndex(1)
            .evidenceStart(38)
            .evidenceEnd(65)
            .sentence("Moon said “peace” was near.")
            .rule("say@010")
            .confidence(0.75)
            .build();
    Event met =
        Event.builder()
            .eventId("f00d:0:4:040")
            .articleId("f00d")
            .date(PartialDate.of(LocalDate.of(2019, 6, 30)))
            .source("PRKGOV")
            .sourceName("Kim Jong-un")
            .target("USAGOV")
            .targetName("Donald Trump")
            .code("040")
            .root("04")
            .quadClass(1)
            .goldstein(1.0)
            .plover("CONSULT")
            .modality(Modality.ASSERTED)
            .negated(false)
            .sentenceIndex(0)
            .evidenceStart(0)
            .evidenceEnd(37)
            .sentence("SÉOUL — Kim 😀 met Trump at Panmunjom.")
            .rule("meet.with@040")
            .confidence(0.9)
            // schema version 3: a place with no country known, and a second evidence sentence (only
            // to test the store: the second sentence does not restate the meeting)
            .location(new Location("Panmunjom", null, 27, 36))
            .evidence(List.of(new Evidence(0, 0, 37), new Evidence(1, 38, 65)))
            // schema version 4: the date is the publication date, not the sentence's own
            .dateSource(DateSource.PUBLICATION)
            .build();
    RawDocument raw =
        new RawDocument(
            "seeds/séoul-😀.txt",
            RawDocument.ContentType.HTML,
            "<p>SÉOUL — Kim 😀 met Trump</p>",
            new Hints("Titre «ü»", "2019-06-29", "Le Monde", null),
            List.of("decoded as windows-1252 ✓"));
    CodedArticle coded =
        new CodedArticle(
            new ResolvedArticle(
                new AnnotatedArticle(a, List.of()), List.of(trump, panmunjom, moon)),
            List.of(met, said));
    return new StoredArticle(raw, coded, "pipeline-2024.1 ✓");
  }

  @Test
  void roundTripKeepsEveryValueExactly() {
    StoredArticle s = unicodeArticle();
    try (Store store = open(Store.Access.READ_WRITE)) {
      assertEquals(1, store.write(List.of(s)));
    }
    assertTrue(Files.isRegularFile(dir.resolve("parley.duckdb")));
    try (Store store = open(Store.Access.READ_ONLY)) {
      assertEquals(
          List.of(new ArticleRow(s.coded().article(), "pipeline-2024.1 ✓", NOW)), store.articles());
      assertEquals(s.coded().resolved().mentions(), store.mentions("f00d"));
      // stored in sentence order, not insertion order
      assertEquals(
          List.of(s.coded().events().get(0), s.coded().events().get(1)), store.eventsOf("f00d"));
      List<EventRow> rows = store.events(EventFilter.ALL);
      // ordered by date: 2019-06 (month, starts on the 1st) before 2019-06-30
      assertEquals(
          List.of(
              new EventRow(
                  s.coded().events().get(1),
                  "seeds/séoul-😀.txt",
                  "Le Monde diplomatique",
                  "Kim und Trump in Panmunjom — „Frieden“ 🕊"),
              new EventRow(
                  s.coded().events().get(0),
                  "seeds/séoul-😀.txt",
                  "Le Monde diplomatique",
                  "Kim und Trump in Panmunjom — „Frieden“ 🕊")),
          rows);
      Event said = rows.get(0).event();
      // code point offsets: the emoji counts as one, so UTF-16 indices would be one more
      assertEquals(38, said.evidenceStart());
      assertEquals(65, said.evidenceEnd());
      assertEquals(
          said.sentence(),
          CodePoints.slice(Fixtures.EMOJI_TEXT, said.evidenceStart(), said.evidenceEnd()));
      assertEquals(List.of(new RawInput("f00d", "pipeline-2024.1 ✓", s.raw())), store.rawInputs());
    }
  }

  @Test
  void locationAndEvidenceRoundTripAndARecodeReplacesThem() throws Exception {
    StoredArticle s = unicodeArticle();
    try (Store store = open(Store.Access.READ_WRITE)) {
      store.write(List.of(s));
      Event met = store.eventsOf("f00d").get(0);
      assertEquals(new Location("Panmunjom", null, 27, 36), met.location());
      assertEquals(2, met.mentions());
      assertEquals(List.of(new Evidence(0, 0, 37), new Evidence(1, 38, 65)), met.evidence());
      Event said = store.eventsOf("f00d").get(1);
      assertNull(said.location());
      assertEquals(
          List.of(new Evidence(1, 38, 65)),
          said.evidence(),
          "an event stated once has its own sentence");

      Event metOnce = met.toBuilder().location(null).evidence(List.of()).build();
      CodedArticle recoded = new CodedArticle(s.coded().resolved(), List.of(metOnce));
      store.replaceDerived("f00d", recoded, "pv2");
      assertEquals(List.of(metOnce), store.eventsOf("f00d"));
    }
    try (Connection c =
            java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.FILE_NAME));
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*), sum(mentions) FROM evidence JOIN events USING (event_id)")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "the recode replaced the evidence rows");
      assertEquals(1, rs.getInt(2));
    }
  }

  @Test
  void secondWriteOfTheSameArticlesAddsNothing() {
    StoredArticle a = Fixtures.bulk(1, 3);
    StoredArticle b = Fixtures.bulk(2, 2);
    try (Store store = open(Store.Access.READ_WRITE)) {
      assertEquals(2, store.write(List.of(a, b, a)));
      assertEquals(0, store.write(List.of(b, a)));
      assertEquals(1, store.write(List.of(a, Fixtures.bulk(3, 1))));
      assertEquals(Set.of("a00001", "a00003"), store.storedIds(List.of("a00001", "a00003", "zzz")));
      Counts c = store.counts();
      assertEquals(3, c.articles());
      assertEquals(6, c.events());
      assertEquals(6, c.mentions());
    }
  }

  @Test
  void anInvalidArticleStopsTheWholeBatchBeforeAnyWrite() {
    StoredArticle good = Fixtures.bulk(1, 2);
    Article a = article("bad", "2019", "text");
    Event noSource = event("bad", 0, null, null, null, "010");
    StoredArticle bad = stored(a, List.of(), List.of(noSource));
    try (Store store = open(Store.Access.READ_WRITE)) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> store.write(List.of(good, bad)));
      assertEquals(
          "cannot store article bad event bad:0:010: missing or invalid source", e.getMessage());
      assertEquals(0, store.counts().articles());
    }
  }

  @Test
  void aBatchDuckDbRefusesMidwayLeavesNoHalfArticle() {
    StoredArticle first = Fixtures.bulk(1, 2);
    // the second article's event reuses the first's event id: DuckDB refuses it on insert
    Event clash = event("a00001", 0, null, "USA", null, "036");
    Event moved =
        Event.builder()
            .eventId(clash.eventId())
            .articleId("b")
            .date(null)
            .source("USA")
            .sourceName(null)
            .target(null)
            .targetName(null)
            .code("036")
            .root("03")
            .quadClass(1)
            .goldstein(4)
            .plover(null)
            .modality(Modality.ASSERTED)
            .negated(false)
            .sentenceIndex(0)
            .evidenceStart(0)
            .evidenceEnd(1)
            .sentence("x")
            .rule("r")
            .confidence(0.5)
            .build();
    StoredArticle second =
        stored(article("b", null, "y"), List.of(mention(0, "y", "USA")), List.of(moved));
    try (Store store = open(Store.Access.READ_WRITE)) {
      StoreException e =
          assertThrows(StoreException.class, () -> store.write(List.of(first, second)));
      assertTrue(
          e.getMessage()
              .startsWith("Parley store in " + dir + ": writing a batch of 2 articles failed: "),
          e.getMessage());
      assertTrue(e.getMessage().contains("a00001:0:036"), e.getMessage());
      assertEquals(new Counts(0, 0, 0, 0, Map.of()), store.counts());
      assertEquals(List.of(), store.rawInputs());
      // the connection is usable after the rollback
      assertEquals(1, store.write(List.of(first)));
    }
    try (Store store = open(Store.Access.READ_ONLY)) {
      assertEquals(1, store.counts().articles());
      assertEquals(2, store.counts().events());
    }
  }

  @Test
  void readOnlyOnAMissingStoreSaysToIngestFirst() {
    Path missing = dir.resolve("nothing-here");
    StoreException e =
        assertThrows(
            StoreException.class, () -> Store.open(missing, Store.Access.READ_ONLY, QUIET));
    assertEquals("no Parley store in " + missing + ": run parley ingest first", e.getMessage());
    assertFalse(Files.exists(missing));
  }

  @Test
  void readOnlyStoreRefusesWrites() {
    open(Store.Access.READ_WRITE).close();
    try (Store store = open(Store.Access.READ_ONLY)) {
      assertThrows(IllegalStateException.class, () -> store.write(List.of(Fixtures.bulk(1, 1))));
    }
  }

  private static final int CURRENT = Schema.CURRENT.version();
  private static final Migration PROBE =
      new Migration(
          CURRENT + 1, "probe table for tests", List.of("CREATE TABLE probe (x INTEGER)"));

  /** This Parley's migrations and one more: a newer Parley's schema. */
  private static Schema newer() {
    List<Migration> steps = new java.util.ArrayList<>(Schema.MIGRATIONS);
    steps.add(PROBE);
    return new Schema(steps, "9.9.9");
  }

  @Test
  void aStoreFromANewerParleyIsRefusedWithBothVersions() {
    Schema newer = newer();
    Store.open(dir, Store.Access.READ_WRITE, QUIET, newer, Clock.systemUTC()).close();
    for (Store.Access access : Store.Access.values()) {
      StoreException e = assertThrows(StoreException.class, () -> open(access));
      assertEquals(
          "Parley store in "
              + dir
              + " has schema version "
              + (CURRENT + 1)
              + " (created by Parley 9.9.9), but this Parley ("
              + Schema.CURRENT.parleyVersion()
              + ") reads schema version "
              + CURRENT
              + ": use a Parley at least as new"
              + " as the one that wrote it, or another --data directory",
          e.getMessage());
    }
  }

  @Test
  void anOlderStoreIsRefusedUntilMigrated() {
    try (Store store = open(Store.Access.READ_WRITE)) {
      store.write(List.of(Fixtures.bulk(1, 1)));
    }
    Schema newer = newer();
    StoreException e =
        assertThrows(
            StoreException.class,
            () -> Store.open(dir, Store.Access.READ_ONLY, QUIET, newer, Clock.systemUTC()));
    assertEquals(
        "Parley store in "
            + dir
            + " has schema version "
            + CURRENT
            + " (created by Parley "
            + Schema.CURRENT.parleyVersion()
            + "), but this Parley (9.9.9) needs schema version "
            + (CURRENT + 1)
            + ": run parley migrate --data "
            + dir
            + " to upgrade it in place (nothing stored is lost)",
        e.getMessage());
    assertEquals(CURRENT, Store.migrate(dir, QUIET, newer));
    try (Store store = Store.open(dir, Store.Access.READ_ONLY, QUIET, newer, Clock.systemUTC())) {
      assertEquals(1, store.counts().articles());
    }
  }

  @Test
  void aDuckDbFileThatIsNotAParleyStoreIsNamed() throws Exception {
    try (var c =
            java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("parley.duckdb"));
        var s = c.createStatement()) {
      s.execute("CREATE TABLE other (x INTEGER)");
    }
    StoreException e = assertThrows(StoreException.class, () -> open(Store.Access.READ_WRITE));
    assertEquals(
        dir.resolve("parley.duckdb")
            + " is not a Parley store (it has tables but no meta table): use another --data directory",
        e.getMessage());
  }

  /** Events on several dates and actors, for the filter tests. */
  private void writeFilterFixture() {
    PartialDate day0628 = PartialDate.parse("2019-06-28").orElseThrow();
    PartialDate june = PartialDate.parse("2019-06").orElseThrow();
    PartialDate y2019 = PartialDate.parse("2019").orElseThrow();
    PartialDate day0701 = PartialDate.parse("2019-07-01").orElseThrow();
    List<StoredArticle> batch = new ArrayList<>();
    batch.add(
        stored(
            article("b", "2019-07-02", "x"),
            event("b", 2, day0701, "USAGOV", "PRK", "036"),
            event("b", 1, null, "USA", null, "010")));
    batch.add(
        stored(
            article("a", "2019-06-30", "x"),
            event("a", 3, day0628, "RUS", "USAGOV", "042"),
            event("a", 1, june, "USA", "KORGOV", "036"),
            event("a", 2, y2019, "KORMIL", "PRKMIL", "190"),
            event("a", 0, day0628, "PRKGOV", "USA", "0311")));
    try (Store store = open(Store.Access.READ_WRITE)) {
      assertEquals(2, store.write(batch));
    }
  }

  private List<String> ids(EventFilter f) {
    try (Store store = open(Store.Access.READ_ONLY)) {
      return store.events(f).stream().map(r -> r.event().eventId()).toList();
    }
  }

  @Test
  void eventsComeInAStableOrderUndatedLast() {
    writeFilterFixture();
    // 2019 (starts Jan 1) < 2019-06 (starts Jun 1) < 2019-06-28 (a: sentence 0, then 3) <
    // 2019-07-01 < undated
    assertEquals(
        List.of("a:2:190", "a:1:036", "a:0:0311", "a:3:042", "b:2:036", "b:1:010"),
        ids(EventFilter.ALL));
  }

  @Test
  void eventsAndArticlesPageInTheirStableOrder() {
    writeFilterFixture();
    try (Store store = open(Store.Access.READ_ONLY)) {
      Page page = Page.first(4);
      assertEquals(
          List.of("a:2:190", "a:1:036", "a:0:0311", "a:3:042"),
          store.events(EventFilter.ALL, page).stream().map(r -> r.event().eventId()).toList());
      assertEquals(
          List.of("b:2:036", "b:1:010"),
          store.events(EventFilter.ALL, page.next()).stream()
              .map(r -> r.event().eventId())
              .toList());
      assertEquals(
          List.of("b"),
          store.articles(new Page(1, 5)).stream().map(r -> r.article().id()).toList());
    }
    assertThrows(IllegalArgumentException.class, () -> new Page(0, 0));
  }

  @Test
  void sourceAndTargetMatchCodePrefixes() {
    writeFilterFixture();
    assertEquals(List.of("a:1:036", "b:2:036", "b:1:010"), ids(EventFilter.ALL.withSource("USA")));
    assertEquals(List.of("b:2:036"), ids(EventFilter.ALL.withSource("usagov")));
    assertEquals(List.of("a:0:0311", "a:3:042"), ids(EventFilter.ALL.withTarget("USA")));
    assertEquals(List.of("a:2:190", "b:2:036"), ids(EventFilter.ALL.withTarget("PRK")));
    assertEquals(List.of("b:2:036"), ids(EventFilter.ALL.withSource("USA").withTarget("PRK")));
  }

  @Test
  void codePrefixMatchesLongerCodes() {
    writeFilterFixture();
    assertEquals(List.of("a:1:036", "a:0:0311", "b:2:036"), ids(EventFilter.ALL.withCode("03")));
    assertEquals(List.of("a:1:036", "b:2:036"), ids(EventFilter.ALL.withCode("036")));
    assertEquals(List.of(), ids(EventFilter.ALL.withCode("14")));
  }

  @Test
  void datesMatchWhenTheEventsRangeOverlapsAndUndatedNever() {
    writeFilterFixture();
    LocalDate jun15 = LocalDate.of(2019, 6, 15);
    LocalDate jun20 = LocalDate.of(2019, 6, 20);
    // the month 2019-06 and the year 2019 cover June 15-20; June 28 does not
    assertEquals(List.of("a:2:190", "a:1:036"), ids(EventFilter.ALL.withFrom(jun15).withTo(jun20)));
    // inclusive ends
    assertEquals(
        List.of("a:2:190", "a:1:036", "a:0:0311", "a:3:042"),
        ids(EventFilter.ALL.withFrom(LocalDate.of(2019, 6, 28)).withTo(LocalDate.of(2019, 6, 28))));
    assertEquals(
        List.of("a:2:190", "b:2:036"), ids(EventFilter.ALL.withFrom(LocalDate.of(2019, 7, 1))));
    assertEquals(
        List.of("a:2:190", "a:1:036"), ids(EventFilter.ALL.withTo(LocalDate.of(2019, 6, 1))));
    assertEquals(List.of(), ids(EventFilter.ALL.withFrom(LocalDate.of(2020, 1, 1))));
    assertEquals(List.of("a:1:036"), ids(EventFilter.ALL.withTo(jun20).withCode("03")));
  }

  @Test
  void filterRejectsBackwardsDatesAndBlankCodes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EventFilter.ALL.withFrom(LocalDate.of(2019, 7, 1)).withTo(LocalDate.of(2019, 6, 1)));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.ALL.withSource(" "));
  }

  @Test
  void articlesComeByPublicationThenIdUnknownLast() {
    List<StoredArticle> batch =
        List.of(
            stored(article("c", "2019-06-30", "c")),
            stored(article("d", null, "d")),
            stored(article("b", "2019-06-30", "b")),
            stored(article("a", "2019-07-01T09:00:00Z", "a")),
            stored(article("e", "2019-06", "e")));
    try (Store store = open(Store.Access.READ_WRITE)) {
      store.write(batch);
      assertEquals(
          List.of("e", "b", "c", "a", "d"),
          store.articles().stream().map(r -> r.article().id()).toList());
    }
  }

  @Test
  void countsActorsByCode() {
    Mention trump1 = person(0, "Trump", "person:trump", "Donald Trump", "USAGOV");
    Mention trump2 = person(1, "Trump", "person:trump", "Donald Trump", "USAGOV");
    Mention pompeo = person(1, "Pompeo", "person:pompeo", "Mike Pompeo", "USAGOV");
    Mention gov = mention(2, "government", Mention.Kind.AGENT, "O", null, null, "GOV");
    Mention unknown = mention(2, "Begun", Mention.Kind.NER, "PERSON", null, null, null);
    try (Store store = open(Store.Access.READ_WRITE)) {
      store.write(
          List.of(
              stored(
                  article("a", null, "abc"),
                  List.of(trump1, trump2, pompeo, gov, unknown),
                  List.of())));
      assertEquals(new Counts(1, 5, 0, 3, Map.of("GOV", 1L, "USAGOV", 2L)), store.counts());
    }
  }

  @Test
  void recodeReplacesDerivedRowsAndKeepsTheRawInput() {
    StoredArticle s = Fixtures.bulk(1, 3);
    try (Store store = open(Store.Access.READ_WRITE)) {
      store.write(List.of(s));
      Article old = s.coded().article();
      Article cleaner =
          new Article(
              old.id(),
              "ignored.txt",
              "New title",
              old.outlet(),
              null,
              old.published(),
              null,
              "en",
              null,
              old.text(),
              List.of("Share this"));
      Event one = event(old.id(), 7, null, "CHN", null, "120");
      CodedArticle recoded =
          new CodedArticle(
              new ResolvedArticle(new AnnotatedArticle(cleaner, List.of()), List.of()),
              List.of(one));
      assertEquals(Recoded.UPDATED, store.replaceDerived(old.id(), recoded, "pv2"));
      ArticleRow row = store.articles().get(0);
      assertEquals("New title", row.article().title());
      assertEquals(old.doc(), row.article().doc());
      assertEquals(List.of("Share this"), row.article().removed());
      assertEquals("pv2", row.pipelineVersion());
      assertEquals(NOW, row.ingestedAt());
      assertEquals(List.of(one), store.eventsOf(old.id()));
      assertEquals(List.of(), store.mentions(old.id()));
      assertEquals(List.of(new RawInput(old.id(), "pv2", s.raw())), store.rawInputs());
    }
  }

  @Test
  void recodeMovesAnArticleWhoseBodyChangedAndDropsANewDuplicate() {
    StoredArticle a = Fixtures.bulk(1, 1);
    StoredArticle b = Fixtures.bulk(2, 1);
    try (Store store = open(Store.Access.READ_WRITE)) {
      store.write(List.of(a, b));
      Article renamed = article("fresh", "2019-06-28", "a shorter body");
      CodedArticle toFresh =
          new CodedArticle(
              new ResolvedArticle(new AnnotatedArticle(renamed, List.of()), List.of()),
              List.of(event("fresh", 0, null, "USA", null, "010")));
      assertEquals(Recoded.RENAMED, store.replaceDerived("a00001", toFresh, "pv2"));
      assertEquals(Set.of("fresh"), store.storedIds(List.of("fresh", "a00001")));
      assertEquals(
          List.of("a00002", "fresh"), store.rawInputs().stream().map(RawInput::articleId).toList());
      assertEquals("docs/a00001.txt", store.rawInputs().get(1).raw().doc());
      // b now cleans to the same body as "fresh": it is a duplicate and goes
      CodedArticle toSame =
          new CodedArticle(
              new ResolvedArticle(new AnnotatedArticle(renamed, List.of()), List.of()), List.of());
      assertEquals(Recoded.DUPLICATE, store.replaceDerived("a00002", toSame, "pv2"));
      assertEquals(List.of("fresh"), store.rawInputs().stream().map(RawInput::articleId).toList());
      assertEquals(new Counts(1, 0, 1, 0, Map.of()), store.counts());
      assertThrows(
          IllegalArgumentException.class, () -> store.replaceDerived("a00002", toSame, "pv2"));
    }
  }

  @Test
  void rawInputsPageByArticleId() {
    List<StoredArticle> batch = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      batch.add(Fixtures.bulk(i, 0));
    }
    try (Store store = open(Store.Access.READ_WRITE)) {
      store.write(batch);
      assertEquals(450, store.rawInputs().size());
      List<RawInput> page = store.rawInputs("a00100", 3);
      assertEquals(
          List.of("a00101", "a00102", "a00103"), page.stream().map(RawInput::articleId).toList());
    }
  }

  @Test
  void writesAThousandArticlesWithTenEventsEachQuickly() {
    List<StoredArticle> batch = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      batch.add(Fixtures.bulk(i, 10));
    }
    long start = System.nanoTime();
    try (Store store = open(Store.Access.READ_WRITE)) {
      assertEquals(1000, store.write(batch));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        java.util.Locale.ROOT,
        "StoreIT: wrote 1000 articles, 10000 events, 10000 mentions in %d ms (open+write+close)%n",
        took.toMillis());
    try (Store store = open(Store.Access.READ_ONLY)) {
      assertEquals(new Counts(1000, 10000, 10000, 1, Map.of("VNMGOV", 1L)), store.counts());
    }
    // a guard against a regression to row-by-row inserts, loose enough for a busy 2-core machine
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "writing took " + took);
  }
}

package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTimeTest {

  /** Every form the readers of this package write reads back to the same text. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019",
        "2019-06",
        "2019-06-30",
        "2019-06-30T08:14",
        "2019-06-30T08:14Z",
        "2019-07-02T09:30-04:00",
        "2021-03-14T08:30:00+01:00",
        "2019-07-01T10:00:00Z",
        "2019-07-01T10:00:00.5Z",
        "2019-07-01T10:00:05"
      })
  void theIsoFormRoundTrips(String iso) {
    assertEquals(iso, PartialDateTime.parse(iso).orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2019-13",
        "2019-02-30",
        "2019-06T10:00",
        "2019-06-30T25:00",
        "June 2019",
        "2019-06-30x"
      })
  void whatIsNotTheIsoFormDoesNotParse(String text) {
    assertEquals(Optional.empty(), PartialDateTime.parse(text));
  }

  @Test
  void aSourcesDateIsReadLeniently() {
    assertEquals(
        "2019-06-30T08:00:00Z",
        PartialDateTime.read("2019-06-30 08:00:00.000+0000").orElseThrow().toString());
    assertEquals("2019-06-30", PartialDateTime.read("June 30, 2019").orElseThrow().toString());
    assertEquals("2019-06-30", PartialDateTime.read("2019-06-30garbage").orElseThrow().toString());
    assertEquals(Optional.empty(), PartialDateTime.read("yesterday"));
    assertEquals(Optional.empty(), PartialDateTime.read(null));
  }

  @Test
  void aTimeNeedsADayAndAnOffsetNeedsATime() {
    PartialDate june = PartialDate.parse("2019-06").orElseThrow();
    PartialDate day = PartialDate.parse("2019-06-30").orElseThrow();
    assertThrows(
        IllegalArgumentException.class,
        () -> new PartialDateTime(june, LocalTime.NOON, false, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PartialDateTime(day, null, false, ZoneOffset.UTC));
    assertTrue(
        PartialDateTime.of(day).compareTo(PartialDateTime.parse("2019-06-30T01:00").orElseThrow())
            < 0);
  }

  @Test
  void oneZoneTableServesBylinesAndFeeds() {
    LocalDateTime summer = LocalDateTime.of(2019, 7, 1, 10, 0);
    assertEquals(Optional.of(ZoneOffset.ofHours(9)), Zones.inProse("KST", summer));
    assertEquals(Optional.of(ZoneOffset.ofHours(-4)), Zones.inProse("ET", summer));
    assertEquals(Optional.of(ZoneOffset.ofHours(1)), Zones.inProse("GMT +1", summer));
    assertEquals(Optional.of(ZoneOffset.UTC), Zones.inProse("+0000", summer));
    // "CST" is US Central in RFC 822, but China Standard Time in many bylines
    assertEquals(Optional.empty(), Zones.inProse("CST", summer));
    assertEquals(Optional.of(ZoneOffset.ofHours(-6)), Zones.inFeed("cst", summer));
    assertEquals(Optional.of(ZoneOffset.ofHours(9)), Zones.inFeed("KST", summer));
    assertEquals(Optional.of(ZoneOffset.ofHoursMinutes(5, 30)), Zones.inFeed("+05:30", summer));
    assertEquals(Optional.empty(), Zones.inFeed("XYZ", summer));
  }
}

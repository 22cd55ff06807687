package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

  private static String iso(String line, boolean yearAlone) {
    return DateFinder.find(line, yearAlone).map(DateFinder.Found::iso).orElse("none");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "- The Harbour Post - Friday, June 28, 2019 | 2019-06-28",
        "Published 30 June 2019 08:14 GMT | 2019-06-30T08:14Z",
        "By Jane Roe · June 30, 2019 | 2019-06-30",
        "June 30, 2019 | 2019-06-30",
        "Sept. 3rd, 2018 | 2018-09-03",
        "Updated: June 30, 2019, 5:02 p.m. ET | 2019-06-30T17:02-04:00",
        "Jan. 5, 2020 9:15 a.m. ET | 2020-01-05T09:15-05:00",
        "Jan. 5, 2020 12:05 am EST | 2020-01-05T00:05-05:00",
        "12:30 KST, 1 July 2019 | 2019-07-01T12:30+09:00",
        "Mon 1 Jul 2019 07.45 BST | 2019-07-01T07:45+01:00",
        "2 July 2019 14:00 GMT+9 | 2019-07-02T14:00+09:00",
        "June 30, 2019 10:00 IST | 2019-06-30T10:00",
        "2019-06-30T08:14:00+09:00 | 2019-06-30T08:14:00+09:00",
        "posted 2019-06-30 | 2019-06-30",
        "Last updated March 2019 | 2019-03",
        "the 4th of July 2019 | 2019-07-04",
      })
  void readsDatesAsWritten(String line, String expected) {
    assertEquals(expected, iso(line, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "February 30, 2019",
        "06/07/2019",
        "Talks are set for next month",
        "2019-13-45",
        "Room 2019",
      })
  void findsNoDateWhereNoneCanBeRead(String line) {
    assertEquals("none", iso(line, false));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"- Harbour Times - 2019 | 2019", "Published 2021 | 2021"})
  void aBareYearCountsOnlyWhenAsked(String line, String expected) {
    assertEquals(expected, iso(line, true));
    assertEquals("none", iso(line, false));
  }

  @org.junit.jupiter.api.Test
  void restHoldsTheLineWithoutTheDateAndTime() {
    Optional<DateFinder.Found> f =
        DateFinder.find("Published 30 June 2019 08:14 GMT by Desk", false);
    assertEquals("Published by Desk", f.orElseThrow().rest().replaceAll("\\s+", " ").strip());
  }
}

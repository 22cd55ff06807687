package dev.parley.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void readsShortAndIsoForms() {
    assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
    assertEquals(Duration.ofMinutes(15), Durations.parse("15m"));
    assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
    assertEquals(Duration.ofDays(1), Durations.parse("1D"));
    assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
    assertEquals(Duration.ofMinutes(15), Durations.parse("PT15M"));
  }

  @Test
  void refusesWhatIsNotADuration() {
    assertEquals(
        "not a duration: '15' (e.g. 30s, 15m, 1h)",
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("15")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("15 minutes"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("-5m"));
    assertEquals(
        "a duration must be positive: '0s'",
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("0s")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("PTxM"));
  }
}

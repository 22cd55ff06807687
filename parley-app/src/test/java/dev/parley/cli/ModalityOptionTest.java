package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.events.Modality;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModalityOptionTest {
  @Test
  void namedModalitiesAreKeptAndNoneMeansAll() {
    assertEquals(
        EnumSet.of(Modality.ASSERTED, Modality.INTENDED),
        EventsCommand.modalities(List.of("asserted", " Intended")));
    assertEquals(EnumSet.allOf(Modality.class), EventsCommand.modalities(null));
  }

  @Test
  void anUnknownModalityIsAUsageError() {
    Main.UsageException e =
        assertThrows(
            Main.UsageException.class, () -> EventsCommand.modalities(List.of("rumoured")));
    assertEquals(
        "--modality: unknown modality 'rumoured' (asserted, intended, reported, hypothetical)",
        e.getMessage());
  }
}

package dev.parley.events;

import java.util.Objects;

/**
 * Where an event took place, as the text states it ("met in Hanoi", "talks at the DMZ", "the summit
 * in Osaka"): the place mention and its country.
 *
 * @param place the place as written ("Hanoi", "the DMZ", "South Korean capital")
 * @param country the CAMEO country code (ISO 3166-1 alpha-3) of the place, or null when no
 *     dictionary knows which country it is in (or it lies on a border, as the DMZ does)
 * @param start code point offset of the place mention in the article text
 * @param end code point offset after it
 */
public record Location(String place, String country, int start, int end) {
  public Location {
    Objects.requireNonNull(place, "place");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "location span must satisfy 0 <= start <= end: " + start + ", " + end);
    }
  }
}

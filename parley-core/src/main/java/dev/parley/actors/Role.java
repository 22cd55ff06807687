package dev.parley.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period in which a person held a role, and the CAMEO code they carry during it.
 *
 * @param code CAMEO actor code during the period ("USAGOV", "USAELI")
 * @param from first day of the period
 * @param to the day the period ended (the successor's first day), exclusive; null while it lasts
 * @param title the role ("secretary of state", "former president")
 */
public record Role(String code, LocalDate from, LocalDate to, String title) {

  public Role {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(title, "title");
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException("role '" + title + "' ends " + to + ", not after " + from);
    }
  }

  /** Whether the role was held on {@code date}. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }
}

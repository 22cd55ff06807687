package dev.parley.events;

import java.util.Locale;

/** Whether an event is stated as done, intended, reported by a third party, or supposed. */
public enum Modality {
  /** Stated as having happened or happening ("Kim met Trump"). */
  ASSERTED,
  /** An intention, plan or wish ("Trump will visit Seoul", "wants to meet"). */
  INTENDED,
  /**
   * Stated by someone other than the writer, as their claim ("Yonhap reported that Xi met Moon").
   */
  REPORTED,
  /** A condition, possibility or question ("could meet", "if talks resume"). */
  HYPOTHETICAL;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}

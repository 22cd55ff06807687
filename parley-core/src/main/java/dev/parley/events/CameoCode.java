package dev.parley.events;

import java.util.Objects;

/**
 * One CAMEO event code as the codebook defines it.
 *
 * @param code the code ("036"): a 2-digit root, a 3-digit base code or a 4-digit sub-code
 * @param root its 2-digit root ("03")
 * @param quadClass GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal
 *     conflict, 4 material conflict
 * @param goldstein GDELT's Goldstein value, -10 to 10
 * @param plover the PLOVER event category it maps to ("AGREE"), or null where PLOVER has none
 * @param name the CAMEO label ("Express intent to meet or negotiate")
 */
public record CameoCode(
    String code, String root, int quadClass, double goldstein, String plover, String name) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(name, "name");
  }

  /** Whether this is one of the twenty root codes ("01" .. "20"). */
  public boolean isRoot() {
    return code.length() == 2;
  }
}

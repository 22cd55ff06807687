package dev.parley.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap guess at a text's language, honest about doubt: a few scripts that name one language
 * (Hangul, kana, Greek, Thai), else the share of each language's commonest words. Empty when the
 * text is short or no language stands out. Real detection is a later stage's job.
 */
public final class LanguageGuess {
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 2000;
  private static final double MIN_SHARE = 0.15;
  private static final double MARGIN = 1.3;

  private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

  static {
    STOPWORDS.put(
        "en",
        Set.of(
            "the", "of", "and", "to", "is", "that", "for", "on", "with", "was", "as", "by", "it",
            "at", "from", "he", "his", "be", "are", "has", "have", "will", "an", "not", "this",
            "which", "were", "but", "they", "said", "its", "who", "had", "been", "would", "their"));
    STOPWORDS.put(
        "fr",
        Set.of(
            "le", "la", "les", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour",
            "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "sont", "par", "ont", "été",
            "mais", "nous", "leur"));
    STOPWORDS.put(
        "de",
        Set.of(
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "des",
            "mit", "von", "sich", "auf", "für", "im", "auch", "es", "sie", "wird", "wurde", "hat",
            "sind", "bei", "nach", "aus"));
    STOPWORDS.put(
        "es",
        Set.of(
            "el", "los", "las", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es",
            "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "ha", "este", "esta"));
    STOPWORDS.put(
        "it",
        Set.of(
            "il", "lo", "gli", "della", "delle", "dei", "di", "e", "che", "è", "per", "non", "una",
            "con", "del", "al", "sono", "anche", "più", "nel", "alla", "ha", "come", "ma"));
    STOPWORDS.put(
        "pt",
        Set.of(
            "o", "os", "as", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "para", "com",
            "não", "no", "na", "por", "mais", "se", "foi", "ao", "seu", "sua", "é"));
    STOPWORDS.put(
        "nl",
        Set.of(
            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
            "die", "hij", "er", "aan", "ook", "als", "bij", "om", "werd", "heeft", "naar"));
  }

  private LanguageGuess() {}

  /** The BCP-47 code of the text's language, or empty when it cannot be told. */
  public static Optional<String> of(String text) {
    Optional<String> byScript = byScript(text);
    if (byScript.isPresent()) {
      return byScript;
    }
    List<String> sample = Shape.words(text, MAX_WORDS);
    if (sample.size() < MIN_WORDS) {
      return Optional.empty();
    }
    String best = null;
    double bestShare = 0;
    double second = 0;
    for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
      double share =
          sample.stream().filter(e.getValue()::contains).count() / (double) sample.size();
      if (share > bestShare) {
        second = bestShare;
        bestShare = share;
        best = e.getKey();
      } else if (share > second) {
        second = share;
      }
    }
    if (bestShare >= MIN_SHARE && bestShare >= MARGIN * second) {
      return Optional.of(best);
    }
    return Optional.empty();
  }

  private static Optional<String> byScript(String text) {
    int letters = 0;
    int hangul = 0;
    int kana = 0;
    int greek = 0;
    int thai = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      if (cp < 0x0370) {
        continue; // Latin and its extensions: left to the stopword test
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      switch (s) {
        case HANGUL -> hangul++;
        case HIRAGANA, KATAKANA -> kana++;
        case GREEK -> greek++;
        case THAI -> thai++;
        default -> {}
      }
    }
    if (letters < MIN_WORDS) {
      return Optional.empty();
    }
    if (hangul * 2 > letters) {
      return Optional.of("ko");
    }
    if (kana * 10 > letters) {
      return Optional.of("ja");
    }
    if (greek * 2 > letters) {
      return Optional.of("el");
    }
    if (thai * 2 > letters) {
      return Optional.of("th");
    }
    return Optional.empty();
  }
}

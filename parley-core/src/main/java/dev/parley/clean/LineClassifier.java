package dev.parley.clean;

import dev.parley.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides whether one line of scraped text is web boilerplate, by named general rules over the
 * line's features (length, final punctuation, call-to-action vocabulary, ©…), never by a list of
 * known lines. The first rule that fires names the reason. A line that attributes speech ("said",
 * "told", "according to") is news, and only the copyright rule may remove it.
 */
public final class LineClassifier {

  /** A named rule: a test on a line's features. */
  public record Rule(String name, Predicate<Line> test) {
    public Rule {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(test, "test");
    }
  }

  /**
   * One stripped line and the features the rules look at, computed once.
   *
   * @param text the line, stripped
   * @param lower the line in lower case
   * @param words its first 100 words in lower case, without punctuation (no rule looks further)
   * @param sentenceEnd whether it ends with sentence-final punctuation
   * @param attributed whether it attributes speech, as news sentences do
   */
  public record Line(
      String text, String lower, List<String> words, boolean sentenceEnd, boolean attributed) {

    public static Line of(String line) {
      String text = Shape.normalise(line);
      String lower = text.toLowerCase(Locale.ROOT);
      return new Line(
          text,
          lower,
          Shape.words(text, MAX_WORDS),
          Shape.endsSentence(text),
          ATTRIBUTION.matcher(lower).find());
    }

    int count() {
      return words.size();
    }

    String first() {
      return words.isEmpty() ? "" : words.get(0);
    }

    boolean has(Set<String> vocabulary) {
      return words.stream().anyMatch(vocabulary::contains);
    }

    boolean matches(Pattern p) {
      return p.matcher(lower).find();
    }
  }

  private static final int MAX_WORDS = 100;

  private static final Pattern ATTRIBUTION =
      Pattern.compile("\\b(said|says|told|tells|according to|reported|added|stated|announced)\\b");

  private static final Set<String> CTA_VERBS =
      Words.set(
          """
          click tap sign subscribe share follow leave send join download like
          watch listen read view hide show manage register log login email print
          comment post tweet continue see get skip back scroll jump accept
          enable please discover explore load reply save copy close bookmark
          install return contact
          """);

  private static final Set<String> WEB_NOUNS =
      Words.set(
          """
          newsletter newsletters comment comments commenting reply replies
          friend friends article articles story stories link links app apps
          email inbox updates alerts notifications facebook twitter instagram
          youtube telegram whatsapp linkedin reddit tiktok rss feed podcast
          podcasts subscription subscribers account here page homepage site
          website cookies browser javascript reprint permission permissions
          policy privacy terms more top menu content gallery photos video videos
          bookmark preferences settings
          """);

  private static final Set<String> SOCIAL =
      Words.set(
          """
          facebook twitter x email e mail print whatsapp linkedin pinterest
          reddit share tweet copy link messenger telegram flipboard save sms
          comments comment
          """);

  private static final Set<String> NAVIGATION =
      Words.set(
          """
          home homepage news world politics business economy markets sport
          sports opinion opinions menu search close next previous prev back top
          more skip main content to login section sections video videos live
          latest asia europe americas africa middle east us uk tech technology
          science health entertainment culture lifestyle travel weather contact
          about advertise careers privacy terms loading share print email
          newsletter newsletters subscribe local national international region
          regions page go and the of all topics tags archive archives podcasts
          podcast photos gallery edition feedback help faq sitemap rss apps a z
          """);

  private static final Pattern COPYRIGHT_WORD =
      Pattern.compile("\\bcopyright\\b|\\(c\\)\\s*(19|20)\\d{2}");
  private static final Pattern COPYRIGHT_STRONG =
      Pattern.compile(
          "all rights reserved|may not be (published|reproduced|redistributed|republished)");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b");
  private static final Pattern COOKIE_CONTEXT =
      Pattern.compile(
          "\\b(we use|this (web)?site|our (web)?site|accept|consent|privacy|browser|browsing"
              + "|experience|continuing|settings|preferences)\\b");
  private static final Pattern BROWSER =
      Pattern.compile(
          "\\b(javascript|your browser|ad ?blocker|adblock|video player|audio player"
              + "|supported browser|this video is)\\b");
  private static final Pattern ADVERT =
      Pattern.compile(
          "\\b(advertis\\w*|adverts?|sponsored|promoted( content)?|paid (content|post|partner\\w*))\\b"
              + "|^\\W*ads?\\W*$|\\b(story|article|content) continues\\b");
  private static final Pattern CREDIT_LEAD =
      Pattern.compile(
          "^\\W*(photos?|photograph|images?|pictures?|pictured|caption|credits?|illustration"
              + "|graphic|video|file photo|main image|top image)\\s*(:|by\\b|credit|copyright|courtesy|©)");
  private static final Pattern CREDIT_ANY =
      Pattern.compile(
          "\\b(getty images|shutterstock|ap photo|afp photo|file photo|photo credit|image credit"
              + "|image source|photo courtesy|courtesy of)\\b|\\b\\w+ photo/"
              + "|/(reuters|afp|ap|getty|epa|ansa|efe|yonhap|kcna|xinhua)\\b");
  private static final Pattern CREDIT_TAIL =
      Pattern.compile(
          "\\([^()]*\\b(photo|photograph|image|credit|getty|file|via reuters|via afp)\\b[^()]*\\)\\s*$");
  private static final Pattern CREDIT_AGENCY_SLASH =
      Pattern.compile("^[A-Z]{2,}(?:[ -][A-Z]{2,})?/\\S");
  private static final Pattern REPORTING_CREDIT =
      Pattern.compile("^\\W*(additional )?(reporting|writing|editing|compiled|produced) by\\b");
  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "\\b(newsletters?|e-?mail alerts?|news alerts?|sign[ -]?up|signup|subscrib\\w*"
              + "|unsubscrib\\w*|inbox|e-?mail address|free articles?|already a (member|subscriber)"
              + "|log ?in|sign ?in|create (an|a free) account|register (now|for free|here))\\b");
  private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|your|our|we|us)\\b");
  private static final Pattern COMMENTS =
      Pattern.compile(
          "^\\W*\\d*\\s*(comments?|replies)\\b\\W*\\d*\\W*$"
              + "|\\bcomment(ing)? (policy|guidelines|rules|section)\\b"
              + "|\\bbe the first to (comment|reply)\\b|\\bjoin the (conversation|discussion)\\b"
              + "|\\bhave your say\\b|\\b(leave|post|add|write) an? (comment|reply)\\b"
              + "|\\b(show|view|hide|load|read|see) (all |the )?(\\d+ )?comments\\b");
  private static final Pattern SHARE =
      Pattern.compile(
          "^\\W*(share|tweet|pin|email|e-mail|print|send|forward)\\b.*\\b(this|article|story|page"
              + "|post|friend|facebook|twitter|whatsapp|linkedin|email)\\b|\\bfollow (us|@\\w+)");
  private static final Pattern READ_MORE =
      Pattern.compile(
          "^\\W*(read more|read next|read also|also read|more reading|further reading"
              + "|related( coverage| stories| articles| content| topics| links| reading)?|see also"
              + "|more from|more on|more about|recommended( for you)?|you may (also )?like"
              + "|you might (also )?like|most (read|popular|viewed)|editor'?s picks|top stories"
              + "|latest stories|more stories|trending( now)?)\\b");
  private static final Pattern LINK_SEPARATOR = Pattern.compile("^\\s*[:|»›>\u2013\u2014-]");
  private static final Pattern TAGS =
      Pattern.compile(
          "^\\W*(tags?|topics?|filed under|categories|category|keywords|related topics)\\s*:");
  private static final Pattern READING_TIME =
      Pattern.compile(
          "^\\W*\\d+\\s*-?\\s*(min|mins|minute|minutes)\\s+(read|listen)\\W*$"
              + "|^\\W*(updated|published|posted)?\\s*\\d+\\s+(seconds?|secs?|minutes?|mins?|hours?"
              + "|hrs?|days?|weeks?)\\s+ago\\W*$|^\\W*listen to (this )?(article|story)\\b");
  private static final Pattern BARE_URL = Pattern.compile("^(https?://|www\\.)\\S+$");
  private static final Pattern BREADCRUMB_SPLIT = Pattern.compile("\\s*[|>»›/]\\s*");

  private static final LineClassifier STANDARD =
      new LineClassifier(
          List.of(
              new Rule(
                  "decoration", l -> l.text.codePoints().noneMatch(Character::isLetterOrDigit)),
              new Rule("bare-url", l -> BARE_URL.matcher(l.text).matches()),
              new Rule("image-credit", LineClassifier::imageCredit),
              new Rule("copyright", LineClassifier::copyright),
              new Rule("cookie-notice", LineClassifier::cookieNotice),
              new Rule(
                  "browser-notice", l -> l.count() <= 30 && !l.attributed && l.matches(BROWSER)),
              new Rule("advertisement", l -> l.count() <= 6 && !l.attributed && l.matches(ADVERT)),
              new Rule("newsletter", LineClassifier::newsletter),
              new Rule("comments", l -> l.count() <= 15 && !l.attributed && l.matches(COMMENTS)),
              new Rule("share-prompt", LineClassifier::sharePrompt),
              new Rule("read-more", LineClassifier::readMore),
              new Rule("tags", l -> l.count() <= 40 && l.matches(TAGS)),
              new Rule("reading-time", l -> l.count() <= 8 && l.matches(READING_TIME)),
              new Rule("call-to-action", LineClassifier::callToAction),
              new Rule("navigation", LineClassifier::navigation)));

  private final List<Rule> rules;

  /** A classifier with these rules, tried in order. */
  public LineClassifier(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules Parley uses for scraped news text. */
  public static LineClassifier standard() {
    return STANDARD;
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * The name of the first rule that calls this line boilerplate; empty for a kept or blank line.
   */
  public Optional<String> boilerplate(String line) {
    Line l = Line.of(line);
    if (l.text.isEmpty()) {
      return Optional.empty();
    }
    for (Rule r : rules) {
      if (r.test.test(l)) {
        return Optional.of(r.name);
      }
    }
    return Optional.empty();
  }

  /** ©, "all rights reserved", or the word copyright with a year in a line that quotes no one. */
  private static boolean copyright(Line l) {
    if (l.text.contains("\u00A9") || l.matches(COPYRIGHT_STRONG)) {
      return true;
    }
    return l.matches(COPYRIGHT_WORD)
        && !l.attributed
        && (l.matches(YEAR) || (l.count() <= 8 && !l.sentenceEnd));
  }

  /** A notice about the site's cookies, not a story that mentions cookies. */
  private static boolean cookieNotice(Line l) {
    return l.count() <= 60 && !l.attributed && l.matches(COOKIE) && l.matches(COOKIE_CONTEXT);
  }

  /** "Photo: …/Reuters", "(AP Photo/…)", "REUTERS/Name", "(Reporting by …; Editing by …)". */
  private static boolean imageCredit(Line l) {
    if (l.attributed) {
      return false;
    }
    if (l.count() <= 20
        && (l.matches(CREDIT_LEAD)
            || l.matches(CREDIT_ANY)
            || CREDIT_AGENCY_SLASH.matcher(l.text).find())) {
      return true;
    }
    return l.count() <= 60 && (l.matches(CREDIT_TAIL) || l.matches(REPORTING_CREDIT));
  }

  /** Newsletter, subscription and log-in prompts: addressed to the reader or not a sentence. */
  private static boolean newsletter(Line l) {
    return l.count() <= 30
        && !l.attributed
        && l.matches(NEWSLETTER)
        && (!l.sentenceEnd || l.matches(SECOND_PERSON) || CTA_VERBS.contains(l.first()));
  }

  /** "Share this article", "Send this to a friend", "Follow us on …", "Facebook Twitter Email". */
  private static boolean sharePrompt(Line l) {
    if (l.attributed || l.count() > 12) {
      return false;
    }
    return (l.count() <= 10 && l.matches(SHARE)) || l.words.stream().allMatch(SOCIAL::contains);
  }

  /** "Read more: …", "Related: …", or a bare "Related stories" heading. */
  private static boolean readMore(Line l) {
    var m = READ_MORE.matcher(l.lower);
    if (l.attributed || !m.find()) {
      return false;
    }
    boolean separated = LINK_SEPARATOR.matcher(l.lower.substring(m.end())).find();
    return (separated && l.count() <= 40) || (l.count() <= 5 && !l.sentenceEnd);
  }

  /**
   * A short imperative aimed at the reader: starts with a call-to-action verb and names something
   * of the web page ("Download our app", "Back to top"), or is two words ("Show more"), or is a
   * "Click …"/"Tap …" line that is not a sentence ("Click to Hide").
   */
  private static boolean callToAction(Line l) {
    if (l.attributed || l.count() > 12 || !CTA_VERBS.contains(l.first())) {
      return false;
    }
    boolean click = l.first().equals("click") || l.first().equals("tap");
    return (click && !l.sentenceEnd) || l.has(WEB_NOUNS) || (l.count() <= 2 && !l.sentenceEnd);
  }

  /**
   * Lone navigation words ("Home", "World", "Back to top") and breadcrumbs ("Home | World | Asia").
   */
  private static boolean navigation(Line l) {
    if (l.sentenceEnd || l.count() == 0) {
      return false;
    }
    if (l.count() <= 4 && l.words.stream().allMatch(NAVIGATION::contains)) {
      return true;
    }
    String[] parts = BREADCRUMB_SPLIT.split(l.text);
    if (parts.length < 2) {
      return false;
    }
    boolean allNav = true;
    for (String p : parts) {
      List<String> w = Shape.words(p);
      if (w.isEmpty() || w.size() > 3 || p.chars().anyMatch(Character::isDigit)) {
        return false;
      }
      allNav &= w.stream().allMatch(NAVIGATION::contains);
    }
    return allNav || parts.length >= 3;
  }
}

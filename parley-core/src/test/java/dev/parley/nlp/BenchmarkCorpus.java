package dev.parley.nlp;

import dev.parley.clean.Article;
import dev.parley.clean.ArticleId;
import dev.parley.time.PartialDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * News-length English articles for measuring the annotator, made at run time by recombining
 * sentences written for this project (seeded, so every run sees the same texts).
 */
final class BenchmarkCorpus {
  private static final String[] SENTENCES = {
    "North Korean leader Kim Jong Un met President Donald Trump in Singapore on Tuesday, the first"
        + " meeting between leaders of the two countries.",
    "The two men signed a short statement in which Pyongyang committed to work toward the complete"
        + " denuclearization of the Korean Peninsula.",
    "South Korean President Moon Jae-in said in Seoul that the talks had opened a new chapter for"
        + " the region.",
    "Secretary of State Mike Pompeo told reporters on Wednesday that sanctions would stay in place"
        + " until North Korea gave up its weapons.",
    "China's foreign ministry welcomed the summit and urged both sides to keep talking.",
    "Japanese Prime Minister Shinzo Abe called Mr. Trump on Thursday to ask that the abductions of"
        + " Japanese citizens be raised with Pyongyang.",
    "The state news agency KCNA said the meeting had been held in a sincere and friendly"
        + " atmosphere.",
    "Negotiations stalled last month after the United States refused to ease sanctions before"
        + " disarmament began.",
    "Russian President Vladimir Putin hosted Mr. Kim in Vladivostok in April, their first summit.",
    "Protesters gathered outside the parliament in Hong Kong on Sunday to oppose a bill that would"
        + " allow extraditions to mainland China.",
    "Police fired tear gas and rubber bullets at the crowd, and dozens of people were taken to"
        + " hospital.",
    "Chief Executive Carrie Lam suspended the bill but refused to withdraw it, saying the"
        + " government still needed the law.",
    "The European Union imposed new sanctions on Russia in March over the annexation of Crimea.",
    "German Chancellor Angela Merkel said the measures would remain until the Minsk agreements were"
        + " fully carried out.",
    "Ukraine's president accused Moscow of sending troops and weapons across the border.",
    "The Kremlin denied the accusation and demanded that Kyiv withdraw its forces from the"
        + " region.",
    "Iran shot down an American surveillance drone over the Strait of Hormuz on Thursday, the"
        + " Revolutionary Guards said.",
    "Washington said the drone had been flying in international airspace and called the attack"
        + " unprovoked.",
    "Mr. Trump approved military strikes against Iranian targets but called them off minutes"
        + " before they were due to begin.",
    "Tehran warned that any attack on its territory would be met with a crushing response.",
    "Foreign ministers of France, Germany and Britain urged Iran to keep to the 2015 nuclear"
        + " agreement.",
    "Indian aircraft struck a camp in Balakot in February after a suicide bombing killed forty"
        + " soldiers in Kashmir.",
    "Pakistan shot down an Indian jet the next day and captured its pilot, who was released two"
        + " days later as a gesture of peace.",
    "Prime Minister Imran Khan told parliament in Islamabad that Pakistan did not want a war with"
        + " India.",
    "The United Nations Security Council called on both countries to show restraint.",
    "Venezuelan opposition leader Juan Guaido declared himself interim president in January, and"
        + " dozens of countries recognised him.",
    "President Nicolas Maduro broke off diplomatic relations with the United States and gave"
        + " American diplomats 72 hours to leave.",
    "Soldiers loyal to Mr. Maduro blocked a bridge on the Colombian border to stop aid trucks from"
        + " crossing.",
    "Colombia's president Ivan Duque said the blockade was a crime against the Venezuelan people.",
    "Sudan's military removed President Omar al-Bashir in April after months of street protests.",
    "The Transitional Military Council promised elections within two years, but protesters"
        + " demanded an immediate handover to civilians.",
    "Security forces attacked a sit-in in Khartoum on June 3, killing more than a hundred people,"
        + " according to doctors.",
    "The African Union suspended Sudan until a civilian-led authority was formed.",
    "Ethiopian Prime Minister Abiy Ahmed flew to Khartoum to mediate between the generals and the"
        + " opposition.",
    "Turkey began a military operation in northern Syria in October against Kurdish forces that"
        + " Ankara calls terrorists.",
    "The United States withdrew its troops from the border area days before the offensive began.",
    "Syrian government troops moved into towns the Kurdish fighters had held after the two sides"
        + " reached a deal.",
    "President Recep Tayyip Erdogan threatened to send millions of refugees to Europe if the"
        + " European Union called the operation an invasion.",
    "NATO Secretary General Jens Stoltenberg urged Turkey to act with restraint.",
    "Israel carried out air strikes on targets in Gaza overnight after rockets were fired at"
        + " southern towns, the army said.",
    "Hamas said Egyptian mediators had brokered a ceasefire that took effect at dawn.",
    "Prime Minister Benjamin Netanyahu said Israel would respond with great force to any further"
        + " attack.",
    "Chinese and American negotiators resumed trade talks in Beijing on Monday after a pause of"
        + " several weeks.",
    "Washington raised tariffs on $200 billion of Chinese goods to 25 percent, and Beijing"
        + " retaliated with tariffs of its own.",
    "Vice Premier Liu He said China would never accept an agreement that harmed its sovereignty.",
    "About a week ago, the commerce ministry added dozens of foreign companies to a list of"
        + " unreliable entities.",
    "The leaders of India and China met informally in Mamallapuram and agreed to manage their"
        + " differences peacefully.",
    "Thousands of workers went on strike in France on Thursday to protest against the pension"
        + " reform.",
    "Trains and the Paris metro were largely shut down, and unions said the strike would go on"
        + " until the government gave way.",
    "President Emmanuel Macron said he would not abandon the reform but was ready to discuss its"
        + " details.",
    "Armenia and Azerbaijan agreed to a ceasefire in Moscow after two weeks of fighting over"
        + " Nagorno-Karabakh.",
    "Both sides accused each other of breaking the truce within hours of its start.",
    "Saudi Arabia and Russia agreed to extend cuts in oil production until the end of the year.",
    "The Saudi foreign minister visited Baghdad on Saturday, the first such visit in decades.",
    "\"We are ready to meet at any time,\" the spokesman said, adding that no date had been set.",
    "Officials said the two delegations would meet again in Geneva next week.",
    "Mr. Biegun, the special envoy, arrived in Seoul late Saturday for three days of talks.",
    "The ministry did not respond to a request for comment.",
    "Analysts said the agreement was vague and left the hardest questions for later.",
    "The talks were the first since the collapse of the summit in Hanoi in February.",
  };

  private BenchmarkCorpus() {}

  /** {@code n} articles of at least {@code minWords} words each, the same for the same seed. */
  static List<Article> articles(int n, int minWords, long seed) {
    Random rnd = new Random(seed);
    LocalDate base = LocalDate.of(2019, 6, 28);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      int words = 0;
      int inParagraph = 0;
      int paragraphLength = 2 + rnd.nextInt(3);
      while (words < minWords) {
        String s = SENTENCES[rnd.nextInt(SENTENCES.length)];
        if (inParagraph == paragraphLength) {
          text.append("\n\n");
          inParagraph = 0;
          paragraphLength = 2 + rnd.nextInt(3);
        } else if (inParagraph > 0) {
          text.append(' ');
        }
        text.append(s);
        inParagraph++;
        words += s.split(" ").length;
      }
      String body = text.toString();
      String published = base.plusDays(rnd.nextInt(365)).toString();
      out.add(
          new Article(
              ArticleId.of(body + i),
              "bench-" + i,
              null,
              null,
              null,
              PartialDateTime.parse(published).orElseThrow(),
              null,
              "en",
              null,
              body,
              List.of()));
    }
    return out;
  }
}

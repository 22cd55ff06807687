package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HintsTest {

  @Test
  void namesAreReadByTheirParts() {
    assertEquals(Hints.Kind.BOILERPLATE, Hints.byNames("post-tags"));
    assertEquals(Hints.Kind.BOILERPLATE, Hints.byNames("relatedPosts"));
    assertEquals(Hints.Kind.BOILERPLATE, Hints.byNames("comment_list"));
    assertEquals(Hints.Kind.BOILERPLATE, Hints.byNames("wrap newsletter-box"));
    assertEquals(Hints.Kind.CONTENT, Hints.byNames("post type-post tag-book category-news"));
    assertEquals(Hints.Kind.CONTENT, Hints.byNames("article-body"));
    assertEquals(Hints.Kind.CONTENT, Hints.byNames("commentary-body"));
    assertEquals(Hints.Kind.NEUTRAL, Hints.byNames("col-8 clearfix"));
    assertEquals(Hints.Kind.DOUBTFUL, Hints.byNames("header-wrap"));
  }
}

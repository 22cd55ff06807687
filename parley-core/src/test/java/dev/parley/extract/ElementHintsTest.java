package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ElementHintsTest {

  @Test
  void namesAreReadByTheirParts() {
    assertEquals(ElementHints.Kind.BOILERPLATE, ElementHints.byNames("post-tags"));
    assertEquals(ElementHints.Kind.BOILERPLATE, ElementHints.byNames("relatedPosts"));
    assertEquals(ElementHints.Kind.BOILERPLATE, ElementHints.byNames("comment_list"));
    assertEquals(ElementHints.Kind.BOILERPLATE, ElementHints.byNames("wrap newsletter-box"));
    assertEquals(
        ElementHints.Kind.CONTENT, ElementHints.byNames("post type-post tag-book category-news"));
    assertEquals(ElementHints.Kind.CONTENT, ElementHints.byNames("article-body"));
    assertEquals(ElementHints.Kind.CONTENT, ElementHints.byNames("commentary-body"));
    assertEquals(ElementHints.Kind.NEUTRAL, ElementHints.byNames("col-8 clearfix"));
    assertEquals(ElementHints.Kind.DOUBTFUL, ElementHints.byNames("header-wrap"));
  }
}

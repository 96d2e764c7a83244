package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void keepsOnlyTheNamesOfRegexParameters() {
        PathTemplate t = PathTemplate.parse("notes/{id: \\d{1,9}}/tags/{ tag }/");
        assertEquals("/notes/{id}/tags/{tag}", t.path());
        assertEquals(List.of("id", "tag"), t.parameters());
    }

    @Test
    void aPlainPathHasNoParameters() {
        PathTemplate t = PathTemplate.parse("//time-entries//");
        assertEquals("/time-entries", t.path());
        assertEquals(List.of(), t.parameters());
        assertEquals("time-entries", t.firstSegment());
    }

    @Test
    void theRootAndALeadingParameterHaveNoFirstSegment() {
        assertEquals("", PathTemplate.parse("").firstSegment());
        assertEquals("", PathTemplate.parse("{id}/x").firstSegment());
    }

    @Test
    void anUnclosedBraceIsKeptAsItIs() {
        PathTemplate t = PathTemplate.parse("a/{b");
        assertEquals("/a/{b", t.path());
        assertEquals(List.of(), t.parameters());
    }
}

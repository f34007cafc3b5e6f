package io.meetingmemo.preview.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CqlTest {
    private static Cql.Clause clause(String field, Cql.Op op, String... values) { return new Cql.Clause(field, op, List.of(values)); }

    @Test
    void clausesJoinedWithAndInAnyCase() {
        Cql.Query q = Cql.parse("type = page AND space = \"EDU\" and title ~ 'viikko*' And label in (memo, \"board-2026\")");
        assertEquals(List.of(clause("type", Cql.Op.EQ, "page"), clause("space", Cql.Op.EQ, "EDU"),
                clause("title", Cql.Op.CONTAINS, "viikko*"), clause("label", Cql.Op.IN, "memo", "board-2026")), q.clauses());
        assertTrue(q.order().isEmpty());
    }

    @Test
    void quotedStringsKeepSpacesAndUnescapeBackslashes() {
        Cql.Query q = Cql.parse("title = \"Say \\\"hi\\\" to O\\\\Brien\" and title != 'it\\'s'");
        assertEquals("Say \"hi\" to O\\Brien", q.clauses().get(0).values().get(0));
        assertEquals(clause("title", Cql.Op.NE, "it's"), q.clauses().get(1));
    }

    @Test
    void treeFieldsNegationsAliasesAndParentheses() {
        Cql.Query q = Cql.parse("(parent = 65538 and ancestor in (65537, 65540)) and space.key not in (A,B) and content != 7 and TITLE !~ draft");
        assertEquals(List.of(clause("parent", Cql.Op.EQ, "65538"), clause("ancestor", Cql.Op.IN, "65537", "65540"),
                clause("space", Cql.Op.NOT_IN, "A", "B"), clause("id", Cql.Op.NE, "7"), clause("title", Cql.Op.NOT_CONTAINS, "draft")), q.clauses());
    }

    @Test
    void orderBy() {
        Cql.Query q = Cql.parse("space = EDU order by title desc, id");
        assertEquals(List.of(new Cql.Order("title", false), new Cql.Order("id", true)), q.order());
        assertEquals(List.of(new Cql.Order("lastmodified", true)), Cql.parse("type=page ORDER BY lastModified ASC").order());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "type = page or space = EDU", "not type = page", "creator = admin", "type page",
            "title = \"unterminated", "space in EDU", "space in (EDU", "label = ", "type = page and", "type = page)",
            "(type = page", "title < 3", "space ~ EDU", "label ~ x", "type = page order title", "type = page order by creator",
            "space = and", "type = page !", "type = page; drop table", "space = EDU extra"})
    void refusesWhatItDoesNotSupport(String cql) {
        Cql.CqlException e = assertThrows(Cql.CqlException.class, () -> Cql.parse(cql), cql);
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void titleContainsMatchesWordsAndPrefixesIgnoringCase() {
        assertTrue(CqlSearch.containsWords("Viikkopalaveri 20.11. – Tiimi", "viikkopalaveri"));
        assertTrue(CqlSearch.containsWords("Viikkopalaveri 20.11. – Tiimi", "viikko*"));
        assertTrue(CqlSearch.containsWords("Board meeting March", "march BOARD"));
        assertFalse(CqlSearch.containsWords("Board meeting March", "april"));
        assertFalse(CqlSearch.containsWords("Board", ""));
        assertEquals("memo", CqlSearch.labelName("global:Memo"));
    }
}

package io.meetingmemo.memo.domain;

import static io.meetingmemo.memo.domain.StorageFixtures.memo;
import static io.meetingmemo.memo.domain.StorageFixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {

    @Test
    void holdsAllTwoHundredFiftyThreeXhtmlEntities() {
        Map<String, Integer> entities = HtmlEntities.codePoints();

        assertEquals(253, entities.size());
        assertEquals(96, entities.values().stream().filter(codePoint -> codePoint >= 160 && codePoint <= 255).count());
        Map<String, Integer> samples = Map.ofEntries(Map.entry("nbsp", 160), Map.entry("shy", 173),
                Map.entry("copy", 169), Map.entry("reg", 174), Map.entry("Auml", 196), Map.entry("Aring", 197),
                Map.entry("Ouml", 214), Map.entry("auml", 228), Map.entry("aring", 229), Map.entry("ouml", 246),
                Map.entry("yuml", 255), Map.entry("fnof", 402), Map.entry("Omega", 937), Map.entry("bull", 8226),
                Map.entry("hellip", 8230), Map.entry("trade", 8482), Map.entry("diams", 9830), Map.entry("apos", 39),
                Map.entry("ndash", 8211), Map.entry("mdash", 8212), Map.entry("lsquo", 8216), Map.entry("rsquo", 8217),
                Map.entry("ldquo", 8220), Map.entry("rdquo", 8221), Map.entry("euro", 8364), Map.entry("zwj", 8205));
        samples.forEach((name, codePoint) -> assertEquals(codePoint, entities.get(name), name));
    }

    @Test
    void theParserDecodesEveryEntity() {
        StorageFormatParser parser = new StorageFormatParser();
        StringBuilder body = new StringBuilder();
        HtmlEntities.codePoints().keySet().forEach(name ->
                body.append(memo(name, parameter("title", "[&" + name + ";]"), "")).append('\n'));

        ParsedPage page = parser.parse(body.toString());

        assertEquals(List.of(), page.problems());
        assertEquals(253, page.memos().size());
        for (Memo memo : page.memos()) {
            String expected = "[" + Character.toString(HtmlEntities.codePoints().get(memo.key())) + "]";
            assertEquals(expected, memo.title(), memo.key());
        }
    }

    @Test
    void declaresTheEntitiesOnOneLine() {
        String subset = HtmlEntities.internalDtdSubset();

        assertTrue(subset.contains("<!ENTITY auml \"&#228;\">"), subset);
        assertTrue(subset.indexOf('\n') < 0);
        assertEquals(248, subset.split("<!ENTITY ", -1).length - 1);
    }
}

package io.meetingmemo.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.memo.domain.StorageFormatParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, exact about its size, and writes storage format the app reads back unchanged. */
class DataSetGeneratorTest {
    private static final long SEED = 7;

    private static List<GeneratedPage> generate(long items, long seed) {
        List<GeneratedPage> pages = new ArrayList<>();
        new DataSetGenerator(items, seed, DataSets.people(items, seed)).forEachRemaining(pages::add);
        return pages;
    }

    @Test
    void theSameSeedGivesTheSamePagesAndAnotherSeedOthers() {
        List<GeneratedPage> first = generate(2_000, SEED);
        List<GeneratedPage> again = generate(2_000, SEED);
        assertEquals(first, again);
        assertNotEquals(first.get(0).body(), generate(2_000, SEED + 1).get(0).body());
    }

    @Test
    void theDataSetHoldsExactlyTheRequestedNumberOfTrackedItems() {
        for (long items : List.of(1L, 999L, 5_000L)) {
            assertEquals(items, generate(items, SEED).stream().mapToLong(GeneratedPage::trackedItems).sum(), items + " items");
        }
    }

    @Test
    void everyPageParsesBackToTheGeneratedMemosWithoutProblems() {
        StorageFormatParser parser = new StorageFormatParser();
        for (GeneratedPage page : generate(3_000, SEED)) {
            ParsedPage parsed = parser.parse(page.body());
            assertEquals(List.of(), parsed.problems(), page.title());
            assertEquals(page.memos(), parsed.memos(), page.title());
            if (page.hasFirstDraft()) {
                Memo draft = parser.parse(page.firstDraftBody()).memos().get(0);
                assertEquals(page.memos().get(0).actions().size() + page.droppedActions().size(), draft.actions().size());
            }
        }
    }

    @Test
    void aBenchmarkPageHasExactlyTheAskedNumberOfActions() {
        People people = DataSets.people(1_000, SEED);
        GeneratedPage page = DataSetGenerator.memoPage(100, SEED, people);
        assertEquals(100, page.trackedItems());
        assertEquals(page, DataSetGenerator.memoPage(100, SEED, people));
        assertTrue(new StorageFormatParser().parse(DataSetGenerator.pageWithoutMemo(5)).memos().isEmpty());
    }
}

package io.meetingmemo.memo.domain;

import static io.meetingmemo.memo.domain.StorageFixtures.macro;
import static io.meetingmemo.memo.domain.StorageFixtures.memo;
import static io.meetingmemo.memo.domain.StorageFixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates in a page are read only from 1900-01-01 to 2999-12-31: a real date outside those years (9999-12-31,
 * 0000-01-01, a typo such as 20226) leaves the date empty and is reported, exactly like an invalid date; the
 * page is still read.
 */
class MemoDateRangeTest {
    private final StorageFormatParser parser = new StorageFormatParser();

    @Test
    void dueDatesOutsideTheSupportedYearsAreEmptyAndReported() {
        List<String> outside = List.of("9999-12-31", "0000-01-01", "1899-12-31", "3000-01-01", "0001-01-01");
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i < outside.size(); i++) {
            actions.append(macro("memo-action", "a" + i, parameter("due", outside.get(i)), "<p>Action " + i + "</p>"));
        }
        actions.append("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Task <time datetime=\"9999-12-31\" /></ac:task-body></ac:task></ac:task-list>");
        ParsedPage page = parser.parse(memo("m1", parameter("date", "0000-01-01"), actions.toString()));

        Memo memo = page.memos().get(0);
        assertNull(memo.date(), "the memo date 0000-01-01 is not read");
        assertEquals(outside.size() + 1, memo.actions().size(), "every action is still read");
        for (MemoAction action : memo.actions()) assertNull(action.due(), action.text());
        assertEquals(outside.size() + 2, page.problems().size(), page.problems().toString());
        for (ParseProblem problem : page.problems()) {
            assertTrue(problem.message().contains("outside the supported years 1900 to 2999"), problem.message());
        }
    }

    @Test
    void theFirstAndLastSupportedDaysAreRead() {
        ParsedPage page = parser.parse(memo("m1", parameter("date", "1900-01-01"),
                macro("memo-action", "a1", parameter("due", "2999-12-31"), "<p>Far</p>")
                        + macro("memo-action", "a2", parameter("due", "1900-01-01"), "<p>Old</p>")));
        assertEquals(List.of(), page.problems());
        Memo memo = page.memos().get(0);
        assertEquals(LocalDate.of(1900, 1, 1), memo.date());
        assertEquals(LocalDate.of(2999, 12, 31), memo.actions().get(0).due());
        assertEquals(LocalDate.of(1900, 1, 1), memo.actions().get(1).due());
    }
}

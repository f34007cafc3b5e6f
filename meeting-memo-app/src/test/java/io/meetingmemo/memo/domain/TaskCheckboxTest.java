package io.meetingmemo.memo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ticking a native task changes that task's status text and nothing else of the page. */
class TaskCheckboxTest {
    private static final String PAGE = "<p>Intro &amp; more</p><ac:task-list>"
            + "<ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Tilaa mainokset</ac:task-body></ac:task>"
            + "<ac:task><ac:task-id>12</ac:task-id>\n<ac:task-status>complete</ac:task-status><ac:task-body>Päivitä sivu</ac:task-body></ac:task>"
            + "</ac:task-list>";

    @Test
    void onlyTheNamedTasksStatusChanges() {
        String ticked = TaskCheckbox.withStatus(PAGE, "1", true).orElseThrow();
        assertEquals(PAGE.replace("<ac:task-id>1</ac:task-id><ac:task-status>incomplete", "<ac:task-id>1</ac:task-id><ac:task-status>complete"), ticked);
        String unticked = TaskCheckbox.withStatus(PAGE, "12", false).orElseThrow();
        assertEquals(PAGE.replace("<ac:task-id>12</ac:task-id>\n<ac:task-status>complete", "<ac:task-id>12</ac:task-id>\n<ac:task-status>incomplete"), unticked);
    }

    @Test
    void aMissingOrDuplicatedTaskChangesNothing() {
        assertTrue(TaskCheckbox.withStatus(PAGE, "7", true).isEmpty());
        String twice = PAGE + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>x</ac:task-body></ac:task></ac:task-list>";
        assertTrue(TaskCheckbox.withStatus(twice, "1", true).isEmpty());
    }

    @Test
    void onlyPlainTaskKeysNameATask() {
        assertEquals(Optional.of("7"), TaskCheckbox.taskId("task-7"));
        assertTrue(TaskCheckbox.taskId("task-7-2").isEmpty());
        assertTrue(TaskCheckbox.taskId("a1").isEmpty());
    }
}

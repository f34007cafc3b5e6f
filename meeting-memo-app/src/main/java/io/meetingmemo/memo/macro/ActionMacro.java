package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.MeetingMemoServices;

/** {@code memo-action}: an action item with its owner and due date. */
public final class ActionMacro extends MemoPartMacro {
    public ActionMacro(MacroRendering rendering, MeetingMemoServices services) {
        super(rendering, services, MacroRendering.MemoTemplate.ACTION);
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }
}

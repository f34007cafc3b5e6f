package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.MeetingMemoServices;

/** {@code memo-decision}: a decision, highlighted where it was taken. */
public final class DecisionMacro extends MemoPartMacro {
    public DecisionMacro(MacroRendering rendering, MeetingMemoServices services) {
        super(rendering, services, MacroRendering.MemoTemplate.DECISION);
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }
}

package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.Readers;

/** {@code memo-decision}: a decision, highlighted where it was taken. */
public final class DecisionMacro extends MemoPartMacro {
    public DecisionMacro(MacroRendering rendering, Readers readers) {
        super(rendering, readers, MacroRendering.MemoTemplate.DECISION);
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }
}

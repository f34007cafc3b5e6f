package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.Readers;

/** {@code memo-action}: an action item with its owner and due date. */
public final class ActionMacro extends MemoPartMacro {
    public ActionMacro(MacroRendering rendering, Readers readers) {
        super(rendering, readers, MacroRendering.MemoTemplate.ACTION);
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }
}

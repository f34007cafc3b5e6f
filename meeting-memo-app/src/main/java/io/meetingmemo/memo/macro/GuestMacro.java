package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.Readers;

/** {@code memo-guest}: an attendee without an account. */
public final class GuestMacro extends MemoPartMacro {
    public GuestMacro(MacroRendering rendering, Readers readers) {
        super(rendering, readers, MacroRendering.MemoTemplate.GUEST);
    }

    @Override public BodyType getBodyType() { return BodyType.NONE; }

    @Override public OutputType getOutputType() { return OutputType.INLINE; }
}

package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.MeetingMemoServices;

/** {@code memo-guest}: an attendee without an account. */
public final class GuestMacro extends MemoPartMacro {
    public GuestMacro(MacroRendering rendering, MeetingMemoServices services) {
        super(rendering, services, MacroRendering.MemoTemplate.GUEST);
    }

    @Override public BodyType getBodyType() { return BodyType.NONE; }

    @Override public OutputType getOutputType() { return OutputType.INLINE; }
}

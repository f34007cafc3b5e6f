package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.MeetingMemoServices;

/** {@code memo-contact}: a contact lead and notes about them. */
public final class ContactMacro extends MemoPartMacro {
    public ContactMacro(MacroRendering rendering, MeetingMemoServices services) {
        super(rendering, services, MacroRendering.MemoTemplate.CONTACT);
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }
}

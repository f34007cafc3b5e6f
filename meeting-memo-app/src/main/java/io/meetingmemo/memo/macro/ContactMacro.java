package io.meetingmemo.memo.macro;

import io.meetingmemo.platform.Readers;

/** {@code memo-contact}: a contact lead and notes about them. */
public final class ContactMacro extends MemoPartMacro {
    public ContactMacro(MacroRendering rendering, Readers readers) {
        super(rendering, readers, MacroRendering.MemoTemplate.CONTACT);
    }

    @Override public BodyType getBodyType() { return BodyType.RICH_TEXT; }
}

package io.meetingmemo.memo.blueprint;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.meetingmemo.memo.domain.StorageFormatWriter;
import io.meetingmemo.platform.Readers;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Fills the "Meeting memo" blueprint's template when someone creates a page from Confluence's Create
 * dialog: today's date in the creator's time zone, the creator as attendee and minute-taker, and a memo title in the creator's
 * language (the template's headings and hints are {@code at:i18n} keys, so they follow it too). The page
 * title is the memo title with the date. Nothing here becomes a tracked item: the template has no
 * sample action.
 */
public final class NewMemoContextProvider extends AbstractBlueprintContextProvider {
    static final String MEMO_TITLE = "memoTitle";
    static final String MEMO_DATE = "memoDate";
    /** A storage-format user link, inserted with {@code at:rawxhtml="true"}. */
    static final String CREATOR = "creator";

    private final I18nResolver i18n;
    private final LocaleManager localeManager;
    private final Readers readers;

    @SuppressWarnings("deprecation") // the base class's other constructor takes a helper apps cannot construct
    public NewMemoContextProvider(I18nResolver i18n, LocaleManager localeManager, Readers readers) {
        this.i18n = i18n;
        this.localeManager = localeManager;
        this.readers = readers;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        ConfluenceUser creator = AuthenticatedUserThreadLocal.get();
        Locale locale = localeManager.getLocale(creator);
        LocalDate today = readers.today(); // in the creator's time zone
        String title = i18n.getText(locale == null ? Locale.ENGLISH : locale, "meeting-memo.template.title");
        context.put(MEMO_TITLE, title);
        context.put(MEMO_DATE, today.toString());
        context.put(CREATOR, creator == null ? "" : StorageFormatWriter.userByKey(creator.getKey().getStringValue()));
        context.setTitle(title + " " + today);
        return context;
    }
}

package io.meetingmemo.preview.render;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Decides which URLs from storage may become a link: web and mail addresses, and relative or anchor URLs. */
final class UrlPolicy {
    private static final Set<String> LINKABLE_SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {
    }

    /** The URL as a browser reads it, when linking to it is safe; empty for any other scheme and for no URL. */
    static Optional<String> safeHref(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String read = asBrowserReads(url);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            if (c == ':') {
                // Anything before the first colon is a scheme to the browser, or an unparsable one: allow only ours.
                String scheme = read.substring(0, i).toLowerCase(Locale.ROOT);
                return LINKABLE_SCHEMES.contains(scheme) ? Optional.of(read) : Optional.empty();
            }
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
        }
        return Optional.of(read);
    }

    /**
     * Browsers delete tabs and line breaks anywhere in a URL and trim control characters and spaces at its ends
     * (WHATWG URL parsing), which is how {@code jav&#x09;ascript:} still runs script. Judge the URL in that form.
     */
    private static String asBrowserReads(String url) {
        StringBuilder read = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                read.append(c);
            }
        }
        return read.toString().trim();
    }
}

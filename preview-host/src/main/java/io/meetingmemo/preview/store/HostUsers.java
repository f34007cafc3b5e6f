package io.meetingmemo.preview.store;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The preview host's people: {@code admin} and the people of the seed texts. Each password equals the
 * username (admin's is {@code admin}). User keys are 32 hex digits, like Confluence's, so nothing in the
 * app can mistake a username for a key.
 */
public final class HostUsers implements UserManager, UserAccessor {
    private final Map<String, HostUser> byName = new LinkedHashMap<>();
    private final Map<String, HostUser> byKey = new LinkedHashMap<>();
    /** Time zones people chose in their profile; someone without one uses the site's (the JVM's) zone. */
    private final Map<String, TimeZone> timeZones = new ConcurrentHashMap<>();

    public HostUsers() {
        add("admin", "Admin Istrator", Locale.ENGLISH, true);
        add("petri", "Petri Laitinen", new Locale("fi"), false);
        add("sanna", "Sanna Virtanen", new Locale("fi"), false);
        add("mikko", "Mikko Koskinen", new Locale("fi"), false);
        add("eeva", "Eeva Mäkinen", new Locale("fi"), false);
        add("anna", "Anna Lindqvist", new Locale("sv"), false);
        add("olli", "Olli Ulkopuolinen", new Locale("fi"), false);
    }

    private void add(String username, String fullName, Locale locale, boolean admin) {
        HostUser user = new HostUser(new UserKey(keyFor(username)), username, fullName, username + "@example.org", locale, admin);
        byName.put(fold(username), user);
        byKey.put(user.key().getStringValue(), user);
    }

    /**
     * Adds a person with a user key of their own (a data set's people, for benchmarks), unless the username is
     * taken; they sign in like everyone else and write in English.
     */
    public void addPerson(String userKey, String username, String fullName) {
        if (byName.containsKey(fold(username)) || byKey.containsKey(userKey)) return;
        HostUser user = new HostUser(new UserKey(userKey), username, fullName, username + "@example.org", Locale.ENGLISH, false);
        byName.put(fold(username), user);
        byKey.put(userKey, user);
    }

    /**
     * Runs work as the request of the person with that key would (nobody when the key is unknown or null): what
     * Confluence's page events and jobs see as the current user. The previous user is restored afterwards.
     */
    public <T> T actingAs(String userKey, Supplier<T> work) {
        ConfluenceUser before = AuthenticatedUserThreadLocal.get();
        AuthenticatedUserThreadLocal.set(byKey(userKey).orElse(null));
        try {
            return work.get();
        } finally {
            AuthenticatedUserThreadLocal.set(before);
        }
    }

    /** The user key the host gives a person of that username (32 hex digits). */
    public static String keyFor(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(("preview-user:" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<HostUser> all() { return List.copyOf(byName.values()); }

    /** Usernames are case-insensitive, as in Confluence: {@code MIKKO} and {@code Mikko} are mikko. */
    public Optional<HostUser> byUsername(String username) { return Optional.ofNullable(username == null ? null : byName.get(fold(username))); }

    private static String fold(String username) { return username.toLowerCase(Locale.ROOT); }

    /** Sets the time zone of a user's profile, as a person does in Confluence's user settings; null for the site's. */
    public void setTimeZone(String username, TimeZone zone) {
        HostUser user = byName.get(username);
        if (user == null) throw new IllegalArgumentException("no user " + username);
        if (zone == null) timeZones.remove(user.key().getStringValue());
        else timeZones.put(user.key().getStringValue(), zone);
    }

    /** The time zone of a user's profile, or empty when it is the site's. */
    public Optional<TimeZone> timeZone(UserKey key) {
        return Optional.ofNullable(key == null ? null : timeZones.get(key.getStringValue()));
    }

    public Optional<HostUser> byKey(String key) { return Optional.ofNullable(key == null ? null : byKey.get(key)); }

    /** Checks a password in constant time; demo passwords equal the username; a deactivated account cannot log in. */
    public Optional<HostUser> authenticate(String username, String password) {
        HostUser user = username == null ? null : byName.get(fold(username));
        if (user == null || password == null || deactivated.contains(user.key().getStringValue())) return Optional.empty();
        boolean ok = MessageDigest.isEqual(user.username().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
        return ok ? Optional.of(user) : Optional.empty();
    }

    public static HostUser current() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user instanceof HostUser h ? h : null;
    }

    @Override public UserProfile getRemoteUser() { return current(); }

    @Override public UserKey getRemoteUserKey() { HostUser u = current(); return u == null ? null : u.key(); }

    @Override public UserProfile getUserProfile(String username) { return byUsername(username).orElse(null); }

    @Override public UserProfile getUserProfile(UserKey userKey) { return userKey == null ? null : byKey.get(userKey.getStringValue()); }

    @Override public boolean isAdmin(UserKey userKey) { return byKey(userKey == null ? null : userKey.getStringValue()).map(HostUser::administrator).orElse(false); }

    @Override public boolean isSystemAdmin(UserKey userKey) { return isAdmin(userKey); }

    // Confluence's user accessor, as reminders use it: the user of a key and whether the account is deactivated.
    private final Set<String> deactivated = ConcurrentHashMap.newKeySet();

    @Override public ConfluenceUser getUserByKey(UserKey key) { return key == null ? null : byKey.get(key.getStringValue()); }

    @Override public boolean isDeactivated(com.atlassian.user.User user) {
        return user instanceof HostUser u && deactivated.contains(u.key().getStringValue());
    }

    /** An administrator deactivates the account: it keeps its key and profile but may no longer sign in or get mail. */
    public void deactivate(String username) { byUsername(username).ifPresent(u -> deactivated.add(u.key().getStringValue())); }

    /** The person's profile address becomes {@code email} (null or anything malformed: a profile without a usable one). */
    public synchronized void changeEmail(String username, String email) {
        HostUser old = byUsername(username).orElseThrow();
        HostUser changed = new HostUser(old.key(), old.username(), old.fullName(), email, old.locale(), old.administrator());
        byName.put(fold(old.username()), changed);
        byKey.put(old.key().getStringValue(), changed);
    }

    /**
     * Confluence's search of accounts by profile address: every account whose address is this one, compared without
     * regard to case as Crowd's exact match does, deactivated accounts too (they are still accounts).
     */
    @Override public com.atlassian.user.search.SearchResult<com.atlassian.user.User> getUsersByEmail(String email) {
        List<com.atlassian.user.User> found = new java.util.ArrayList<>();
        if (email != null && !email.isBlank()) {
            synchronized (this) {
                for (HostUser user : byName.values()) {
                    if (user.email() != null && user.email().strip().equalsIgnoreCase(email.strip())) found.add(user);
                }
            }
        }
        List<com.atlassian.user.User> result = List.copyOf(found);
        com.atlassian.user.search.page.Pager<com.atlassian.user.User> pager = new com.atlassian.user.search.page.Pager<>() {
            @Override public boolean isEmpty() { return result.isEmpty(); }
            @Override public java.util.Iterator<com.atlassian.user.User> iterator() { return result.iterator(); }
        };
        return () -> pager;
    }
}

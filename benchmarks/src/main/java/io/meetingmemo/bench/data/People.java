package io.meetingmemo.bench.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The people of a data set: a bilingual (Finnish and Swedish speaking) staff with Confluence-like user
 * keys of 32 hex digits. Who gets action items is skewed the way it is in real organisations: the
 * person at rank r is assigned items with weight 1 / (r + 1)^{@value #SKEW}, so a few people own
 * many items and most own a few.
 */
public final class People {
    /** Zipf exponent of the assignment weights; below 1 keeps the tail busy as well. */
    static final double SKEW = 0.7;

    /** One user. {@code username} is ASCII, as Confluence usernames usually are. */
    public record Person(String userKey, String username, String fullName) {}

    private static final String[] FINNISH_FIRST = {"Aino", "Eino", "Helmi", "Juhani", "Kaisa", "Lauri", "Minna", "Pekka",
            "Riikka", "Sanna", "Tuomas", "Veera", "Antti", "Elina", "Heikki", "Jenni", "Kari", "Leena", "Markku", "Noora",
            "Olli", "Päivi", "Sami", "Tiina", "Ville", "Anu", "Jussi", "Katja", "Mikko", "Outi", "Petri", "Satu", "Teemu",
            "Ulla", "Eeva", "Janne", "Hanna", "Matti", "Sirpa", "Jari"};
    private static final String[] FINNISH_LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
            "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen",
            "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Pekkarinen", "Väisänen", "Kärkkäinen", "Öhman"};
    private static final String[] SWEDISH_FIRST = {"Anders", "Björn", "Elin", "Frida", "Johan", "Karin", "Lars", "Linnea",
            "Maja", "Nils", "Oskar", "Sofia", "Ulrika", "Henrik", "Ida", "Mats", "Emma", "Erik", "Annika", "Fredrik",
            "Åsa", "Göran"};
    private static final String[] SWEDISH_LAST = {"Lindqvist", "Lindholm", "Nyström", "Sjöberg", "Holmström", "Åberg",
            "Ekström", "Björklund", "Lindberg", "Forsman", "Wikström", "Grönroos", "Sundström", "Westerlund", "Håkansson",
            "Öster", "Strandberg", "Enqvist"};
    /** Share of Swedish-speaking staff, roughly that of a bilingual city organisation. */
    private static final double SWEDISH_SHARE = 0.3;

    private final List<Person> people;
    private final double[] cumulativeWeights;

    private People(List<Person> people) {
        if (people.isEmpty()) throw new IllegalArgumentException("a data set needs at least one person");
        this.people = List.copyOf(people);
        this.cumulativeWeights = new double[people.size()];
        double sum = 0;
        for (int rank = 0; rank < people.size(); rank++) {
            sum += 1 / Math.pow(rank + 1, SKEW);
            cumulativeWeights[rank] = sum;
        }
    }

    /**
     * {@code fixed} people first (they rank highest, so they own the most items), then {@code generated}
     * more with Finnish and Swedish names, the same for the same seed.
     */
    public static People of(List<Person> fixed, int generated, long seed) {
        Random random = new Random(seed);
        List<Person> all = new ArrayList<>(fixed);
        Set<String> usernames = new HashSet<>();
        for (Person p : fixed) usernames.add(p.username());
        while (all.size() < fixed.size() + generated) {
            Person stranger = stranger(random);
            String username = stranger.username();
            for (int n = 2; !usernames.add(username); n++) username = stranger.username() + n;
            all.add(new Person(keyFor(username), username, stranger.fullName()));
        }
        return new People(all);
    }

    /** Someone with a Finnish or Swedish name who is not necessarily a user (a guest, for example). */
    static Person stranger(Random random) {
        boolean swedish = random.nextDouble() < SWEDISH_SHARE;
        String first = pick(random, swedish ? SWEDISH_FIRST : FINNISH_FIRST);
        String last = pick(random, swedish ? SWEDISH_LAST : FINNISH_LAST);
        String username = ascii(first + "." + last);
        return new Person(keyFor(username), username, first + " " + last);
    }

    /** How many generated people a data set of this many items has: about one per thousand items. */
    public static int generatedFor(long items) {
        return (int) Math.max(20, Math.min(5_000, items / 1_000));
    }

    public List<Person> all() { return people; }

    public int size() { return people.size(); }

    /** The person at a rank; rank 0 owns the most items. */
    public Person rank(int rank) { return people.get(rank); }

    /** Someone to assign an item to, by the skewed weights. */
    public Person assignee(Random random) {
        double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int low = 0, high = cumulativeWeights.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulativeWeights[mid] < target) low = mid + 1; else high = mid;
        }
        return people.get(low);
    }

    /** Anyone, uniformly: attendees and minute takers are not skewed. */
    public Person anyone(Random random) { return people.get(random.nextInt(people.size())); }

    /** The key of a generated user, stable across runs and machines. */
    static String keyFor(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(("bench-user:" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** {@code Päivi.Öhman} → {@code paivi.ohman}: usernames without diacritics. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String pick(Random random, String[] options) { return options[random.nextInt(options.length)]; }
}

package io.meetingmemo.preview.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The preview host's "now": the real time, moved by an offset that a host administrator (or {@code --clock}) sets,
 * so a newcomer can watch tomorrow's reminder run today. It keeps running forward after a move. The app's
 * {@code clock} bean and the host's scheduler both read it; views in other zones share the same offset.
 */
public final class HostClock extends Clock {
    private final ZoneId zone;
    private final AtomicLong offsetMillis;

    /** The real time in the host's (the JVM's) zone. */
    public HostClock() {
        this(ZoneId.systemDefault(), new AtomicLong());
    }

    private HostClock(ZoneId zone, AtomicLong offsetMillis) {
        this.zone = zone;
        this.offsetMillis = offsetMillis;
    }

    @Override public ZoneId getZone() { return zone; }

    @Override public Clock withZone(ZoneId other) { return other.equals(zone) ? this : new HostClock(other, offsetMillis); }

    @Override public long millis() { return System.currentTimeMillis() + offsetMillis.get(); }

    @Override public Instant instant() { return Instant.now().plusMillis(offsetMillis.get()); }

    /** Moves the clock so that it reads {@code now} at this moment; it runs on from there. */
    public void setNow(Instant now) {
        offsetMillis.set(now.toEpochMilli() - System.currentTimeMillis());
    }

    /** True once the clock was moved away from the real time. */
    public boolean moved() { return offsetMillis.get() != 0; }

    /**
     * Reads a time as a person types it: a local date-time in the host's zone ({@code 2026-12-01T07:00}) or an
     * instant with an offset ({@code 2026-12-01T07:00+02:00}, {@code …Z}).
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public Instant parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("give the time as 2026-12-01T07:00 (the host's zone) or with an offset");
        String value = text.trim();
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException local) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException offset) {
                throw new IllegalArgumentException("\"" + value + "\" is not a time; give it as 2026-12-01T07:00 (the host's zone "
                        + zone + ") or with an offset, e.g. 2026-12-01T07:00+02:00");
            }
        }
    }

    @Override public String toString() { return "HostClock[" + zone + (moved() ? ", moved by " + offsetMillis.get() + " ms" : "") + "]"; }
}

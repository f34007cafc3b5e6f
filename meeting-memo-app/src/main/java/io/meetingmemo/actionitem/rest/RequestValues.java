package io.meetingmemo.actionitem.rest;

import io.meetingmemo.memo.domain.SupportedDates;
import java.time.LocalDate;
import java.util.Locale;

/** Reads query and path values strictly; anything malformed ends the request with a 400 and the reason. */
final class RequestValues {
    private RequestValues() {}

    /** A date filter: strictly {@code yyyy-MM-dd}, a real day, in the years the app reads from pages. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) return null;
        LocalDate date = SupportedDates.parse(value.trim());
        if (date == null) throw ApiErrors.badRequest(name + " must be a date as yyyy-MM-dd " + SupportedDates.RANGE);
        return date;
    }

    static boolean bool(String name, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw ApiErrors.badRequest(name + " must be true or false");
        };
    }

    static long positiveLong(String name, String value) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed > 0) return parsed;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiErrors.badRequest(name + " must be a positive whole number");
    }

    static int intInRange(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) return parsed;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiErrors.badRequest(name + " must be a whole number from " + min + " to " + max);
    }

    /**
     * A number from a JSON body as it was written: a whole number (no fraction, no exponent, not text) from
     * {@code min} to {@code max}. Jackson gives such a value as an Integer, Long or BigInteger.
     */
    static int wholeNumber(String name, Object value, int min, int max) {
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            java.math.BigInteger n = new java.math.BigInteger(value.toString());
            if (n.compareTo(java.math.BigInteger.valueOf(min)) >= 0 && n.compareTo(java.math.BigInteger.valueOf(max)) <= 0) return n.intValue();
        }
        throw ApiErrors.badRequest(name + " must be a whole number from " + min + " to " + max + ", written as a JSON number");
    }

    static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    /** Refuses a JSON body holding a field the write does not take, naming the fields it does. */
    static void noUnknownFields(java.util.Map<String, Object> body, java.util.Set<String> allowed) {
        for (String field : body.keySet()) {
            if (!allowed.contains(field)) {
                throw ApiErrors.badRequest("unknown field \"" + field + "\""
                        + (allowed.isEmpty() ? "; send {}" : "; allowed: " + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }
}

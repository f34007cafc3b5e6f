package io.meetingmemo.contact.domain;

import io.meetingmemo.mail.domain.MailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules for what a register entry may hold, with a reason per field that a person can act on. Values are kept as
 * written (stripped); nothing is silently shortened.
 */
public final class ContactValidation {
    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 200;
    public static final int PHONE_MAX = 50;
    public static final int WEBSITE_MAX = 500;
    public static final int NOTES_MAX = 10_000;
    public static final int PURPOSE_MAX = 1_000;
    public static final int NETWORKS_MAX = 20;
    public static final int NETWORK_MAX = 100;
    public static final String PHONE_PATTERN = "\\+?[0-9 ()./-]{3,50}";
    private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"'`]+");

    private ContactValidation() {
    }

    /** One field's problem: the field's JSON name and why. */
    public record FieldProblem(String field, String reason) {}

    public static List<FieldProblem> person(ContactPerson person) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "name", person.name());
        length(problems, "role", person.role(), ROLE_MAX);
        if (person.email() != null && !person.email().isBlank() && MailAddress.parse(person.email()).isEmpty()) {
            problems.add(new FieldProblem("email", "is not a mail address (name@example.org)"));
        }
        if (person.phone() != null && !person.phone().isBlank() && !PHONE.matcher(person.phone().strip()).matches()) {
            problems.add(new FieldProblem("phone", "may hold digits, spaces, + ( ) . / - only, at most " + PHONE_MAX));
        }
        length(problems, "notes", person.notes(), NOTES_MAX);
        length(problems, "purpose", person.purpose(), PURPOSE_MAX);
        singleLine(problems, "role", person.role());
        multiLine(problems, "notes", person.notes());
        multiLine(problems, "purpose", person.purpose());
        return problems;
    }

    public static List<FieldProblem> organisation(Organisation organisation) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "name", organisation.name());
        if (organisation.website() != null && !organisation.website().isBlank()) {
            String website = organisation.website().strip();
            if (website.length() > WEBSITE_MAX || !WEBSITE.matcher(website).matches()) {
                problems.add(new FieldProblem("website", "must be an http or https address of at most " + WEBSITE_MAX + " characters"));
            }
        }
        if (organisation.networks().size() > NETWORKS_MAX) {
            problems.add(new FieldProblem("networks", "at most " + NETWORKS_MAX + " networks"));
        }
        for (String network : organisation.networks()) {
            if (network == null || network.isBlank() || network.length() > NETWORK_MAX) {
                problems.add(new FieldProblem("networks", "each network needs a name of 1 to " + NETWORK_MAX + " characters"));
                break;
            }
        }
        return problems;
    }

    private static void name(List<FieldProblem> problems, String field, String name) {
        if (name == null || name.isBlank() || NameKey.of(name).isEmpty()) {
            problems.add(new FieldProblem(field, "is required and needs at least one letter or digit"));
        } else if (name.strip().length() > NAME_MAX) {
            problems.add(new FieldProblem(field, "at most " + NAME_MAX + " characters"));
        } else {
            singleLine(problems, field, name);
        }
    }

    /** One line of text: no line breaks and no control characters (a database or a vCard would not keep them). */
    private static void singleLine(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            problems.add(new FieldProblem(field, "must be one line without control characters"));
        }
    }

    /** Text of several lines: line breaks and tabs, but no other control characters. */
    private static void multiLine(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(new FieldProblem(field, "must not contain control characters other than line breaks and tabs"));
        }
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) problems.add(new FieldProblem(field, "at most " + max + " characters"));
    }
}

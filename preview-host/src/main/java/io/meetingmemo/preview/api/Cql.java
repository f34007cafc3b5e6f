package io.meetingmemo.preview.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of Confluence Query Language that page scripts use: clauses on {@code type}, {@code space},
 * {@code title}, {@code label}, {@code parent}, {@code ancestor} and {@code id}, joined with {@code and}
 * (parentheses allowed), optionally followed by {@code order by}. Keywords are case-insensitive; values are
 * bare words or quoted strings ({@code "…"} or {@code '…'}, with backslash escapes). Anything else
 * ({@code or}, {@code not}, other fields or operators) is refused with a {@link CqlException}.
 */
public final class Cql {
    /** Operators a clause may use. */
    public enum Op { EQ, NE, CONTAINS, NOT_CONTAINS, IN, NOT_IN }

    /** {@code field op values}; values has one element except for {@code in} and {@code not in}. */
    public record Clause(String field, Op op, List<String> values) {}

    public record Order(String field, boolean ascending) {}

    public record Query(List<Clause> clauses, List<Order> order) {}

    public static final class CqlException extends RuntimeException {
        public CqlException(String message) { super(message, null, false, false); }
    }

    private static final Map<String, Set<Op>> FIELDS = Map.of(
            "type", Set.of(Op.EQ, Op.NE, Op.IN, Op.NOT_IN),
            "space", Set.of(Op.EQ, Op.NE, Op.IN, Op.NOT_IN),
            "title", Set.of(Op.EQ, Op.NE, Op.CONTAINS, Op.NOT_CONTAINS, Op.IN, Op.NOT_IN),
            "label", Set.of(Op.EQ, Op.NE, Op.IN, Op.NOT_IN),
            "parent", Set.of(Op.EQ, Op.NE, Op.IN, Op.NOT_IN),
            "ancestor", Set.of(Op.EQ, Op.NE, Op.IN, Op.NOT_IN),
            "id", Set.of(Op.EQ, Op.NE, Op.IN, Op.NOT_IN));
    private static final Map<String, String> ALIASES = Map.of("space.key", "space", "content", "id");
    private static final Set<String> ORDER_FIELDS = Set.of("title", "id", "created", "lastmodified");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "order", "by", "asc", "desc", "empty", "null");

    private enum Kind { WORD, STRING, OP, LPAREN, RPAREN, COMMA, END }

    private record Token(Kind kind, String text, int at) {
        boolean keyword(String k) { return kind == Kind.WORD && text.equalsIgnoreCase(k); }
    }

    private final String source;
    private final List<Token> tokens;
    private int pos;

    private Cql(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /** Parses a CQL query; throws {@link CqlException} with a reason for anything outside the supported part. */
    public static Query parse(String cql) {
        if (cql == null || cql.isBlank()) throw new CqlException("CQL query parameter 'cql' is required");
        Cql parser = new Cql(cql);
        return parser.query();
    }

    private Query query() {
        List<Clause> clauses = new ArrayList<>();
        if (!peek().keyword("order")) clauses.addAll(expression());
        List<Order> order = new ArrayList<>();
        if (peek().keyword("order")) {
            next();
            expectKeyword("by");
            do {
                Token field = next();
                if (field.kind() != Kind.WORD || !ORDER_FIELDS.contains(field.text().toLowerCase(Locale.ROOT))) {
                    throw error(field, "cannot order by " + describe(field) + "; supported: title, id, created, lastmodified");
                }
                boolean ascending = true;
                if (peek().keyword("asc")) next();
                else if (peek().keyword("desc")) { next(); ascending = false; }
                order.add(new Order(field.text().toLowerCase(Locale.ROOT), ascending));
            } while (accept(Kind.COMMA));
        }
        if (peek().kind() != Kind.END) throw error(peek(), "unexpected " + describe(peek()));
        if (clauses.isEmpty()) throw error(peek(), "the query has no clause");
        return new Query(List.copyOf(clauses), List.copyOf(order));
    }

    private List<Clause> expression() {
        List<Clause> clauses = new ArrayList<>(term());
        while (true) {
            Token t = peek();
            if (t.keyword("and")) {
                next();
                clauses.addAll(term());
            } else if (t.keyword("or")) {
                throw error(t, "'or' is not supported by this server; run one query per alternative");
            } else {
                return clauses;
            }
        }
    }

    private List<Clause> term() {
        Token t = peek();
        if (t.kind() == Kind.LPAREN) {
            next();
            List<Clause> inner = expression();
            if (!accept(Kind.RPAREN)) throw error(peek(), "expected ')' but found " + describe(peek()));
            return inner;
        }
        if (t.keyword("not")) throw error(t, "'not' before a clause is not supported; use != or not in");
        return List.of(clause());
    }

    private Clause clause() {
        Token fieldToken = next();
        if (fieldToken.kind() != Kind.WORD || KEYWORDS.contains(fieldToken.text().toLowerCase(Locale.ROOT))) {
            throw error(fieldToken, "expected a field but found " + describe(fieldToken));
        }
        String field = fieldToken.text().toLowerCase(Locale.ROOT);
        field = ALIASES.getOrDefault(field, field);
        Set<Op> allowed = FIELDS.get(field);
        if (allowed == null) throw error(fieldToken, "the field '" + fieldToken.text() + "' is not supported; supported: "
                + String.join(", ", new java.util.TreeSet<>(FIELDS.keySet())));
        Token opToken = next();
        Op op;
        if (opToken.kind() == Kind.OP) {
            op = switch (opToken.text()) {
                case "=" -> Op.EQ;
                case "!=" -> Op.NE;
                case "~" -> Op.CONTAINS;
                case "!~" -> Op.NOT_CONTAINS;
                default -> throw error(opToken, "the operator " + opToken.text() + " is not supported for " + field);
            };
        } else if (opToken.keyword("in")) {
            op = Op.IN;
        } else if (opToken.keyword("not") && peek().keyword("in")) {
            next();
            op = Op.NOT_IN;
        } else {
            throw error(opToken, "expected an operator after " + field + " but found " + describe(opToken));
        }
        if (!allowed.contains(op)) throw error(opToken, "the operator " + opToken.text().toLowerCase(Locale.ROOT)
                + (op == Op.NOT_IN ? " in" : "") + " is not supported for " + field);
        List<String> values = new ArrayList<>();
        if (op == Op.IN || op == Op.NOT_IN) {
            if (!accept(Kind.LPAREN)) throw error(peek(), "expected '(' after in");
            do values.add(value()); while (accept(Kind.COMMA));
            if (!accept(Kind.RPAREN)) throw error(peek(), "expected ',' or ')' but found " + describe(peek()));
        } else {
            values.add(value());
        }
        return new Clause(field, op, List.copyOf(values));
    }

    private String value() {
        Token t = next();
        if (t.kind() == Kind.STRING) return t.text();
        if (t.kind() == Kind.WORD && !KEYWORDS.contains(t.text().toLowerCase(Locale.ROOT))) return t.text();
        throw error(t, "expected a value but found " + describe(t));
    }

    private Token peek() { return tokens.get(pos); }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) pos++;
        return t;
    }

    private boolean accept(Kind kind) {
        if (peek().kind() != kind) return false;
        next();
        return true;
    }

    private void expectKeyword(String keyword) {
        Token t = next();
        if (!t.keyword(keyword)) throw error(t, "expected '" + keyword + "' but found " + describe(t));
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case END -> "the end of the query";
            case STRING -> "\"" + t.text() + "\"";
            default -> "'" + t.text() + "'";
        };
    }

    private CqlException error(Token at, String reason) {
        return new CqlException("Could not parse cql : " + source + " (at character " + (at.at() + 1) + ": " + reason + ")");
    }

    private List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int start = i;
            switch (c) {
                case '(' -> { out.add(new Token(Kind.LPAREN, "(", start)); i++; }
                case ')' -> { out.add(new Token(Kind.RPAREN, ")", start)); i++; }
                case ',' -> { out.add(new Token(Kind.COMMA, ",", start)); i++; }
                case '=', '~' -> { out.add(new Token(Kind.OP, String.valueOf(c), start)); i++; }
                case '!', '<', '>' -> {
                    boolean two = i + 1 < s.length() && (s.charAt(i + 1) == '=' || (c == '!' && s.charAt(i + 1) == '~'));
                    String op = two ? s.substring(i, i + 2) : String.valueOf(c);
                    if (op.equals("!")) throw new CqlException("Could not parse cql : " + s + " (at character " + (start + 1) + ": unexpected '!')");
                    out.add(new Token(Kind.OP, op, start));
                    i += op.length();
                }
                case '"', '\'' -> {
                    StringBuilder value = new StringBuilder();
                    i++;
                    boolean closed = false;
                    while (i < s.length()) {
                        char d = s.charAt(i);
                        if (d == '\\' && i + 1 < s.length()) {
                            value.append(s.charAt(i + 1));
                            i += 2;
                        } else if (d == c) {
                            i++;
                            closed = true;
                            break;
                        } else {
                            value.append(d);
                            i++;
                        }
                    }
                    if (!closed) throw new CqlException("Could not parse cql : " + s + " (at character " + (start + 1) + ": the quoted string is not closed)");
                    out.add(new Token(Kind.STRING, value.toString(), start));
                }
                default -> {
                    while (i < s.length() && wordChar(s.charAt(i))) i++;
                    if (i == start) throw new CqlException("Could not parse cql : " + s + " (at character " + (start + 1) + ": unexpected '" + c + "')");
                    out.add(new Token(Kind.WORD, s.substring(start, i), start));
                }
            }
        }
        out.add(new Token(Kind.END, "", s.length()));
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '*' || c == ':' || c == '@' || c == '/';
    }
}

package io.meetingmemo.memo.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Queue;
import javax.xml.stream.Location;

/**
 * The parser's wrapper prefix, the storage body and the wrapper suffix as one character stream. As the
 * body passes through, it notes where each start tag begins, in body lines and columns. The StAX
 * reader reports positions only where an event ends and, after supplementary characters such as
 * emoji, miscounts columns; since start tags reach the reader in the order they are written, the n-th
 * start tag noted here is the n-th start element the reader reports. Noting costs a sixth of a parse,
 * so a parser that can read the body again asks for positions only when it has problems to report.
 */
final class WrappedStorageBody extends Reader {

    private enum Part { PREFIX, BODY, SUFFIX }

    /** What the body's characters are, as far as finding start tags goes. */
    private enum Lexical { TEXT, AFTER_LESS_THAN, AFTER_BANG, COMMENT, CDATA, PROCESSING_INSTRUCTION, DECLARATION }

    private final String prefix;
    private final Reader body;
    private final String suffix;
    private final boolean trackPositions;
    private static final BodyPosition NOT_TRACKED = new BodyPosition(1, 1);
    private Part part = Part.PREFIX;
    /** How much of the prefix or suffix has been handed out. */
    private int fixedOffset;

    private int line = 1;
    private int column = 1;
    private char previous;
    private Lexical lexical = Lexical.TEXT;
    private BodyPosition lessThanAt;
    /** The last two characters inside a comment, CDATA section or processing instruction, to find its end. */
    private char constructLast;
    private char constructSecondLast;
    private final Queue<BodyPosition> startTags = new ArrayDeque<>();

    /** @param trackPositions whether to note positions; without, every position is line 1, column 1 */
    WrappedStorageBody(String prefix, Reader body, String suffix, boolean trackPositions) {
        this.prefix = prefix;
        this.body = body;
        this.suffix = suffix;
        this.trackPositions = trackPositions;
    }

    @Override public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (part == Part.PREFIX && fixedOffset == prefix.length()) part = Part.BODY;
        if (part == Part.BODY) {
            int read = body.read(buffer, offset, length);
            if (read >= 0) {
                if (trackPositions) {
                    for (int i = offset; i < offset + read; i++) advance(buffer[i]);
                }
                return read;
            }
            part = Part.SUFFIX;
            fixedOffset = 0;
        }
        String fixed = part == Part.PREFIX ? prefix : suffix;
        int count = Math.min(fixed.length() - fixedOffset, length);
        if (count == 0) return -1;
        fixed.getChars(fixedOffset, fixedOffset + count, buffer, offset);
        fixedOffset += count;
        return count;
    }

    /** Where the next start element the reader reports begins in the body. */
    BodyPosition nextStartTag() {
        if (!trackPositions) return NOT_TRACKED;
        BodyPosition next = startTags.poll();
        return next != null ? next : new BodyPosition(line, column);
    }

    /**
     * A reader location as a body position: line 1 loses the prefix columns, and a location in the
     * suffix (a body that ends too early) becomes the end of the body.
     */
    BodyPosition bodyPosition(Location location) {
        int locationLine = location.getLineNumber();
        int locationColumn = location.getColumnNumber();
        if (locationLine < 1) return new BodyPosition(-1, -1);
        if (locationLine == 1) locationColumn -= prefix.length();
        // The reader reports column 0 for some errors right after a line break.
        locationColumn = Math.max(1, locationColumn);
        if (part == Part.SUFFIX && (locationLine > line || locationLine == line && locationColumn > column)) {
            return new BodyPosition(line, column);
        }
        return new BodyPosition(locationLine, locationColumn);
    }

    private void advance(char c) {
        findStartTags(c);
        // Lines end like XML ends them: CR LF, CR or LF. A surrogate pair is one column.
        if (c == '\r' || c == '\n' && previous != '\r') {
            line++;
            column = 1;
        } else if (c != '\n' && !(Character.isLowSurrogate(c) && Character.isHighSurrogate(previous))) {
            column++;
        }
        previous = c;
    }

    /** Markup in a well-formed body starts at '<' only; inside comments, CDATA and PIs '<' is plain text. */
    private void findStartTags(char c) {
        switch (lexical) {
            case TEXT -> {
                if (c == '<') {
                    lessThanAt = new BodyPosition(line, column);
                    lexical = Lexical.AFTER_LESS_THAN;
                }
            }
            case AFTER_LESS_THAN -> {
                if (c == '!') {
                    lexical = Lexical.AFTER_BANG;
                } else if (c == '?') {
                    enterConstruct(Lexical.PROCESSING_INSTRUCTION);
                } else {
                    if (c != '/') startTags.add(lessThanAt);
                    lexical = Lexical.TEXT;
                }
            }
            case AFTER_BANG -> enterConstruct(c == '-' ? Lexical.COMMENT : c == '[' ? Lexical.CDATA : Lexical.DECLARATION);
            case COMMENT -> leaveConstructAfter(c, '-', '-');
            case CDATA -> leaveConstructAfter(c, ']', ']');
            case PROCESSING_INSTRUCTION -> leaveConstructAfter(c, '\0', '?');
            case DECLARATION -> {
                if (c == '>') lexical = Lexical.TEXT;
            }
        }
    }

    private void enterConstruct(Lexical construct) {
        lexical = construct;
        constructLast = '\0';
        constructSecondLast = '\0';
    }

    /** Ends the construct at '>' preceded by the given two characters ('\0' matches anything). */
    private void leaveConstructAfter(char c, char secondLast, char last) {
        if (c == '>' && constructLast == last && (secondLast == '\0' || constructSecondLast == secondLast)) {
            lexical = Lexical.TEXT;
        }
        constructSecondLast = constructLast;
        constructLast = c;
    }

    @Override public void close() {
        // The caller owns the body reader.
    }
}

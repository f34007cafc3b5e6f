package io.meetingmemo.bench.jmh;

import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.data.DataSets;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.memo.domain.StorageFormatParser;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a memo page with 100 action items: the app's parser against the floor, a bare StAX pass over
 * the same bytes (the JDK reader, namespace-aware, visiting every event and reading names and text, with
 * just the root element and the one entity declaration those bytes need).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    @Param("100") public int actions;
    @Param("20261123") public long seed;

    private final StorageFormatParser parser = new StorageFormatParser();
    private XMLInputFactory factory;
    private String body;
    private String bareDocument;

    @Setup
    public void setUp() {
        body = DataSetGenerator.memoPage(actions, seed, DataSets.people(1_000, seed)).body();
        bareDocument = bareDocument(body);
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        if (parser.parse(body).memos().get(0).actions().size() != actions) {
            throw new IllegalStateException("the generated page does not hold " + actions + " actions");
        }
    }

    /** The body as the smallest well-formed document: a root declaring the prefixes and {@code &nbsp;}. */
    static String bareDocument(String body) {
        return "<!DOCTYPE r [<!ENTITY nbsp \"&#160;\">]><r xmlns:ac=\"http://www.atlassian.com/schema/confluence/4/ac/\""
                + " xmlns:ri=\"http://www.atlassian.com/schema/confluence/4/ri/\">" + body + "</r>";
    }

    @Benchmark
    public ParsedPage parser() { return parser.parse(body); }

    @Benchmark
    public long bareStax() throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(bareDocument));
        long seen = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> seen += xml.getLocalName().length() + xml.getAttributeCount();
                case XMLStreamConstants.CHARACTERS -> seen += xml.getText().length();
                default -> seen++;
            }
        }
        xml.close();
        return seen;
    }
}

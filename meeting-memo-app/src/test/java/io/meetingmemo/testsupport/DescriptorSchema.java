package io.meetingmemo.testsupport;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app's Active Objects module as its descriptor declares it: every entity and every upgrade task, in
 * order, so database tests run on exactly the schema an installation gets.
 */
public final class DescriptorSchema {
    private DescriptorSchema() {}

    /** The namespace of the app's tables (the plugin key, as Active Objects hashes it into the table prefix). */
    public static final String NAMESPACE = "io.meetingmemo.confluence";

    /** An Active Objects instance of the app on the database, with the descriptor's schema. */
    public static EmbeddedActiveObjects open(io.meetingmemo.embeddedao.DatabaseConfig database) {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(database, NAMESPACE);
        try {
            migrate(ao);
            return ao;
        } catch (RuntimeException e) {
            ao.close();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    public static void migrate(EmbeddedActiveObjects ao) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        try (InputStream in = DescriptorSchema.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element module = (Element) factory.newDocumentBuilder().parse(in).getElementsByTagName("ao").item(0);
            NodeList taskNames = module.getElementsByTagName("upgradeTask");
            for (int i = 0; i < taskNames.getLength(); i++) {
                tasks.add((ActiveObjectsUpgradeTask) Class.forName(taskNames.item(i).getTextContent().trim()).getConstructor().newInstance());
            }
            NodeList entityNames = module.getElementsByTagName("entity");
            for (int i = 0; i < entityNames.getLength(); i++) {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(entityNames.item(i).getTextContent().trim()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the app's <ao> module: " + e.getMessage(), e);
        }
        ao.initialize(tasks, entities.toArray(new Class[0]));
    }
}

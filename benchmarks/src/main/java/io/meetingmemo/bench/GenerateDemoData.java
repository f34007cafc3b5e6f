package io.meetingmemo.bench;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.BulkLoader;
import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.data.DataSets;
import io.meetingmemo.bench.data.GeneratedPage;
import io.meetingmemo.bench.data.LoadReport;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.preview.PreviewHost;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.PageService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Fills a preview-host data directory with a generated data set, so the host can be demoed at scale:
 * <pre>
 * java -cp "benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar:benchmarks/target/lib/*" io.meetingmemo.bench.GenerateDemoData \
 *     --data-dir ./data --items 100000 [--seed N] [--bulk]
 * </pre>
 * By default every page is created and edited through the host's {@code PageService}, so the app syncs it
 * from the page events exactly as in use (about 1,000 items a second); items are then closed through the
 * app's status service and some pages trashed through the host. {@code --bulk} writes the same data set
 * directly (see {@link BulkLoader}), about ten times faster, for a million items. The people are the host's
 * own users, so every assignee can log in and REST filters such as {@code assignee=sanna} find plenty.
 * Then start the host on the directory: {@code java -jar preview-host/target/meeting-memo-preview.jar --data-dir ./data}.
 */
public final class GenerateDemoData {
    private GenerateDemoData() {}

    public static void main(String[] args) {
        Path dataDir = null;
        long items = 100_000, seed = DataSets.DEFAULT_SEED;
        boolean bulk = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--items" -> items = Long.parseLong(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--bulk" -> bulk = true;
                default -> usage("unknown option " + args[i]);
            }
        }
        if (dataDir == null) usage("--data-dir is required");
        if (items < 1) usage("--items must be at least 1");
        DatabaseConfig database = DatabaseConfig.h2File(PreviewHost.prepareDataDir(dataDir));
        People people = People.of(DataSets.hostPeople(), 0, seed);
        DataSetGenerator generator = new DataSetGenerator(items, seed, people);
        LoadReport report = bulk ? bulk(database, generator, people) : throughHost(database, generator);
        System.out.println("generate-demo-data: " + report + " into " + dataDir.toAbsolutePath());
        System.out.println("start the host with: java -jar preview-host/target/meeting-memo-preview.jar --data-dir " + dataDir);
    }

    private static LoadReport bulk(DatabaseConfig database, DataSetGenerator generator, People people) {
        try (AppDatabase db = AppDatabase.open(database, people)) {
            refuseIfGenerated(db.pages(), generator);
            return BulkLoader.load(generator, db);
        }
    }

    /** Pages through the host's page service: every save publishes the page event the app syncs on. */
    private static LoadReport throughHost(DatabaseConfig database, DataSetGenerator generator) {
        long start = System.nanoTime();
        PreviewHost.Options options = new PreviewHost.Options("127.0.0.1", freePort(), database, true);
        try (PreviewHost host = PreviewHost.start(options)) {
            PageService pages = host.pages();
            refuseIfGenerated(pages.store(), generator);
            for (GeneratedPage.Space space : generator.spaces()) pages.store().ensureSpace(space.key(), space.name());
            // The app's own beans, as the host enabled it: reading a page's items and closing them as the assignee.
            AoActionItemRepository repository = host.app().get("actionItemRepository", AoActionItemRepository.class);
            ActionItemStatusService statuses = host.app().get("actionItemStatuses", ActionItemStatusService.class);
            long firstPageId = 0, count = 0, items = 0;
            while (generator.hasNext()) {
                GeneratedPage page = generator.next();
                String author = page.author().username();
                AuthenticatedUserThreadLocal.set(host.users().byUsername(author).orElseThrow());
                String space = page.space().key();
                long id = pages.create(space, page.title(), page.hasFirstDraft() ? page.firstDraftBody() : page.body(), author).id();
                if (page.hasFirstDraft()) pages.update(id, 2, page.title(), page.body(), author);
                for (ActionItem item : repository.findByPage(id)) {
                    if (!page.closedThroughRest().contains(item.itemKey())) continue;
                    String closer = item.assigneeKey() != null ? item.assigneeKey() : page.author().userKey();
                    statuses.changeStatus(item.id(), item.version(), ActionStatus.DONE, closer);
                }
                if (page.trashed()) pages.trash(id);
                if (count++ == 0) firstPageId = id;
                items += page.trackedItems();
                if (count % 1_000 == 0) System.out.printf("generate-demo-data: %,d pages, %,d items …%n", count, items);
            }
            AuthenticatedUserThreadLocal.reset();
            return new LoadReport(firstPageId, count, items, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** A second data set on top of the first would double every title; ask for a fresh directory instead. */
    private static void refuseIfGenerated(HostPageStore store, DataSetGenerator generator) {
        String firstSpace = generator.spaces().get(0).key();
        if (store.getSpace(firstSpace) != null) {
            usage("the data directory already holds a generated data set (space " + firstSpace + "); give a fresh --data-dir");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) usage(args[i - 1] + " needs a value");
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("generate-demo-data: " + problem);
        System.err.println("usage: GenerateDemoData --data-dir DIR [--items 100000] [--seed N] [--bulk]");
        System.exit(2);
    }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.CollectionBackedOplog;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * Starts mongo-java-server for development and tests.
 *
 * The stock server announces wire version 8, which the driver behind Mongoose 9 refuses
 * (it needs 9 or later), so we announce MongoDB 6.0 / wire 17. The oplog is enabled so
 * change streams work. There are no transactions: the application must not need them.
 *
 *   java -cp 'lib/*' MongoLauncher.java <host> <port>              in memory: a restart empties it
 *   java -cp 'lib/*' MongoLauncher.java <host> <port> <data-dir>   durable: <data-dir>/mongodb.mv.db
 *
 * The durable server keeps every database in one H2 MVStore file (mongo-java-server's H2 backend),
 * which only one process can open at a time. It adds what a long-lived MongoDB does and the
 * in-memory one never needed: TTL indexes expire documents (checked every minute, as MongoDB's TTL
 * monitor does), and the oplog, which only change streams read, stays in memory and keeps the last
 * hour, so neither the file nor the heap grows without bound. Changes reach the file within a
 * second; SIGTERM (or Ctrl-C) closes it cleanly.
 */
public class MongoLauncher {
    private static final MongoVersion MONGO_6_0 = new MongoVersion() {
        @Override public List<Integer> getVersionArray() { return List.of(6, 0, 0); }
        @Override public String toVersionString() { return "6.0.0"; }
        @Override public int getWireVersion() { return 17; }
    };

    static final String DATA_FILE = "mongodb.mv.db";
    private static final Duration OPLOG_WINDOW = Duration.ofHours(1);
    private static final long HOUSEKEEPING_SECONDS = 60;

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27027;
        String dataDir = args.length > 2 ? args[2] : null;

        MongoBackend backend;
        String kind;
        ScheduledExecutorService housekeeping = null;
        if (dataDir == null) {
            backend = new MemoryBackend();
            kind = "in memory";
        } else {
            Path file = Path.of(dataDir).toAbsolutePath().resolve(DATA_FILE);
            Files.createDirectories(file.getParent());
            MVStore store;
            try {
                store = new MVStore.Builder().fileName(file.toString()).compress().open();
            } catch (MVStoreException e) {
                System.err.println("Cannot open " + file + ": " + e.getMessage()
                    + (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED ? " (another MongoDB stand-in uses this data directory: stop it, or choose another CCM_DATA_DIR)" : ""));
                System.exit(1);
                return;
            }
            DurableBackend durable = new DurableBackend(store);
            backend = durable;
            kind = "durable, data in " + file;
            housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "housekeeping");
                t.setDaemon(true);
                return t;
            });
            housekeeping.scheduleWithFixedDelay(durable::housekeeping, HOUSEKEEPING_SECONDS, HOUSEKEEPING_SECONDS, TimeUnit.SECONDS);
        }
        backend.version(MONGO_6_0);
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind(host, port);
        System.out.println("mongo-java-server listening on " + host + ":" + port + " (announcing 6.0, wire 17; " + kind + ")");
        ScheduledExecutorService stopHousekeeping = housekeeping;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopHousekeeping != null) stopHousekeeping.shutdownNow();
            // Closes the clients, then the backend: the durable one writes and closes its file.
            server.shutdownNow();
        }));
        Thread.currentThread().join();
    }

    /** The H2 backend with an in-memory, time-bounded oplog and TTL expiry. */
    static final class DurableBackend extends H2Backend {
        private final MemoryBackend oplogHome = new MemoryBackend();
        private volatile MongoCollection<Document> oplogCollection;

        DurableBackend(MVStore store) {
            super(store);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected Oplog createOplog() {
            MongoDatabase local = oplogHome.resolveDatabase("local");
            MongoCollection<Document> collection = (MongoCollection<Document>) local.resolveCollection(OPLOG_COLLECTION_NAME, false);
            if (collection == null) {
                collection = (MongoCollection<Document>) local.createCollectionOrThrowIfExists(OPLOG_COLLECTION_NAME);
            }
            oplogCollection = collection;
            return new CollectionBackedOplog(this, collection, getCursorRegistry());
        }

        void housekeeping() {
            try {
                trimOplog();
                expireTtlIndexes();
            } catch (RuntimeException e) {
                // Never let one bad round stop the next one.
                System.err.println("housekeeping failed: " + e);
            }
        }

        private void trimOplog() {
            MongoCollection<Document> collection = oplogCollection;
            if (collection == null) return;
            Instant cutoff = getClock().instant().minus(OPLOG_WINDOW);
            collection.deleteDocuments(new Document("wall", new Document("$lt", cutoff)), 0, NoopOplog.get());
        }

        /** What MongoDB's TTL monitor does: delete documents whose indexed date is older than expireAfterSeconds. */
        @SuppressWarnings("unchecked")
        private void expireTtlIndexes() {
            Instant now = getClock().instant();
            for (String databaseName : List.copyOf(listDatabaseNames())) {
                if (databaseName.equals("local") || databaseName.equals("admin")) continue;
                MongoDatabase database = resolveDatabase(databaseName);
                MongoCollection<?> indexes = database.resolveCollection("system.indexes", false);
                if (indexes == null) continue;
                for (Document index : indexes.queryAll()) {
                    Object expire = index.get("expireAfterSeconds");
                    Document key = (Document) index.get("key");
                    String ns = (String) index.get("ns");
                    if (!(expire instanceof Number seconds) || key == null || key.size() != 1 || ns == null) continue;
                    String collectionName = ns.substring(databaseName.length() + 1);
                    MongoCollection<?> collection = database.resolveCollection(collectionName, false);
                    if (collection == null) continue;
                    String field = key.keySet().iterator().next();
                    Instant cutoff = now.minusMillis((long) (seconds.doubleValue() * 1000));
                    // $lt on a date matches only dates (type bracketing), as MongoDB's TTL monitor expires only dates.
                    collection.deleteDocuments(new Document(field, new Document("$lt", cutoff)), 0, oplog);
                }
            }
        }
    }
}

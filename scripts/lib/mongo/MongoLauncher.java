import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Starts mongo-java-server for development and tests.
 *
 * The stock server announces wire version 8, which the driver behind Mongoose 9 refuses
 * (it needs 9 or later), so we announce MongoDB 6.0 / wire 17. The oplog is enabled so
 * change streams work. There are no transactions: the application must not need them.
 *
 * Usage: java -cp 'lib/*' MongoLauncher.java <host> <port>
 */
public class MongoLauncher {
    private static final MongoVersion MONGO_6_0 = new MongoVersion() {
        @Override public List<Integer> getVersionArray() { return List.of(6, 0, 0); }
        @Override public String toVersionString() { return "6.0.0"; }
        @Override public int getWireVersion() { return 17; }
    };

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27027;
        MemoryBackend backend = new MemoryBackend();
        backend.version(MONGO_6_0);
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind(host, port);
        System.out.println("mongo-java-server listening on " + host + ":" + port + " (announcing 6.0, wire 17)");
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        Thread.currentThread().join();
    }
}

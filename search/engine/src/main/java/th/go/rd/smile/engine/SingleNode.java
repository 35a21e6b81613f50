package th.go.rd.smile.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.MockNode;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node for development and CI, in this JVM, from Maven Central artifacts.
 *
 * <p>The modules a distribution would load from its {@code modules/} directory are passed as
 * plugin classes, the way OpenSearch's test framework starts nodes: Netty 4 (HTTP and transport),
 * the common analysis module (the {@code thai} analyzer, n-grams, ASCII folding) and Painless.
 * No security plugin is loaded, so HTTP is plain and unauthenticated; the node only listens on
 * 127.0.0.1.
 *
 * <p>Usage: {@code SingleNode [port [home]]}. Without a port (or with 0) the system picks a free
 * one. Without a home directory, data goes to a new temporary directory, deleted when the node
 * stops; a given home is kept, so a node restarted on it finds its indices again. The node's URL
 * is printed on its own line once the cluster is usable (status yellow or green).
 */
public final class SingleNode {

  private SingleNode() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    boolean temporary = args.length < 2;
    Path home =
        temporary ? Files.createTempDirectory("smile-opensearch-") : Files.createDirectories(Path.of(args[1]));
    Settings settings =
        Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "smile-search")
            .put("node.name", "smile-search-1")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(port))
            .put("transport.port", "0")
            // A developer's disk may be fuller than the watermarks assume for a cluster.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true)
            .build();
    LogConfigurator.configureWithoutConfig(settings);

    Node node =
        new MockNode(
            settings,
            List.of(
                Netty4Plugin.class, CommonAnalysisPlugin.class, PainlessPlugin.class),
            false);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.close();
                  } catch (IOException e) {
                    e.printStackTrace();
                  } finally {
                    if (temporary) {
                      deleteTree(home);
                    }
                    stopped.countDown();
                  }
                }));
    node.start();
    node.client().admin().cluster().prepareHealth().setWaitForYellowStatus().get();
    TransportAddress address =
        node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
    System.out.println("http://" + address.getAddress() + ":" + address.getPort());
    System.out.flush();
    stopped.await();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + root + ": " + e);
    }
  }
}

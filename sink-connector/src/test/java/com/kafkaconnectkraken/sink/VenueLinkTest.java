package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import com.kafkaconnectkraken.sink.metrics.SinkTaskMetrics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Random;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class VenueLinkTest {

    private static Object attribute(String connector, String name) throws Exception {
        return ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
            "kafka.connect.kraken:type=sink-task-metrics,connector=" + connector + ",task=3"), name);
    }

    @Test
    void failedAttemptsAreRetryingWithTheCappedBackoffNeverGivingUpAndConnectedResets() throws Exception {
        try (SinkTaskMetrics metrics = new SinkTaskMetrics("link-test", "3")) {
            ExponentialBackoff backoff = new ExponentialBackoff(Duration.ofMillis(100), Duration.ofMillis(800), 2.0,
                new Random(7));
            VenueLink link = new VenueLink("kraken-sink", backoff, metrics);
            assertEquals("CONNECTING", attribute("link-test", "connection-state"));
            long[] ceilings = {100, 200, 400, 800, 800};
            for (int i = 0; i < 50; i++) {
                long wait = link.down("cannot connect (EService:Unavailable)");
                long ceiling = ceilings[Math.min(i, ceilings.length - 1)];
                assertTrue(wait >= 0 && wait <= ceiling, "attempt " + (i + 1) + ": " + wait + " ms, ceiling " + ceiling);
            }
            assertEquals("RETRYING", attribute("link-test", "connection-state"));
            assertEquals(50.0, attribute("link-test", "connect-retry-total"));
            link.up();
            assertEquals(VenueLink.State.CONNECTED, link.state());
            assertEquals("CONNECTED", attribute("link-test", "connection-state"));
            assertTrue(link.down("down again") <= 100, "attempts start over after CONNECTED");
            link.closed();
            link.up();
            assertEquals("CLOSED", attribute("link-test", "connection-state"));
        }
    }
}

package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A client that stops reading is dropped once its outbound queue exceeds the bound. */
class SlowConsumerIT {

    @Test
    void clientThatStopsReadingIsDroppedInsteadOfBufferedWithoutBound() throws Exception {
        try (KrakenSimulator sim = KrakenSimulator.builder().symbols("BTC/USD").rate(50_000).maxQueuedFrames(2_000)
                .build().start();
             Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", sim.port()));
            socket.setSoTimeout(10_000);
            handshake(socket);
            InputStream in = socket.getInputStream();
            assertEquals("status", WsProbe.parse(readText(in)).path("channel").asText());
            assertEquals(1, sim.openConnections(), "connected (nothing streams yet, so nothing can be dropped)");
            sendText(socket.getOutputStream(),
                    "{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"],\"depth\":1000}}");
            awaitSubscribeAck(in);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (sim.openConnections() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);   // no more reads from the socket
            }
            assertEquals(0, sim.openConnections(), "slow consumer dropped");
            try (OkHttpProbe ok = new OkHttpProbe(sim)) {
                assertTrue(ok.connects(), "other clients are still served");
            }
        }
    }

    private static void handshake(Socket socket) throws Exception {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /public/v2 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.read());
        }
        assertTrue(head.toString().startsWith("HTTP/1.1 101"), head.toString());
    }

    /** Reads frames until the subscribe acknowledgement (skipping any data frame that came before it). */
    private static void awaitSubscribeAck(InputStream in) throws IOException {
        for (int i = 0; i < 100; i++) {
            String frame = readText(in);
            if (frame.contains("\"method\":\"subscribe\"")) {
                assertTrue(WsProbe.parse(frame).path("success").asBoolean(), frame);
                return;
            }
        }
        throw new AssertionError("no subscribe acknowledgement in the first 100 frames");
    }

    /** Reads one server frame (unmasked, RFC 6455 section 5.2) and returns its payload as UTF-8 text. */
    private static String readText(InputStream in) throws IOException {
        int first = in.read();
        int second = in.read();
        if (first < 0 || second < 0) {
            throw new EOFException("connection ended before a frame");
        }
        long length = second & 0x7f;
        int lengthBytes = length == 126 ? 2 : length == 127 ? 8 : 0;
        if (lengthBytes > 0) {
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("connection ended inside a frame header");
                }
                length = (length << 8) | b;
            }
        }
        byte[] payload = in.readNBytes(Math.toIntExact(length));
        if (payload.length < length) {
            throw new EOFException("connection ended inside a frame");
        }
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** Writes one masked client text frame (payload under 126 bytes). */
    private static void sendText(OutputStream out, String text) throws Exception {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        out.write(0x81);
        out.write(0x80 | payload.length);
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        out.flush();
    }

    /** Confirms a normal client still gets its status frame. */
    private static final class OkHttpProbe implements AutoCloseable {
        private final WsProbe probe;

        OkHttpProbe(KrakenSimulator sim) {
            probe = new WsProbe(sim.publicWs());
        }

        boolean connects() throws InterruptedException {
            return "status".equals(probe.next(java.time.Duration.ofSeconds(5)).path("channel").asText());
        }

        @Override
        public void close() {
            probe.close();
        }
    }
}

package com.kafkaconnectkraken.simulator.trader;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A minimal RFC 6455 client over a plain socket that never answers anything: it performs the upgrade, then only reads
 * frames and reports their opcodes. Real clients (OkHttp, the JDK) always answer pings, so this is how a test gets a
 * peer that leaves the server's pings unanswered.
 */
final class SilentWsClient implements AutoCloseable {

    static final int PING = 0x9;
    static final int CLOSE = 0x8;

    /** One frame from the server. @param opcode RFC 6455 opcode @param payload its bytes */
    record Frame(int opcode, byte[] payload) {

        /** @return the close code of a close frame */
        int closeCode() {
            return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }

        /** @return the close reason of a close frame */
        String closeReason() {
            return new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final DataInputStream in;

    SilentWsClient(URI uri) throws IOException {
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(10_000);
        String key = Base64.getEncoder().encodeToString("silent-client-key".getBytes(StandardCharsets.US_ASCII));
        String request = "GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                + uri.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        in = new DataInputStream(socket.getInputStream());
        String status = readHeaders();
        if (!status.startsWith("HTTP/1.1 101")) {
            throw new IOException("Upgrade refused: " + status);
        }
    }

    private String readHeaders() throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        return head.substring(0, head.indexOf("\r\n"));
    }

    /** @return the next frame (server frames are unmasked), blocking up to 10 s */
    Frame next() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(first & 0x0f, payload);
    }

    /** @return the next frame with {@code opcode}, skipping others */
    Frame next(int opcode) throws IOException {
        Frame frame = next();
        while (frame.opcode() != opcode) {
            frame = next();
        }
        return frame;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

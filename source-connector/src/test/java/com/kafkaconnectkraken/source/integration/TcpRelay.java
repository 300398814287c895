package com.kafkaconnectkraken.source.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 in front of the simulator, so a test can keep a connector away from it for a while
 * ({@link #refuse(boolean)}: live connections are cut, new ones closed at once) while the test itself talks to the
 * simulator directly. Bytes are copied as they come, in both directions, one thread per direction.
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private volatile boolean refusing;

    /** @param targetPort the simulator's port on 127.0.0.1 */
    TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::acceptLoop, "tcp-relay-accept").start();
    }

    /** @return the relay's port */
    int port() {
        return server.getLocalPort();
    }

    /** @param refuse {@code true}: cut every relayed connection and close new ones at once; {@code false}: relay again */
    void refuse(boolean refuse) {
        refusing = refuse;
        if (refuse) {
            live.forEach(TcpRelay::closeQuietly);
            live.clear();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    closeQuietly(client);
                    continue;
                }
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                live.add(client);
                live.add(target);
                daemon(() -> pump(client, target), "tcp-relay-up").start();
                daemon(() -> pump(target, client), "tcp-relay-down").start();
            } catch (IOException e) {
                // closed, or the target refused: the client sees its socket end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            live.remove(from);
            live.remove(to);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        refuse(true);
        server.close();
    }
}

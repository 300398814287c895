package com.kafkaconnectkraken.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of a server (the simulator), so a test can keep a client (a connector) away from
 * it while the test itself talks to the server directly, or cut the client's connections at chosen moments:
 * <ul>
 *   <li>{@link #refuse(boolean)}: live connections are cut, new ones closed at once, until relaying again;</li>
 *   <li>{@link #drop(Random, int, Duration)}: one relayed connection (a live one, or the next one to open) is cut
 *       abruptly (TCP RST, no close handshake) after a random number of further bytes, so the cut lands inside a
 *       frame, a snapshot, an HTTP exchange, a login or between a request and its answer.</li>
 * </ul>
 * Bytes are copied as they come, in both directions, one thread per direction. Thread-safe.
 */
public final class TcpRelay implements AutoCloseable {

    /**
     * One cut connection.
     *
     * @param connection the connection's number at this relay (from 1, in accept order)
     * @param bytesRelayed bytes relayed on it (both directions) before the cut
     * @param atByte     {@code true}: cut when its byte budget ran out (inside the traffic); {@code false}: cut at
     *                   the drop's deadline (a quiet connection, at a random moment)
     * @param fresh      {@code true} if the drop waited for this connection to open (the cut lands in its first
     *                   bytes: HTTP upgrade, login, subscribe, snapshot)
     */
    public record Drop(long connection, long bytesRelayed, boolean atByte, boolean fresh) {
    }

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Link> live = ConcurrentHashMap.newKeySet();
    private final Deque<Armed> waitingForConnection = new ArrayDeque<>();
    private final AtomicLong accepted = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tcp-relay-timer"));
    private volatile boolean refusing;

    /**
     * @param targetPort the server's port on 127.0.0.1
     * @throws IOException if no loopback port can be bound
     */
    public TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::acceptLoop, "tcp-relay-accept").start();
    }

    /** @return the relay's port on 127.0.0.1 */
    public int port() {
        return server.getLocalPort();
    }

    /** @return connections accepted and relayed so far */
    public long accepted() {
        return accepted.get();
    }

    /** @param refuse {@code true}: cut every relayed connection and close new ones at once; {@code false}: relay again */
    public void refuse(boolean refuse) {
        refusing = refuse;
        if (refuse) {
            live.forEach(Link::cut);
        }
    }

    /**
     * Arms one cut: with {@code random}, picks a live connection (or, when none is live or one time in four, the next
     * connection to open) and cuts it once it has relayed {@code random.nextInt(maxBytes + 1)} more bytes (counted
     * over both directions), or at a random moment within {@code maxWait} if it stays quieter than that. The choice
     * depends only on {@code random} and the relay's state, so a seeded {@code random} gives a reproducible plan.
     *
     * @param random   the source of the choices
     * @param maxBytes the largest byte budget (>= 0)
     * @param maxWait  how long the drop may wait (for its bytes, or for a connection to open)
     * @return completes with the cut connection, or with {@code null} if no connection opened within {@code maxWait}
     */
    public CompletableFuture<Drop> drop(Random random, int maxBytes, Duration maxWait) {
        long budget = random.nextInt(maxBytes + 1);
        long waitMs = 1 + random.nextInt((int) Math.max(1, maxWait.toMillis()));
        boolean fresh = random.nextInt(4) == 0;
        int pick = random.nextInt(Integer.MAX_VALUE);
        Armed armed = new Armed(budget, fresh, new CompletableFuture<>());
        synchronized (waitingForConnection) {
            List<Link> links = new ArrayList<>(live);
            links.removeIf(Link::isArmed);
            links.sort(Comparator.comparingLong(l -> l.number));
            if (fresh || links.isEmpty()) {
                armed = new Armed(budget, true, armed.result);
                waitingForConnection.add(armed);
            } else {
                links.get(pick % links.size()).arm(armed);
            }
        }
        Armed finalArmed = armed;
        timer.schedule(() -> {
            synchronized (waitingForConnection) {
                if (waitingForConnection.remove(finalArmed)) {
                    finalArmed.result.complete(null);
                    return;
                }
            }
            Link link = finalArmed.link;
            if (link != null) {
                link.cutNow(false);
            }
        }, finalArmed.fresh ? maxWait.toMillis() : waitMs, TimeUnit.MILLISECONDS);
        return armed.result;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    closeQuietly(client);
                    continue;
                }
                Socket target;
                try {
                    target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
                Link link = new Link(accepted.incrementAndGet(), client, target);
                synchronized (waitingForConnection) {
                    live.add(link);
                    Armed armed = waitingForConnection.poll();
                    if (armed != null) {
                        link.arm(armed);
                    }
                }
                daemon(() -> link.pump(client, target), "tcp-relay-up").start();
                daemon(() -> link.pump(target, client), "tcp-relay-down").start();
            } catch (IOException e) {
                // closed, or the target refused: the client sees its socket end
            }
        }
    }

    /** A cut armed on a connection: after {@code budget} more bytes. */
    private static final class Armed {
        final long budget;
        final boolean fresh;
        final CompletableFuture<Drop> result;
        volatile Link link;

        Armed(long budget, boolean fresh, CompletableFuture<Drop> result) {
            this.budget = budget;
            this.fresh = fresh;
            this.result = result;
        }
    }

    /** One relayed connection: the client's socket and the one to the target. */
    private final class Link {
        final long number;
        final Socket client;
        final Socket target;
        private long bytes;
        private long cutAt = Long.MAX_VALUE;
        private Armed armed;
        private boolean closed;

        Link(long number, Socket client, Socket target) {
            this.number = number;
            this.client = client;
            this.target = target;
        }

        synchronized boolean isArmed() {
            return armed != null || cutAt != Long.MAX_VALUE;
        }

        synchronized void arm(Armed cut) {
            armed = cut;
            cut.link = this;
            cutAt = bytes + cut.budget;
        }

        /** @return how many of {@code n} bytes may still pass before the cut */
        private synchronized int allow(int n) {
            int allowed = (int) Math.min(n, Math.max(0, cutAt - bytes));
            bytes += allowed;
            return allowed;
        }

        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    int allowed = allow(n);
                    if (allowed > 0) {
                        out.write(buffer, 0, allowed);
                        out.flush();
                    }
                    if (allowed < n) {
                        cutNow(true);
                        return;
                    }
                }
            } catch (IOException e) {
                // one side closed (or was cut)
            } finally {
                cut();
            }
        }

        /** Cuts the connection for its armed drop (RST on both sockets) and reports the drop. */
        void cutNow(boolean atByte) {
            Armed cut;
            long relayed;
            synchronized (this) {
                if (closed) {
                    return;
                }
                cut = armed;
                armed = null;
                relayed = bytes;
            }
            reset(client);
            reset(target);
            cut();
            if (cut != null) {
                cut.result.complete(new Drop(number, relayed, atByte, cut.fresh));
            }
        }

        /** Closes both sockets (idempotent); an armed drop that did not happen completes with null. */
        void cut() {
            Armed pending;
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                pending = armed;
            }
            live.remove(this);
            closeQuietly(client);
            closeQuietly(target);
            if (pending != null) {
                pending.result.complete(null);
            }
        }
    }

    /** SO_LINGER 0: the close sends a RST, like a connection lost on the way, not an orderly FIN. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException e) {
            // already closed
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

    /** Cuts every connection and stops listening. */
    @Override
    public void close() throws IOException {
        refuse(true);
        timer.shutdownNow();
        server.close();
    }
}

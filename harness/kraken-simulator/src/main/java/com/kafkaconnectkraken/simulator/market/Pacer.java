package com.kafkaconnectkraken.simulator.market;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Runs a task at a target rate on its own daemon thread: {@code task.accept(n)} is called with the
 * number of events now due. If the task cannot keep up (the machine's limit), it runs flat out and
 * the backlog is capped at one second, so there is no burst to catch up afterwards.
 */
final class Pacer implements AutoCloseable {

    private static final long MAX_BATCH = 4096;

    private final double perSecond;
    private final LongConsumer task;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param name      thread name
     * @param perSecond events per second; 0 or less = paused (the thread idles)
     * @param task      performs the given number of events
     */
    Pacer(String name, double perSecond, LongConsumer task) {
        this.perSecond = perSecond;
        this.task = task;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        long start = System.nanoTime();
        long done = 0;
        while (running) {
            if (perSecond <= 0) {
                LockSupport.parkNanos(50_000_000L);
                continue;
            }
            long due = (long) ((System.nanoTime() - start) * perSecond / 1e9);
            if (due - done > perSecond) {
                done = (long) (due - perSecond);
            }
            if (done >= due) {
                LockSupport.parkNanos(Math.min(1_000_000L, (long) (1e9 / perSecond)));
                continue;
            }
            long batch = Math.min(due - done, MAX_BATCH);
            task.accept(batch);
            done += batch;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

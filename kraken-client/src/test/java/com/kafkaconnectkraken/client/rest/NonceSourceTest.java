package com.kafkaconnectkraken.client.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NonceSourceTest {

    @Test
    void oneSourcePerKeyAndCallsOfOneKeyNeverOverlap() throws Exception {
        NonceSource source = NonceSource.forKey("key-one");
        assertSame(source, NonceSource.forKey("key-one"));
        assertNotSame(source, NonceSource.forKey("key-two"));
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        List<Long> order = Collections.synchronizedList(new ArrayList<>());
        Runnable caller = () -> {
            for (int i = 0; i < 200; i++) {
                source.inOrder(nonce -> {
                    assertEquals(1, running.incrementAndGet(), "another call of the key is in flight");
                    order.add(nonce);
                    running.decrementAndGet();
                    return null;
                });
            }
        };
        Thread a = new Thread(caller);
        Thread b = new Thread(caller);
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(400, order.size());
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i) > order.get(i - 1), "calls run in nonce order");
        }
    }

    @Test
    void followsTheClockAndNeverRepeatsOrGoesBack() {
        AtomicLong clock = new AtomicLong(1_616_492_376_594L);
        NonceSource nonces = new NonceSource(clock::get);
        assertEquals(1_616_492_376_594L, nonces.next());
        assertEquals(1_616_492_376_595L, nonces.next()); // same millisecond
        clock.set(1_616_492_376_000L); // clock stepped back
        assertEquals(1_616_492_376_596L, nonces.next());
        clock.set(1_616_492_400_000L);
        assertEquals(1_616_492_400_000L, nonces.next());
    }

    @Test
    void uniqueAndIncreasingPerThreadUnderConcurrency() throws Exception {
        NonceSource nonces = new NonceSource(() -> 42L);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        mine.add(nonces.next());
                    }
                    return mine;
                }));
            }
            Set<Long> all = new TreeSet<>();
            for (Future<List<Long>> f : futures) {
                List<Long> mine = f.get();
                List<Long> sorted = new ArrayList<>(mine);
                Collections.sort(sorted);
                assertEquals(sorted, mine, "each thread sees strictly increasing nonces");
                all.addAll(mine);
            }
            assertEquals(40_000, all.size());
            assertEquals(42L, ((TreeSet<Long>) all).first());
            assertEquals(40_041L, ((TreeSet<Long>) all).last());
        } finally {
            pool.shutdownNow();
        }
    }
}

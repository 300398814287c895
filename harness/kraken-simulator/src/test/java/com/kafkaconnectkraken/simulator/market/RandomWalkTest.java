package com.kafkaconnectkraken.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomWalkTest {

    @Test
    void sameSeedGivesTheSameOrderFlowAndAnotherSeedDoesNot() {
        assertEquals(flow(42), flow(42));
        assertNotEquals(flow(42), flow(43));
    }

    @Test
    void orderIdsLookLikeKrakenOrderIds() {
        SimBook book = new SimBook();
        new RandomWalk(Instrument.forSymbol("ETH/USD"), book, 1).seed();
        String id = book.side(true).firstEntry().getValue().orders.get(0).id;
        assertTrue(id.matches("O[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{6}"), id);
    }

    @Test
    void seededBookHasTargetDepthOnBothSides() {
        SimBook book = new SimBook();
        new RandomWalk(Instrument.forSymbol("BTC/USD"), book, 1).seed();
        assertEquals(RandomWalk.TARGET_LEVELS, book.side(true).size());
        assertEquals(RandomWalk.TARGET_LEVELS, book.side(false).size());
    }

    private static List<String> flow(long seed) {
        SimBook book = new SimBook();
        RandomWalk walk = new RandomWalk(Instrument.forSymbol("BTC/USD"), book, seed);
        walk.seed();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            RandomWalk.Step step = walk.next();
            BookChange c = step.change();
            out.add(c.bid() + ":" + c.price() + ":" + c.newTotal() + ":" + c.events().get(0).orderId()
                    + (step.fill() == null ? "" : ":" + step.fill()));
        }
        return out;
    }
}

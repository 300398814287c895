package com.kafkaconnectkraken.benchmarks.data;

/**
 * The L2 streams the book benchmarks run on, by JMH parameter name.
 */
public final class BookStreams {

    /** Seed of the synthetic streams; fixed so every run replays the same messages. */
    public static final long SEED = 20_240_101L;

    /** Update messages in the synthetic depth-1000 stream. */
    public static final int SYNTHETIC_UPDATES = 20_000;

    private BookStreams() {
    }

    /**
     * Returns a stream by name.
     *
     * @param name {@value RecordedBookStream#NAME} or {@value SyntheticL2Stream#NAME_DEPTH_1000}
     * @return the stream
     * @throws IllegalArgumentException for an unknown name
     */
    public static L2Stream l2(String name) {
        switch (name) {
            case RecordedBookStream.NAME:
                return RecordedBookStream.load();
            case SyntheticL2Stream.NAME_DEPTH_1000:
                return SyntheticL2Stream.generate(SEED, 1000, SYNTHETIC_UPDATES);
            default:
                throw new IllegalArgumentException("Unknown book stream '" + name + "'");
        }
    }
}

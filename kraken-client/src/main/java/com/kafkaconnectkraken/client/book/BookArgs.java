package com.kafkaconnectkraken.client.book;

/** Argument checks shared by {@link L2Book} and {@link L3Book}. */
final class BookArgs {

    private BookArgs() {
    }

    static int positiveDepth(int depth) {
        if (depth <= 0) {
            throw new IllegalArgumentException("Book depth must be positive but was " + depth);
        }
        return depth;
    }

    static Integer precision(String name, Integer precision) {
        if (precision != null && precision < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + precision);
        }
        return precision;
    }
}

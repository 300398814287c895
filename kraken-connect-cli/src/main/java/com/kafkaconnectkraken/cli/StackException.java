package com.kafkaconnectkraken.cli;

/** A part of the stack failed; the message says which part and where its log is. */
final class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}

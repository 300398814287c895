package com.kafkaconnectkraken.source.stream;

import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** Turns what one WebSocket session delivers into records. Called on the session's callback thread. */
interface FrameHandler {

    /**
     * @return records of a data push (possibly none)
     * @throws org.apache.kafka.connect.errors.DataException if the frame does not fit the contract
     */
    List<SourceRecord> onMessage(KrakenWsMessage message);

    /** @return records to write when the connection failed (book resets), before it is re-established */
    List<SourceRecord> onConnectionLost(KrakenWsEvent.ConnectionFailed event);

    /** @return records describing a gap that just ended (gap records, backfilled data) */
    List<SourceRecord> onGap(KrakenWsEvent.Gap gap);

    /**
     * @param receivedAt when the venue's heartbeat arrived
     * @return records to write now (none by default; a retried backfill)
     */
    default List<SourceRecord> onHeartbeat(Instant receivedAt) {
        return List.of();
    }
}

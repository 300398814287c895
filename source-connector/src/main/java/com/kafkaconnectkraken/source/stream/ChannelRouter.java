package com.kafkaconnectkraken.source.stream;

import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.source.book.L2BookKeeper;
import com.kafkaconnectkraken.source.book.L3BookKeeper;
import com.kafkaconnectkraken.source.book.Precisions;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.offset.ExecutionCursor;
import com.kafkaconnectkraken.source.rest.ExecutionBackfill;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link FrameHandler} of one session: routes each channel to the book keepers or the
 * frame mapper, keeps instrument precisions for checksums, drops books when the connection fails
 * (resets), and describes gaps (gap records per channel, executions backfill from REST; balances
 * and books recover through the snapshot the session's resubscribe brings). A failed executions backfill is tried
 * again from the same start at the next gap, or at an executions message or heartbeat {@link #BACKFILL_RETRY} later.
 */
final class ChannelRouter implements FrameHandler {

    private static final Logger log = LoggerFactory.getLogger(ChannelRouter.class);
    /** How long after a failed executions backfill an executions message tries it again. */
    static final Duration BACKFILL_RETRY = Duration.ofSeconds(5);

    private final FrameMapper frames;
    private final Precisions precisions;
    private final L2BookKeeper books;
    private final L3BookKeeper level3;
    private final ExecutionBackfill backfill;
    /** the stored executions cursor of an earlier task, until the fills since it were read */
    private ExecutionCursor resumeFrom;
    private final GapRecords gaps;
    private final Map<SpotChannel, List<String>> channels;
    private final boolean emitInstrument;
    /** Start of the earliest gap whose executions backfill failed (not recovered yet), or null. */
    private Instant unrecoveredSince;
    /** When a failed backfill may be tried again on an executions message. */
    private Instant retryAt;

    /**
     * @param channels       channels of this session with their symbols (gap records)
     * @param emitInstrument whether instrument frames become records (else only precisions are kept)
     * @param books          L2 keeper, or null when book is not on this session
     * @param level3         L3 keeper, or null
     * @param backfill       executions backfill, or null when disabled / not on this session
     * @param resumeFrom     the executions cursor an earlier task stored (the fills since it are read from REST at
     *                       the first executions frame), or null
     */
    ChannelRouter(FrameMapper frames, Precisions precisions, L2BookKeeper books, L3BookKeeper level3,
                  ExecutionBackfill backfill, ExecutionCursor resumeFrom, GapRecords gaps,
                  Map<SpotChannel, List<String>> channels, boolean emitInstrument) {
        this.frames = frames;
        this.precisions = precisions;
        this.books = books;
        this.level3 = level3;
        this.backfill = backfill;
        this.resumeFrom = resumeFrom;
        if (backfill != null) {
            backfill.restore(resumeFrom);
        }
        this.gaps = gaps;
        this.channels = channels;
        this.emitInstrument = emitInstrument;
    }

    @Override
    public List<SourceRecord> onMessage(KrakenWsMessage message) {
        SpotChannel channel = SpotChannel.find(message.channel()).orElseThrow(
                () -> new DataException("Unknown channel '" + message.channel() + "' on this connection"));
        switch (channel) {
            case STATUS:
                log.debug("Status: {}", message.data());
                return List.of();
            case INSTRUMENT:
                precisions.update(message.data());
                return emitInstrument ? frames.map(message) : List.of();
            case BOOK:
                return keeper(books, channel).onMessage(message);
            case LEVEL3:
                return keeper(level3, channel).onMessage(message);
            case EXECUTIONS:
                List<SourceRecord> executions = frames.map(message);
                if (backfill == null) {
                    return executions;
                }
                List<SourceRecord> out = new ArrayList<>(resume(message.receivedAt()));
                out.addAll(backfill.live(executions));
                out.addAll(retryBackfill(message.receivedAt()));
                return out;
            default:
                if (!channels.containsKey(channel)) {
                    throw new DataException("Unexpected channel '" + message.channel() + "' on this connection");
                }
                return frames.map(message);
        }
    }

    /**
     * The first executions frame after a start (the subscription is live): the fills booked since the stored cursor,
     * i.e. while no task ran; a REST failure is retried at the next executions frame.
     */
    private List<SourceRecord> resume(Instant receivedAt) {
        if (resumeFrom == null) {
            return List.of();
        }
        try {
            List<SourceRecord> recovered = backfill.resume(resumeFrom, receivedAt);
            log.info("Executions resumed after the fill {} of {}: recovered {} fill(s) from TradesHistory",
                    resumeFrom.execId(), resumeFrom.time(), recovered.size());
            resumeFrom = null;
            return recovered;
        } catch (KrakenApiException e) {
            log.warn("Executions resume after the fill {} of {}: TradesHistory failed, retrying at the next executions "
                    + "frame: {}", resumeFrom.execId(), resumeFrom.time(), e.getMessage());
            return List.of();
        }
    }

    private static <T> T keeper(T keeper, SpotChannel channel) {
        if (keeper == null) {
            throw new DataException("Unexpected channel '" + channel + "' on this connection");
        }
        return keeper;
    }

    @Override
    public List<SourceRecord> onConnectionLost(KrakenWsEvent.ConnectionFailed event) {
        List<SourceRecord> out = new ArrayList<>();
        if (books != null) {
            out.addAll(books.resetAll("reconnect", event.at()));
        }
        if (level3 != null) {
            out.addAll(level3.resetAll("reconnect", event.at()));
        }
        return out;
    }

    @Override
    public List<SourceRecord> onGap(KrakenWsEvent.Gap gap) {
        Instant now = Instant.now();
        List<SourceRecord> recovered = List.of();
        boolean executionsRecovered = false;
        if (backfill != null && channels.containsKey(SpotChannel.EXECUTIONS)) {
            Instant from = unrecoveredSince != null && unrecoveredSince.isBefore(gap.from()) ? unrecoveredSince : gap.from();
            recovered = backfillSince(from, now, gap.duration());
            executionsRecovered = unrecoveredSince == null;
        }
        List<SourceRecord> out = new ArrayList<>();
        Set<SpotChannel> recoveredBySnapshot = Set.of(SpotChannel.BOOK, SpotChannel.LEVEL3, SpotChannel.BALANCES, SpotChannel.INSTRUMENT);
        for (Map.Entry<SpotChannel, List<String>> channel : channels.entrySet()) {
            boolean backfilled = recoveredBySnapshot.contains(channel.getKey())
                    || (channel.getKey() == SpotChannel.EXECUTIONS && executionsRecovered);
            out.add(gaps.gap(channel.getKey().wireName(), channel.getValue(), gap, backfilled, now));
        }
        out.addAll(recovered);
        return out;
    }

    /** A heartbeat retries a failed executions backfill ({@link #BACKFILL_RETRY} after it), so a quiet account recovers too. */
    @Override
    public List<SourceRecord> onHeartbeat(Instant receivedAt) {
        return retryBackfill(receivedAt);
    }

    /** @return the fills of a gap whose backfill failed, once {@link #BACKFILL_RETRY} passed; else nothing */
    private List<SourceRecord> retryBackfill(Instant receivedAt) {
        if (backfill == null || unrecoveredSince == null || receivedAt.isBefore(retryAt)) {
            return List.of();
        }
        return backfillSince(unrecoveredSince, receivedAt, Duration.ZERO);
    }

    /**
     * Backfills the executions since {@code from}; a failure keeps {@code from} as the start of the next attempt (at
     * the next gap, or at the first executions message or heartbeat {@link #BACKFILL_RETRY} later), so the fills of a gap whose
     * backfill failed are recovered later, each once (the backfill drops the exec ids already seen).
     *
     * @return the recovered records, empty if the backfill failed
     */
    private List<SourceRecord> backfillSince(Instant from, Instant now, Duration gap) {
        try {
            List<SourceRecord> recovered = backfill.backfill(from, now);
            log.info("Executions gap of {} ms: recovered {} fill(s) and status change(s) from TradesHistory and QueryOrders since {}",
                    gap.toMillis(), recovered.size(), from);
            unrecoveredSince = null;
            return recovered;
        } catch (RuntimeException e) {
            unrecoveredSince = from;
            retryAt = now.plus(BACKFILL_RETRY);
            log.warn("Executions gap of {} ms: backfill from TradesHistory/QueryOrders since {} failed, tried again at the next gap "
                    + "or executions message / heartbeat after {} s: {}", gap.toMillis(), from, BACKFILL_RETRY.toSeconds(), e.getMessage());
            return List.of();
        }
    }
}
